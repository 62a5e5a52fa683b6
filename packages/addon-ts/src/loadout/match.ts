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

// counts and compareNode run for every node on every match check: they test the node type inline rather than
// through isHeroNode / isChoiceNode (target.ts), a Lua function call each.

function counts(node: LiveNode, heroSubTreeId: number | undefined): boolean {
  if (node.type === NODE_SUB_TREE_SELECTION) return node.visible && heroSubTreeId !== undefined;
  // A hero node (isHeroNode): it carries its sub-tree.
  if (node.subTreeId !== undefined) return heroSubTreeId !== undefined && node.subTreeId === heroSubTreeId;
  return node.visible;
}

function compareNode(node: LiveNode, want: TargetNode | undefined): DifferenceKind | undefined {
  if (want === undefined) {
    // Free ranks cannot be removed, so a granted talent the string leaves out is not a difference.
    if (node.type === NODE_SUB_TREE_SELECTION) return undefined;
    return node.rank > node.grantedRanks ? "extra" : undefined;
  }
  const choice = node.type === NODE_SELECTION || node.type === NODE_SUB_TREE_SELECTION; // isChoiceNode
  if (choice && want.entryId !== undefined && node.entryId !== want.entryId) {
    return node.rank > 0 || node.type === NODE_SUB_TREE_SELECTION ? "choice" : "missing";
  }
  // The hero tree is chosen by the entry alone; how the client counts ranks on that node does not matter.
  if (node.type === NODE_SUB_TREE_SELECTION) return undefined;
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
    if (counts(node, hero)) {
      const kind = compareNode(node, wanted[node.nodeId]);
      if (kind !== undefined) differences.push({ nodeId: node.nodeId, kind });
    }
  }
  return differences;
}
