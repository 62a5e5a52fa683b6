/**
 * Pure: places a build given as trait entry IDs + ranks on the live tree. Entry IDs stay valid when a patch
 * reorders or adds nodes (the import string's records do not), so the node of each entry is looked up through the
 * live tree (entry -> node via GetNodeInfo(...).entryIDs). A build naming an entry the live tree does not have, or
 * one it has no longer in a way the build can use, is refused as a whole: never half-applied.
 */
import type { Outcome } from "./target";
import { isChoiceNode, isHeroNode } from "./target";
import { NODE_SUB_TREE_SELECTION, type LiveNode, type LiveTree, type TargetBuild, type TargetNode } from "./types";

/** One talent of a build (the contract's TalentEntry). */
export interface BuildEntry {
  readonly entryId: number;
  readonly rank: number;
}

const changed = (detail: string): Outcome<never> => ({ ok: false, problem: { reason: "talents-changed", detail1: detail } });

/**
 * entryId -> the node holding it, and the entry's position on that node; built once per read tree. Plain tables
 * rather than Map/Set and no table per entry: this runs on every match check, and TypeScriptToLua's Map is slow.
 */
export interface EntryIndex {
  readonly node: { [entryId: number]: LiveNode | undefined };
  readonly position: { [entryId: number]: number | undefined };
}

export function indexEntries(tree: LiveTree): EntryIndex {
  const node: EntryIndex["node"] = {};
  const position: EntryIndex["position"] = {};
  for (const live of tree.nodes) {
    const ids = live.entryIds;
    for (let i = 0; i < ids.length; i++) {
      node[ids[i]!] = live;
      position[ids[i]!] = i;
    }
  }
  return { node, position };
}

function maxRanksOf(node: LiveNode, index: number): number {
  return isChoiceNode(node) ? (node.entryMaxRanks[index] ?? node.maxRanks) : node.maxRanks;
}

/** The visible sub-tree selection node offering this hero tree, and the entry that picks it. */
function heroPicker(tree: LiveTree, subTreeId: number): { node: LiveNode; entryId: number } | undefined {
  for (const node of tree.nodes) {
    if (node.type !== NODE_SUB_TREE_SELECTION || !node.visible) continue;
    for (let i = 0; i < node.entryIds.length; i++) {
      if (node.entrySubTreeIds[i] === subTreeId) return { node, entryId: node.entryIds[i]! };
    }
  }
  return undefined;
}

export function buildTargetFromEntries(entries: readonly BuildEntry[], specId: number, tree: LiveTree): Outcome<TargetBuild> {
  if (entries.length === 0) return changed("the build lists no talents");
  const byEntry = indexEntries(tree);
  const nodes: TargetNode[] = [];
  const seen: { [nodeId: number]: boolean } = {};
  let heroSubTreeId: number | undefined;
  let pickerEntry: number | undefined;
  for (const entry of entries) {
    const node = byEntry.node[entry.entryId];
    if (node === undefined) return changed(`talent entry ${entry.entryId} is not in your talent tree`);
    const index = byEntry.position[entry.entryId] ?? 0;
    if (seen[node.nodeId] === true) return changed(`two talents of the build share node ${node.nodeId}`);
    seen[node.nodeId] = true;
    if (node.type === NODE_SUB_TREE_SELECTION) {
      const hero = node.entrySubTreeIds[index] ?? 0;
      if (hero === 0 || !node.visible) return changed(`hero choice ${entry.entryId} is not offered to your specialization`);
      heroSubTreeId = hero;
      pickerEntry = entry.entryId;
      nodes.push({ nodeId: node.nodeId, type: node.type, granted: false, ranks: 1, full: true, entryId: entry.entryId });
      continue;
    }
    if (isHeroNode(node)) {
      if (heroSubTreeId !== undefined && heroSubTreeId !== node.subTreeId)
        return changed(`talent ${entry.entryId} belongs to another hero tree`);
      heroSubTreeId = node.subTreeId;
    } else if (!node.visible) {
      return changed(`talent ${entry.entryId} is not part of your specialization`);
    }
    const max = maxRanksOf(node, index);
    if (entry.rank < 1 || entry.rank > max) return changed(`talent ${entry.entryId} has ${max} rank(s), the build wants ${entry.rank}`);
    const granted = node.grantedRanks >= max;
    nodes.push({
      nodeId: node.nodeId,
      type: node.type,
      granted,
      ranks: entry.rank,
      full: entry.rank >= max,
      entryId: isChoiceNode(node) ? entry.entryId : undefined,
    });
  }
  // Builds from the rankings may leave out the hero tree's picker: choose it from the hero talents' own tree.
  if (heroSubTreeId !== undefined && pickerEntry === undefined) {
    const picker = heroPicker(tree, heroSubTreeId);
    if (picker === undefined) return changed(`hero tree ${heroSubTreeId} is not offered to your specialization`);
    nodes.push({ nodeId: picker.node.nodeId, type: picker.node.type, granted: false, ranks: 1, full: true, entryId: picker.entryId });
  }
  return { ok: true, value: { specId, heroSubTreeId, nodes } };
}
