/**
 * Combat. The client fires PLAYER_REGEN_DISABLED just before lockdown starts and PLAYER_REGEN_ENABLED just after
 * it ends, so InCombatLockdown() is false inside both handlers; the server's "in combat" (what refuses talent
 * changes) is already true in the first and already false in the second.
 */
import { fire } from "./events";
import { setGlobal } from "./globals";
import { sim } from "./state";

export function enterCombat(): void {
  if (sim.inCombat) return;
  sim.inCombat = true;
  fire("PLAYER_REGEN_DISABLED");
  sim.lockdown = true;
}

export function leaveCombat(): void {
  if (!sim.inCombat) return;
  sim.lockdown = false;
  sim.inCombat = false;
  fire("PLAYER_REGEN_ENABLED");
}

const inCombatLockdown: typeof InCombatLockdown = () => sim.lockdown;

export function installCombat(): void {
  setGlobal("InCombatLockdown", inCombatLockdown);
  setGlobal("UnitAffectingCombat", (unit: string) => unit === "player" && sim.inCombat);
}
