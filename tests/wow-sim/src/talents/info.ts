/** The read side of C_Traits: node, entry, sub-tree and config info, computed from staged and committed slots. */
import type { NodeDef } from "./tree-types";
import type { TalentConfig } from "../state";
import { SPECS } from "@att/contract";
import { activeSubTree, currentRank, edgesMet, isActive, isAvailable, isFull, maxRanks, purchaseProblem, refundProblem } from "./rules";
import { entryOf, isChoice, tree, visibleForSpec } from "./tree";

const NODE_TYPE: Record<NodeDef["kind"], number> = { single: 0, tiered: 1, selection: 2, subTreeSelection: 3 };
/** Enum.TraitEdgeType.SufficientForAvailability: any one full parent unlocks the child. */
const EDGE_SUFFICIENT = 2;

/** What GetNodeInfo returns for an unknown node: an empty record with ID 0, as the client does. */
function emptyNodeInfo(): TraitNodeInfo {
  return {
    ID: 0,
    posX: 0,
    posY: 0,
    flags: 0,
    entryIDs: [],
    entryIDsWithCommittedRanks: [],
    canPurchaseRank: false,
    canRefundRank: false,
    isAvailable: false,
    isVisible: false,
    ranksPurchased: 0,
    activeRank: 0,
    currentRank: 0,
    maxRanks: 0,
    type: 0,
    visibleEdges: [],
    meetsEdgeRequirements: false,
  };
}

function chosenEntryId(node: NodeDef, entryId: number | undefined): number | undefined {
  return isChoice(node) ? entryId : node.entries[0]?.entryId;
}

/** A tier track: a tiered node of several entries (Midnight's apex node). */
function isTrack(node: NodeDef): boolean {
  return node.kind === "tiered" && node.entries.length > 1;
}

/**
 * The tiers a tier track's ranks fill, in entry order, each up to its maxRanks: how Blizzard's frame reads a track
 * (Blizzard_TalentButtonTierTrackTemplates.lua:116-143 CalculateSpendStateForPip, 12.0.1). Only tiers holding ranks.
 */
function tiersHolding(node: NodeDef, ranks: number): { entryId: number; ranks: number }[] {
  const out: { entryId: number; ranks: number }[] = [];
  let remaining = ranks;
  for (const entry of node.entries) {
    const held = Math.min(remaining, entry.maxRanks);
    if (held <= 0) break;
    out.push({ entryId: entry.entryId, ranks: held });
    remaining -= held;
  }
  return out;
}

/**
 * activeEntry / nextEntry of a tier track: the tier the last rank sits in, with its ranks in that tier, and the tier
 * the next purchase goes to. Not documented (modelled as the frame's pips count ranks per tier; unverified in game).
 */
function trackEntries(node: NodeDef, ranks: number, canPurchase: boolean): Pick<TraitNodeInfo, "activeEntry" | "nextEntry"> {
  const held = tiersHolding(node, ranks);
  const last = held[held.length - 1];
  const activeEntry = last === undefined ? undefined : { entryID: last.entryId, rank: last.ranks };
  let nextEntry: TraitEntryRankInfo | undefined;
  if (canPurchase) {
    const next = last !== undefined && last.ranks < entryOf(node, last.entryId)!.maxRanks ? last : undefined;
    const tier = next ?? { entryId: node.entries[held.length]?.entryId ?? 0, ranks: 0 };
    if (tier.entryId !== 0) nextEntry = { entryID: tier.entryId, rank: tier.ranks + 1 };
  }
  return { activeEntry, nextEntry };
}

