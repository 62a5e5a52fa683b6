/**
 * The pure core against the shared tree model (packages/sample-world/src/trees): for random legal builds on every
 * class's synthetic tree, placing the string, planning and staging with the model's own purchase rules reaches
 * exactly the build, and the match check agrees. Runs in Node; the same loop in the simulated client is in
 * loadout-sim.test.ts.
 */
import { describe, expect, it } from "vitest";
import { SPECS, encodeLoadout } from "@att/contract";
import {
  buildToLoadout,
  createRng,
  initialBuild,
  makeClassTree,
  mixSeeds,
  purchaseRank,
  randomLegalBuild,
  sameTalentBuild,
  type ClassTreeDef,
  type NodeState,
  type TalentBuild,
} from "@att/sample-world/trees";
import { availableTo, indexTree, maxRanksOf } from "../../packages/sample-world/src/trees/lookup";
import { findDifferences } from "../../packages/addon-ts/src/loadout/match";
import { makePlan } from "../../packages/addon-ts/src/loadout/plan";
import { stagePlan, type StagingPort } from "../../packages/addon-ts/src/loadout/stage";
import { buildTarget } from "../../packages/addon-ts/src/loadout/target";
import type { LiveNode, LiveTree } from "../../packages/addon-ts/src/loadout/types";

const KIND_TYPE = { single: 0, tiered: 1, selection: 2, subTreeSelection: 3 } as const;

/** The tree as the client would report it for `specId` in `build`. */
function liveTree(tree: ClassTreeDef, specId: number, build: TalentBuild): LiveTree {
  const index = indexTree(tree);
  const state = new Map(build.map((s) => [s.nodeId, s]));
  const children = new Map<number, number[]>();
  for (const node of tree.nodes) for (const p of node.parents) children.set(p, [...(children.get(p) ?? []), node.nodeId]);
  // The chosen hero tree: granted hero nodes are active only under it.
  let hero: number | undefined;
  for (const node of tree.nodes) {
    const chosen = node.kind === "subTreeSelection" ? node.entries.find((e) => e.entryId === state.get(node.nodeId)?.entryId) : undefined;
    if (chosen !== undefined && availableTo(index, node, specId)) hero = chosen.subTreeId;
  }
  const nodes: LiveNode[] = tree.nodes.map((node) => {
    const s = state.get(node.nodeId);
    const choice = node.kind === "selection" || node.kind === "subTreeSelection";
    const maxRanks = maxRanksOf(node, s?.entryId ?? node.entries[0]?.entryId) ?? 1;
    const active = availableTo(index, node, specId) && (node.subTreeId === undefined || node.subTreeId === hero);
    const granted = node.granted && active ? maxRanks : 0;
    return {
      nodeId: node.nodeId,
      type: KIND_TYPE[node.kind],
      maxRanks,
      entryIds: node.entries.map((e) => e.entryId),
      entrySubTreeIds: choice ? node.entries.map((e) => e.subTreeId ?? 0) : [],
      entryMaxRanks: choice ? node.entries.map((e) => e.maxRanks) : [],
      rank: node.granted ? granted : (s?.ranks ?? 0),
      grantedRanks: granted,
      entryId: s?.entryId,
      visible: availableTo(index, node, specId),
      subTreeId: node.subTreeId,
      posX: node.posX,
      posY: node.posY,
      children: children.get(node.nodeId) ?? [],
    };
  });
  return { configId: 1, treeId: tree.treeId, nodes };
}

/** Staging over the model's purchase rules; selecting an option of an unbought choice node buys it, as in game. */
function modelPort(tree: ClassTreeDef, specId: number, start: TalentBuild): { port: StagingPort; build: () => TalentBuild } {
  let build: TalentBuild = start;
  const byId = new Map(tree.nodes.map((n) => [n.nodeId, n]));
  const buy = (nodeId: number, entryId?: number): boolean => {
    const next = purchaseRank(tree, specId, build, nodeId, entryId);
    if (next.ok) build = next.value;
    return next.ok;
  };
  const port: StagingPort = {
    nodeState(nodeId) {
      const s = build.find((n) => n.nodeId === nodeId);
      const node = byId.get(nodeId)!;
      if (s === undefined) return { rank: 0 };
      return { rank: s.granted ? (maxRanksOf(node, undefined) ?? 1) : s.ranks, entryId: s.entryId };
    },
    purchaseRank: (nodeId) => byId.get(nodeId)?.kind !== "selection" && buy(nodeId),
    setSelection: (nodeId, entryId) => buy(nodeId, entryId),
  };
  return { port, build: () => build };
}

const CLASS_IDS = [...new Set(SPECS.map((s) => s.classId))].sort((a, b) => a - b);

describe.each(CLASS_IDS)("class %i tree", (classId) => {
  const tree = makeClassTree(classId);
  const specs = SPECS.filter((s) => s.classId === classId).map((s) => s.specId);

  it("stages random legal builds of every spec exactly, from a reset tree, and the match check agrees", () => {
    for (const specId of specs) {
      for (let i = 0; i < 5; i++) {
        const rng = createRng(mixSeeds(specId, i));
        const wanted = randomLegalBuild(tree, specId, rng);
        const loadout = buildToLoadout(tree, specId, wanted);
        const start = initialBuild(tree, specId);
        const target = buildTarget(loadout, liveTree(tree, specId, start));
        expect(target.ok, JSON.stringify(!target.ok && target.problem)).toBe(true);
        if (!target.ok) return;
        const before = liveTree(tree, specId, start);
        expect(findDifferences(before, target.value).length).toBeGreaterThan(0);
        const { port, build } = modelPort(tree, specId, start);
        const outcome = stagePlan(makePlan(before, target.value).steps, port);
        expect(outcome).toEqual({ complete: true, unfinished: [] });
        expect(sameTalentBuild(build(), wanted)).toBe(true);
        expect(findDifferences(liveTree(tree, specId, build()), target.value)).toEqual([]);
        expect(encodeLoadout(buildToLoadout(tree, specId, build()))).toEqual(encodeLoadout(loadout));
      }
    }
  });

  it("tells two different legal builds apart", () => {
    const specId = specs[0]!;
    const a: NodeState[] = randomLegalBuild(tree, specId, createRng(1));
    const b: NodeState[] = randomLegalBuild(tree, specId, createRng(2));
    const target = buildTarget(buildToLoadout(tree, specId, b), liveTree(tree, specId, a));
    expect(target.ok).toBe(true);
    if (!target.ok) return;
    expect(findDifferences(liveTree(tree, specId, a), target.value).length).toBeGreaterThan(0);
    expect(findDifferences(liveTree(tree, specId, b), target.value)).toEqual([]);
  });
});
