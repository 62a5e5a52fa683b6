/** @noSelfInFile */
/**
 * The retail (Midnight 12.x) client APIs the addon uses, declared in one place.
 * tests/addon/api-declarations.test.ts checks every function here against Blizzard's generated API documentation
 * (../shared/blizzard-api-docs, 12.0.1): argument count, optional arguments, return count, and `| undefined`
 * exactly where a return is Nilable or the function MayReturnNothing. The few FrameXML functions the generated
 * documentation does not cover are listed in that test with the Blizzard source they follow.
 * (@wartoshika/wow-declarations was removed: it predates Dragonflight and types multiple returns as arrays; see the
 * README.) Multiple returns are LuaMultiReturn. The simulated client in tests/wow-sim implements these same
 * declarations, so it is held to the documentation too.
 */

/** Client event names we register for (the frame API rejects unknown names, like the real client). */
type AttEvent =
  | "ADDON_LOADED"
  | "PLAYER_LOGIN"
  | "PLAYER_LOGOUT"
  | "PLAYER_ENTERING_WORLD"
  | "TRAIT_CONFIG_LIST_UPDATED"
  | "TRAIT_CONFIG_UPDATED"
  | "CONFIG_COMMIT_FAILED"
  | "ACTIVE_PLAYER_SPECIALIZATION_CHANGED"
  | "PLAYER_REGEN_DISABLED"
  | "PLAYER_REGEN_ENABLED"
  | "ZONE_CHANGED_NEW_AREA"
  | "READY_CHECK"
  | "ENCOUNTER_START"
  | "ENCOUNTER_END"
  | "BOSS_KILL"
  | "UPDATE_INSTANCE_INFO"
  | "CHALLENGE_MODE_START"
  | "CHALLENGE_MODE_COMPLETED"
  | "CHALLENGE_MODE_RESET"
  | "UNIT_SPELLCAST_SUCCEEDED"
  | "UNIT_SPELLCAST_FAILED"
  | "UNIT_SPELLCAST_INTERRUPTED";

/** Anchor points and sizes, shared by frames and font strings (Region widget API). */
interface AttRegion {
  SetPoint(point: string, relativeTo?: unknown, relativePoint?: string, offsetX?: number, offsetY?: number): void;
  ClearAllPoints(): void;
  SetSize(width: number, height: number): void;
  SetWidth(width: number): void;
  SetHeight(height: number): void;
  Show(): void;
  Hide(): void;
  IsShown(): boolean;
}

interface AttFontString extends AttRegion {
  SetText(text: string): void;
  GetText(): string | undefined;
  SetJustifyH(justify: "LEFT" | "CENTER" | "RIGHT"): void;
  GetStringHeight(): number;
}

/** The script handlers the addon sets without arguments beyond the frame. */
type AttScript = "OnShow" | "OnHide" | "OnDragStart" | "OnDragStop" | "OnClick" | "OnEnter" | "OnLeave";

interface AttFrame extends AttRegion {
  RegisterEvent(event: AttEvent): void;
  UnregisterEvent(event: AttEvent): void;
  UnregisterAllEvents(): void;
  IsEventRegistered(event: AttEvent): boolean;
  // Each event has its own payload; handlers declare their own parameters, so the frame passes them untyped.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  SetScript(script: "OnEvent", handler: ((frame: AttFrame, event: AttEvent, ...args: any[]) => void) | undefined): void;
  SetScript(script: "OnKeyDown", handler: ((frame: AttFrame, key: string) => void) | undefined): void;
  SetScript(script: AttScript, handler: ((frame: AttFrame) => void) | undefined): void;
  GetName(): string | undefined;
  SetMovable(movable: boolean): void;
  EnableMouse(enable: boolean): void;
  RegisterForDrag(...buttons: string[]): void;
  StartMoving(): void;
  StopMovingOrSizing(): void;
  /** Keyboard input goes to the frame while shown; keys it does not handle must be passed on. */
  EnableKeyboard(enable: boolean): void;
  /** Protected in combat (widget API, not in the generated docs used here): called only out of combat. */
  SetPropagateKeyboardInput(propagate: boolean): void;
  SetFrameStrata(strata: string): void;
  SetClampedToScreen(clamped: boolean): void;
  CreateFontString(name?: string, layer?: string, template?: string): AttFontString;
}

