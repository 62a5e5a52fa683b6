/**
 * A build's talents (trait entry IDs + ranks) <-> the records of its loadout string, given the tree's node list.
 * Records follow the class tree's node order (see shared/reference/loadout-string.md §4); what a record holds depends
 * on the node's type, as Blizzard's exporter writes it (Blizzard_ClassTalentImportExport.lua, version 2):
 * - single: ranks only when partial; choice / subtree: the chosen entry's 0-based position;
 * - tiered (the apex nodes of 12.0.1): ONE record for the node, its ranks the total bought over all tiers, partial only
 *   below the node's total maximum, never a choice index; the importer spreads the ranks over the tiers in order
 *   (reference §6), which decodeBuild does too;
 * - free nodes (granted): selected, not purchased, no more bits.
 * Pure and TSTL-safe (runs in the addon's Lua too): plain loops, no Map/Set iteration order, failures as values.
 */
import { fail, ok, type Result } from "./errors";
import type { Loadout, NodeRecord } from "./loadout";
import type { TalentEntry } from "../schema";

export type CodecNodeKind = "single" | "tiered" | "choice" | "subtree";

/** What the codec needs to know of one node. */
export interface CodecNode {
  readonly nodeId: number;
  readonly kind: CodecNodeKind;
  /** Entry IDs in the node's order: choice / subtree: the options (the record's index); tiered: the tiers in order. */
  readonly entryIds: readonly number[];
  /** Max ranks of each entry, same order. */
  readonly entryRanks: readonly number[];
  /** Free node (granted by the game): written as selected, not purchased. */
  readonly granted: boolean;
}

/** One class tree as the codec sees it: the string's node order and the nodes it can describe. */
export interface CodecTree {
  /** Node IDs in record order (ascending node ID, every node of the class tree). */
  readonly order: readonly number[];
  /** Nodes by ID. A node of `order` without an entry here cannot be selected by a build. */
  readonly nodes: { readonly [nodeId: number]: CodecNode };
}

interface Placed {
  readonly node: CodecNode;
  readonly position: number;
}

/** Entry ID -> its node and its position in the node's entry list. */
function entryIndex(tree: CodecTree): { [entryId: number]: Placed } {
  const out: { [entryId: number]: Placed } = {};
  for (const nodeId of tree.order) {
    const node = tree.nodes[nodeId];
    if (node === undefined) continue;
    for (let i = 0; i < node.entryIds.length; i++) out[node.entryIds[i]!] = { node, position: i };
  }
  return out;
}

function totalRanks(node: CodecNode): number {
  let total = 0;
  for (const ranks of node.entryRanks) total += ranks;
  return total;
}

/** The record of one selected node, from the build's entries on it (`ranks` by entry position). */
function recordOf(node: CodecNode, index: number, ranks: { [position: number]: number }): Result<NodeRecord> {
  if (node.granted) return ok({ index, purchased: false });
  if (node.kind === "tiered") {
    // One record for the whole node: the tiers fill in order, so the ranks must be a full prefix then a remainder.
    let total = 0;
    let open = false;
    for (let i = 0; i < node.entryIds.length; i++) {
      const r = ranks[i] ?? 0;
      if (r > 0 && open) return fail("invalid-field", `node ${node.nodeId}: tier ${i + 1} has ranks while an earlier tier is not full`);
      if (r < node.entryRanks[i]!) open = true;
      total += r;
    }
    const max = totalRanks(node);
    return ok({ index, purchased: true, ranks: total < max ? total : undefined });
  }
  let position = -1;
  for (let i = 0; i < node.entryIds.length; i++) {
    if ((ranks[i] ?? 0) > 0) {
      if (position >= 0) return fail("invalid-field", `node ${node.nodeId}: more than one entry of a ${node.kind} node is chosen`);
      position = i;
    }
  }
  const r = ranks[position]!;
  const max = node.entryRanks[position]!;
  const hasChoice = node.kind === "choice" || node.kind === "subtree";
  if (!hasChoice && position !== 0) return fail("invalid-field", `node ${node.nodeId}: entry ${position + 1} of a single node`);
  return ok({ index, purchased: true, ranks: r < max ? r : undefined, choice: hasChoice ? position : undefined });
}

