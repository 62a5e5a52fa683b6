/**
 * The edge: LoadoutClient over the real client APIs (declared in ../wow/api.d.ts). Reads are plain data copies;
 * no logic lives here beyond the API shapes (1-based Lua lists, optional returns).
 */
import type { LoadoutClient } from "./client";
import { NO_ENTRY_FACTS, toLiveNode, type EntryFacts, type TreeView } from "./read-node";
import type { StagingPort } from "./stage";
import type { GameHeader } from "./target";
import { NODE_SELECTION, NODE_SUB_TREE_SELECTION, type LiveNode, type LiveTree } from "./types";

function currentSpecId(): number | undefined {
  const index = C_SpecializationInfo.GetSpecialization();
  if (index === undefined || index <= 0) return undefined;
  const [specId] = C_SpecializationInfo.GetSpecializationInfo(index);
  return specId;
}

/** Choice nodes: each entry's hero sub-tree (0 when it names none) and maximum ranks. */
function entryFacts(configId: number, info: TraitNodeInfo): EntryFacts {
  if (info.type !== NODE_SELECTION && info.type !== NODE_SUB_TREE_SELECTION) return NO_ENTRY_FACTS;
  const subTreeIds: number[] = [];
  const maxRanks: number[] = [];
  for (const entryId of info.entryIDs) {
    const entry = C_Traits.GetEntryInfo(configId, entryId);
    subTreeIds.push(entry?.subTreeID ?? 0);
    maxRanks.push(entry?.maxRanks ?? info.maxRanks);
  }
  return { subTreeIds, maxRanks };
}

function readTree(configId: number, treeId: number, view: TreeView): LiveTree {
  // The loadout string's records follow the node IDs in ascending order; GetTreeNodes does not promise an order.
  const nodeIds = [...C_Traits.GetTreeNodes(treeId)].sort((a, b) => a - b);
  const nodes: LiveNode[] = [];
  for (const nodeId of nodeIds) {
    const info = C_Traits.GetNodeInfo(configId, nodeId);
    nodes.push(toLiveNode(info, view, entryFacts(configId, info)));
  }
  return { configId, treeId, nodes };
}

function staging(configId: number): StagingPort {
  return {
    nodeState(nodeId) {
      const info = C_Traits.GetNodeInfo(configId, nodeId);
      return { rank: info.currentRank, entryId: info.activeEntry?.entryID };
    },
    purchaseRank: (nodeId) => C_Traits.PurchaseRank(configId, nodeId),
    setSelection: (nodeId, entryId) => C_Traits.SetSelection(configId, nodeId, entryId),
  };
}

export function createWowClient(): LoadoutClient {
  return {
    activeConfigId: () => C_ClassTalents.GetActiveConfigID(),
    classTreeId(configId) {
      const info = C_Traits.GetConfigInfo(configId);
      return info === undefined ? undefined : info.treeIDs[0];
    },
    gameHeader(treeId): GameHeader {
      return { version: C_Traits.GetLoadoutSerializationVersion(), specId: currentSpecId(), treeHash: C_Traits.GetTreeHash(treeId) };
    },
    readTree: (configId, treeId, view) => readTree(configId, treeId, view),
    inCombat: () => InCombatLockdown(),
    rollback: (configId) => C_Traits.RollbackConfig(configId),
    resetTree: (configId, treeId) => C_Traits.ResetTree(configId, treeId),
    staging: (configId) => staging(configId),
    // The class-talent commit, as the game's own talent frame and peer loadout addons use for the active config
    // (C_Traits.CommitConfig is the generic trait commit). No saved loadout is named, so no loadout slot is written.
    commit: (_configId) => C_ClassTalents.CommitConfig(),
    startTimer(seconds, callback) {
      const timer = C_Timer.NewTimer(seconds, callback);
      return { cancel: () => timer.Cancel() };
    },
  };
}
