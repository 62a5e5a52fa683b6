/**
 * What the JSON carries of the trees for the report to draw them (JSON only, the Lua data file leaves it out): per
 * spec in the data, every node with its position, kind, section, entries, ranks, spell IDs and edges, and the hero
 * tree names; the talent names go to the document's talentNames. Pure.
 */
import { formatTreeNode, type SpecTreeLayout } from "@att/contract/trees";
import type { SpecTree } from "./model";

export function specLayout(tree: SpecTree): SpecTreeLayout {
  const nodes: string[] = [];
  for (const node of [...tree.nodes.values()].sort((a, b) => a.nodeId - b.nodeId)) {
    nodes.push(
      formatTreeNode({
        id: node.nodeId,
        x: node.posX,
        y: node.posY,
        kind: node.kind,
        section: node.section,
        entries: node.entries.map((e) => e.entryId),
        ranks: node.entries.map((e) => e.maxRanks),
        spells: node.entries.map((e) => e.spellId ?? 0),
        next: node.next.filter((id) => tree.nodes.has(id)),
        ...(node.subTreeId !== undefined ? { heroTree: node.subTreeId } : {}),
        ...(node.free ? { free: true } : {}),
      }),
    );
  }
  const heroTrees: Record<string, string> = {};
  for (const [id, hero] of [...tree.heroTrees].sort((a, b) => a[0] - b[0])) heroTrees[String(id)] = hero.name;
  return { nodes, heroTrees };
}

/** Every entry's name in the tree, for the document's talentNames. */
export function treeNames(tree: SpecTree): Map<number, string> {
  const out = new Map<number, string>();
  for (const node of tree.nodes.values()) for (const e of node.entries) out.set(e.entryId, e.name);
  return out;
}
