/**
 * The edge: LoadoutClient over the real client APIs (declared in api.d.ts and checked against Blizzard's
 * generated documentation). Reads are plain data copies; no logic lives here beyond the API shapes (1-based Lua
 * lists, optional returns). Anything the client returns nothing for comes back as undefined.
 */
import type { LoadoutClient, LoadoutSlots, ReadOptions } from "../loadout/client";
import { NO_ENTRY_FACTS, toLiveNode, type EntryFacts, type TreeView } from "../loadout/read-node";
import type { StagingPort } from "../loadout/stage";
import type { GameHeader } from "../loadout/target";
import { NODE_SELECTION, NODE_SUB_TREE_SELECTION, type LiveNode, type LiveTree } from "../loadout/types";
import { activeSpecId, inCombat } from "./game-state";

const NO_SUB_TREES: readonly number[] = [];

/**
 * Choice nodes (the caller checks the type): each entry's maximum ranks and, on a sub-tree selection node, each
 * entry's hero sub-tree (0 when it names none). Only sub-tree selection nodes' sub-trees are ever read
 * (LiveNode.entrySubTreeIds), so the other choice nodes skip that list: one table less per node on every check.
 */
function entryFacts(configId: number, info: TraitNodeInfo): EntryFacts {
  const subTreeIds: number[] | undefined = info.type === NODE_SUB_TREE_SELECTION ? [] : undefined;
  const maxRanks: number[] = [];
  const entryIds = info.entryIDs;
  const count = entryIds.length;
  for (let i = 0; i < count; i++) {
    const entry = C_Traits.GetEntryInfo(configId, entryIds[i]!);
    if (subTreeIds !== undefined) subTreeIds[i] = entry?.subTreeID ?? 0;
    maxRanks[i] = entry?.maxRanks ?? info.maxRanks;
  }
  return { subTreeIds: subTreeIds ?? NO_SUB_TREES, maxRanks };
}

function readTree(configId: number, treeId: number, view: TreeView, options: ReadOptions = {}): LiveTree | undefined {
  const edges = options.edges !== false;
  const hidden = options.hidden !== false;
  const listed = C_Traits.GetTreeNodes(treeId);
  if (listed === undefined) return undefined;
  // One pass over the list, on every match check: the order check rides along, and loop locals stand in for
  // `for...of` (an ipairs call per node in Lua) and for repeated global look-ups.
  const getNodeInfo = C_Traits.GetNodeInfo;
  const count = listed.length;
  const nodes: LiveNode[] = [];
  let ascending = true;
  let previous = -Infinity;
  for (let i = 0; i < count; i++) {
    const nodeId = listed[i]!;
    if (nodeId < previous) ascending = false;
    previous = nodeId;
    const info = getNodeInfo(configId, nodeId);
    // An ID of 0 is the client's empty record for a node it does not know.
    if (info === undefined || info.ID === 0) return undefined;
    if (hidden || info.isVisible || info.subTreeID !== undefined) {
      const type = info.type;
      const facts = type === NODE_SELECTION || type === NODE_SUB_TREE_SELECTION ? entryFacts(configId, info) : NO_ENTRY_FACTS;
      nodes.push(toLiveNode(info, view, facts, edges));
    }
  }
  // The docs promise ascending node IDs (SharedTraitsDocumentation GetTreeNodes); a list that breaks the promise
  // is put in order after the read, so the loadout string's record order stays right either way.
  if (!ascending) nodes.sort((a, b) => a.nodeId - b.nodeId);
  return { configId, treeId, nodes };
}

function staging(configId: number): StagingPort {
  return {
    nodeState(nodeId) {
      const info = C_Traits.GetNodeInfo(configId, nodeId);
      return info === undefined ? { rank: 0 } : { rank: info.currentRank, entryId: info.activeEntry?.entryID };
    },
    purchaseRank: (nodeId) => C_Traits.PurchaseRank(configId, nodeId),
    setSelection: (nodeId, entryId) => C_Traits.SetSelection(configId, nodeId, entryId),
  };
}

const slots: LoadoutSlots = {
  selected: (specId) => C_ClassTalents.GetLastSelectedSavedConfigID(specId),
  clearSelected: (specId) => C_ClassTalents.UpdateLastSelectedSavedConfigID(specId, undefined),
  starterBuildActive: () => C_ClassTalents.GetStarterBuildActive() === true,
  leaveStarterBuild: () => {
    C_ClassTalents.SetStarterBuildActive(false);
  },
};

export function createWowClient(): LoadoutClient {
  return {
    activeConfigId: () => C_ClassTalents.GetActiveConfigID(),
    classTreeId(configId) {
      const info = C_Traits.GetConfigInfo(configId);
      return info === undefined ? undefined : info.treeIDs[0];
    },
    gameHeader(treeId): GameHeader {
      return { version: C_Traits.GetLoadoutSerializationVersion(), specId: activeSpecId(), treeHash: C_Traits.GetTreeHash(treeId) };
    },
    readTree: (configId, treeId, view, options) => readTree(configId, treeId, view, options),
    classAndSpecCurrencies(configId, treeId) {
      // Blizzard_ClassTalentsFrame.lua:821-827 (12.0.1): treeCurrencyInfo[1] is the class currency, [2] the spec's.
      const infos = C_Traits.GetTreeCurrencyInfo(configId, treeId, false);
      const classInfo = infos?.[0];
      const specInfo = infos?.[1];
      return classInfo === undefined || specInfo === undefined ? undefined : [classInfo.traitCurrencyID, specInfo.traitCurrencyID];
    },
    nodeCurrencies(configId, nodeId) {
      const costs = C_Traits.GetNodeCost(configId, nodeId);
      const ids: number[] = [];
      for (const cost of costs) ids.push(cost.ID);
      return ids;
    },
    heroCurrency: (configId, subTreeId) => C_Traits.GetSubTreeInfo(configId, subTreeId)?.traitCurrencyID,
    heroTreeName: (configId, subTreeId) => C_Traits.GetSubTreeInfo(configId, subTreeId)?.name,
    talentName(configId, entryId) {
      const definitionId = C_Traits.GetEntryInfo(configId, entryId)?.definitionID;
      const definition = definitionId === undefined ? undefined : C_Traits.GetDefinitionInfo(definitionId);
      if (definition === undefined) return undefined;
      if (definition.overrideName !== undefined && definition.overrideName !== "") return definition.overrideName;
      return definition.spellID === undefined ? undefined : C_Spell.GetSpellName(definition.spellID);
    },
    activeHeroTree: () => C_ClassTalents.GetActiveHeroTalentSpec(),
    inCombat: () => inCombat(),
    hasStagedChanges: (configId) => C_Traits.ConfigHasStagedChanges(configId),
    rollback: (configId) => C_Traits.RollbackConfig(configId),
    resetByCurrency: (configId, treeId, currencyId) => C_Traits.ResetTreeByCurrency(configId, treeId, currencyId),
    staging: (configId) => staging(configId),
    // The class-talent commit, as the game's own talent frame uses for the active config. The frame passes the
    // dropdown's saved loadout (Blizzard_ClassTalentsFrame.lua:1150-1155), which writes the change into that named
    // loadout too; the addon passes none, so no loadout of the player is overwritten, and clears the dropdown's
    // selection after the commit instead (see manager.ts).
    commit: (_configId) => C_ClassTalents.CommitConfig(undefined),
    slots,
    startTimer(seconds, callback) {
      const timer = C_Timer.NewTimer(seconds, callback);
      return { cancel: () => timer.Cancel() };
    },
  };
}
