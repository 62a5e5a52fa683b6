/**
 * Pure: places a build given as trait entry IDs + ranks on the live tree. Entry IDs stay valid when a patch
 * reorders or adds nodes (the import string's records do not), so the node of each entry is looked up through the
 * live tree (entry -> node via GetNodeInfo(...).entryIDs); the tiers of a tiered node are grouped on it. A build naming
 * an entry the live tree does not have, or
 * one it has no longer in a way the build can use, is refused as a whole: never half-applied.
 */
import type { Outcome } from "./target";
import {
  NODE_SELECTION,
  NODE_SUB_TREE_SELECTION,
  NODE_TIERED,
  type LiveNode,
  type LiveTree,
  type TargetBuild,
  type TargetNode,
} from "./types";

/** One talent of a build (the contract's TalentEntry). */
export interface BuildEntry {
  readonly entryId: number;
  readonly rank: number;
}

const changed = (detail: string): Outcome<never> => ({ ok: false, problem: { reason: "talents-changed", detail1: detail } });

/**
 * entryId -> the node holding it; built once per read tree. A plain table rather than a Map and no table per
 * entry: this runs on every match check, and TypeScriptToLua's Map is slow. An entry's position on its node is
 * looked up only where it is used (choice nodes, a handful of entries), not stored for every entry of the tree.
 */
export type EntryIndex = { readonly [entryId: number]: LiveNode | undefined };

export function indexEntries(tree: LiveTree): EntryIndex {
  const index: { [entryId: number]: LiveNode } = {};
  const nodes = tree.nodes;
  const count = nodes.length;
  for (let i = 0; i < count; i++) {
    const live = nodes[i]!;
    const ids = live.entryIds;
    const entryCount = ids.length;
    for (let k = 0; k < entryCount; k++) index[ids[k]!] = live;
  }
  return index;
}

/** Where the entry sits on its node (the last match, as a full index would keep it); 0 when it is not there. */
function positionOf(node: LiveNode, entryId: number): number {
  const ids = node.entryIds;
  for (let i = ids.length - 1; i >= 0; i--) if (ids[i] === entryId) return i;
  return 0;
}

/**
 * The visible and available sub-tree selection node offering this hero tree, and the entry that picks it: the one
 * Blizzard's frame takes (TalentFrameUtil.GetFirstAvailableSubTreeSelectionNode, Blizzard_SharedTalentUtil.lua:168-185).
 */
function heroPicker(tree: LiveTree, subTreeId: number): { node: LiveNode; entryId: number } | undefined {
  for (const node of tree.nodes) {
    if (node.type !== NODE_SUB_TREE_SELECTION || !node.visible || node.available === false) continue;
    for (let i = 0; i < node.entryIds.length; i++) {
      if (node.entrySubTreeIds[i] === subTreeId) return { node, entryId: node.entryIds[i]! };
    }
  }
  return undefined;
}

/**
 * A tier of a tiered node (the apex track): ranks fill the tiers in order, each up to its own maxRanks, and the node
 * is full at the sum (Blizzard_TalentButtonTierTrackTemplates.lua:116-143, 316-323, 12.0.1). A build lists one entry
 * per tier holding ranks (the game's importer writes them so, Blizzard_ClassTalentImportExport.lua:354-392; logs
 * list the tiers' talentIDs, whose points add up), so the node's target rank is the sum, bounded by the node's total.
 * One tier listed with more ranks than it holds is read as the node's total on one talentID (the other reading of
 * logs that the Warcraft Logs reference notes; unverified which one Warcraft Logs uses): the sum is what counts either way.
 */
function addTier(node: LiveNode, entry: BuildEntry, before: TargetNode | undefined): Outcome<TargetNode> {
  const max = node.maxRanks;
  if (entry.rank < 1) return changed(`talent ${entry.entryId} has ${max} rank(s), the build wants ${entry.rank}`);
  const ranks = (before?.ranks ?? 0) + entry.rank;
  if (ranks > max) return changed(`node ${node.nodeId} has ${max} rank(s) in all, the build wants ${ranks}`);
  return { ok: true, value: { nodeId: node.nodeId, type: node.type, granted: node.grantedRanks >= max, ranks, full: ranks >= max } };
}

