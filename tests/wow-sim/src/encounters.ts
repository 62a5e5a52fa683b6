/**
 * Boss encounters, kill state and ready checks. ENCOUNTER_START/END carry the DungeonEncounter ID; a kill fires
 * BOSS_KILL then ENCOUNTER_END(..., 1) and is saved to the lockout of this instance and difficulty (what
 * C_RaidLocks reports, surviving reloads). Inside instances the READY_CHECK payload is secret.
 */
import { schedule } from "./clock";
import { enterCombat, leaveCombat } from "./combat";
import { fire } from "./events";
import { setGlobal } from "./globals";
import { maybeSecret } from "./secrets";
import { sim } from "./state";

function lockKey(instanceId: number, difficultyId: number): string {
  return `${instanceId}:${difficultyId}`;
}

export function setKilled(instanceId: number, difficultyId: number, encounterId: number, killed: boolean): void {
  const key = lockKey(instanceId, difficultyId);
  let kills = sim.kills.get(key);
  if (kills === undefined) {
    kills = new LuaTable();
    sim.kills.set(key, kills);
  }
  if (killed) kills.set(encounterId, true);
  else kills.delete(encounterId);
}

export function isKilled(instanceId: number, difficultyId: number, encounterId: number): boolean {
  return sim.kills.get(lockKey(instanceId, difficultyId))?.get(encounterId) === true;
}

/** The instance's progress on arrival: what the group killed before (`defeated`), else the player's own lock here. */
export function setArrivalProgress(instanceId: number, difficultyId: number, defeated: number[] | undefined): void {
  const progress = new LuaTable<number, boolean>();
  if (defeated !== undefined) for (const id of defeated) progress.set(id, true);
  else for (const [id] of sim.kills.get(lockKey(instanceId, difficultyId)) ?? new LuaTable<number, boolean>()) progress.set(id, true);
  sim.instanceProgress = progress;
}

export function encounterStart(encounterId: number, name: string): void {
  if (sim.encounter !== undefined) error("WowSim: an encounter is already in progress", 2);
  const here = sim.location;
  const startedCombat = !sim.inCombat;
  sim.encounter = { id: encounterId, name, difficultyId: here.difficultyId, groupSize: here.maxPlayers, startedCombat };
  // Pulling a boss puts the player in combat first.
  enterCombat();
  fire("INSTANCE_ENCOUNTER_ENGAGE_UNIT");
  fire("ENCOUNTER_START", encounterId, name, here.difficultyId, here.maxPlayers);
}

export function encounterEnd(success: boolean): void {
  const encounter = sim.encounter;
  if (encounter === undefined) error("WowSim: no encounter in progress", 2);
  if (success) {
    setKilled(sim.location.instanceId, encounter.difficultyId, encounter.id, true);
    sim.instanceProgress.set(encounter.id, true);
    fire("BOSS_KILL", encounter.id, encounter.name);
  }
  sim.encounter = undefined;
  fire("ENCOUNTER_END", encounter.id, encounter.name, encounter.difficultyId, encounter.groupSize, success ? 1 : 0);
  if (encounter.startedCombat) leaveCombat();
  fire("UPDATE_INSTANCE_INFO");
}

export function readyCheck(initiator: string, timeLeft: number): void {
  fire("READY_CHECK", maybeSecret(initiator, "READY_CHECK initiatorName"), maybeSecret(timeLeft, "READY_CHECK readyCheckTimeLeft"));
}

const instanceEncounter: typeof C_InstanceEncounter = {
  IsEncounterInProgress: () => sim.encounter !== undefined,
};

const raidLocks: typeof C_RaidLocks = {
  IsEncounterComplete(mapID, encounterID, difficultyID) {
    return isKilled(mapID, difficultyID ?? sim.location.difficultyId, encounterID);
  },
};

/** The server answers a raid-info request a moment later. */
const requestRaidInfo: typeof RequestRaidInfo = () => {
  schedule(0.2, "RequestRaidInfo", () => fire("UPDATE_INSTANCE_INFO"));
};

export function installEncounters(): void {
  setGlobal("C_InstanceEncounter", instanceEncounter);
  setGlobal("C_RaidLocks", raidLocks);
  setGlobal("RequestRaidInfo", requestRaidInfo);
}