interface AttButton extends AttFrame {
  SetText(text: string): void;
  GetText(): string | undefined;
  Click(): void;
}

/** The game's shared tooltip (FrameXML GameTooltip), for the addon compartment's hover text. */
interface AttTooltip {
  SetOwner(owner: unknown, anchor: string): void;
  SetText(text: string): void;
  AddLine(text: string): void;
  Show(): void;
  Hide(): void;
}

declare function CreateFrame(frameType: "Frame", name?: string, parent?: unknown, template?: string): AttFrame;
declare function CreateFrame(frameType: "Button", name?: string, parent?: unknown, template?: string): AttButton;
declare const UIParent: unknown;
declare const GameTooltip: AttTooltip;
/** Frames named here are hidden by the Escape key (FrameXML CloseSpecialWindows in UIParent.lua). */
declare const UISpecialFrames: string[];

// ---- Talents ---------------------------------------------------------------------------------------------------

declare namespace Enum {
  const TraitNodeType: { readonly Single: 0; readonly Tiered: 1; readonly Selection: 2; readonly SubTreeSelection: 3 };
  const TraitConfigType: { readonly Invalid: 0; readonly Combat: 1; readonly Profession: 2; readonly Generic: 3 };
}

interface TraitConfigInfo {
  ID: number;
  type: number;
  name: string;
  treeIDs: number[];
  usesSharedActionBars: boolean;
}

interface TraitEntryRankInfo {
  entryID: number;
  rank: number;
}

interface TraitOutEdgeInfo {
  targetNode: number;
  type: number;
  visualStyle: number;
  isActive: boolean;
}

interface TraitNodeInfo {
  ID: number;
  posX: number;
  posY: number;
  flags: number;
  entryIDs: number[];
  entryIDsWithCommittedRanks: number[];
  canPurchaseRank: boolean;
  canRefundRank: boolean;
  isAvailable: boolean;
  isVisible: boolean;
  ranksPurchased: number;
  activeRank: number;
  currentRank: number;
  activeEntry?: TraitEntryRankInfo;
  nextEntry?: TraitEntryRankInfo;
  maxRanks: number;
  type: number;
  visibleEdges: TraitOutEdgeInfo[];
  meetsEdgeRequirements: boolean;
  subTreeID?: number;
  subTreeActive?: boolean;
}

interface TraitEntryInfo {
  definitionID?: number;
  subTreeID?: number;
  type: number;
  maxRanks: number;
  isAvailable: boolean;
}

interface TraitDefinitionInfo {
  spellID?: number;
  overrideName?: string;
}

declare namespace C_Spell {
  /** MayReturnNothing: nil when the spell is not found. Localized. */
  function GetSpellName(spellIdentifier: number | string): string | undefined;
  /** Puts a spell the player knows on the cursor (no restriction flag in the docs). */
  function PickupSpell(spellIdentifier: number | string): void;
  function IsSpellPassive(spellIdentifier: number | string): boolean;
}

// ---- Action bars and the cursor (restore-flow's and action-bar-flow's edge: wow/action-bars.ts) ----------------
declare namespace C_ActionBar {
  function HasAction(actionID: number): boolean;
  /** MayReturnNothing: nil when the spell is on no button. Expects the base spell. */
  function FindSpellActionButtons(spellID: number): number[] | undefined;
}
/** Legacy global, not in the generated docs: type ("spell", "macro", "item", ...), ID and sub-type; nil for an empty slot. */
declare function GetActionInfo(slot: number): LuaMultiReturn<[string | undefined, number | undefined, string | undefined]>;
/** Legacy global, not in the generated docs: drops the cursor onto a slot, picking up what was there. Refused in combat. */
declare function PlaceAction(slot: number): void;
declare function ClearCursor(): void;

/** One currency of a tree: for the class tree [1] is the class points, [2] the spec points (the talent frame's order). */
interface TreeCurrencyInfo {
  traitCurrencyID: number;
  quantity: number;
  maxQuantity?: number;
  spent: number;
}

interface TraitSubTreeInfo {
  ID: number;
  name: string;
  isActive: boolean;
  subTreeSelectionNodeIDs: number[];
  traitCurrencyID: number;
}

