/**
 * Why talents cannot be changed right now, one small object per reason (the BtWLoadouts pattern): the manager asks
 * the list in order instead of scattering checks. A blocker that `waits` (combat) queues the apply until its
 * ending event; the others refuse it, since they last a whole key or fight and the build may no longer be wanted.
 */
import type { Problem } from "./types";

export interface Blocker {
  readonly name: string;
  isActive(): boolean;
  /** The refusal (or, for a waiting blocker, the notice) to report. */
  describe(): Problem;
  /** The client event after which the blocker is gone. */
  readonly endEvent: string;
  readonly waits: boolean;
}

export const keystoneBlocker: Blocker = {
  name: "keystone",
  isActive: () => C_ChallengeMode.IsChallengeModeActive(),
  describe: () => ({ reason: "keystone" }),
  endEvent: "CHALLENGE_MODE_COMPLETED",
  waits: false,
};

export const encounterBlocker: Blocker = {
  name: "encounter",
  isActive: () => C_InstanceEncounter.IsEncounterInProgress(),
  describe: () => ({ reason: "encounter" }),
  endEvent: "ENCOUNTER_END",
  waits: false,
};

export const combatBlocker: Blocker = {
  name: "combat",
  isActive: () => InCombatLockdown(),
  describe: () => ({ reason: "queued-combat" }),
  endEvent: "PLAYER_REGEN_ENABLED",
  waits: true,
};

/** Anything else the game reports (e.g. a talent change already being cast); it names the reason itself. */
export const cannotEditBlocker: Blocker = {
  name: "cannot-edit",
  isActive() {
    const [canEdit] = C_ClassTalents.CanEditTalents();
    return !canEdit;
  },
  describe() {
    const [, reason] = C_ClassTalents.CanEditTalents();
    return { reason: "cannot-edit", detail1: reason ?? "" };
  },
  endEvent: "TRAIT_CONFIG_UPDATED",
  waits: false,
};

/**
 * Checked in this order. Combat comes before cannot-edit because in combat the game also says talents cannot be
 * edited, and combat is the one reason worth waiting out.
 */
export function createWowBlockers(): Blocker[] {
  return [keystoneBlocker, encounterBlocker, combatBlocker, cannotEditBlocker];
}
