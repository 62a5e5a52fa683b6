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

interface JournalBoss {
  readonly name: string;
  readonly journalEncounterId: number;
  readonly dungeonEncounterId: number;
}

/** A journal instance's boss list, read once per session: names and IDs do not change while the client runs. */
const bossLists: { [journalInstanceId: number]: JournalBoss[] | undefined } = {};

/**
 * The bosses EJ_GetEncounterInfoByIndex lists for this instance, undefined when the list is not this instance's
 * (each row names its journal instance, 6th value: a client that ignores the instance argument lists the selected one).
 */
function listBosses(journalInstanceId: number): JournalBoss[] | undefined {
  const bosses: JournalBoss[] = [];
  for (let i = 1; i <= MAX_JOURNAL_BOSSES; i++) {
    const [name, , journalEncounterId, , , rowInstanceId, dungeonEncounterId] = EJ_GetEncounterInfoByIndex(i, journalInstanceId);
    if (name === undefined) break;
    if (rowInstanceId !== journalInstanceId) return undefined;
    bosses.push({ name, journalEncounterId, dungeonEncounterId });
  }
  return bosses.length > 0 ? bosses : undefined;
}

/** The Adventure Guide is open (its frame exists only once Blizzard_EncounterJournal has loaded). */
function adventureGuideShown(): boolean {
  const guide = EncounterJournal;
  return guide !== undefined && guide.IsShown();
}

/**
 * The instance's boss list. The journal has one selected instance for the whole UI, and the Adventure Guide shows it
 * (Blizzard_EncounterJournal.lua:1207 selects before listing by index, :1159): selecting ours while the guide is
 * open would switch its loot list. So the list is read with the instance argument first, and EJ_SelectInstance is
 * called only when that does not give this instance's bosses, never while the guide is shown (then: no list this
 * time). Once read, the list is kept.
 */
function bossList(journalInstanceId: number): JournalBoss[] | undefined {
  const known = bossLists[journalInstanceId];
  if (known !== undefined) return known;
  let bosses = listBosses(journalInstanceId);
  if (bosses === undefined && !adventureGuideShown()) {
    EJ_SelectInstance(journalInstanceId);
    bosses = listBosses(journalInstanceId);
  }
  if (bosses !== undefined) bossLists[journalInstanceId] = bosses;
  return bosses;
}

/** The journal's bosses for a raid instance in journal order, with their kill state for this difficulty. */
function journalBosses(instance: InstanceSnapshot): BossFacts[] {
  const journalInstanceId = C_EncounterJournal.GetInstanceForGameMap(instance.instanceId);
  if (journalInstanceId === undefined) return [];
  const list = bossList(journalInstanceId);
  if (list === undefined) return [];
  const onFloor = bossesOnCurrentFloor();
  const bosses: BossFacts[] = [];
  for (const boss of list) {
    bosses.push({
      name: boss.name,
      journalEncounterId: boss.journalEncounterId,
      dungeonEncounterId: boss.dungeonEncounterId,
      completeInLock: C_RaidLocks.IsEncounterComplete(instance.instanceId, boss.dungeonEncounterId, instance.difficultyId) === true,
      completeInInstance: C_EncounterJournal.IsEncounterComplete(boss.journalEncounterId) === true,
      onCurrentFloor: onFloor[boss.journalEncounterId] === true,
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
