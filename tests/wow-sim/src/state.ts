/**
 * All of the simulated client's state, in one table. main.ts publishes it as the global `WowSim.state` so the
 * driver can inspect it; the addon never sees it (it is not an addon global and tests exclude it from the leak check).
 */
import type { ClassTreeDef } from "./talents/tree-types";

export interface SimTimer {
  readonly id: number;
  due: number;
  readonly seq: number;
  readonly label: string;
  readonly callback: (this: void) => void;
  cancelled: boolean;
}

export interface LuaErrorRecord {
  readonly message: string;
  /** What the client was running when the error happened (event name, timer, popup button, slash command). */
  readonly context: string;
  readonly time: number;
}

export interface BlockedAction {
  readonly api: string;
  readonly reason: string;
  readonly time: number;
}

export interface SecretViolation {
  readonly label: string;
  readonly operation: string;
  readonly time: number;
}

export interface ChatLine {
  readonly text: string;
  readonly time: number;
}

/** Committed or staged ranks of one node; selection nodes also hold the chosen entry. */
export interface NodeSlot {
  ranks: number;
  entryId?: number;
}

export interface TalentConfig {
  readonly configId: number;
  readonly specId: number;
  committed: LuaTable<number, NodeSlot>;
  staged: LuaTable<number, NodeSlot>;
}

/** A saved loadout of the talent frame's dropdown (C_ClassTalents.GetConfigIDsBySpecID). */
export interface SavedLoadout {
  readonly configId: number;
  readonly specId: number;
  name: string;
  slots: LuaTable<number, NodeSlot>;
}

export interface PendingCommit {
  readonly configId: number;
  readonly specId: number;
  readonly castGuid: string;
  /** C_ClassTalents.CommitConfig's saved loadout, written too when the commit lands. */
  readonly savedConfigId?: number;
}

export interface Location {
  instanceId: number;
  name: string;
  instanceType: "none" | "party" | "raid" | "arena" | "pvp" | "scenario";
  difficultyId: number;
  difficultyName: string;
  maxPlayers: number;
  /** uiMapID of the floor the player is on (C_Map.GetBestMapForUnit). */
  mapId: number;
  /** Mythic+ map ID of this dungeon (C_ChallengeMode), when it has one. */
  challengeMapId?: number;
  lfgDungeonId?: number;
}

export interface JournalEncounter {
  readonly journalEncounterId: number;
  readonly dungeonEncounterId: number;
  readonly name: string;
  /** uiMapIDs of the floors the boss is pinned on, with its pin position. */
  readonly uiMapIds: number[];
  readonly mapX: number;
  readonly mapY: number;
}

export interface JournalInstance {
  readonly journalInstanceId: number;
  readonly instanceId: number;
  readonly name: string;
  readonly encounters: JournalEncounter[];
}

export interface SimOptions {
  /** Seconds the "Changing Talents" cast takes before the commit resolves. */
  commitDelay: number;
  /** Seconds after PLAYER_ENTERING_WORLD before TRAIT_CONFIG_LIST_UPDATED (talents readable). */
  talentLoadDelay: number;
  /** The loadDeprecationFallbacks cvar: deprecated globals such as GetSpecialization exist only when on. */
  deprecationFallbacks: boolean;
  /**
   * C_Traits reads that return nothing, as the docs allow (MayReturnNothing): "GetTreeNodes", "GetNodeInfo",
   * "GetEntryInfo", "GetTreeCurrencyInfo" (an empty list), "GetSubTreeInfo".
   */
  nilReads: string[];
  /**
   * Which currency pays for the apex track is not documented: false (default) spec points, as the sample world
   * charges; true a currency of its own (APEX_CURRENCY), which only GetNodeCost names and ResetTreeByCurrency(spec)
   * leaves alone.
   */
  apexCurrency?: boolean;
}

export interface Character {
  name: string;
  realm: string;
  classId: number;
  specIds: number[];
  activeSpecId: number;
}

/** What survives a /reload or a relog: the server's view of the character and the world. */
export interface PersistentState {
  now: number;
  serverTimeBase: number;
  character: Character;
  /** specId -> committed node slots, as a list so it serialises without holes. */
  committed: LuaTable<number, { nodeId: number; ranks: number; entryId?: number }[]>;
  location: Location;
  challengeActive: boolean;
  /** "instanceId:difficultyId" -> dungeonEncounterIDs killed this lockout. */
  kills: LuaTable<string, LuaTable<number, boolean>>;
  /** The action bars (action-bars.ts): the server keeps them across a /reload. */
  actions?: { slot: number; type: "spell" | "macro" | "item"; id: number }[];
  /** The server keeps the instance's progress across a /reload. */
  instanceProgress: LuaTable<number, boolean>;
}

export interface PopupState {
  readonly index: number;
  readonly which: string;
  readonly showId: number;
  text: string;
  shown: boolean;
  data: unknown;
  data2: unknown;
  expires?: number;
  dialog: unknown;
}

