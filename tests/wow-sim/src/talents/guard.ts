/**
 * What every talent-changing call checks first. In combat the client refuses the change (the call returns
 * false and the player sees an error); the sim records it as a blocked action so tests can assert the addon never
 * tried. While the "Changing Talents" cast of a commit runs, the config is locked.
 */
import { sim, type TalentConfig } from "../state";
import { activeConfig, configById } from "./configs";

export function recordBlocked(api: string, reason: string): void {
  sim.blocked.push({ api, reason, time: sim.now });
}

/** The config to edit, or undefined when the call must fail (and is then already recorded if blocked). */
export function editableConfig(api: string, configId: unknown, query = false): TalentConfig | undefined {
  const config = configById(configId);
  if (config === undefined || config !== activeConfig()) return undefined;
  if (sim.inCombat) {
    // Queries (CanPurchaseRank) just answer false; only attempted changes are blocked actions.
    if (!query) recordBlocked(api, "combat");
    return undefined;
  }
  if (sim.pendingCommit !== undefined) return undefined;
  return config;
}
