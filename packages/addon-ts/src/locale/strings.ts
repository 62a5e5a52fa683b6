import type { LoadoutMessages } from "../loadout/reasons";

/**
 * The shape every locale table has. Templates use {1}, {2}... placeholders (filled by core/text.ts `fill`) rather
 * than string.format, so translators can reorder arguments and the same text works in Node tests and in Lua.
 */
export interface LocaleStrings {
  readonly ADDON_TITLE: string;
  readonly CHAT_PREFIX: string;

  // Popups
  readonly POPUP_GENERAL: string;
  readonly POPUP_DUNGEON: string;
  readonly POPUP_RAID_BOSS: string;
  readonly POPUP_RAID_FALLBACK: string;
  readonly POPUP_DATA_DATE: string;
  readonly BUTTON_RAID_BUILD: string;
  readonly BUTTON_MPLUS_BUILD: string;
  readonly BUTTON_KEEP_CURRENT: string;
  readonly BUTTON_APPLY: string;
  readonly BUTTON_NOT_NOW: string;
  readonly BUTTON_DONT_ASK: string;
  readonly BUTTON_RESTORE: string;

  // Put my build back (restore-flow.ts)
  readonly RESTORE_PROMPT: string;
  readonly RESTORE_CHANGES: string;
  readonly RESTORE_SCOPE_RAID: string;
  readonly RESTORE_SCOPE_DUNGEON: string;
  readonly RESTORE_SCOPE_GENERAL: string;
  readonly MSG_RESTORED: string;
  readonly MSG_RESTORE_ALREADY: string;
  readonly MSG_RESTORE_FAILED: string;
  readonly MSG_RESTORE_QUEUED: string;
  readonly MSG_RESTORING: string;
  readonly MSG_RESTORE_OTHER_SPEC: string;
  readonly MSG_RESTORE_UNFIT: string;
  readonly UNDO_NONE: string;
  readonly WHY_RESTORE: string;

  // Action bars after a change (action-bar-flow.ts)
  readonly BARS_PROMPT_LINE: string;
  readonly BUTTON_FIX_BARS: string;
  readonly BARS_DONE: string;
  readonly BARS_KEPT: string;
  readonly BARS_COMBAT: string;
  readonly BARS_RESTORED: string;
  /** The action bar setting's choices: off, ask, auto. */
  readonly ACTION_BAR_MODE: { readonly [mode: string]: string };

  // Build descriptions
  readonly BUILD_POPULARITY: string;
  readonly LOW_SAMPLE: string;
  readonly BUILD_CHANGES: string;
  readonly BUILD_CHANGES_MORE: string;
  /** Flex changes: {1} count, {2} names, {3} more (like BUILD_CHANGES); _ONLY wraps them when no core talent changes. */
  readonly BUILD_CHANGES_FLEX: string;
  readonly BUILD_CHANGES_FLEX_MORE: string;
  readonly BUILD_CHANGES_FLEX_ONLY: string;
  /** /att why: the flex talents a matched build differs in, {1} their names. */
  readonly WHY_FLEX: string;
  readonly SAMPLE_DATA: string;
  readonly STATUS_SAMPLE: string;
  readonly EXPORT_LINE: string;
  readonly EXPORT_NONE: string;
  readonly EXPORT_UNFIT: string;
  readonly CONTENT_RAID: string;
  readonly CONTENT_MYTHICPLUS: string;
  readonly DIFFICULTY: { readonly [difficulty: string]: string };
  readonly DIFFICULTY_DEFAULT: string;

  // Chat messages
  readonly MSG_APPLYING: string;
  readonly MSG_QUEUED_COMBAT: string;
  readonly MSG_APPLIED: string;
  readonly MSG_APPLY_FAILED: string;
  readonly MSG_AUTO_APPLYING: string;
  readonly MSG_SUPPRESSED: string;
  readonly MSG_RESET: string;
  /** The settings panel cannot open in combat (Settings.OpenToCategory is restricted). */
  readonly MSG_SETTINGS_COMBAT: string;
  readonly MSG_LOADOUT_UNAVAILABLE: string;
  readonly MSG_HANDLER_ERROR: string;
  /** An event handler raised: the message went to the game's error handler, this line names the event. */
  readonly MSG_EVENT_ERROR: string;

  // Data guards (one line each, once per session)
  readonly DATA_MISSING: string;
  readonly DATA_MALFORMED: string;
  readonly DATA_SCHEMA: string;
  readonly DATA_STALE: string;
  readonly DATA_NO_SPEC: string;

  // Slash
  readonly HELP: readonly string[];
  readonly STATUS_SPEC: string;
  readonly STATUS_NO_SPEC: string;
  readonly STATUS_DATA: string;
  readonly STATUS_DATA_STALE: string;
  readonly STATUS_BUILD: string;
  readonly STATUS_BUILD_MISSING: string;
  readonly STATUS_MATCH: string;
  readonly STATUS_NO_MATCH: string;
  readonly STATUS_CONTEXT: string;
  readonly STATUS_SUPPRESSIONS: string;
  readonly STATUS_DISABLED: string;
  readonly WHY_NONE: string;
  readonly COMPARTMENT_CLICK: string;
  readonly UNKNOWN_COMMAND: string;

  // Contexts (status, why)
  readonly CONTEXT: {
    readonly general: string;
    readonly dungeon: string;
    readonly keystone: string;
    readonly raidBoss: string;
    readonly raidCleared: string;
    readonly openWorld: string;
    readonly otherInstance: string;
  };
  readonly TRIGGER: { readonly [trigger: string]: string };

  // Decision explanations (/att why), one per reason code of core/decision.ts
  readonly WHY_HEADER: string;
  readonly WHY_CONTEXT: string;
  readonly WHY_OFFER: string;
  readonly WHY_FALLBACK: string;
  /** The dead bosses of a raid decision: {1} the list of WHY_DEFEATED_BOSS. */
  readonly WHY_DEFEATED: string;
  /** One dead boss: {1} its name, {2} the KILL_SOURCE that says so. */
  readonly WHY_DEFEATED_BOSS: string;
  readonly KILL_SOURCE: { readonly [source: string]: string };
  readonly WHY_NOTE: { readonly [note: string]: string };
  readonly REASON: { readonly [reason: string]: string };

  /** What the LoadoutManager reports, by reason (handed to createLoadoutManager({ messages })). */
  readonly LOADOUT: LoadoutMessages;

  // Settings panel
  readonly SETTING: { readonly [key: string]: { readonly label: string; readonly tooltip: string } };
}
