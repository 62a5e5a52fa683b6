/**
 * The saved data: account-wide settings (AzerothsTopTalentDB) and per-character "don't ask again" choices
 * (AzerothsTopTalentCharDB). Both carry a version and are upgraded by an ordered chain of small steps; then any
 * key a newer version added is filled with its default, and keys the player already has are left alone.
 */
import { validSavedBuild, type SavedBuild } from "./restore";

export interface Settings {
  enabled: boolean;
  promptOnLogin: boolean;
  promptInDungeons: boolean;
  promptOnReadyCheck: boolean;
  autoApply: boolean;
  /** After the content an applied build was for, offer to put the player's own build back (restore.ts). */
  offerRestore: boolean;
  /** After an apply, move new spells onto the buttons of removed ones: off, ask, or automatically. */
  actionBars: ActionBarMode;
  /** A build differing from a recommended one only in flex talents (where top players split) counts as matching. */
  flexMatches: boolean;
  debug: boolean;
}

export type ActionBarMode = "off" | "ask" | "auto";
export const ACTION_BAR_MODES: readonly ActionBarMode[] = ["off", "ask", "auto"];

/** The on/off settings (one checkbox each in the panel). */
export type SettingKey = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

/** In panel order. */
export const SETTING_KEYS: readonly SettingKey[] = [
  "enabled",
  "promptOnLogin",
  "promptInDungeons",
  "promptOnReadyCheck",
  "autoApply",
  "offerRestore",
  "flexMatches",
  "debug",
];

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  enabled: true,
  promptOnLogin: true,
  promptInDungeons: true,
  promptOnReadyCheck: true,
  autoApply: false,
  offerRestore: true,
  actionBars: "ask",
  flexMatches: true,
  debug: false,
};

export const ACCOUNT_DB_VERSION = 1;
export const CHAR_DB_VERSION = 1;

export interface AccountDb {
  version: number;
  settings: Settings;
}

export interface CharDb {
  version: number;
  /** "specID:context" -> true. */
  suppressed: { [key: string]: boolean };
  /**
   * The login check of the current play session has run (prompted or not). A /reload keeps the play session, and
   * this flag through SavedVariables, so the check after it does not prompt again; a real login clears it.
   */
  loginChecked: boolean;
  /** specID -> the player's build from before the addon's first apply, until restored (core/restore.ts). */
  restore: { [specId: string]: SavedBuild | undefined };
}

type Table = { [key: string]: unknown };
const isTable = (value: unknown): value is Table => typeof value === "object" && value !== null;

interface Step {
  readonly to: number;
  readonly run: (db: Table) => void;
}

/**
 * Upgrade steps, oldest first. Version 1 is the first shipped layout, so its step only stamps tables that
 * predate versioning; later layouts add a step here instead of editing older ones.
 */
const ACCOUNT_STEPS: readonly Step[] = [{ to: 1, run: () => {} }];
const CHAR_STEPS: readonly Step[] = [{ to: 1, run: () => {} }];

function upgrade(db: Table, steps: readonly Step[]): void {
  const from = typeof db.version === "number" ? db.version : 0;
  for (const step of steps) {
    if (step.to > from) {
      step.run(db);
      db.version = step.to;
    }
  }
  // A table from a newer addon version keeps its version number: downgrading must not make the next upgrade skip steps.
  if (typeof db.version !== "number") db.version = from;
}

/** Upgrades the saved account table in place (or makes a new one) and fills missing settings. */
export function migrateAccountDb(saved: unknown): AccountDb {
  const db: Table = isTable(saved) ? saved : {};
  upgrade(db, ACCOUNT_STEPS);
  if (!isTable(db.settings)) db.settings = {};
  const settings = db.settings as Table;
  for (const key of SETTING_KEYS) {
    // A value of the wrong type is as good as missing (a hand-edited or damaged file).
    if (typeof settings[key] !== "boolean") settings[key] = DEFAULT_SETTINGS[key];
  }
  if (!ACTION_BAR_MODES.includes(settings.actionBars as ActionBarMode)) settings.actionBars = DEFAULT_SETTINGS.actionBars;
  return db as unknown as AccountDb;
}

/** Upgrades the saved per-character table in place (or makes a new one). */
export function migrateCharDb(saved: unknown): CharDb {
  const db: Table = isTable(saved) ? saved : {};
  upgrade(db, CHAR_STEPS);
  if (!isTable(db.suppressed)) db.suppressed = {};
  if (typeof db.loginChecked !== "boolean") db.loginChecked = false;
  if (!isTable(db.restore)) db.restore = {};
  const restore = db.restore as Table;
  for (const [specId, saved] of Object.entries(restore)) {
    if (!validSavedBuild(saved)) restore[specId] = undefined;
  }
  return db as unknown as CharDb;
}

export function suppressionKey(specId: number, context: string): string {
  return `${specId}:${context}`;
}

/** Sorted so /att status lists them in a stable order whatever the table's hash order. */
export function suppressionList(db: CharDb): string[] {
  const keys: string[] = [];
  for (const [key, value] of Object.entries(db.suppressed)) {
    if (value === true) keys.push(key);
  }
  keys.sort();
  return keys;
}

/** Clears every suppression; returns how many there were. */
export function clearSuppressions(db: CharDb): number {
  const count = suppressionList(db).length;
  db.suppressed = {};
  return count;
}
