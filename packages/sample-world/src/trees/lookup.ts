/**
 * Lookups over a tree: by node ID, which specs a tree serves, which nodes a spec may use.
 * Trees are plain data (they may come from the generator, a hand-laid file or another engineer's fixture), so the
 * index is rebuilt per call: O(nodes), negligible next to the rules that use it.
 */
import type { ClassTreeDef, NodeDef, NodeKind } from "./types";

export interface TreeIndex {
  readonly tree: ClassTreeDef;
  readonly byId: { readonly [nodeId: number]: NodeDef | undefined };
  /** Position of a node in `tree.nodes` (its loadout record index). */
  readonly positionOf: { readonly [nodeId: number]: number | undefined };
  /** Hero tree ID -> the specs that may choose it. */
  readonly heroSpecs: { readonly [subTreeId: number]: readonly number[] | undefined };
}

export function indexTree(tree: ClassTreeDef): TreeIndex {
  const byId: { [nodeId: number]: NodeDef } = {};
  const positionOf: { [nodeId: number]: number } = {};
  tree.nodes.forEach((node, position) => {
    byId[node.nodeId] = node;
    positionOf[node.nodeId] = position;
  });
  const heroSpecs: { [subTreeId: number]: readonly number[] } = {};
  for (const subTree of tree.subTrees) heroSpecs[subTree.subTreeId] = subTree.specIds;
  return { tree, byId, positionOf, heroSpecs };
}

export function isChoiceKind(kind: NodeKind): boolean {
  return kind === "selection" || kind === "subTreeSelection";
}

/** Specs the tree serves: those named by its hero trees and spec-bound nodes, ascending. */
export function treeSpecIds(tree: ClassTreeDef): number[] {
  const seen: { [specId: number]: boolean } = {};
  const out: number[] = [];
  const note = (specId: number | undefined): void => {
    if (specId !== undefined && seen[specId] !== true) {
      seen[specId] = true;
      out.push(specId);
    }
  };
  for (const subTree of tree.subTrees) {
    for (const specId of subTree.specIds) note(specId);
  }
  for (const node of tree.nodes) note(node.specId);
  out.sort((a, b) => a - b);
  return out;
}

/** Whether the spec may hold this node: class nodes always; spec-bound nodes their spec; hero nodes their trees' specs. */
export function availableTo(index: TreeIndex, node: NodeDef, specId: number): boolean {
  if (node.specId !== undefined) return node.specId === specId;
  if (node.subTreeId !== undefined) {
    const specs = index.heroSpecs[node.subTreeId];
    return specs !== undefined && specs.includes(specId);
  }
  return node.section === "class";
}

/** The spec's hero tree picker. */
export function selectionNodeOf(tree: ClassTreeDef, specId: number): NodeDef | undefined {
  for (const node of tree.nodes) {
    if (node.kind === "subTreeSelection" && node.specId === specId) return node;
  }
  return undefined;
}

/**
 * Max ranks of the node with the given entry chosen; undefined if unknown. A tiered node's is the sum of its tiers'
 * (the client's totalMaxRanks; Blizzard_TalentButtonTierTrackTemplates.lua IsMaxed, 12.0.1 line 322); a single
 * node's is its only entry's.
 */
export function maxRanksOf(node: NodeDef, entryId: number | undefined): number | undefined {
  if (node.kind === "tiered") return tieredMaxRanks(node);
  if (!isChoiceKind(node.kind)) return node.entries[0]?.maxRanks;
  for (const entry of node.entries) {
    if (entry.entryId === entryId) return entry.maxRanks;
  }
  return undefined;
}

/** Position of an entry in the node's entry list (the loadout's choice index), -1 when absent. */
export function entryPosition(node: NodeDef, entryId: number | undefined): number {
  for (let i = 0; i < node.entries.length; i++) {
    if (node.entries[i]!.entryId === entryId) return i;
  }
  return -1;
}

/** Whether the node costs points: granted nodes and the hero tree picker are free. */
export function costsPoints(node: NodeDef): boolean {
  return !node.granted && node.kind !== "subTreeSelection";
}

/** Whether a granted node is active for the spec with this hero tree chosen: its own spec's, or the chosen tree's keystone. */
export function grantedFor(node: NodeDef, specId: number, subTreeId: number | undefined): boolean {
  if (!node.granted) return false;
  if (node.subTreeId !== undefined) return node.specId === undefined && node.subTreeId === subTreeId;
  return node.specId === specId;
}

/** A tiered node's total ranks: every tier's maxRanks added up. */
export function tieredMaxRanks(node: NodeDef): number {
  let total = 0;
  for (const entry of node.entries) total += entry.maxRanks;
  return total;
}

/** One tier of a tiered node and the ranks it holds. */
export interface TierRanks {
  readonly entryId: number;
  readonly ranks: number;
}

/**
 * The ranks a tiered node's total puts on each tier: filled in entry order, each up to its maxRanks, as the game's
 * importer spreads them (Blizzard_ClassTalentImportExport.lua CreateImportLoadoutEntryInfoFromTieredNode, 12.0.1
 * lines 354-392). Only tiers that hold ranks are listed (the importer writes no others; logs list the same).
 */
export function tierRanks(node: NodeDef, total: number): TierRanks[] {
  const out: TierRanks[] = [];
  let remaining = total;
  for (const entry of node.entries) {
    const ranks = Math.min(remaining, entry.maxRanks);
    if (ranks <= 0) break;
    out.push({ entryId: entry.entryId, ranks });
    remaining -= ranks;
  }
  return out;
}
