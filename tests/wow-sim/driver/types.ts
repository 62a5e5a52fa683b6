/** Shapes the driver takes and returns. */
import type { ClassTreeDef } from "@att/sample-world/trees";

export interface CharacterOptions {
  readonly classId: number;
  /** The class's specs in spec-index order (C_SpecializationInfo.GetSpecialization numbers them from 1). */
  readonly specIds: readonly number[];
  readonly activeSpecId: number;
  readonly tree: ClassTreeDef;
  /** Loadout string committed on the active spec before login (default: nothing bought). */
  readonly committedBuild?: string;
  /** Loadout strings committed per spec ID. */
  readonly committedBuilds?: Readonly<Record<number, string>>;
  readonly name?: string;
  readonly realm?: string;
}

export interface InstanceOptions {
  readonly instanceId: number;
  readonly name: string;
  readonly instanceType: "party" | "raid" | "scenario" | "arena" | "pvp";
  /** 1 normal, 2 heroic, 23 mythic (dungeon); 17 LFR, 14 normal, 15 heroic, 16 mythic (raid). */
  readonly difficultyId: number;
  /** uiMapID of the floor the player arrives on. */
  readonly mapId: number;
  readonly maxPlayers?: number;
  /** The dungeon's Mythic+ map ID, needed for startKeystone(). */
  readonly challengeMapId?: number;
  /** DungeonEncounter IDs the group killed before the player came in (default: the player's own lock there). */
  readonly defeated?: readonly number[];
}

export interface EncounterJournalInstance {
  readonly journalInstanceId: number;
  readonly instanceId: number;
  readonly name: string;
  readonly encounters: readonly {
    readonly journalEncounterId: number;
    readonly dungeonEncounterId: number;
    readonly name: string;
    readonly uiMapIds: readonly number[];
    readonly mapX: number;
    readonly mapY: number;
  }[];
}

/** Per addon: the text the client writes for its SavedVariables and SavedVariablesPerCharacter. */
export type SavedVariablesText = Record<string, { account?: string; character?: string } | undefined>;

export interface PopupView {
  readonly index: number;
  readonly which: string;
  readonly text: string;
  readonly button1?: string;
  readonly button2?: string;
  readonly button3?: string;
  /** Labels of the buttons that exist, in order. */
  readonly buttons: string[];
  /** Seconds until the timeout cancels it, when it has one. */
  readonly expiresIn?: number;
}

// The records the sim keeps in Lua come back as JSON with the same shape: one definition serves both sides.
export type { BlockedAction, LuaErrorRecord, SecretViolation } from "../src/state";

export interface SettingsView {
  readonly settings: {
    variable: string;
    key: string;
    name: string;
    variableType: string;
    value: unknown;
    defaultValue: unknown;
    category: string;
    hasControl: boolean;
  }[];
  readonly categories: { id: string; name: string; registered: boolean }[];
  readonly opened: string[];
}

export interface SimStatus {
  readonly now: number;
  readonly serverTime: number;
  readonly inCombat: boolean;
  readonly lockdown: boolean;
  readonly talentsLoaded: boolean;
  readonly commitPending: boolean;
  readonly activeSpecId: number;
  readonly activeConfigId?: number;
  readonly location: {
    instanceId: number;
    name: string;
    instanceType: string;
    difficultyId: number;
    mapId: number;
    challengeMapId?: number;
  };
  readonly challengeActive: boolean;
  readonly encounter?: number;
  readonly pendingTimers: number;
}
