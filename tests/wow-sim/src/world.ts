/**
 * Login, reload and logout as the client orders them, and the state that outlives a Lua session. The driver
 * runs each addon's files and SavedVariables between the steps:
 *   files + SavedVariables, ADDON_LOADED(name) per addon -> PLAYER_LOGIN -> PLAYER_ENTERING_WORLD(isInitialLogin,
 *   isReloadingUi) -> (talentLoadDelay later) TRAIT_CONFIG_LIST_UPDATED, after which talents are readable.
 *   PLAYER_ENTERING_WORLD's payload order and types follow Blizzard_APIDocumentationGenerated/SystemDocumentation.lua
 *   :111-121 (12.0.1): isInitialLogin, isReloadingUi, both bool, never nil (zoning: false, false, instances.ts).
 * Logout and /reload fire PLAYER_LEAVING_WORLD and PLAYER_LOGOUT, then the client writes SavedVariables.
 */
import { actionList, restoreActions } from "./action-bars";
import { schedule } from "./clock";
import { fire } from "./events";
import { sim, type PersistentState } from "./state";
import { dropPendingCommit } from "./talents/commit";
import { ensureConfig, setCommitted } from "./talents/configs";
import { slotsChanged } from "./talents/rules";

export function addonLoaded(name: string): void {
  fire("ADDON_LOADED", name, false);
}

export function enterWorld(isReload: boolean): void {
  fire("SPELLS_CHANGED");
  fire("PLAYER_LOGIN");
  sim.loggedIn = true;
  fire("PLAYER_ENTERING_WORLD", !isReload, isReload);
  fire("LOADING_SCREEN_DISABLED");
  schedule(sim.options.talentLoadDelay, "talents load", loadTalents);
}

/** The server has sent the talent configs: GetActiveConfigID answers from now on. */
export function loadTalents(): void {
  if (sim.talentsLoaded) return;
  ensureConfig(sim.character.activeSpecId);
  sim.talentsLoaded = true;
  slotsChanged();
  fire("TRAIT_CONFIG_LIST_UPDATED");
}

export function logout(): void {
  fire("PLAYER_LEAVING_WORLD");
  fire("PLAYER_LOGOUT");
  dropPendingCommit();
  sim.loggedIn = false;
}

/** The server's view of the character and world, to carry into the next session. */
export function persistentState(): PersistentState {
  const committed = new LuaTable<number, { nodeId: number; ranks: number; entryId?: number }[]>();
  for (const [, config] of sim.configs) {
    const list: { nodeId: number; ranks: number; entryId?: number }[] = [];
    for (const [nodeId, slot] of config.committed) list.push({ nodeId, ranks: slot.ranks, entryId: slot.entryId });
    committed.set(config.specId, list);
  }
  return {
    now: sim.now,
    serverTimeBase: sim.serverTimeBase,
    character: sim.character,
    committed,
    location: sim.location,
    challengeActive: sim.challengeActive,
    kills: sim.kills,
    actions: actionList(),
    instanceProgress: sim.instanceProgress,
  };
}

export function restorePersistentState(state: PersistentState): void {
  sim.now = state.now;
  sim.serverTimeBase = state.serverTimeBase;
  sim.character = state.character;
  sim.location = state.location;
  sim.challengeActive = state.challengeActive;
  sim.kills = state.kills;
  if (state.actions !== undefined) restoreActions(state.actions);
  sim.instanceProgress = state.instanceProgress;
  for (const [specId, list] of state.committed) {
    const slots = new LuaTable<number, { ranks: number; entryId?: number }>();
    for (const slot of list) slots.set(slot.nodeId, { ranks: slot.ranks, entryId: slot.entryId });
    setCommitted(specId, slots);
  }
  ensureConfig(sim.character.activeSpecId);
}
