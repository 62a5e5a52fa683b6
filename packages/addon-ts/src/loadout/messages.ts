/**
 * Reason keys and their English text for everything the LoadoutManager reports. Kept here, next to the reasons,
 * until the addon's locale table (../locale) carries them: a translation passes its own table to
 * createLoadoutManager({ messages }). `{1}` and `{2}` are details (numbers, the codec's message), filled with
 * core/text's `fill` so translations can reorder them.
 */
import { fill } from "../core/text";

export type LoadoutReason =
  | "applied"
  | "already-active"
  | "match"
  | "differs"
  | "busy"
  | "queued-combat"
  | "cancelled"
  | "no-config"
  | "invalid-string"
  | "version-mismatch"
  | "wrong-spec"
  | "tree-changed"
  | "tree-mismatch"
  | "keystone"
  | "encounter"
  | "cannot-edit"
  | "reset-failed"
  | "purchase-failed"
  | "commit-failed"
  | "commit-timeout"
  | "verify-failed"
  | "spec-changed";

export type LoadoutMessages = { readonly [K in LoadoutReason]: string };

export const LOADOUT_MESSAGES: LoadoutMessages = {
  applied: "Talent build applied.",
  "already-active": "This talent build is already active.",
  match: "Your active talents match this build.",
  differs: "Your active talents differ from this build in {1} talent(s).",
  busy: "A talent change is already in progress; try again when it has finished.",
  "queued-combat": "You are in combat: the talent build will be applied when combat ends.",
  cancelled: "The talent change was cancelled.",
  "no-config": "Your talents are not available yet.",
  "invalid-string": "This is not a valid talent string: {1}",
  "version-mismatch": "This talent string was made for another game version (format {1}, the game uses {2}).",
  "wrong-spec": "This talent build is for another specialization.",
  "tree-changed": "The talent tree has changed since this talent string was made.",
  "tree-mismatch": "This talent string does not fit your talent tree: {1}",
  keystone: "Talents cannot be changed during an active Mythic+ keystone.",
  encounter: "Talents cannot be changed during a boss encounter.",
  "cannot-edit": "Talents cannot be changed right now: {1}",
  "reset-failed": "The game refused to reset the talent tree.",
  "purchase-failed": "Could not select {1} talent(s) of this build; nothing was changed.",
  "commit-failed": "The game refused the talent change; nothing was changed.",
  // After a timeout the game may still finish the change later: do not claim either way.
  "commit-timeout": "The talent change did not finish in time; check your talents before you pull.",
  "verify-failed": "After the change your talents still differ from this build in {1} talent(s).",
  "spec-changed": "Your specialization changed, so the talent build was not applied.",
};

/** The text for a reason with its details filled in; a missing detail leaves an empty slot, never "nil". */
export function loadoutMessage(
  reason: LoadoutReason,
  detail1?: string | number,
  detail2?: string | number,
  messages: LoadoutMessages = LOADOUT_MESSAGES,
): string {
  return fill(messages[reason], [detail1 ?? "", detail2 ?? ""]);
}
