/**
 * Pure: does a live tree (committed or staged view) hold the target build? Compares only the talents that count
 * for the build: the current spec's (visible) nodes and, when the build chooses a hero tree, that tree's nodes
 * and the selection node. Granted and purchased are equivalent: both mean the talent is active (exporters differ
 * in how they mark free talents, the game does not).
 */
import { NODE_SELECTION, NODE_SUB_TREE_SELECTION, type LiveNode, type LiveTree, type TargetBuild, type TargetNode } from "./types";

export type DifferenceKind = "missing" | "extra" | "ranks" | "choice";

export interface Difference {
  readonly nodeId: number;
  readonly kind: DifferenceKind;
}

/**
 * What is wrong with this node for the build, undefined when nothing is. Nodes that do not count for the build
 * never differ: only the current spec's (visible) nodes and, when the build chooses a hero tree, that tree's nodes
 * and the selection node. One function with the node type tested inline (not isHeroNode / isChoiceNode of
 * target.ts): it runs for every node on every match check, and each Lua call is a measurable share of it.
 */
function compareNode(node: LiveNode, heroSubTreeId: number | undefined, want: TargetNode | undefined): DifferenceKind | undefined {
  const type = node.type;
  const subTreeSelection = type === NODE_SUB_TREE_SELECTION;
  if (subTreeSelection) {
    if (!node.visible || heroSubTreeId === undefined) return undefined;
  } else if (node.subTreeId !== undefined) {
    // A hero node: it counts only in the chosen hero tree.
    if (heroSubTreeId === undefined || node.subTreeId !== heroSubTreeId) return undefined;
  } else if (!node.visible) {
    return undefined;
  }
  if (want === undefined) {
    // Free ranks cannot be removed, so a granted talent the string leaves out is not a difference.
    if (subTreeSelection) return undefined;
    return node.rank > node.grantedRanks ? "extra" : undefined;
  }
  if ((type === NODE_SELECTION || subTreeSelection) && want.entryId !== undefined && node.entryId !== want.entryId) {
    return node.rank > 0 || subTreeSelection ? "choice" : "missing";
  }
  // The hero tree is chosen by the entry alone; how the client counts ranks on that node does not matter.
  if (subTreeSelection) return undefined;
  if (node.rank <= 0) return "missing";
  if (want.granted) return undefined;
  // Full: at least the wanted maximum (a free bonus rank on top does not make it another build).
  if (want.full) return node.rank >= want.ranks ? undefined : "ranks";
  return node.rank === want.ranks ? undefined : "ranks";
}

/** Every talent where the live tree and the build disagree, in ascending nodeId. */
export function findDifferences(tree: LiveTree, target: TargetBuild): Difference[] {
  // A plain table, not a Map: this runs on every check, and TypeScriptToLua's Map is slow in Lua.
  const wanted: { [nodeId: number]: TargetNode | undefined } = {};
  for (const node of target.nodes) wanted[node.nodeId] = node;
  const differences: Difference[] = [];
  const hero = target.heroSubTreeId;
  const nodes = tree.nodes;
  const count = nodes.length;
  for (let i = 0; i < count; i++) {
    const node = nodes[i]!;
    const kind = compareNode(node, hero, wanted[node.nodeId]);
    if (kind !== undefined) differences.push({ nodeId: node.nodeId, kind });
  }
  return differences;
}
