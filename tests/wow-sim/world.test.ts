/** Instances, keystones, encounters, the journal, raid locks, ready checks and Midnight's secret values (fengari). */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SimulatedClient } from "./driver";
import { TINY_CHARACTER, testAddon } from "./fixtures";
import type { EncounterJournalInstance } from "./driver/types";

const PALACE = 2657;
const JOURNAL: EncounterJournalInstance[] = [
  {
    journalInstanceId: 1273,
    instanceId: PALACE,
    name: "Nerub-ar Palace",
    encounters: [
      { journalEncounterId: 2607, dungeonEncounterId: 2902, name: "Ulgrax", uiMapIds: [2292], mapX: 0.5, mapY: 0.4 },
      { journalEncounterId: 2611, dungeonEncounterId: 2917, name: "Bloodbound Horror", uiMapIds: [2292], mapX: 0.3, mapY: 0.7 },
      { journalEncounterId: 2599, dungeonEncounterId: 2898, name: "Sikran", uiMapIds: [2293], mapX: 0.5, mapY: 0.5 },
    ],
  },
];

const WORLD_WATCHER = testAddon(
  "WorldWatcher",
  `
  Seen = {}
  local f = CreateFrame("Frame")
  for _, e in ipairs({ "ZONE_CHANGED_NEW_AREA", "PLAYER_ENTERING_WORLD", "CHALLENGE_MODE_START", "ENCOUNTER_START", "ENCOUNTER_END", "BOSS_KILL" }) do f:RegisterEvent(e) end
  f:SetScript("OnEvent", function(self, event, ...)
    local t = { event }
    for i = 1, select("#", ...) do t[#t + 1] = tostring((select(i, ...))) end
    Seen[#Seen + 1] = table.concat(t, " ")
  end)
  local rc = CreateFrame("Frame")
  rc:RegisterEvent("READY_CHECK")
  rc:SetScript("OnEvent", function(self, event, initiator, timeLeft)
    ReadyCheck = { secret = issecretvalue(initiator) and issecretvalue(timeLeft) }
    if not issecretvalue(initiator) then ReadyCheck.initiator = initiator end
    if ReadyCheckMode == "read" then ReadyCheck.text = "from " .. initiator end
  end)
  `,
);

let game: SimulatedClient;
beforeEach(async () => {
  game = await SimulatedClient.start({ addons: [WORLD_WATCHER], character: TINY_CHARACTER, journal: JOURNAL });
  game.login();
});
afterEach(() => game.close());

const lua = <T>(expression: string): T => game.lua.json<T>(expression);
const seen = (): string[] => {
  const value = lua<unknown>("Seen");
  return Array.isArray(value) ? (value as string[]) : [];
};

describe("instances and keystones", () => {
  it("zones through a loading screen and reports the instance by ID and difficulty", () => {
    expect(lua("{GetInstanceInfo()}")).toEqual(["Khaz Algar", "none", 0, "", 0, 0, false, 2552, 0]);
    game.lua.run("Seen = {}");
    game.enterInstance({ instanceId: 2660, name: "Ara-Kara", instanceType: "party", difficultyId: 23, mapId: 2357, challengeMapId: 503 });
    expect(seen()).toEqual(["PLAYER_ENTERING_WORLD false false", "ZONE_CHANGED_NEW_AREA"]);
    expect(lua("{GetInstanceInfo()}")).toEqual(["Ara-Kara", "party", 23, "Mythic", 5, 0, false, 2660, 1]);
    expect(
      lua(`{C_ChallengeMode.IsChallengeModeActive(), C_ChallengeMode.GetActiveChallengeMapID() == nil, C_Map.GetBestMapForUnit("player")}`),
    ).toEqual([false, true, 2357]);
  });

  it("starts a keystone: Mythic Keystone difficulty, CHALLENGE_MODE_START(challengeMapID), active until completed", () => {
    game.enterInstance({ instanceId: 2660, name: "Ara-Kara", instanceType: "party", difficultyId: 23, mapId: 2357, challengeMapId: 503 });
    game.startKeystone();
    expect(seen().at(-1)).toBe("CHALLENGE_MODE_START 503");
    expect(
      lua("{C_ChallengeMode.IsChallengeModeActive(), C_ChallengeMode.GetActiveChallengeMapID(), (select(3, GetInstanceInfo()))}"),
    ).toEqual([true, 503, 8]);
    expect(lua("{select(6, C_ChallengeMode.GetMapUIInfo(503))}")).toEqual([2660]);
    game.completeKeystone();
    expect(lua("C_ChallengeMode.IsChallengeModeActive()")).toBe(false);
  });
});

