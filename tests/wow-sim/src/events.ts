/**
 * Event dispatch. The client knows a fixed set of event names and raises an error when a frame registers any
 * other (a typo must fail a test, not silently never fire). Handlers run in registration order, each protected
 * so one failing handler does not stop the others.
 */
import { safeCall } from "./errors";
import { sim } from "./state";

/** Events of the retail client the sim can fire or that addons commonly register; anything else is unknown. */
export const KNOWN_EVENTS: readonly string[] = [
  "ADDON_LOADED",
  "VARIABLES_LOADED",
  "PLAYER_LOGIN",
  "PLAYER_LOGOUT",
  "PLAYER_ENTERING_WORLD",
  "PLAYER_LEAVING_WORLD",
  "LOADING_SCREEN_ENABLED",
  "LOADING_SCREEN_DISABLED",
  "SPELLS_CHANGED",
  "TRAIT_CONFIG_LIST_UPDATED",
  "TRAIT_CONFIG_UPDATED",
  "TRAIT_CONFIG_CREATED",
  "TRAIT_CONFIG_DELETED",
  "CONFIG_COMMIT_FAILED",
  "TRAIT_SUB_TREE_CHANGED",
  "TRAIT_TREE_CHANGED",
  "TRAIT_NODE_CHANGED",
  "TRAIT_TREE_CURRENCY_INFO_UPDATED",
  "ACTIVE_COMBAT_CONFIG_CHANGED",
  "SELECTED_LOADOUT_CHANGED",
  "PLAYER_TALENT_UPDATE",
  "ACTIVE_PLAYER_SPECIALIZATION_CHANGED",
  "PLAYER_SPECIALIZATION_CHANGED",
  "PLAYER_REGEN_DISABLED",
  "PLAYER_REGEN_ENABLED",
  "UNIT_SPELLCAST_START",
  "UNIT_SPELLCAST_STOP",
  "UNIT_SPELLCAST_SUCCEEDED",
  "UNIT_SPELLCAST_FAILED",
  "UNIT_SPELLCAST_FAILED_QUIET",
  "UNIT_SPELLCAST_INTERRUPTED",
  "ZONE_CHANGED",
  "ZONE_CHANGED_INDOORS",
  "ZONE_CHANGED_NEW_AREA",
  "UPDATE_INSTANCE_INFO",
  "PLAYER_DIFFICULTY_CHANGED",
  "READY_CHECK",
  "READY_CHECK_CONFIRM",
  "READY_CHECK_FINISHED",
  "GROUP_ROSTER_UPDATE",
  "ENCOUNTER_START",
  "ENCOUNTER_END",
  "BOSS_KILL",
  "INSTANCE_ENCOUNTER_ENGAGE_UNIT",
  "CHALLENGE_MODE_START",
  "CHALLENGE_MODE_COMPLETED",
  "CHALLENGE_MODE_RESET",
  "ADDON_RESTRICTION_STATE_CHANGED",
  "UI_ERROR_MESSAGE",
  "PLAYER_TARGET_CHANGED",
  "ACTIONBAR_SLOT_CHANGED",
  "ADDON_ACTION_BLOCKED",
];

const known = new LuaTable<string, boolean>();
for (const name of KNOWN_EVENTS) known.set(name, true);

export function isKnownEvent(event: string): boolean {
  return known.get(event) === true;
}

export interface EventListener {
  dispatch(event: string, ...args: unknown[]): void;
}

export function addListener(event: string, frame: EventListener): void {
  let list = sim.listeners.get(event) as EventListener[] | undefined;
  if (list === undefined) {
    list = [];
    sim.listeners.set(event, list);
  }
  if (!list.includes(frame)) list.push(frame);
}

export function removeListener(event: string, frame: EventListener): void {
  const list = sim.listeners.get(event) as EventListener[] | undefined;
  if (list === undefined) return;
  const index = list.indexOf(frame);
  if (index >= 0) list.splice(index, 1);
}

/** Fires an event to every registered frame. Handlers registered during dispatch see the next firing only. */
export function fire(event: string, ...args: unknown[]): void {
  if (!isKnownEvent(event)) error(`WowSim: firing unknown event ${event}`, 2);
  sim.eventLog.push({ event, time: sim.now });
  const list = sim.listeners.get(event) as EventListener[] | undefined;
  if (list === undefined) return;
  for (const frame of [...list]) {
    frame.dispatch(event, ...args);
  }
}

export { safeCall };
