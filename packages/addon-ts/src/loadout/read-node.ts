/**
 * Pure: turns the client's TraitNodeInfo into a LiveNode, in one of two views.
 * - committed: what the character has now (activeRank; the entry with committed ranks), used by hasMatchingBuild.
 * - staged: the config being edited (currentRank; activeEntry), used to check staging before the commit.
 * Free ranks are what the node has beyond the ranks bought (the game's exporter detects granted nodes the same way).
 */
import { NODE_TIERED, type LiveNode } from "./types";

export type TreeView = "committed" | "staged";

/** The TraitNodeInfo fields read; a structural subset so tests can pass plain objects. */
export interface NodeInfoFields {
  readonly ID: number;
  readonly type: number;
  readonly maxRanks: number;
  /** Tiered nodes: the ranks of all tiers together (the node is full at this; Blizzard_TalentButtonTierTrackTemplates.lua:322). */
  readonly totalMaxRanks?: number;
  readonly entryIDs: readonly number[];
  readonly entryIDsWithCommittedRanks?: readonly number[];
  readonly ranksPurchased: number;
  readonly activeRank: number;
  readonly currentRank: number;
  readonly activeEntry?: { readonly entryID: number; readonly rank: number };
  readonly isVisible: boolean;
  readonly isAvailable?: boolean;
  readonly subTreeID?: number;
  readonly posX: number;
  readonly posY: number;
  readonly visibleEdges?: readonly { readonly targetNode: number }[];
}

function committedEntry(info: NodeInfoFields): number | undefined {
  const committed = info.entryIDsWithCommittedRanks;
  if (committed !== undefined && committed.length === 1) return committed[0];
  return info.activeEntry?.entryID;
}

/** What GetEntryInfo says about each entry of a choice node, parallel to entryIDs (empty for other nodes). */
export interface EntryFacts {
  readonly subTreeIds: readonly number[];
  readonly maxRanks: readonly number[];
}

export const NO_ENTRY_FACTS: EntryFacts = { subTreeIds: [], maxRanks: [] };

const NO_CHILDREN: readonly number[] = [];

/** `edges` false leaves `children` empty: only planning an apply needs them. */
export function toLiveNode(info: NodeInfoFields, view: TreeView, entries: EntryFacts, edges = true): LiveNode {
  const rank = view === "committed" ? info.activeRank : info.currentRank;
  let children = NO_CHILDREN;
  if (edges && info.visibleEdges !== undefined) {
    const list: number[] = [];
    for (const edge of info.visibleEdges) list.push(edge.targetNode);
    children = list;
  }
  // A tiered node (an apex track) is full at totalMaxRanks; whether the client's maxRanks on it is the same sum or the
  // current tier's is not documented, so the total is taken where the client gives one (unverified in game).
  const total = info.type === NODE_TIERED ? info.totalMaxRanks : undefined;
  return {
    nodeId: info.ID,
    type: info.type,
    maxRanks: total !== undefined && total > 0 ? total : info.maxRanks,
    entryIds: info.entryIDs,
    entrySubTreeIds: entries.subTreeIds,
    entryMaxRanks: entries.maxRanks,
    rank,
    grantedRanks: info.currentRank > info.ranksPurchased ? info.currentRank - info.ranksPurchased : 0,
    entryId: view === "committed" ? committedEntry(info) : info.activeEntry?.entryID,
    visible: info.isVisible,
    available: info.isAvailable,
    subTreeId: info.subTreeID,
    posX: info.posX,
    posY: info.posY,
    children,
  };
}
