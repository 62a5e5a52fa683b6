/**
 * The tree data as the pipeline uses it: per spec, the codec's view of the class tree (node order + the spec's
 * nodes), each node's section, layout and entries, and the hero trees. Built once from a validated talents.json. Pure.
 */
import type { CodecNode, CodecNodeKind, CodecTree } from "@att/contract/trees";
import { nodeLists, type RaidbotsNode, type RaidbotsSpecTree, type TalentsFile } from "./schema";

export type TreeSection = "class" | "spec" | "hero" | "subtree";

export interface TreeEntryInfo {
  readonly entryId: number;
  readonly name: string;
  readonly spellId?: number;
  readonly maxRanks: number;
  /** Sub-tree selection entries: the hero tree chosen. */
  readonly subTreeId?: number;
}

export interface TreeNodeInfo {
  readonly nodeId: number;
  readonly section: TreeSection;
  readonly kind: CodecNodeKind;
  readonly posX: number;
  readonly posY: number;
  readonly free: boolean;
  /** Hero nodes: their hero tree. */
  readonly subTreeId?: number;
  readonly next: readonly number[];
  readonly entries: readonly TreeEntryInfo[];
}

export interface SpecTree {
  readonly specId: number;
  readonly classId: number;
  readonly codec: CodecTree;
  readonly nodes: ReadonlyMap<number, TreeNodeInfo>;
  /** Entry ID -> node and position in the node's entries. */
  readonly entries: ReadonlyMap<number, { readonly node: TreeNodeInfo; readonly position: number }>;
  /** Hero trees this spec may choose: sub-tree ID -> name and the selection entry that picks it. */
  readonly heroTrees: ReadonlyMap<number, { readonly name: string; readonly entryId: number }>;
}

export interface TreeSet {
  /** The game build the trees are of (metadata.json's wowBuild), when known. */
  readonly wowBuild?: string;
  readonly specs: ReadonlyMap<number, SpecTree>;
}

/**
 * Raidbots' node type -> the record form. A Raidbots "tiered" node is an apex node (several tier entries); a
 * multi-rank talent is "single" with maxRanks > 1. A tiered node with one entry is written like a single one.
 */
function kindOf(node: RaidbotsNode): CodecNodeKind {
  if (node.type === "tiered") return node.entries.length > 1 ? "tiered" : "single";
  return node.type;
}

function nodeInfo(node: RaidbotsNode, section: TreeSection): TreeNodeInfo {
  return {
    nodeId: node.id,
    section,
    kind: kindOf(node),
    posX: node.posX,
    posY: node.posY,
    free: node.freeNode === true,
    ...(node.subTreeId !== undefined ? { subTreeId: node.subTreeId } : {}),
    next: node.next,
    entries: node.entries.map((e) => ({
      entryId: e.id,
      name: e.name ?? node.name ?? `entry ${e.id}`,
      ...(e.spellId !== undefined ? { spellId: e.spellId } : {}),
      // Sub-tree selection entries have no ranks: choosing a hero tree is one selection.
      maxRanks: e.maxRanks ?? node.maxRanks ?? 1,
      ...(e.traitSubTreeId !== undefined ? { subTreeId: e.traitSubTreeId } : {}),
    })),
  };
}

export function specTreeOf(spec: RaidbotsSpecTree): SpecTree {
  const nodes = new Map<number, TreeNodeInfo>();
  const entries = new Map<number, { node: TreeNodeInfo; position: number }>();
  const codecNodes: { [nodeId: number]: CodecNode } = {};
  const heroTrees = new Map<number, { name: string; entryId: number }>();
  for (const [list, section] of nodeLists(spec)) {
    for (const raw of list) {
      const node = nodeInfo(raw, section);
      nodes.set(node.nodeId, node);
      node.entries.forEach((e, position) => {
        entries.set(e.entryId, { node, position });
        if (section === "subtree" && e.subTreeId !== undefined) heroTrees.set(e.subTreeId, { name: e.name, entryId: e.entryId });
      });
      codecNodes[node.nodeId] = {
        nodeId: node.nodeId,
        kind: node.kind,
        entryIds: node.entries.map((e) => e.entryId),
        entryRanks: node.entries.map((e) => e.maxRanks),
        granted: node.free,
      };
    }
  }
  return { specId: spec.specId, classId: spec.classId, codec: { order: spec.fullNodeOrder, nodes: codecNodes }, nodes, entries, heroTrees };
}

export function treeSetOf(file: TalentsFile, wowBuild?: string): TreeSet {
  return { ...(wowBuild !== undefined ? { wowBuild } : {}), specs: new Map(file.map((s) => [s.specId, specTreeOf(s)])) };
}