export interface SettingRecord {
  readonly variable: string;
  readonly key: string;
  readonly table: LuaTable<string, unknown>;
  readonly variableType: string;
  readonly name: string;
  readonly defaultValue: unknown;
  readonly category: string;
  readonly callbacks: ((setting: unknown, value: unknown) => void)[];
  readonly setting: unknown;
  hasControl: boolean;
}

export interface Sim {
  now: number;
  serverTimeBase: number;
  nextTimerSeq: number;
  timers: SimTimer[];
  /** event -> frames in registration order */
  listeners: LuaTable<string, unknown[]>;
  errors: LuaErrorRecord[];
  blocked: BlockedAction[];
  violations: SecretViolation[];
  chat: ChatLine[];
  /** Every event fired, in order, for tests that check sequences. */
  eventLog: { event: string; time: number }[];
  options: SimOptions;
  character: Character;
  tree?: ClassTreeDef;
  configs: LuaTable<number, TalentConfig>;
  talentsLoaded: boolean;
  pendingCommit?: PendingCommit;
  /** configId -> saved loadout; the dropdown's selection per spec (nil: none, -2: the Starter Build). */
  savedLoadouts: LuaTable<number, SavedLoadout>;
  lastSelected: LuaTable<number, number>;
  starterBuild: { has: boolean; active: boolean };
  commitFailuresToInject: number;
  nextCastId: number;
  inCombat: boolean;
  lockdown: boolean;
  location: Location;
  openWorld: Location;
  challengeActive: boolean;
  encounter?: { id: number; name: string; difficultyId: number; groupSize: number; startedCombat: boolean };
  kills: LuaTable<string, LuaTable<number, boolean>>;
  /**
   * DungeonEncounter IDs dead in the instance the player stands in: the group's progress, which in a partly cleared
   * Normal/Heroic/LFR group differs from the player's own lock. Set on entering (the player's lock, or what the group
   * killed before), grows with kills inside, cleared on leaving.
   */
  instanceProgress: LuaTable<number, boolean>;
  journal: JournalInstance[];
  /** The Adventure Guide (Blizzard_EncounterJournal's EncounterJournal frame): shown, and the instance it has selected. */
  adventureGuide: { loaded: boolean; shown: boolean; selectedInstance?: number };
  /** EJ_SelectInstance calls, in order, with whether the Adventure Guide was shown at the time. */
  ejSelections: { journalInstanceId: number; guideShown: boolean }[];
  /** Honour EJ_GetEncounterInfoByIndex's instance argument (false: list the selected instance, as if it were ignored). */
  ejHonoursInstanceArg: boolean;
  popups: PopupState[];
  /** Keys that reached the game's key bindings (ENTER: open chat, 1-9: the action bar), in order. */
  keyBindings: { key: string; inCombat: boolean }[];
  nextPopupShowId: number;
  settings: SettingRecord[];
  categories: { id: string; name: string; registered: boolean }[];
  openedCategories: string[];
  addonMetadata: LuaTable<string, LuaTable<string, string>>;
  loggedIn: boolean;
}

const OPEN_WORLD: Location = {
  instanceId: 2552,
  name: "Khaz Algar",
  instanceType: "none",
  difficultyId: 0,
  difficultyName: "",
  maxPlayers: 0,
  mapId: 2248,
};

export const sim: Sim = {
  now: 0,
  // 2026-07-01T00:00:00Z: a fixed date so data-age checks are deterministic; tests may move it.
  serverTimeBase: 1782864000,
  nextTimerSeq: 1,
  timers: [],
  listeners: new LuaTable(),
  errors: [],
  blocked: [],
  violations: [],
  chat: [],
  eventLog: [],
  options: { commitDelay: 1.5, talentLoadDelay: 1, deprecationFallbacks: false, nilReads: [] },
  character: { name: "Simplayer", realm: "Simrealm", classId: 0, specIds: [], activeSpecId: 0 },
  configs: new LuaTable(),
  savedLoadouts: new LuaTable(),
  lastSelected: new LuaTable(),
  starterBuild: { has: false, active: false },
  talentsLoaded: false,
  commitFailuresToInject: 0,
  nextCastId: 1,
  inCombat: false,
  lockdown: false,
  location: { ...OPEN_WORLD },
  openWorld: OPEN_WORLD,
  challengeActive: false,
  kills: new LuaTable(),
  instanceProgress: new LuaTable(),
  journal: [],
  adventureGuide: { loaded: false, shown: false },
  ejSelections: [],
  ejHonoursInstanceArg: true,
  popups: [],
  keyBindings: [],
  nextPopupShowId: 1,
  settings: [],
  categories: [],
  openedCategories: [],
  addonMetadata: new LuaTable(),
  loggedIn: false,
};
