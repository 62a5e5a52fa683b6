/** C_Traits and C_ClassTalents, checked against the addon's declarations (typeof ...), over the config model. */
import { setGlobal } from "../globals";
import { sim } from "../state";
import { commitConfig } from "./commit";
import { activeConfig, configById, copySlots, hasStagedChanges } from "./configs";
import { exportSlots } from "./loadout";
import { configInfo, entryInfo, nodeInfo, subTreeInfo } from "./info";
import {
  CLASS_CURRENCY,
  currencyOf,
  heroCurrencyOf,
  canPurchaseRank,
  purchaseRank,
  refundRank,
  resetTree,
  resetTreeByCurrency,
  SPEC_CURRENCY,
  setSelection,
} from "./edit";
import {
  dropdownText,
  savedLoadout,
  savedLoadoutIds,
  setLastSelected,
  setStarterBuildActive,
  STARTER_BUILD_CONFIG_ID,
} from "./saved-loadouts";
import { currentRank, isActive } from "./rules";
import { activeSubTree, slotsChanged, type Slots } from "./rules";
import { tree } from "./tree";
import { spellCursorApi } from "../action-bars";

const COMBAT_ERROR = "You can't do that while in combat.";

/** A read the test made return nothing (sim.options.nilReads), as the docs allow for it. */
const nothing = (api: string): boolean => sim.options.nilReads.includes(api);

/** Points spent per currency in a slot table (GetTreeCurrencyInfo's `spent`). */
function spentWith(currencyId: number, specId: number, slots: Slots): number {
  let total = 0;
  for (const node of tree().def.nodes) {
    if (node.granted || currencyOf(node) !== currencyId || !isActive(node, specId, slots)) continue;
    total += currentRank(node, specId, slots);
  }
  return total;
}

const traits: typeof C_Traits = {
  GetConfigInfo(configID) {
    const config = configById(configID);
    if (config !== undefined) return configInfo(config);
    const saved = typeof configID === "number" ? savedLoadout(configID) : undefined;
    return saved === undefined
      ? undefined
      : { ID: saved.configId, type: 1, name: saved.name, treeIDs: [tree().def.treeId], usesSharedActionBars: false };
  },
  GetTreeNodes(treeID) {
    if (nothing("GetTreeNodes")) return undefined;
    return treeID === tree().def.treeId ? [...tree().nodeIds] : [];
  },
  GetNodeInfo(configID, nodeID) {
    if (nothing("GetNodeInfo")) return undefined;
    const config = configById(configID);
    return config === undefined
      ? nodeInfo({ configId: 0, specId: 0, committed: new LuaTable(), staged: new LuaTable() }, -1)
      : nodeInfo(config, nodeID);
  },
  GetEntryInfo(configID, entryID) {
    if (nothing("GetEntryInfo")) return undefined;
    const config = configById(configID);
    return config === undefined ? undefined : entryInfo(config, entryID);
  },
  GetSubTreeInfo(configID, subTreeID) {
    if (nothing("GetSubTreeInfo")) return undefined;
    const config = configById(configID);
    return config === undefined ? undefined : subTreeInfo(config, subTreeID);
  },
  GetTreeCurrencyInfo(configID, treeID, excludeStagedChanges) {
    const config = configById(configID);
    if (nothing("GetTreeCurrencyInfo") || config === undefined || treeID !== tree().def.treeId) return [];
    const slots = excludeStagedChanges ? config.committed : config.staged;
    const caps = tree().def.pointCaps;
    const info = (id: number, cap: number) => {
      const spent = spentWith(id, config.specId, slots);
      return { traitCurrencyID: id, quantity: cap - spent, maxQuantity: cap, spent };
    };
    const list = [info(CLASS_CURRENCY, caps.class), info(SPEC_CURRENCY, caps.spec)];
    for (const subTree of tree().def.subTrees) {
      if (subTree.specIds.includes(config.specId)) list.push(info(heroCurrencyOf(subTree.subTreeId), caps.hero));
    }
    return list;
  },
  ResetTreeByCurrency: resetTreeByCurrency,
  GetNodeCost(configID, nodeID) {
    const node = tree().nodes.get(nodeID);
    const currency = configById(configID) === undefined || node === undefined || node.granted ? undefined : currencyOf(node);
    return currency === undefined ? [] : [{ ID: currency, amount: 1 }];
  },
  GetDefinitionInfo(definitionID) {
    if (nothing("GetDefinitionInfo") || definitionID <= 100000) return undefined;
    // Definitions are 100000 + entry ID (info.ts); their spell is 900000 + entry ID, named by C_Spell below.
    return { spellID: 800000 + definitionID };
  },
  CanPurchaseRank: canPurchaseRank,
  PurchaseRank: purchaseRank,
  RefundRank: refundRank,
  SetSelection: setSelection,
  ResetTree: resetTree,
  RollbackConfig(configID) {
    const config = configById(configID);
    if (config === undefined || sim.pendingCommit !== undefined) return false;
    config.staged = copySlots(config.committed);
    slotsChanged();
    return true;
  },
  ConfigHasStagedChanges(configID) {
    const config = configById(configID);
    return config !== undefined && hasStagedChanges(config);
  },
  CommitConfig(configID) {
    return commitConfig("C_Traits.CommitConfig", configID);
  },
  GetTreeHash(treeID) {
    return treeID === tree().def.treeId ? [...tree().def.treeHash] : [];
  },
  GetLoadoutSerializationVersion() {
    return 2;
  },
  GenerateImportString(configID) {
    const config = configById(configID);
    return config === undefined ? "" : exportSlots(config.specId, config.committed);
  },
};