declare namespace C_ClassTalents {
  /** nil before talents unlock or while the client has not loaded them yet. */
  function GetActiveConfigID(): number | undefined;
  function GetActiveHeroTalentSpec(): number | undefined;
  function CommitConfig(savedConfigID?: number): boolean;
  function CanChangeTalents(): LuaMultiReturn<[boolean, boolean, string | undefined]>;
  /** Whether the player may edit talents at all now; the string is the game's reason when not (a cstring, never nil). */
  function CanEditTalents(): LuaMultiReturn<[boolean, string]>;
  function GetTraitTreeForSpec(specID: number): number | undefined;
  /** The saved loadouts of a spec (the talent frame's dropdown), in dropdown order. */
  function GetConfigIDsBySpecID(specID?: number): number[];
  /** The saved loadout the dropdown shows as selected; nil: none ("Default Loadout"), -2: the Starter Build. */
  function GetLastSelectedSavedConfigID(specID: number): number | undefined;
  function UpdateLastSelectedSavedConfigID(specID: number, configID?: number): void;
  function GetHasStarterBuild(): boolean;
  function GetStarterBuildActive(): boolean;
  /** Enum.LoadConfigResult. */
  function SetStarterBuildActive(active: boolean): number;
}

declare namespace C_Traits {
  function GetConfigInfo(configID: number): TraitConfigInfo | undefined;
  /** MayReturnNothing: nil while the tree is not loaded. Sorted ascending, nodes of every spec of the class. */
  function GetTreeNodes(treeID: number): number[] | undefined;
  /** MayReturnNothing. */
  function GetNodeInfo(configID: number, nodeID: number): TraitNodeInfo | undefined;
  /** MayReturnNothing. */
  function GetEntryInfo(configID: number, entryID: number): TraitEntryInfo | undefined;
  /** MayReturnNothing. The talent's spell, or a name of its own. */
  function GetDefinitionInfo(definitionID: number): TraitDefinitionInfo | undefined;
  function GetTreeCurrencyInfo(configID: number, treeID: number, excludeStagedChanges: boolean): TreeCurrencyInfo[];
  function GetNodeCost(configID: number, nodeID: number): { ID: number; amount: number }[];
  function ResetTreeByCurrency(configID: number, treeID: number, traitCurrencyID: number): boolean;
  function GetSubTreeInfo(configID: number, subTreeID: number): TraitSubTreeInfo | undefined;
  function CanPurchaseRank(configID: number, nodeID: number, nodeEntryID: number): boolean;
  function PurchaseRank(configID: number, nodeID: number): boolean;
  function RefundRank(configID: number, nodeID: number, clearEdges?: boolean): boolean;
  function SetSelection(configID: number, nodeID: number, nodeEntryID?: number, clearEdges?: boolean): boolean;
  function ResetTree(configID: number, treeID: number): boolean;
  function RollbackConfig(configID: number): boolean;
  function ConfigHasStagedChanges(configID: number): boolean;
  function CommitConfig(configID: number): boolean;
  function GetTreeHash(treeID: number): number[];
  function GetLoadoutSerializationVersion(): number;
  function GenerateImportString(configID: number): string;
}

/** Constants.TraitConsts.COMMIT_COMBAT_TRAIT_CONFIG_CHANGES_SPELL_ID: the "Changing Talents" cast. */
declare namespace Constants {
  const TraitConsts: { readonly COMMIT_COMBAT_TRAIT_CONFIG_CHANGES_SPELL_ID: number; readonly STARTER_BUILD_TRAIT_CONFIG_ID: number };
}

// ---- Player, instances, encounters ---------------------------------------------------------------------------

declare namespace C_SpecializationInfo {
  /** Index (1..4) of the active spec, 0 before one is chosen (never nil). */
  function GetSpecialization(isInspect?: boolean, isPet?: boolean, specGroupIndex?: number): number;
  /** specID (0 when unknown), name, description, icon, role, primaryStat, pointsSpent, background, previewPointsSpent, isUnlocked. */
  function GetSpecializationInfo(
    specializationIndex: number,
    isInspect?: boolean,
    isPet?: boolean,
    inspectTarget?: string,
    sex?: number,
    groupIndex?: number,
    classID?: number,
  ): LuaMultiReturn<
    [
      number,
      string | undefined,
      string | undefined,
      number | undefined,
      string | undefined,
      number | undefined,
      number,
      string | undefined,
      number,
      boolean,
    ]
  >;
}