export function buildTargetFromEntries(entries: readonly BuildEntry[], specId: number, tree: LiveTree): Outcome<TargetBuild> {
  if (entries.length === 0) return changed("the build lists no talents");
  const byEntry = indexEntries(tree);
  const nodes: TargetNode[] = [];
  const seen: { [nodeId: number]: boolean } = {};
  /** Tiered nodes: where their target sits in `nodes`, so a later tier adds to it. */
  const tierAt: { [nodeId: number]: number } = {};
  let heroSubTreeId: number | undefined;
  let pickerEntry: number | undefined;
  // Runs for every talent of the build on every match check: a numeric loop, and the node type tested inline
  // (isChoiceNode / isHeroNode of target.ts) rather than through a function call each.
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const node = byEntry[entry.entryId];
    if (node === undefined) return changed(`talent entry ${entry.entryId} is not in your talent tree`);
    const type = node.type;
    if (seen[node.nodeId] === true && type !== NODE_TIERED) return changed(`two talents of the build share node ${node.nodeId}`);
    seen[node.nodeId] = true;
    if (type === NODE_SUB_TREE_SELECTION) {
      const hero = node.entrySubTreeIds[positionOf(node, entry.entryId)] ?? 0;
      if (hero === 0 || !node.visible) return changed(`hero choice ${entry.entryId} is not offered to your specialization`);
      if (node.available === false) return changed(`hero choice ${entry.entryId} is not available to you yet`);
      heroSubTreeId = hero;
      pickerEntry = entry.entryId;
      nodes.push({ nodeId: node.nodeId, type, granted: false, ranks: 1, full: true, entryId: entry.entryId });
    } else {
      if (node.subTreeId !== undefined) {
        // A hero node (isHeroNode; the sub-tree selection node is handled above).
        if (heroSubTreeId !== undefined && heroSubTreeId !== node.subTreeId)
          return changed(`talent ${entry.entryId} belongs to another hero tree`);
        heroSubTreeId = node.subTreeId;
      } else if (!node.visible) {
        return changed(`talent ${entry.entryId} is not part of your specialization`);
      }
      if (type === NODE_TIERED) {
        const at = tierAt[node.nodeId];
        const placed = addTier(node, entry, at === undefined ? undefined : nodes[at]);
        if (!placed.ok) return placed;
        if (at === undefined) {
          tierAt[node.nodeId] = nodes.length;
          nodes.push(placed.value);
        } else nodes[at] = placed.value;
        continue;
      }
      const choice = type === NODE_SELECTION;
      const max = choice ? (node.entryMaxRanks[positionOf(node, entry.entryId)] ?? node.maxRanks) : node.maxRanks;
      if (entry.rank < 1 || entry.rank > max) return changed(`talent ${entry.entryId} has ${max} rank(s), the build wants ${entry.rank}`);
      nodes.push({
        nodeId: node.nodeId,
        type,
        granted: node.grantedRanks >= max,
        ranks: entry.rank,
        full: entry.rank >= max,
        entryId: choice ? entry.entryId : undefined,
      });
    }
  }
  // Builds from the rankings may leave out the hero tree's picker: choose it from the hero talents' own tree.
  if (heroSubTreeId !== undefined && pickerEntry === undefined) {
    const picker = heroPicker(tree, heroSubTreeId);
    if (picker === undefined) return changed(`hero tree ${heroSubTreeId} is not offered to your specialization`);
    nodes.push({ nodeId: picker.node.nodeId, type: picker.node.type, granted: false, ranks: 1, full: true, entryId: picker.entryId });
  }
  return { ok: true, value: { specId, heroSubTreeId, nodes } };
}
