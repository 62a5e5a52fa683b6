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

function readTree(configId: number, treeId: number, view: TreeView, options: ReadOptions = {}): LiveTree | undefined {
  const edges = options.edges !== false;
  const hidden = options.hidden !== false;
  const listed = C_Traits.GetTreeNodes(treeId);
  if (listed === undefined) return undefined;
  // The docs promise ascending node IDs (SharedTraitsDocumentation GetTreeNodes); a list that breaks the promise
  // is sorted (a copy), so the loadout string's record order stays right either way.
  let ascending = true;
  for (let i = 1; i < listed.length; i++) if (listed[i - 1]! > listed[i]!) ascending = false;
  const nodeIds = ascending ? listed : [...listed].sort((a, b) => a - b);
  const nodes: LiveNode[] = [];
  for (const nodeId of nodeIds) {
    const info = C_Traits.GetNodeInfo(configId, nodeId);
    // An ID of 0 is the client's empty record for a node it does not know.
    if (info === undefined || info.ID === 0) return undefined;
    if (!hidden && !info.isVisible && info.subTreeID === undefined) continue;
    nodes.push(toLiveNode(info, view, entryFacts(configId, info), edges));
  }
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
