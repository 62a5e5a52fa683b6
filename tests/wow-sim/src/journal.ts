/**
 * The encounter journal for the instances a test defines: boss order (EJ_GetEncounterInfoByIndex, with the
 * DungeonEncounter ID and instance ID the client returns as 7th and 8th values), the game-map to journal look-up,
 * journal kill state for the current lockout, and the boss pins of a map floor.
 */
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

/**
 * The journal's selected instance (EJ_SelectInstance), which EJ_GetEncounterInfoByIndex lists without its 2nd
 * argument. One selection for the whole UI: the Adventure Guide shows the same one (selecting another while it is
 * open switches its loot list).
 */
const selectInstance: typeof EJ_SelectInstance = (journalInstanceID) => {
  sim.ejSelections.push({ journalInstanceId: journalInstanceID, guideShown: sim.adventureGuide.shown });
  sim.adventureGuide.selectedInstance = journalInstanceID;
};

function encounterInfoByIndex(
  index: number,
  journalInstanceID?: number,
): LuaMultiReturn<[string | undefined, string, number, number, string, number, number, number]> {
  const selected = sim.adventureGuide.selectedInstance;
  const instance = byJournalId(sim.ejHonoursInstanceArg ? (journalInstanceID ?? selected) : selected);
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
  // The "defeated" state of the journal's map pins (EncounterJournalDataProvider.lua:109-120, 12.0.1): modelled as the
  // progress of the instance the player stands in (unverified: for other instances it is false here).
  IsEncounterComplete(journalEncounterID) {
    const [instance, encounter] = findEncounter(journalEncounterID);
    if (instance === undefined || encounter === undefined || instance.instanceId !== sim.location.instanceId) return false;
    return sim.instanceProgress.get(encounter.dungeonEncounterId) === true;
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

/** Blizzard_EncounterJournal's frame: nil until the Adventure Guide has been opened once (load on demand). */
const guideFrame = {
  IsShown: (): boolean => sim.adventureGuide.shown,
};

/** Opens the Adventure Guide on a journal instance (loading it the first time), or closes it (undefined). */
export function showAdventureGuide(journalInstanceId: number | undefined): void {
  sim.adventureGuide.loaded = true;
  setGlobal("EncounterJournal", guideFrame);
  sim.adventureGuide.shown = journalInstanceId !== undefined;
  if (journalInstanceId !== undefined) sim.adventureGuide.selectedInstance = journalInstanceId;
}

export function installJournal(): void {
  setGlobal("EncounterJournal", sim.adventureGuide.loaded ? guideFrame : undefined);
  setGlobal("EJ_GetEncounterInfoByIndex", encounterInfoByIndexChecked);
  setGlobal("EJ_SelectInstance", selectInstance);
  setGlobal("C_EncounterJournal", encounterJournal);
}
