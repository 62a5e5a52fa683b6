/**
 * Random full builds and near variants, driven by a caller-supplied Rng so a seed reproduces a build exactly,
 * in Node and in Lua alike (every loop runs over arrays in tree order; nothing depends on table iteration order).
 */
import { indexTree, isChoiceKind, selectionNodeOf, type TreeIndex } from "./lookup";
import { pickOne } from "./prng";
import { applyPurchase, initialBuild, isLegalBuild, sameTalentBuild } from "./rules";
import { buildFromState, putNode, spentIn, stateFromBuild, type WorkState } from "./state";
import type { ClassTreeDef, NodeDef, NodeState, Rng, TalentBuild, TreeSection } from "./types";
import { canBuyNow } from "./walk";

/** Spends the section's remaining points one random purchase at a time (random entry on choice nodes). */
function fillSection(index: TreeIndex, specId: number, work: WorkState, section: TreeSection, rng: Rng): void {
  const cap = index.tree.pointCaps[section];
  while (spentIn(work, section) < cap) {
    const candidates: NodeDef[] = [];
    for (const node of index.tree.nodes) {
      if (node.section === section && node.kind !== "subTreeSelection" && canBuyNow(index, specId, work, node)) candidates.push(node);
    }
    const node = pickOne(rng, candidates);
    if (node === undefined) {
      throw new Error(
        `randomLegalBuild: the ${section} section of tree ${index.tree.treeId} dead-ends at ${spentIn(work, section)} of ${cap} points`,
      );
    }
    const entry = isChoiceKind(node.kind) ? pickOne(rng, node.entries) : undefined;
    applyPurchase(index, work, node, entry?.entryId);
  }
}

/** Chooses one of the spec's hero trees at random (no-op for a tree without a picker for the spec). */
function chooseHeroTree(index: TreeIndex, specId: number, work: WorkState, rng: Rng, avoid?: number): void {
  const picker = selectionNodeOf(index.tree, specId);
  if (picker === undefined) return;
  const options = picker.entries.filter((entry) => entry.subTreeId !== avoid);
  const entry = pickOne(rng, options.length > 0 ? options : picker.entries);
  if (entry !== undefined) putNode(index, work, { nodeId: picker.nodeId, ranks: 1, entryId: entry.entryId, granted: false });
}

/**
 * A full legal build for the spec: a random hero tree, then every section's cap spent by random purchases among
 * the nodes buyable at each step. Throws only if the tree itself cannot be completed (a broken tree).
 */
export function randomLegalBuild(tree: ClassTreeDef, specId: number, rng: Rng): NodeState[] {
  const index = indexTree(tree);
  const work = stateFromBuild(index, initialBuild(tree, specId));
  chooseHeroTree(index, specId, work, rng);
  fillSection(index, specId, work, "class", rng);
  fillSection(index, specId, work, "spec", rng);
  fillSection(index, specId, work, "hero", rng);
  return buildFromState(index, work);
}

/** Moves one point: a rank off a random bought node of a class or spec section, then a random legal purchase there. */
function movePoint(index: TreeIndex, specId: number, build: TalentBuild, rng: Rng): NodeState[] | undefined {
  const section: TreeSection = rng() < 0.5 ? "class" : "spec";
  const bought: NodeState[] = [];
  for (const state of build) {
    const node = index.byId[state.nodeId];
    if (node !== undefined && node.section === section && !state.granted) bought.push(state);
  }
  const victim = pickOne(rng, bought);
  if (victim === undefined) return undefined;
  const rest: NodeState[] = [];
  for (const state of build) {
    if (state.nodeId !== victim.nodeId) rest.push(state);
    else if (state.ranks > 1) rest.push({ ...state, ranks: state.ranks - 1 });
  }
  const work = stateFromBuild(index, rest);
  fillSection(index, specId, work, section, rng);
  return buildFromState(index, work);
}