describe("encounters, journal and raid locks", () => {
  beforeEach(() =>
    game.enterInstance({ instanceId: PALACE, name: "Nerub-ar Palace", instanceType: "raid", difficultyId: 15, mapId: 2292 }),
  );

  it("lists the journal's bosses in order with their DungeonEncounter and instance IDs", () => {
    expect(lua(`C_EncounterJournal.GetInstanceForGameMap(${PALACE})`)).toBe(1273);
    expect(lua("{EJ_GetEncounterInfoByIndex(1, 1273)}")).toEqual([
      "Ulgrax",
      "",
      2607,
      0,
      "|cff66bbff|Hjournal:1:2607:15|h[Ulgrax]|h|r",
      1273,
      2902,
      PALACE,
    ]);
    expect(lua("(EJ_GetEncounterInfoByIndex(3, 1273))")).toBe("Sikran");
    expect(lua("EJ_GetEncounterInfoByIndex(4, 1273)")).toBeNull();
    expect(lua("C_EncounterJournal.GetEncountersOnMap(2292)")).toEqual([
      { encounterID: 2607, mapX: 0.5, mapY: 0.4 },
      { encounterID: 2611, mapX: 0.3, mapY: 0.7 },
    ]);
  });

  it("a kill fires BOSS_KILL and ENCOUNTER_END(..., 1) and is saved per difficulty; a wipe is ENCOUNTER_END(..., 0)", () => {
    game.lua.run("Seen = {}");
    game.encounterStart(2902, "Ulgrax");
    expect(lua("{C_InstanceEncounter.IsEncounterInProgress(), InCombatLockdown()}")).toEqual([true, true]);
    game.encounterEnd(true);
    game.encounterStart(2917, "Bloodbound Horror");
    game.encounterEnd(false);
    expect(seen()).toEqual([
      "ENCOUNTER_START 2902 Ulgrax 15 20",
      "BOSS_KILL 2902 Ulgrax",
      "ENCOUNTER_END 2902 Ulgrax 15 20 1",
      "ENCOUNTER_START 2917 Bloodbound Horror 15 20",
      "ENCOUNTER_END 2917 Bloodbound Horror 15 20 0",
    ]);
    expect(
      lua(
        `{C_RaidLocks.IsEncounterComplete(${PALACE}, 2902, 15), C_RaidLocks.IsEncounterComplete(${PALACE}, 2902, 16), C_RaidLocks.IsEncounterComplete(${PALACE}, 2917, 15)}`,
      ),
    ).toEqual([true, false, false]);
    expect(lua("{C_EncounterJournal.IsEncounterComplete(2607), C_EncounterJournal.IsEncounterComplete(2611), InCombatLockdown()}")).toEqual(
      [true, false, false],
    );
  });

  it("reports kill state set by the test and the player's map floor", () => {
    game.setBossKilled(PALACE, 15, 2917);
    game.setMapFloor(2293);
    expect(
      lua(`{C_RaidLocks.IsEncounterComplete(${PALACE}, 2917), C_Map.GetBestMapForUnit("player"), C_Map.GetBestMapForUnit("target")}`),
    ).toEqual([true, 2293]);
  });
});

describe("Midnight secret values", () => {
  it("hands a plain ready check payload in the open world", () => {
    game.leaveInstance();
    game.readyCheck("Leader", 35);
    expect(lua("ReadyCheck")).toEqual({ secret: false, initiator: "Leader" });
  });

  it("makes the ready check payload secret inside instances; reading it is a recorded violation and a Lua error", () => {
    game.enterInstance({ instanceId: PALACE, name: "Nerub-ar Palace", instanceType: "raid", difficultyId: 15, mapId: 2292 });
    game.readyCheck();
    expect(lua("ReadyCheck")).toEqual({ secret: true });
    expect(game.secretViolations()).toEqual([]);
    game.lua.run('ReadyCheckMode = "read"');
    game.readyCheck();
    expect(game.secretViolations()).toEqual([{ label: "READY_CHECK initiatorName", operation: "concatenate", time: expect.any(Number) }]);
    expect(game.luaErrors()).toHaveLength(1);
  });

  it("traps every operation on a secret and hides boss identity inside instances", () => {
    game.enterInstance({ instanceId: PALACE, name: "Nerub-ar Palace", instanceType: "raid", difficultyId: 15, mapId: 2292 });
    game.encounterStart(2902, "Ulgrax");
    const attempts = ["tostring(S)", "S .. 'x'", "S.x", "S()", "S < 1", "-S", "S + 1", "S == UnitName('boss1')"];
    const results = game.lua.json<boolean[]>(`(function()
      local out = {}
      for i, code in ipairs(${JSON.stringify(attempts).replace(/^\[/, "{").replace(/\]$/, "}")}) do
        S = UnitGUID("boss1")
        out[i] = pcall(loadstring("return " .. code))
      end
      return out
    end)()`);
    expect(results).toEqual(attempts.map(() => false));
    expect(game.secretViolations().map((v) => v.operation)).toEqual([
      "convert to string",
      "concatenate",
      "index",
      "call",
      "compare",
      "negate",
      "perform arithmetic on",
      "compare",
    ]);
    expect(
      lua(
        '{issecretvalue(UnitGUID("boss1")), issecretvalue((UnitName("boss1"))), UnitExists("boss1"), UnitCanAttack("player", "boss1"), (UnitName("player"))}',
      ),
    ).toEqual([true, true, true, true, "Simplayer"]);
    expect(lua('{issecretvalue("plain"), issecretvalue(nil)}')).toEqual([false, false]);
  });
});
