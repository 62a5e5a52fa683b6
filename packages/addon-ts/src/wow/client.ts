/**
 * The ClientPort over the real client API: reads only, no decisions. Uses the C_SpecializationInfo /
 * C_InstanceEncounter forms (the old globals exist only behind a deprecation cvar in Midnight) and reads nothing
 * secret: instance data, the journal and raid locks are locale-free IDs the addon may use.
 */
import type { InstanceSnapshot, LocationFacts } from "../core/context";
import type { BossFacts } from "../core/next-boss";
import type { ClientPort } from "../ports";
import { activeSpecIndex, keystoneActive } from "./game-state";

/** Far above any raid's boss count: a guard against a journal that never returns nil. */
const MAX_JOURNAL_BOSSES = 40;

function instanceSnapshot(): InstanceSnapshot {
  const [name, instanceType, difficultyId, , , , , instanceId] = GetInstanceInfo();
  return { name: name ?? "", instanceType: instanceType ?? "none", difficultyId: difficultyId ?? 0, instanceId: instanceId ?? 0 };
}

/** Journal encounter IDs pinned on the map floor the player stands on (the tie-breaker between living bosses). */
function bossesOnCurrentFloor(): { [journalEncounterId: number]: boolean } {
  const onFloor: { [journalEncounterId: number]: boolean } = {};
  const uiMapId = C_Map.GetBestMapForUnit("player");
  if (uiMapId === undefined) return onFloor;
  const pins = C_EncounterJournal.GetEncountersOnMap(uiMapId);
  if (pins === undefined) return onFloor;
  for (const pin of pins) onFloor[pin.encounterID] = true;
  return onFloor;
}

/** The journal's bosses for a raid instance in journal order, with their kill state for this difficulty. */
function journalBosses(instance: InstanceSnapshot): BossFacts[] {
  const journalInstanceId = C_EncounterJournal.GetInstanceForGameMap(instance.instanceId);
  if (journalInstanceId === undefined) return [];
  const onFloor = bossesOnCurrentFloor();
  const bosses: BossFacts[] = [];
  // Blizzard's journal selects the instance, then lists its bosses by index (Blizzard_EncounterJournal/Mainline/
  // Blizzard_EncounterJournal.lua:1207 EJ_SelectInstance, :1159 EJ_GetEncounterInfoByIndex(index)). The addon does
  // the same, and also passes the instance, so the list is right whichever of the two the client honours.
  EJ_SelectInstance(journalInstanceId);
  for (let i = 1; i <= MAX_JOURNAL_BOSSES; i++) {
    const [name, , journalEncounterId, , , , dungeonEncounterId] = EJ_GetEncounterInfoByIndex(i, journalInstanceId);
    if (name === undefined) break;
    bosses.push({
      name,
      journalEncounterId,
      dungeonEncounterId,
      completeInLock: C_RaidLocks.IsEncounterComplete(instance.instanceId, dungeonEncounterId, instance.difficultyId) === true,
      onCurrentFloor: onFloor[journalEncounterId] === true,
    });
  }
  return bosses;
}

export function createClient(): ClientPort {
  return {
    now: () => GetServerTime(),
    specId() {
      const index = activeSpecIndex();
      if (index === undefined) return undefined;
      const [specId] = C_SpecializationInfo.GetSpecializationInfo(index);
      return specId === undefined || specId === 0 ? undefined : specId;
    },
    specLabel() {
      const index = activeSpecIndex();
      if (index === undefined) return "";
      const [, name] = C_SpecializationInfo.GetSpecializationInfo(index);
      return name ?? "";
    },
    talentsReadable: () => C_ClassTalents.GetActiveConfigID() !== undefined,
    location(): LocationFacts {
      const instance = instanceSnapshot();
      return {
        instance,
        keystoneActive: keystoneActive(),
        bosses: instance.instanceType === "raid" ? journalBosses(instance) : [],
      };
    },
  };
}

/** The client's locale ("enUS", "deDE", ...), for the locale table. */
export function clientLocale(): string {
  return GetLocale();
}
