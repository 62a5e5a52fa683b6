import { describe, expect, it } from "vitest";
import { contextForTrigger, contextKey, locate, type Context } from "../../packages/addon-ts/src/core/context";
import { defeatedBosses, killKey, killSource, nextBoss } from "../../packages/addon-ts/src/core/next-boss";
import { boss, inDungeon, inRaid, OPEN_WORLD, RAID_BOSSES, talentData } from "./support/core-fixtures";

const data = talentData();

describe("content detection", () => {
  it("recognises a season dungeon by instance map ID at any difficulty, whatever its (localized) name", () => {
    for (const difficulty of [1, 2, 23, 8]) {
      expect(locate(data, inDungeon(2800, difficulty), {})).toEqual({
        kind: "dungeon",
        instanceId: 2800,
        encounterId: "12800",
        name: "Localized Name",
      });
    }
    expect(locate(data, inDungeon(1713), {})).toMatchObject({ kind: "dungeon", encounterId: "61713" });
  });

  it("treats other dungeons as outside the data, and a running keystone as its own context", () => {
    expect(locate(data, inDungeon(2660), {})).toEqual({ kind: "otherInstance", instanceId: 2660 });
    expect(locate(data, inDungeon(2800, 8, true), {})).toEqual({ kind: "keystone", instanceId: 2800 });
  });

  it("recognises the season raid through the journal's bosses, not the instance name", () => {
    expect(locate(data, inRaid(), {})).toMatchObject({
      kind: "raid",
      instanceId: 2900,
      next: { encounterId: "3301", journalEncounterId: 2801 },
    });
    const oldRaid = [boss(2629, 3129), boss(2631, 3131)];
    expect(locate(data, inRaid(oldRaid), {})).toEqual({ kind: "otherInstance", instanceId: 2900 });
    expect(locate(data, OPEN_WORLD, {})).toEqual({ kind: "openWorld" });
  });

  it("maps a journal boss to the data by DungeonEncounter ID when the journal ID is not in the data", () => {
    const bosses = [boss(9999, 3303)];
    expect(locate(data, inRaid(bosses), {})).toMatchObject({ kind: "raid", next: { encounterId: "3303" } });
  });

  it("asks each trigger only about what it covers", () => {
    const dungeon = locate(data, inDungeon(), {});
    const raid = locate(data, inRaid(), {});
    const general: Context = { kind: "general" };
    expect(contextForTrigger("login", dungeon)).toBe(dungeon);
    expect(contextForTrigger("login", raid)).toEqual(general);
    expect(contextForTrigger("spec", { kind: "openWorld" })).toEqual(general);
    expect(contextForTrigger("zone", { kind: "openWorld" })).toBeUndefined();
    expect(contextForTrigger("zone", dungeon)).toBe(dungeon);
    expect(contextForTrigger("readycheck", dungeon)).toBeUndefined();
    expect(contextForTrigger("readycheck", raid)).toBe(raid);
    expect(contextForTrigger("manual", raid)).toBe(raid);
    expect(contextForTrigger("manual", { kind: "openWorld" })).toEqual(general);
  });

  it("builds suppression contexts from IDs", () => {
    expect(contextKey(locate(data, inDungeon(), {}))).toBe("dungeon:12800");
    expect(contextKey(locate(data, inRaid(), {}))).toBe("raid:3301");
    expect(contextKey({ kind: "general" })).toBe("general");
  });
});

describe("next boss", () => {
  it("is the first living boss in journal order", () => {
    expect(nextBoss(RAID_BOSSES, 16, {})?.journalEncounterId).toBe(2801);
  });

  it("counts raid-lock kills and this session's kills for this difficulty only", () => {
    const locked = [boss(2801, 3301, { completeInLock: true }), ...RAID_BOSSES.slice(1)];
    expect(nextBoss(locked, 16, {})?.journalEncounterId).toBe(2802);
    const kills = { [killKey(16, 3301)]: true, [killKey(16, 3303)]: true };
    expect(nextBoss(RAID_BOSSES, 16, kills)?.journalEncounterId).toBe(2803);
    // Heroic kills say nothing about mythic.
    expect(nextBoss(RAID_BOSSES, 16, { [killKey(15, 3301)]: true })?.journalEncounterId).toBe(2801);
  });

  it("counts the instance's own progress (a partly cleared group the player joined), on every difficulty", () => {
    const joined = [
      boss(2801, 3301, { completeInInstance: true }),
      boss(2802, 3303, { completeInInstance: true }),
      ...RAID_BOSSES.slice(2),
    ];
    for (const difficulty of [14, 15, 16, 17]) expect(nextBoss(joined, difficulty, {})?.journalEncounterId).toBe(2803);
  });

  it("on Normal, Heroic and LFR a lock does not kill a boss the instance still has (flexible lockouts); on Mythic it does", () => {
    const saved = [boss(2801, 3301, { completeInLock: true }), ...RAID_BOSSES.slice(1)];
    for (const difficulty of [14, 15, 17]) expect(nextBoss(saved, difficulty, {})?.journalEncounterId).toBe(2801);
    expect(nextBoss(saved, 16, {})?.journalEncounterId).toBe(2802);
  });

  it("names the source that decided each dead boss: instance progress first, then the Mythic lock, then a kill seen", () => {
    const both = boss(2801, 3301, { completeInInstance: true, completeInLock: true });
    const locked = boss(2802, 3303, { completeInLock: true });
    const seen = boss(2803, 3305);
    const kills = { [killKey(16, 3305)]: true };
    expect([both, locked, seen].map((b) => killSource(b, 16, kills))).toEqual(["instance", "lock", "seen"]);
    expect(killSource(locked, 15, kills)).toBeUndefined();
    expect(defeatedBosses([both, locked, seen, boss(2804, 3307)], 16, kills)).toEqual([
      { name: "Boss 2801", source: "instance" },
      { name: "Boss 2802", source: "lock" },
      { name: "Boss 2803", source: "seen" },
    ]);
    expect(locate(data, inRaid([both, locked, seen, boss(2804, 3307)]), kills)).toMatchObject({
      kind: "raid",
      next: { journalEncounterId: 2804 },
      defeated: [
        { name: "Boss 2801", source: "instance" },
        { name: "Boss 2802", source: "lock" },
        { name: "Boss 2803", source: "seen" },
      ],
    });
  });

  it("prefers a living boss on the current map floor when several are alive", () => {
    const bosses = [boss(2801, 3301), boss(2802, 3303), boss(2803, 3305, { onCurrentFloor: true })];
    expect(nextBoss(bosses, 16, {})?.journalEncounterId).toBe(2803);
    const deadOnFloor = [boss(2801, 3301), boss(2802, 3303, { onCurrentFloor: true, completeInLock: true })];
    expect(nextBoss(deadOnFloor, 16, {})?.journalEncounterId).toBe(2801);
  });

  it("is nothing once every boss is dead", () => {
    const kills = Object.fromEntries(RAID_BOSSES.map((b) => [killKey(16, b.dungeonEncounterId), true]));
    expect(nextBoss(RAID_BOSSES, 16, kills)).toBeUndefined();
    expect(locate(data, inRaid(), kills)).toMatchObject({ kind: "raid", next: undefined });
  });
});