declare namespace C_ChallengeMode {
  function IsChallengeModeActive(): boolean;
  function GetActiveChallengeMapID(): number | undefined;
}

declare namespace C_InstanceEncounter {
  function IsEncounterInProgress(): boolean;
}

/** name, instanceType, difficultyID, difficultyName, maxPlayers, dynamicDifficulty, isDynamic, instanceID, instanceGroupSize, lfgDungeonID */
declare function GetInstanceInfo(): LuaMultiReturn<
  [
    string,
    "none" | "party" | "raid" | "arena" | "pvp" | "scenario",
    number,
    string,
    number,
    number,
    boolean | undefined,
    number,
    number,
    number | undefined,
  ]
>;

declare function InCombatLockdown(): boolean;
declare function GetServerTime(): number;

declare namespace C_EncounterJournal {
  function GetInstanceForGameMap(mapID: number): number | undefined;
  function IsEncounterComplete(journalEncounterID: number): boolean;
  function GetEncountersOnMap(uiMapID: number): { encounterID: number; mapX: number; mapY: number }[];
}

/** name, description, journalEncounterID, rootSectionID, link, journalInstanceID, dungeonEncounterID, instanceID; name is nil past the end. */
/**
 * Not in the generated documentation (a legacy global). Blizzard's journal selects the instance first and then lists
 * its bosses by index (Blizzard_EncounterJournal/Mainline/Blizzard_EncounterJournal.lua: EJ_SelectInstance at
 * line 1207, EJ_GetEncounterInfoByIndex(index) at line 1159); the optional second argument names the instance
 * without selecting it (unverified in the docs; the addon passes it and selects the instance first, as Blizzard does).
 */
declare function EJ_SelectInstance(journalInstanceID: number): void;
/** Blizzard_EncounterJournal's Adventure Guide frame; nil until that load-on-demand addon has loaded. */
declare const EncounterJournal: { IsShown(): boolean } | undefined;
declare function EJ_GetEncounterInfoByIndex(
  index: number,
  journalInstanceID?: number,
): LuaMultiReturn<[string | undefined, string, number, number, string, number, number, number]>;

declare namespace C_RaidLocks {
  function IsEncounterComplete(mapID: number, encounterID: number, difficultyID?: number): boolean;
}

declare namespace C_Map {
  function GetBestMapForUnit(unit: string): number | undefined;
}

declare function RequestRaidInfo(): void;

/** Midnight: values the addon may not read or compare (ready-check payload, hostile unit identity in instances). */
declare function issecretvalue(value: unknown): boolean;

// ---- UI --------------------------------------------------------------------------------------------------------

interface StaticPopupDialog {
  text: string;
  button1?: string;
  button2?: string;
  button3?: string;
  OnAccept?: (this: void, dialog: unknown, data: unknown) => boolean | void;
  OnCancel?: (this: void, dialog: unknown, data: unknown, reason: "clicked" | "timeout" | "override" | undefined) => boolean | void;
  OnAlt?: (this: void, dialog: unknown, data: unknown) => boolean | void;
  OnShow?: (this: void, dialog: unknown, data: unknown) => void;
  OnHide?: (this: void, dialog: unknown, data: unknown) => void;
  timeout?: number;
  whileDead?: boolean;
  hideOnEscape?: boolean;
  exclusive?: boolean;
  showAlert?: boolean;
}

declare const StaticPopupDialogs: { [which: string]: StaticPopupDialog };
declare function StaticPopup_Show(which: string, textArg1?: string, textArg2?: string, data?: unknown): unknown;
declare function StaticPopup_Hide(which: string, data?: unknown): void;
declare function StaticPopup_Visible(which: string): unknown;

