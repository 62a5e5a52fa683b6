/**
 * Reason keys for everything the LoadoutManager reports. Their text lives in the locale table (LOADOUT in
 * ../locale/enUS.ts), handed in through createLoadoutManager({ messages }). `{1}` and `{2}` are details (numbers,
 * the codec's message), filled with core/text's `fill` so translations can reorder them.
 */
import { fill } from "../core/text";
import { enUS } from "../locale/enUS";
import type { LoadoutMessages, LoadoutReason } from "./reasons";

export type { LoadoutMessages, LoadoutReason } from "./reasons";

/** The text for a reason with its details filled in; a missing detail leaves an empty slot, never "nil". */
export function loadoutMessage(
  reason: LoadoutReason,
  detail1?: string | number,
  detail2?: string | number,
  messages: LoadoutMessages = enUS.LOADOUT,
): string {
  return fill(messages[reason], [detail1 ?? "", detail2 ?? ""]);
}