/** Picks another entry on a random bought selection node of any section. Always legal: the node stays full. */
function flipChoice(index: TreeIndex, build: TalentBuild, rng: Rng): NodeState[] | undefined {
  const choices: NodeState[] = [];
  for (const state of build) {
    const node = index.byId[state.nodeId];
    if (node !== undefined && node.kind === "selection" && node.entries.length > 1) choices.push(state);
  }
  const target = pickOne(rng, choices);
  if (target === undefined) return undefined;
  const node = index.byId[target.nodeId]!;
  const entry = pickOne(
    rng,
    node.entries.filter((e) => e.entryId !== target.entryId),
  );
  if (entry === undefined) return undefined;
  const out: NodeState[] = [];
  for (const state of build) out.push(state.nodeId === target.nodeId ? { ...state, entryId: entry.entryId } : state);
  return out;
}

/** Swaps to the spec's other hero tree and fills it at random. */
function switchHeroTree(index: TreeIndex, specId: number, build: TalentBuild, rng: Rng): NodeState[] | undefined {
  const kept: NodeState[] = [];
  const picker = selectionNodeOf(index.tree, specId);
  let current: number | undefined;
  for (const state of build) {
    const node = index.byId[state.nodeId];
    if (node === undefined) continue;
    if (node === picker) {
      for (const entry of node.entries) if (entry.entryId === state.entryId) current = entry.subTreeId;
    } else if (node.subTreeId === undefined) {
      kept.push(state);
    }
  }
  if (picker === undefined) return undefined;
  const work = stateFromBuild(index, kept);
  chooseHeroTree(index, specId, work, rng, current);
  fillSection(index, specId, work, "hero", rng);
  return buildFromState(index, work);
}

/**
 * The same class and spec choices on the spec's other hero tree, filled at random: the build a player of the same
 * spec plays when the encounter favours the other hero tree. Full and legal when `build` is (the hero section is
 * spent anew and nothing else moves); undefined for a tree without a hero tree picker for the spec.
 */
export function withOtherHeroTree(tree: ClassTreeDef, specId: number, build: TalentBuild, rng: Rng): NodeState[] | undefined {
  return switchHeroTree(indexTree(tree), specId, build, rng);
}

/** The hero tree a build has chosen (the subTreeId of its picker entry), undefined when none is chosen. */
export function heroTreeOf(tree: ClassTreeDef, specId: number, build: TalentBuild): number | undefined {
  const picker = selectionNodeOf(tree, specId);
  if (picker === undefined) return undefined;
  for (const state of build) {
    if (state.nodeId !== picker.nodeId) continue;
    for (const entry of picker.entries) if (entry.entryId === state.entryId) return entry.subTreeId;
  }
  return undefined;
}

/**
 * A different full legal build close to `build` (the "less popular variant" of a popular one): usually one point
 * moved within the class or spec section, sometimes another entry on a choice node, rarely the other hero tree.
 * `build` should itself be a full legal build of the spec.
 */
export function mutateBuild(tree: ClassTreeDef, specId: number, build: TalentBuild, rng: Rng): NodeState[] {
  const index = indexTree(tree);
  for (let attempt = 0; attempt < 40; attempt++) {
    const roll = rng();
    const candidate =
      roll < 0.6
        ? movePoint(index, specId, build, rng)
        : roll < 0.9
          ? flipChoice(index, build, rng)
          : switchHeroTree(index, specId, build, rng);
    if (candidate !== undefined && !sameTalentBuild(candidate, build) && isLegalBuild(tree, specId, candidate, { full: true }).ok) {
      return candidate;
    }
  }
  // Unlucky or a tree without choices: any other full build will do.
  for (let attempt = 0; attempt < 40; attempt++) {
    const candidate = randomLegalBuild(tree, specId, rng);
    if (!sameTalentBuild(candidate, build)) return candidate;
  }
  throw new Error(`mutateBuild: spec ${specId} seems to have a single possible build`);
}
