/**
 * Globals Blizzard moved into namespaces and now only provides through Blizzard_Deprecated* when the
 * loadDeprecationFallbacks cvar is on. Off by default here, so an addon that still calls them fails its tests.
 */
import { getGlobal, setGlobal } from "./globals";
import { sim } from "./state";

export function installDeprecated(): void {
  if (!sim.options.deprecationFallbacks) return;
  const spec = getGlobal("C_SpecializationInfo") as typeof C_SpecializationInfo;
  const encounter = getGlobal("C_InstanceEncounter") as typeof C_InstanceEncounter;
  const addons = getGlobal("C_AddOns") as typeof C_AddOns;
  setGlobal("GetSpecialization", spec.GetSpecialization);
  setGlobal("GetSpecializationInfo", spec.GetSpecializationInfo);
  setGlobal("IsEncounterInProgress", encounter.IsEncounterInProgress);
  setGlobal("GetAddOnMetadata", addons.GetAddOnMetadata);
}