/**
 * The loadout of a build (zero tree hash, records up to the last selected node: the canonical form). Every entry
 * must be on the tree with 1..its max ranks; a free node's entry is written as granted whatever its ranks.
 */
export function encodeBuild(tree: CodecTree, version: number, specId: number, entries: readonly TalentEntry[]): Result<Loadout> {
  const placed = entryIndex(tree);
  const ranksByNode: { [nodeId: number]: { [position: number]: number } } = {};
  for (const entry of entries) {
    const at = placed[entry.entryId];
    if (at === undefined) return fail("tree-mismatch", `talent entry ${entry.entryId} is not on the tree`);
    const max = at.node.entryRanks[at.position]!;
    if (entry.rank < 1 || entry.rank > max) {
      if (!at.node.granted) return fail("invalid-field", `talent entry ${entry.entryId}: rank ${entry.rank} is not 1..${max}`);
    }
    const byPosition = ranksByNode[at.node.nodeId] ?? {};
    ranksByNode[at.node.nodeId] = byPosition;
    if (byPosition[at.position] !== undefined) return fail("invalid-field", `talent entry ${entry.entryId} is listed twice`);
    byPosition[at.position] = entry.rank;
  }
  const nodes: NodeRecord[] = [];
  for (let index = 0; index < tree.order.length; index++) {
    const nodeId = tree.order[index]!;
    const ranks = ranksByNode[nodeId];
    if (ranks === undefined) continue;
    const record = recordOf(tree.nodes[nodeId]!, index, ranks);
    if (!record.ok) return fail(record.error.kind, record.error.message);
    nodes.push(record.value);
  }
  const zero: number[] = [];
  for (let i = 0; i < 16; i++) zero.push(0);
  const last = nodes[nodes.length - 1];
  return ok({ version, specId, treeHash: zero, recordCount: last === undefined ? 0 : last.index + 1, nodes });
}

/**
 * The entries of a decoded loadout on this tree, sorted by entry ID: a granted record is rank 1 of the node's first
 * entry; a tiered record's ranks fill the tiers in order. Fails on a record the tree cannot place.
 */
export function decodeBuild(tree: CodecTree, loadout: Loadout): Result<TalentEntry[]> {
  const out: TalentEntry[] = [];
  for (const record of loadout.nodes) {
    const nodeId = tree.order[record.index];
    const node = nodeId === undefined ? undefined : tree.nodes[nodeId];
    if (node === undefined) {
      return fail("tree-mismatch", `record ${record.index + 1} selects a node this tree does not describe`);
    }
    if (!record.purchased) {
      out.push({ entryId: node.entryIds[0]!, rank: 1 });
    } else if (node.kind === "tiered") {
      let left = record.ranks ?? totalRanks(node);
      for (let i = 0; i < node.entryIds.length && left > 0; i++) {
        const take = Math.min(left, node.entryRanks[i]!);
        out.push({ entryId: node.entryIds[i]!, rank: take });
        left -= take;
      }
      if (left > 0) return fail("invalid-field", `node ${node.nodeId}: ${record.ranks} ranks exceed the node's tiers`);
    } else {
      const position = node.kind === "single" ? 0 : record.choice;
      const entryId = position === undefined ? undefined : node.entryIds[position];
      if (position === undefined || entryId === undefined) {
        return fail("invalid-field", `node ${node.nodeId}: the record's choice does not name one of its ${node.entryIds.length} entries`);
      }
      const max = node.entryRanks[position]!;
      if (record.ranks !== undefined && (record.ranks < 1 || record.ranks > max)) {
        return fail("invalid-field", `node ${node.nodeId}: ${record.ranks} ranks is not 1..${max}`);
      }
      out.push({ entryId, rank: record.ranks ?? max });
    }
  }
  out.sort((a, b) => a.entryId - b.entryId);
  return ok(out);
}
