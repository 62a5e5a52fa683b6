/**
 * The reasons the game gives for talents not being changeable now, as Blocker objects (../loadout/blockers.ts):
 * a running keystone, a boss encounter, combat (waited out), and whatever else CanEditTalents reports. main.ts
 * makes the list once and gives the same one to the LoadoutManager (refuse or queue an apply) and to the
 * controller (the prompt decision's "may auto-apply now?"), so the two always agree.
 */
import type { Blocker } from "../loadout/blockers";
import { inCombat, inEncounter, keystoneActive } from "./game-state";

export const keystoneBlocker: Blocker = {
  name: "keystone",
  isActive: () => keystoneActive(),
  describe: () => ({ reason: "keystone" }),
  endEvent: "CHALLENGE_MODE_COMPLETED",
  waits: false,
};

export const encounterBlocker: Blocker = {
  name: "encounter",
  isActive: () => inEncounter(),
  describe: () => ({ reason: "encounter" }),
  endEvent: "ENCOUNTER_END",
  waits: false,
};

export const combatBlocker: Blocker = {
  name: "combat",
  isActive: () => inCombat(),
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
