/**
 * Reason keys for everything the LoadoutManager reports. Their text lives in the locale table (LOADOUT in
 * ../locale/enUS.ts), handed in through createLoadoutManager({ messages }). `{1}` and `{2}` are details (numbers,
 * the codec's message), filled with core/text's `fill` so translations can reorder them.
 */
import { fill } from "../core/text";
import { enUS } from "../locale/enUS";

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

/** The text for a reason with its details filled in; a missing detail leaves an empty slot, never "nil". */
export function loadoutMessage(
  reason: LoadoutReason,
  detail1?: string | number,
  detail2?: string | number,
  messages: LoadoutMessages = enUS.LOADOUT,
): string {
  return fill(messages[reason], [detail1 ?? "", detail2 ?? ""]);
}
