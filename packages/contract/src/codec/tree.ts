import { fail, ok, type Result } from "./errors";
import type { Loadout, NodeRecord } from "./loadout";

/** A selected record placed on the live tree. */
export interface TreeNodeSelection extends NodeRecord {
  readonly nodeId: number;
}

/**
 * Places the records on the tree's node list (the class tree's node IDs in the game's export order).
 * A record beyond the end of the list means the string was made for another tree: a clear error, not a guess.
 */
export function mapToTree(loadout: Loadout, nodeIds: readonly number[]): Result<TreeNodeSelection[]> {
  const out: TreeNodeSelection[] = [];
  for (const node of loadout.nodes) {
    const nodeId = nodeIds[node.index];
    if (nodeId === undefined) {
      return fail("tree-mismatch", `the talent string selects node ${node.index + 1} but the tree has only ${nodeIds.length} nodes`);
    }
    out.push({ index: node.index, nodeId, purchased: node.purchased, ranks: node.ranks, choice: node.choice });
  }
  return ok(out);
}

export type TalentChangeKind = "added" | "removed" | "ranks" | "choice";

export interface TalentChange {
  readonly kind: TalentChangeKind;
  readonly index: number;
  /** Present when a node list was given. */
  readonly nodeId?: number;
  /** For "ranks": purchased ranks, -1 meaning all ranks. For "choice": entry index, -1 meaning none. */
  readonly from?: number;
  readonly to?: number;
}

export interface LoadoutDiff {
  readonly sameSpec: boolean;
  readonly changes: readonly TalentChange[];
}

/** Full ranks and "no choice" as -1 so changes can be printed and compared as plain numbers. */
const FULL = -1;

/**
 * Positional comparison of two builds. Granted and purchased count alike (both mean the node is active):
 * some exporters mark free nodes as granted, others as purchased, for the same in-game build.
 */
export function diffLoadouts(a: Loadout, b: Loadout, nodeIds?: readonly number[]): LoadoutDiff {
  const changes: TalentChange[] = [];
  const byIndexA = new Map<number, NodeRecord>();
  const byIndexB = new Map<number, NodeRecord>();
  for (const node of a.nodes) byIndexA.set(node.index, node);
  for (const node of b.nodes) byIndexB.set(node.index, node);
  const indices: number[] = [];
  for (const node of a.nodes) indices.push(node.index);
  for (const node of b.nodes) {
    if (!byIndexA.has(node.index)) indices.push(node.index);
  }
  indices.sort((x, y) => x - y);
  for (const index of indices) {
    const nodeId = nodeIds === undefined ? undefined : nodeIds[index];
    const before = byIndexA.get(index);
    const after = byIndexB.get(index);
    if (before === undefined) {
      changes.push({ kind: "added", index, nodeId });
    } else if (after === undefined) {
      changes.push({ kind: "removed", index, nodeId });
    } else {
      const ranksBefore = before.purchased ? (before.ranks ?? FULL) : FULL;
      const ranksAfter = after.purchased ? (after.ranks ?? FULL) : FULL;
      if (ranksBefore !== ranksAfter) changes.push({ kind: "ranks", index, nodeId, from: ranksBefore, to: ranksAfter });
      const choiceBefore = before.choice ?? FULL;
      const choiceAfter = after.choice ?? FULL;
      if (choiceBefore !== choiceAfter) changes.push({ kind: "choice", index, nodeId, from: choiceBefore, to: choiceAfter });
    }
  }
  return { sameSpec: a.specId === b.specId, changes };
}

/** Same spec and no change between the two builds. */
export function sameBuild(a: Loadout, b: Loadout): boolean {
  const diff = diffLoadouts(a, b);
  return diff.sameSpec && diff.changes.length === 0;
}
