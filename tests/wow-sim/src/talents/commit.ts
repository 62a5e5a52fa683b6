/**
 * Committing the active config. The client starts the "Changing Talents" cast (spell 384255) and answers later:
 * TRAIT_CONFIG_UPDATED(configID) when the server accepted, CONFIG_COMMIT_FAILED(configID) when it did not
 * (combat began during the cast, the spec changed, or a test injected a failure); the staged edits then stay
 * staged until the addon rolls them back. Committing in combat is refused at once (false, blocked action).
 */
import { schedule } from "../clock";
import { fire } from "../events";
import { sim } from "../state";
import { activeConfig, configById, copySlots, hasStagedChanges } from "./configs";
import { recordBlocked } from "./guard";
import { slotsChanged } from "./rules";
import { writeSavedLoadout } from "./saved-loadouts";

export const CHANGING_TALENTS_SPELL_ID = 384255;

function finishCommit(): void {
  const pending = sim.pendingCommit;
  if (pending === undefined) return;
  sim.pendingCommit = undefined;
  const config = configById(pending.configId);
  const injected = sim.commitFailuresToInject > 0;
  if (injected) sim.commitFailuresToInject--;
  if (config === undefined || injected || sim.inCombat || sim.character.activeSpecId !== pending.specId) {
    fire("UNIT_SPELLCAST_INTERRUPTED", "player", pending.castGuid, CHANGING_TALENTS_SPELL_ID);
    fire("CONFIG_COMMIT_FAILED", pending.configId);
    return;
  }
  config.committed = copySlots(config.staged);
  slotsChanged();
  writeSavedLoadout(pending.savedConfigId, config.committed);
  fire("UNIT_SPELLCAST_SUCCEEDED", "player", pending.castGuid, CHANGING_TALENTS_SPELL_ID);
  fire("TRAIT_CONFIG_UPDATED", pending.configId);
  fire("PLAYER_TALENT_UPDATE");
}

export function commitConfig(api: string, configId: number | undefined, savedConfigId?: number): boolean {
  const config = configId === undefined ? activeConfig() : configById(configId);
  if (config === undefined || config !== activeConfig()) return false;
  if (sim.inCombat) {
    recordBlocked(api, "combat");
    return false;
  }
  // One commit at a time; and with nothing staged there is nothing to send.
  if (sim.pendingCommit !== undefined || !hasStagedChanges(config)) return false;
  const castGuid = `Cast-3-0-0-0-${CHANGING_TALENTS_SPELL_ID}-${string.format("%010d", sim.nextCastId)}`;
  sim.nextCastId++;
  sim.pendingCommit = { configId: config.configId, specId: config.specId, castGuid, savedConfigId };
  fire("UNIT_SPELLCAST_START", "player", castGuid, CHANGING_TALENTS_SPELL_ID);
  schedule(sim.options.commitDelay, "commit", finishCommit);
  return true;
}

/** A /reload or logout during the cast: the cast is lost and the staged edits with it. */
export function dropPendingCommit(): void {
  sim.pendingCommit = undefined;
}
