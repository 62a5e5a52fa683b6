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
  return {
    ID: node.nodeId,
    posX: node.posX,
    posY: node.posY,
    flags: 0,
    entryIDs: node.entries.map((e) => e.entryId),
    entryIDsWithCommittedRanks: active > 0 && committedEntry !== undefined ? [committedEntry] : [],
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
    activeEntry: current > 0 && stagedEntry !== undefined ? { entryID: stagedEntry, rank: current } : undefined,
    nextEntry: canPurchase && stagedEntry !== undefined ? { entryID: stagedEntry, rank: current + 1 } : undefined,
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
