/**
 * The LoadoutManager's public entry. main.ts creates one with the game's client and blockers (from ../wow/) and
 * routes the four events named after its methods to it: TRAIT_CONFIG_UPDATED, CONFIG_COMMIT_FAILED,
 * PLAYER_REGEN_ENABLED, ACTIVE_PLAYER_SPECIALIZATION_CHANGED.
 */
import type { Blocker } from "./blockers";
import type { LoadoutClient } from "./client";
import { LoadoutManager } from "./manager";
import type { LoadoutMessages } from "./messages";

export { LoadoutManager, COMMIT_TIMEOUT_SECONDS, type ApplyCallback, type ApplyStatus } from "./manager";
export type { LoadoutResult } from "./types";
export { loadoutMessage, type LoadoutMessages, type LoadoutReason } from "./messages";

/** Events the manager must receive, with the method of the same name. */
export const LOADOUT_EVENTS = [
  "TRAIT_CONFIG_UPDATED",
  "CONFIG_COMMIT_FAILED",
  "PLAYER_REGEN_ENABLED",
  "ACTIVE_PLAYER_SPECIALIZATION_CHANGED",
] as const;

export interface LoadoutManagerOptions {
  /** Message texts by reason (a locale's); English by default. */
  readonly messages?: LoadoutMessages;
  /** The game (wow/loadout-client.ts in the client). */
  readonly client: LoadoutClient;
  /** Why talents cannot change now, asked in order (wow/blockers.ts in the client). */
  readonly blockers: readonly Blocker[];
}

export function createLoadoutManager(options: LoadoutManagerOptions): LoadoutManager {
  return new LoadoutManager(options.client, [...options.blockers], options.messages);
}
