/** C_Traits and C_ClassTalents, checked against the addon's declarations (typeof ...), over the config model. */
import { setGlobal } from "../globals";
import { sim } from "../state";
import { commitConfig } from "./commit";
import { activeConfig, configById, copySlots, hasStagedChanges } from "./configs";
import { exportSlots } from "./loadout";
import { configInfo, entryInfo, nodeInfo, subTreeInfo } from "./info";
import { canPurchaseRank, purchaseRank, refundRank, resetTree, setSelection } from "./edit";
import { activeSubTree, slotsChanged } from "./rules";
import { tree } from "./tree";

const COMBAT_ERROR = "You can't do that while in combat.";

const traits: typeof C_Traits = {
  GetConfigInfo(configID) {
    const config = configById(configID);
    return config === undefined ? undefined : configInfo(config);
  },
  GetTreeNodes(treeID) {
    return treeID === tree().def.treeId ? [...tree().nodeIds] : [];
  },
  GetNodeInfo(configID, nodeID) {
    const config = configById(configID);
    return config === undefined ? nodeInfo({ configId: 0, specId: 0, committed: new LuaTable(), staged: new LuaTable() }, -1) : nodeInfo(config, nodeID);
  },
  GetEntryInfo(configID, entryID) {
    const config = configById(configID);
    const info = config === undefined ? undefined : entryInfo(config, entryID);
    return info ?? { type: 0, maxRanks: 0, isAvailable: false };
  },
  GetSubTreeInfo(configID, subTreeID) {
    const config = configById(configID);
    return config === undefined ? undefined : subTreeInfo(config, subTreeID);
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
  CommitConfig(_savedConfigID) {
    // The argument names a saved loadout to also write; the sim has no saved loadouts, so it commits the active config.
    return commitConfig("C_ClassTalents.CommitConfig", undefined);
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
    if (activeConfig() === undefined) return $multi(false, undefined);
    if (sim.inCombat) return $multi(false, COMBAT_ERROR);
    return $multi(true, undefined);
  },
  GetTraitTreeForSpec(specID) {
    return sim.character.specIds.includes(specID) ? tree().def.treeId : undefined;
  },
};

const constants: typeof Constants = { TraitConsts: { COMMIT_COMBAT_TRAIT_CONFIG_CHANGES_SPELL_ID: 384255 } };
const enums: typeof Enum = {
  TraitNodeType: { Single: 0, Tiered: 1, Selection: 2, SubTreeSelection: 3 },
  TraitConfigType: { Invalid: 0, Combat: 1, Profession: 2, Generic: 3 },
};

export function installTalentApi(): void {
  setGlobal("C_Traits", traits);
  setGlobal("C_ClassTalents", classTalents);
  setGlobal("Constants", constants);
  setGlobal("Enum", {
    ...enums,
    TraitEdgeType: { VisualOnly: 0, DeprecatedRankConnection: 1, SufficientForAvailability: 2, RequiredForAvailability: 3, MutuallyExclusive: 4 },
    AddOnRestrictionType: { Combat: 0, Encounter: 1, ChallengeMode: 2, PvPMatch: 3, Map: 4 },
  });
}
