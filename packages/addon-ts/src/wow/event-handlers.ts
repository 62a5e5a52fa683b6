/**
 * The dispatch table: one thin handler per client event, named after it, each handing over to the controller or
 * the LoadoutManager. Decisions live in the controller and the core, not here.
 */
import type { Controller } from "../controller";
import type { LoadoutEvents } from "../ports";
import type { EventHandlers } from "./event-frame";

export interface HandlerDeps {
  readonly addonName: string;
  readonly controller: Controller;
  readonly loadout: LoadoutEvents;
  /** Runs once our SavedVariables are loaded (ADDON_LOADED for this addon). */
  readonly onSavedVariablesLoaded: (this: void) => void;
  /** PLAYER_REGEN_ENABLED after the LoadoutManager: the action bar fix combat held back. */
  readonly onCombatEnd?: (this: void) => void;
}

export function createHandlers(deps: HandlerDeps): EventHandlers {
  const { controller, loadout } = deps;
  return {
    ADDON_LOADED(name: string) {
      if (name === deps.addonName) deps.onSavedVariablesLoaded();
    },
    // PLAYER_LOGIN is not handled: PLAYER_ENTERING_WORLD follows it at every login and /reload, and only it says
    // which of the two this is. Payload (isInitialLogin, isReloadingUi), both bool, never nil:
    // Blizzard_APIDocumentationGenerated/SystemDocumentation.lua:111-121 (12.0.1, tomrus88/BlizzardInterfaceCode 4679f888).
    PLAYER_ENTERING_WORLD(_isInitialLogin: unknown, isReloadingUi: unknown) {
      controller.onEnteringWorld(isReloadingUi === true);
    },
    TRAIT_CONFIG_LIST_UPDATED() {
      controller.onTalentsReadable();
    },
    ACTIVE_PLAYER_SPECIALIZATION_CHANGED() {
      // The manager first: it cancels an apply that was meant for the old spec.
      loadout.ACTIVE_PLAYER_SPECIALIZATION_CHANGED();
      controller.onSpecChanged();
    },
    ZONE_CHANGED_NEW_AREA() {
      controller.onZoneChanged();
    },
    // Only a trigger: in Midnight the initiator and the time left are secret inside instances, so they are not read.
    READY_CHECK() {
      controller.onReadyCheck();
    },
    ENCOUNTER_END(encounterId: number, _name: unknown, difficultyId: number, _groupSize: unknown, success: unknown) {
      // success is the number 1 or 0, and 0 is true in Lua: compare.
      controller.onEncounterEnd(encounterId, difficultyId, success === 1 || success === true);
    },
    BOSS_KILL(encounterId: number) {
      controller.onBossKill(encounterId);
    },
    CHALLENGE_MODE_START() {
      controller.onKeystoneStart();
    },
    CHALLENGE_MODE_COMPLETED() {
      controller.onKeystoneEnd();
    },
    PLAYER_REGEN_ENABLED() {
      loadout.PLAYER_REGEN_ENABLED();
      if (deps.onCombatEnd !== undefined) deps.onCombatEnd();
    },
    TRAIT_CONFIG_UPDATED(configId: number) {
      loadout.TRAIT_CONFIG_UPDATED(configId);
    },
    CONFIG_COMMIT_FAILED(configId: number) {
      loadout.CONFIG_COMMIT_FAILED(configId);
    },
  };
}
