/**
 * The one place that reads the player's state the addon's decisions and the LoadoutManager both depend on:
 * combat lockdown, a boss encounter in progress, a running keystone, and the active specialization. The ports
 * (wow/client.ts), the LoadoutManager's client (wow/loadout-client.ts) and the blockers (wow/blockers.ts) all ask
 * here, so the three cannot read the same fact three different ways.
 */

export function inCombat(): boolean {
  return InCombatLockdown() === true;
}

export function inEncounter(): boolean {
  return C_InstanceEncounter.IsEncounterInProgress() === true;
}

export function keystoneActive(): boolean {
  return C_ChallengeMode.IsChallengeModeActive() === true;
}

/** The active specialization's index (1..4), or undefined before the character has one. */
export function activeSpecIndex(): number | undefined {
  const index = C_SpecializationInfo.GetSpecialization();
  // 0 (no spec yet; documented as never nil) is truthy in Lua, so compare explicitly.
  return index === undefined || index <= 0 ? undefined : index;
}

/** The active specialization's ID (e.g. 250 Blood), or undefined before the character has one. */
export function activeSpecId(): number | undefined {
  const index = activeSpecIndex();
  if (index === undefined) return undefined;
  const [specId] = C_SpecializationInfo.GetSpecializationInfo(index);
  return specId === undefined || specId === 0 ? undefined : specId;
}