interface SettingsCategory {
  GetID(): number | string;
}
interface SettingsSetting {
  GetValue(): unknown;
  SetValue(value: unknown): void;
  SetValueChangedCallback(callback: (setting: SettingsSetting, value: unknown) => void): void;
}
/** Blizzard_Settings_Shared/Blizzard_Settings.lua:234-263 (12.0.1): a dropdown's options, built by Add(value, label). */
interface SettingsControlTextContainer {
  Add(value: unknown, label: string, tooltip?: string): unknown;
  GetData(): unknown[];
}
declare namespace Settings {
  function RegisterVerticalLayoutCategory(name: string): LuaMultiReturn<[SettingsCategory, unknown]>;
  function RegisterAddOnSetting(
    category: SettingsCategory,
    variable: string,
    variableKey: string,
    variableTbl: object,
    variableType: "boolean" | "number" | "string",
    name: string,
    defaultValue: boolean | number | string,
  ): SettingsSetting;
  function CreateCheckbox(category: SettingsCategory, setting: SettingsSetting, tooltip?: string): unknown;
  /** Blizzard_Settings.lua:404 (12.0.1); options is a function returning a text container's data. */
  function CreateDropdown(category: SettingsCategory, setting: SettingsSetting, options: () => unknown[], tooltip?: string): unknown;
  function CreateControlTextContainer(): SettingsControlTextContainer;
  function RegisterAddOnCategory(category: SettingsCategory): void;
  function OpenToCategory(categoryID: number | string): void;
}

declare namespace C_Timer {
  function After(seconds: number, callback: () => void): void;
  function NewTimer(seconds: number, callback: () => void): { Cancel(): void; IsCancelled(): boolean };
}

declare namespace C_AddOns {
  /** Documented as never nil (an empty string for a missing field in practice: unverified). */
  function GetAddOnMetadata(addon: string, field: string): string;
}

declare const SlashCmdList: { [key: string]: (this: void, message: string) => void };

// ---- SavedVariables (declared in the .toc) -----------------------------------------------------------------------
declare let AzerothsTopTalentDB: unknown;
declare let AzerothsTopTalentCharDB: unknown;

// ---- Addon compartment (the .toc's AddonCompartmentFunc* fields name these globals) ------------------------------
declare let AzerothsTopTalent_OnAddonCompartmentClick: ((this: void, addonName: string, buttonName: string) => void) | undefined;
declare let AzerothsTopTalent_OnAddonCompartmentEnter: ((this: void, addonName: string, button: unknown) => void) | undefined;
declare let AzerothsTopTalent_OnAddonCompartmentLeave: ((this: void, addonName: string, button: unknown) => void) | undefined;

// ---- Added for the in-game loop (controller edges) ---------------------------------------------------------------
/** "enUS", "deDE", ...: picks the locale table. */
declare function GetLocale(): string;
/** The global environment, read by name only for Blizzard's global strings (wow/global-strings.ts). */
declare const _G: { readonly [name: string]: unknown };
/** The slash command's first alias; SlashCmdList.ATT handles it. */
declare let SLASH_ATT1: string;

// ---- Added for the simulated client (tests/wow-sim), which implements every declaration here ------------------

/** Seconds since the client started (the sim clock); GetServerTime is the realm's Unix time. */
declare function GetTime(): number;
/** Runs the callback on the next frame (peers use it before follow-up calls after a commit event). */
declare function RunNextFrame(callback: () => void): void;

/**
 * Calls `fn(...args)` behind a call barrier: its results when it returns; when it raises, the error goes to the
 * current error handler (geterrorhandler()) and nothing is returned, the caller goes on. Not in the generated docs
 * (a Lua-environment global); Blizzard's CallbackRegistry dispatches with it (Blizzard_SharedXMLBase/
 * CallbackRegistry.lua:199-213) and its documented sibling securecallmethod describes the same barrier
 * (FrameScriptDocumentation.lua:400-416).
 */
declare function securecallfunction<A extends unknown[], R>(fn: (this: void, ...args: A) => R, ...args: A): R | undefined;

/** Fields of C_Traits.GetNodeInfo beyond the ones above: granted ranks and ranks staged on top of the committed ones. */
interface TraitNodeInfo {
  ranksGranted?: number;
  ranksIncreased?: number;
  isDisplayError?: boolean;
  totalMaxRanks?: number;
}

/** Midnight: for attackable units inside instances the GUID and name are secret values (see issecretvalue). */
declare function UnitExists(unit?: string): boolean;
declare function UnitGUID(unit: string): string | undefined;
declare function UnitName(unit: string): LuaMultiReturn<[string, string]>;
declare function UnitCanAttack(unit: string, otherUnit: string): boolean;

declare namespace C_ChallengeMode {
  /** name, id, timeLimit, texture, backgroundTexture, mapID (the instance ID). */
  function GetMapUIInfo(
    mapChallengeModeID: number,
  ): LuaMultiReturn<[string | undefined, number, number, number | undefined, number, number]>;
}
