/**
 * Where the player is: GetInstanceInfo, the map floor, Mythic+ keystones. Zoning goes through a loading screen:
 * PLAYER_LEAVING_WORLD, then PLAYER_ENTERING_WORLD(false, false), then ZONE_CHANGED_NEW_AREA.
 */
import { fire } from "./events";
import { setGlobal } from "./globals";
import { sim, type Location } from "./state";

const DIFFICULTY_NAMES: Record<number, string> = {
  1: "Normal",
  2: "Heroic",
  8: "Mythic Keystone",
  23: "Mythic",
  24: "Timewalking",
  14: "Normal",
  15: "Heroic",
  16: "Mythic",
  17: "Looking For Raid",
  220: "Story",
};
const KEYSTONE_DIFFICULTY = 8;

export function difficultyName(id: number): string {
  return DIFFICULTY_NAMES[id] ?? "";
}

export function travel(location: Location): void {
  if (sim.encounter !== undefined) error("WowSim: cannot zone during an encounter", 2);
  fire("PLAYER_LEAVING_WORLD");
  sim.location = location;
  sim.challengeActive = false;
  fire("PLAYER_ENTERING_WORLD", false, false);
  fire("ZONE_CHANGED_NEW_AREA");
  fire("UPDATE_INSTANCE_INFO");
}

export function setMapFloor(mapId: number): void {
  sim.location.mapId = mapId;
  fire("ZONE_CHANGED_INDOORS");
  fire("ZONE_CHANGED");
}

/** Inserting a keystone: the dungeon becomes Mythic Keystone difficulty and the run starts (CHALLENGE_MODE_START). */
export function startKeystone(): void {
  const here = sim.location;
  if (here.instanceType !== "party" || here.challengeMapId === undefined) error("WowSim: keystones start only in a Mythic+ dungeon", 2);
  here.difficultyId = KEYSTONE_DIFFICULTY;
  here.difficultyName = difficultyName(KEYSTONE_DIFFICULTY);
  sim.challengeActive = true;
  fire("PLAYER_DIFFICULTY_CHANGED");
  fire("CHALLENGE_MODE_START", here.challengeMapId);
}

export function completeKeystone(): void {
  if (!sim.challengeActive) error("WowSim: no keystone is running", 2);
  sim.challengeActive = false;
  fire("CHALLENGE_MODE_COMPLETED");
}

function getInstanceInfo(): LuaMultiReturn<
  [string, Location["instanceType"], number, string, number, number, boolean, number, number, number | undefined]
> {
  const l = sim.location;
  return $multi(
    l.name,
    l.instanceType,
    l.difficultyId,
    l.difficultyName,
    l.maxPlayers,
    0,
    false,
    l.instanceId,
    l.instanceType === "none" ? 0 : 1,
    l.lfgDungeonId,
  );
}
const getInstanceInfoChecked: typeof GetInstanceInfo = getInstanceInfo;

const challengeMode: typeof C_ChallengeMode = {
  IsChallengeModeActive: () => sim.challengeActive,
  GetActiveChallengeMapID: () => (sim.challengeActive ? sim.location.challengeMapId : undefined),
  GetMapUIInfo(mapChallengeModeID) {
    const here = sim.location;
    const known = here.challengeMapId === mapChallengeModeID;
    return $multi(known ? here.name : "", mapChallengeModeID, 1800, 0, 0, known ? here.instanceId : 0);
  },
};

const map: typeof C_Map = {
  GetBestMapForUnit: (unit) => (unit === "player" ? sim.location.mapId : undefined),
};

export function installInstances(): void {
  setGlobal("GetInstanceInfo", getInstanceInfoChecked);
  setGlobal("C_ChallengeMode", challengeMode);
  setGlobal("C_Map", map);
}
