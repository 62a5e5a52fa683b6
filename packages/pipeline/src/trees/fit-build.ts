/**
 * A logged build (Warcraft Logs' talent entries and points) placed on its spec's tree: every entry must be on the
 * tree, one entry per single / choice node, apex tiers in one of the two forms a row can use, one hero tree, and the
 * points of each section exactly the budget of a max-level character. A build that does not add up is not a build
 * the game would let anyone play: it is dropped from the sample and counted, never recommended. Pure.
 */
import type { TalentEntry } from "@att/contract";
import type { PointBudget } from "./budget";
import type { SpecTree, TreeNodeInfo } from "./model";

export type FitProblemKind = "unknown-entry" | "bad-ranks" | "node-twice" | "apex-form" | "hero-trees" | "points";

export type FitResult =
  | {
      readonly ok: true;
      /** The build with apex tiers in per-tier form (each tier its own ranks), sorted by entry ID. */
      readonly entries: readonly TalentEntry[];
      /** The hero tree chosen (sub-tree ID), when the build has hero talents or a hero selection. */
      readonly heroTree?: number;
    }
  | { readonly ok: false; readonly kind: FitProblemKind; readonly message: string };

function problem(kind: FitProblemKind, message: string): FitResult {
  return { ok: false, kind, message };
}

/**
 * An apex node's tiers as per-tier ranks, or undefined when the listed points fit neither form. Per tier (the
 * client's own: each entry its ranks, so the tiers fill in order and sum to the node's rank) is tried first;
 * cumulative (each listed tier the node's running total) second. Where both read the points, per tier wins: the
 * tier's own maxRanks is the client's limit on an entry's rank. Which form Warcraft Logs uses is unverified.
 */
export function apexTiers(node: TreeNodeInfo, byPosition: ReadonlyMap<number, number>): number[] | undefined {
  const max = node.entries.map((e) => e.maxRanks);
  const listed = node.entries.map((_, i) => byPosition.get(i) ?? 0);
  const perTier = (): boolean => {
    let open = false;
    for (let i = 0; i < listed.length; i++) {
      if (listed[i]! > max[i]!) return false;
      if (listed[i]! > 0 && open) return false;
      if (listed[i]! < max[i]!) open = true;
    }
    return true;
  };
  if (perTier()) return listed;
  // Cumulative: tiers 0..k listed, each full tier at its running total, the last one inside its own range.
  const out: number[] = listed.map(() => 0);
  let before = 0;
  let last = -1;
  for (let i = 0; i < listed.length; i++) if (listed[i]! > 0) last = i;
  for (let i = 0; i <= last; i++) {
    const upTo = before + max[i]!;
    const total = listed[i]!;
    if (i < last ? total !== upTo : total <= before || total > upTo) return undefined;
    out[i] = total - before;
    before = upTo;
  }
  return out;
}

export function fitBuild(tree: SpecTree, budget: PointBudget, talents: readonly TalentEntry[]): FitResult {
  const byNode = new Map<number, Map<number, number>>();
  for (const talent of talents) {
    const at = tree.entries.get(talent.entryId);
    if (at === undefined) return problem("unknown-entry", `talent entry ${talent.entryId} is not on spec ${tree.specId}'s tree`);
    const positions = byNode.get(at.node.nodeId) ?? new Map<number, number>();
    byNode.set(at.node.nodeId, positions);
    positions.set(at.position, talent.rank);
  }
  const entries: TalentEntry[] = [];
  const spent = { class: 0, spec: 0, hero: 0 };
  const heroTrees = new Set<number>();
  for (const [nodeId, positions] of byNode) {
    const node = tree.nodes.get(nodeId)!;
    if (node.kind === "tiered") {
      const tiers = apexTiers(node, positions);
      if (tiers === undefined) {
        const listed = [...positions].map(([i, r]) => `tier ${i + 1}: ${r}`).join(", ");
        return problem("apex-form", `apex node ${nodeId}: ${listed} is neither per-tier nor cumulative ranks`);
      }
      tiers.forEach((rank, i) => {
        if (rank > 0) entries.push({ entryId: node.entries[i]!.entryId, rank });
      });
      if (!node.free) spent[node.section as "spec"] += tiers.reduce((a, b) => a + b, 0);
      continue;
    }
    if (positions.size > 1) return problem("node-twice", `node ${nodeId} has ${positions.size} of its entries chosen`);
    const [position, rank] = [...positions][0]!;
    const entry = node.entries[position]!;
    if (node.section === "subtree") {
      if (entry.subTreeId !== undefined) heroTrees.add(entry.subTreeId);
      entries.push({ entryId: entry.entryId, rank });
      continue;
    }
    if (!node.free && (rank < 1 || rank > entry.maxRanks))
      return problem("bad-ranks", `talent entry ${entry.entryId}: rank ${rank} is not 1..${entry.maxRanks}`);
    entries.push({ entryId: entry.entryId, rank });
    if (node.subTreeId !== undefined) heroTrees.add(node.subTreeId);
    if (!node.free) spent[node.section as "class" | "spec" | "hero"] += rank;
  }
  if (heroTrees.size > 1) return problem("hero-trees", `talents of ${heroTrees.size} hero trees (${[...heroTrees].join(", ")})`);
  const off = (["class", "spec", "hero"] as const).filter((s) => spent[s] !== budget[s]);
  if (off.length > 0) return problem("points", off.map((s) => `${s} ${spent[s]} of ${budget[s]} points`).join(", "));
  entries.sort((a, b) => a.entryId - b.entryId);
  const heroTree = [...heroTrees][0];
  return heroTree === undefined ? { ok: true, entries } : { ok: true, entries, heroTree };
}
