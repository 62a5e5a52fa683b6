/** The single-purchase check used by random walks, without building problem messages (hot loop). */
import { availableTo, costsPoints, isChoiceKind, maxRanksOf, type TreeIndex } from "./lookup";
import { isFull, spentIn, type WorkState } from "./state";
import type { NodeDef } from "./types";

/** Same decision as canPurchase for a node (any entry), minus the explanation. */
export function canBuyNow(index: TreeIndex, specId: number, work: WorkState, node: NodeDef): boolean {
  if (node.granted || !availableTo(index, node, specId)) return false;
  const ranks = work.ranks[node.nodeId] ?? 0;
  if (isChoiceKind(node.kind) ? ranks > 0 : ranks >= (maxRanksOf(node, undefined) ?? 0)) return false;
  if (node.subTreeId !== undefined && work.subTreeId !== node.subTreeId) return false;
  const spent = spentIn(work, node.section);
  if (spent < node.requiredSpent) return false;
  if (costsPoints(node) && spent + 1 > index.tree.pointCaps[node.section]) return false;
  if (node.parents.length === 0) return true;
  for (const parent of node.parents) {
    if (isFull(index, work, parent)) return true;
  }
  return false;
}