export function nodeInfo(config: TalentConfig, nodeId: number): TraitNodeInfo {
  const node = tree().nodes.get(nodeId);
  if (node === undefined) return emptyNodeInfo();
  const spec = config.specId;
  const staged = config.staged;
  const committed = config.committed;
  const current = currentRank(node, spec, staged);
  const active = currentRank(node, spec, committed);
  const max = maxRanks(node, staged);
  const canPurchase = node.kind !== "subTreeSelection" && purchaseProblem(node, spec, staged) === undefined;
  const stagedEntry = chosenEntryId(node, staged.get(nodeId)?.entryId);
  const committedEntry = chosenEntryId(node, committed.get(nodeId)?.entryId);
  const full = isFull(node, spec, staged);
  const subTreeId = node.subTreeId;
  const track = isTrack(node);
  const committedEntries: number[] = [];
  if (track) for (const tier of tiersHolding(node, active)) committedEntries.push(tier.entryId);
  else if (active > 0 && committedEntry !== undefined) committedEntries.push(committedEntry);
  const entries = track
    ? trackEntries(node, current, canPurchase)
    : {
        activeEntry: current > 0 && stagedEntry !== undefined ? { entryID: stagedEntry, rank: current } : undefined,
        nextEntry: canPurchase && stagedEntry !== undefined ? { entryID: stagedEntry, rank: current + 1 } : undefined,
      };
  return {
    ID: node.nodeId,
    posX: node.posX,
    posY: node.posY,
    flags: 0,
    entryIDs: node.entries.map((e) => e.entryId),
    entryIDsWithCommittedRanks: committedEntries,
    canPurchaseRank: canPurchase,
    canRefundRank: node.kind !== "subTreeSelection" && refundProblem(node, spec, staged) === undefined,
    isAvailable: isAvailable(node, spec, staged),
    isVisible: visibleForSpec(node, spec),
    isDisplayError: false,
    ranksPurchased: node.granted ? 0 : (staged.get(nodeId)?.ranks ?? 0),
    ranksGranted: node.granted && isActive(node, spec, staged) ? max : 0,
    ranksIncreased: Math.max(0, current - active),
    activeRank: active,
    currentRank: current,
    activeEntry: entries.activeEntry,
    nextEntry: entries.nextEntry,
    // A tier track's maxRanks: the sum, like totalMaxRanks (Raidbots' 12.0.1 apex nodes: maxRanks 4 = 1 + 2 + 1); the
    // client's own value on a track is not documented (unverified).
    maxRanks: max,
    totalMaxRanks: max,
    type: NODE_TYPE[node.kind],
    visibleEdges: (tree().children.get(nodeId) ?? []).map((child) => ({
      targetNode: child,
      type: EDGE_SUFFICIENT,
      visualStyle: 1,
      isActive: full,
    })),
    meetsEdgeRequirements: edgesMet(node, spec, staged),
    subTreeID: subTreeId,
    subTreeActive: subTreeId === undefined ? undefined : activeSubTree(spec, staged) === subTreeId,
  };
}

export function entryInfo(config: TalentConfig, entryId: number): TraitEntryInfo | undefined {
  const node = tree().entryOwner.get(entryId);
  if (node === undefined) return undefined;
  const entry = entryOf(node, entryId)!;
  return {
    // Definitions are not modelled beyond an ID; sub-tree selection entries have none, as in the client.
    definitionID: entry.subTreeId === undefined ? 100000 + entryId : undefined,
    subTreeID: entry.subTreeId,
    type: NODE_TYPE[node.kind],
    maxRanks: entry.maxRanks,
    isAvailable: isAvailable(node, config.specId, config.staged),
  };
}

export function subTreeInfo(config: TalentConfig, subTreeId: number): TraitSubTreeInfo | undefined {
  const subTree = tree().subTrees.get(subTreeId);
  if (subTree === undefined) return undefined;
  const selectionNodeIds: number[] = [];
  for (const node of tree().def.nodes) {
    if (node.kind === "subTreeSelection" && node.entries.some((e) => e.subTreeId === subTreeId)) selectionNodeIds.push(node.nodeId);
  }
  return {
    ID: subTreeId,
    name: subTree.name,
    isActive: activeSubTree(config.specId, config.staged) === subTreeId,
    subTreeSelectionNodeIDs: selectionNodeIds,
    traitCurrencyID: 3000 + subTreeId,
  };
}

export function configInfo(config: TalentConfig): TraitConfigInfo {
  const spec = SPECS.find((s) => s.specId === config.specId);
  return { ID: config.configId, type: 1, name: spec?.specName ?? "Loadout", treeIDs: [tree().def.treeId], usesSharedActionBars: false };
}