const classTalents: typeof C_ClassTalents = {
  GetActiveConfigID() {
    return activeConfig()?.configId;
  },
  GetActiveHeroTalentSpec() {
    const config = activeConfig();
    return config === undefined ? undefined : activeSubTree(config.specId, config.committed);
  },
  CommitConfig(savedConfigID) {
    // Commits the active config; a named saved loadout is written too once the commit lands.
    return commitConfig("C_ClassTalents.CommitConfig", undefined, savedConfigID);
  },
  GetConfigIDsBySpecID(specID) {
    return savedLoadoutIds(specID ?? sim.character.activeSpecId);
  },
  GetLastSelectedSavedConfigID(specID) {
    return sim.lastSelected.get(specID);
  },
  UpdateLastSelectedSavedConfigID(specID, configID) {
    setLastSelected(specID, configID);
  },
  GetHasStarterBuild() {
    return sim.starterBuild.has;
  },
  GetStarterBuildActive() {
    return sim.starterBuild.active;
  },
  SetStarterBuildActive(active) {
    return setStarterBuildActive(active);
  },
  CanChangeTalents() {
    const config = activeConfig();
    if (config === undefined) return $multi(false, false, undefined);
    if (sim.inCombat) return $multi(false, false, COMBAT_ERROR);
    if (sim.pendingCommit !== undefined) return $multi(false, false, undefined);
    const staged = hasStagedChanges(config);
    return $multi(staged, staged, undefined);
  },
  CanEditTalents() {
    // changeError is a cstring, never nil (ClassTalentsDocumentation): empty when editing is allowed.
    if (activeConfig() === undefined) return $multi(false, "");
    if (sim.inCombat) return $multi(false, COMBAT_ERROR);
    return $multi(true, "");
  },
  GetTraitTreeForSpec(specID) {
    return sim.character.specIds.includes(specID) ? tree().def.treeId : undefined;
  },
};

const constants: typeof Constants = {
  TraitConsts: { COMMIT_COMBAT_TRAIT_CONFIG_CHANGES_SPELL_ID: 384255, STARTER_BUILD_TRAIT_CONFIG_ID: STARTER_BUILD_CONFIG_ID },
};

export { dropdownText };
const enums: typeof Enum = {
  TraitNodeType: { Single: 0, Tiered: 1, Selection: 2, SubTreeSelection: 3 },
  TraitConfigType: { Invalid: 0, Combat: 1, Profession: 2, Generic: 3 },
};

/** Spell names for the talents' spells: "Talent <entry ID>", as a client would give a localized name. */
const spell: typeof C_Spell = {
  GetSpellName(spellIdentifier) {
    if (typeof spellIdentifier !== "number" || spellIdentifier <= 900000) return undefined;
    return `Talent ${spellIdentifier - 900000}`;
  },
  PickupSpell: spellCursorApi.PickupSpell,
  IsSpellPassive: spellCursorApi.IsSpellPassive,
};

export function installTalentApi(): void {
  setGlobal("C_Spell", spell);
  setGlobal("C_Traits", traits);
  setGlobal("C_ClassTalents", classTalents);
  setGlobal("Constants", constants);
  setGlobal("Enum", {
    ...enums,
    TraitEdgeType: {
      VisualOnly: 0,
      DeprecatedRankConnection: 1,
      SufficientForAvailability: 2,
      RequiredForAvailability: 3,
      MutuallyExclusive: 4,
    },
    AddOnRestrictionType: { Combat: 0, Encounter: 1, ChallengeMode: 2, PvPMatch: 3, Map: 4 },
  });
}
