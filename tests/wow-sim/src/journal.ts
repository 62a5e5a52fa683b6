/**
 * The encounter journal for the instances a test defines: boss order (EJ_GetEncounterInfoByIndex, with the
 * DungeonEncounter ID and instance ID the client returns as 7th and 8th values), the game-map to journal look-up,
 * journal kill state for the current lockout, and the boss pins of a map floor.
 */
import { isKilled } from "./encounters";
import { setGlobal } from "./globals";
import { sim, type JournalEncounter, type JournalInstance } from "./state";

function byJournalId(journalInstanceId: number | undefined): JournalInstance | undefined {
  return journalInstanceId === undefined ? undefined : sim.journal.find((i) => i.journalInstanceId === journalInstanceId);
}

function findEncounter(journalEncounterId: number): LuaMultiReturn<[JournalInstance, JournalEncounter] | [undefined, undefined]> {
  for (const instance of sim.journal) {
    for (const encounter of instance.encounters) {
      if (encounter.journalEncounterId === journalEncounterId) return $multi(instance, encounter);
    }
  }
  return $multi(undefined, undefined);
}

/** The journal's selected instance (EJ_SelectInstance), which EJ_GetEncounterInfoByIndex lists without its 2nd argument. */
let selectedInstance: number | undefined;

const selectInstance: typeof EJ_SelectInstance = (journalInstanceID) => {
  selectedInstance = journalInstanceID;
};

function encounterInfoByIndex(
  index: number,
  journalInstanceID?: number,
): LuaMultiReturn<[string | undefined, string, number, number, string, number, number, number]> {
  const instance = byJournalId(journalInstanceID ?? selectedInstance);
  const encounter = instance?.encounters[index - 1];
  if (instance === undefined || encounter === undefined) return $multi(undefined, "", 0, 0, "", 0, 0, 0);
  const link = `|cff66bbff|Hjournal:1:${encounter.journalEncounterId}:${sim.location.difficultyId}|h[${encounter.name}]|h|r`;
  return $multi(
    encounter.name,
    "",
    encounter.journalEncounterId,
    0,
    link,
    instance.journalInstanceId,
    encounter.dungeonEncounterId,
    instance.instanceId,
  );
}
const encounterInfoByIndexChecked: typeof EJ_GetEncounterInfoByIndex = encounterInfoByIndex;

const encounterJournal: typeof C_EncounterJournal = {
  GetInstanceForGameMap(mapID) {
    return sim.journal.find((i) => i.instanceId === mapID)?.journalInstanceId;
  },
  IsEncounterComplete(journalEncounterID) {
    const [instance, encounter] = findEncounter(journalEncounterID);
    if (instance === undefined || encounter === undefined || instance.instanceId !== sim.location.instanceId) return false;
    return isKilled(instance.instanceId, sim.location.difficultyId, encounter.dungeonEncounterId);
  },
  GetEncountersOnMap(uiMapID) {
    const pins: { encounterID: number; mapX: number; mapY: number }[] = [];
    for (const instance of sim.journal) {
      for (const encounter of instance.encounters) {
        if (encounter.uiMapIds.includes(uiMapID))
          pins.push({ encounterID: encounter.journalEncounterId, mapX: encounter.mapX, mapY: encounter.mapY });
      }
    }
    return pins;
  },
};

export function installJournal(): void {
  setGlobal("EJ_GetEncounterInfoByIndex", encounterInfoByIndexChecked);
  setGlobal("EJ_SelectInstance", selectInstance);
  setGlobal("C_EncounterJournal", encounterJournal);
}
