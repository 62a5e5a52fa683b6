/** core/restore.ts: which build a restore puts back, and which moments end the applied build's content. */
import { describe, expect, it } from "vitest";
import { offerMoment, remember, scopeOf, validSavedBuild, type SavedBuild } from "../../packages/addon-ts/src/core/restore";
import { migrateCharDb } from "../../packages/addon-ts/src/core/settings";

const OWN = [
  { entryId: 101, rank: 1 },
  { entryId: 102, rank: 2 },
];
const BOSS = { kind: "raid", instanceId: 2912, encounterId: 3301, name: "Boss One" } as const;
const DUNGEON = { kind: "dungeon", instanceId: 2800, name: "Donjon" } as const;

describe("remember", () => {
  it("keeps the player's own build across several applies; only the scope follows the latest apply", () => {
    const saved: { [spec: string]: SavedBuild | undefined } = {};
    remember(saved, 250, OWN, DUNGEON, 1000);
    // A second apply (a boss build on top of the dungeon build) must not make the dungeon build "the player's".
    const record = remember(saved, 250, [{ entryId: 999, rank: 1 }], BOSS, 2000);
    expect(record.entries).toEqual(OWN);
    expect(record.savedAt).toBe(1000);
    expect(record.scope).toEqual(BOSS);
    expect(saved["250"]).toBe(record);
  });

  it("copies the entries (a later change to the caller's list does not leak in) and keeps specs apart", () => {
    const saved: { [spec: string]: SavedBuild | undefined } = {};
    const entries = [{ entryId: 5, rank: 1 }];
    remember(saved, 250, entries, DUNGEON, 1);
    entries[0]!.rank = 9;
    remember(saved, 251, [{ entryId: 6, rank: 1 }], BOSS, 2);
    expect(saved["250"]!.entries).toEqual([{ entryId: 5, rank: 1 }]);
    expect(saved["251"]!.entries).toEqual([{ entryId: 6, rank: 1 }]);
  });
});

describe("scopeOf", () => {
  it("a boss build ends with its boss, a dungeon build with its dungeon, a login build never", () => {
    const next = { encounterId: "3301", dungeonEncounterId: 3301, journalEncounterId: 2601, name: "Boss One" };
    expect(scopeOf({ kind: "raid", instanceId: 2912, difficultyId: 16, next })).toEqual(BOSS);
    expect(scopeOf({ kind: "dungeon", instanceId: 2800, encounterId: "12800", name: "Donjon" })).toEqual(DUNGEON);
    expect(scopeOf({ kind: "general" })).toEqual({ kind: "general" });
  });
});

describe("offerMoment", () => {
  const build = (scope: SavedBuild["scope"]): SavedBuild => ({ entries: OWN, scope, savedAt: 0, placements: [] });

  it("raid: the kill of that boss, or leaving the raid; another boss's kill is not it", () => {
    expect(offerMoment(build(BOSS), { kind: "bossKilled", encounterId: 3301 })).toBe("kill:3301");
    expect(offerMoment(build(BOSS), { kind: "bossKilled", encounterId: 3303 })).toBeUndefined();
    expect(offerMoment(build(BOSS), { kind: "location", instanceId: 2912, inInstance: true })).toBeUndefined();
    expect(offerMoment(build(BOSS), { kind: "location", instanceId: 2552, inInstance: false })).toBe("left:2912");
    expect(offerMoment(build(BOSS), { kind: "keystoneEnded" })).toBeUndefined();
  });

  it("dungeon: the keystone's end, or leaving the dungeon", () => {
    expect(offerMoment(build(DUNGEON), { kind: "keystoneEnded" })).toBe("key");
    expect(offerMoment(build(DUNGEON), { kind: "location", instanceId: 2800, inInstance: true })).toBeUndefined();
    expect(offerMoment(build(DUNGEON), { kind: "location", instanceId: 2912, inInstance: true })).toBe("left:2800");
    expect(offerMoment(build(DUNGEON), { kind: "bossKilled", encounterId: 3301 })).toBeUndefined();
  });

  it("general: no moment at all (only /att undo)", () => {
    for (const event of [
      { kind: "keystoneEnded" } as const,
      { kind: "bossKilled", encounterId: 1 } as const,
      { kind: "location", instanceId: 1, inInstance: false } as const,
    ]) {
      expect(offerMoment(build({ kind: "general" }), event)).toBeUndefined();
    }
  });
});

describe("saved records from SavedVariables", () => {
  it("keeps a good record and drops damaged ones whole", () => {
    const good = { entries: OWN, scope: DUNGEON, savedAt: 5, placements: [{ slot: 3, from: 900001, to: 900002 }] };
    const db = migrateCharDb({
      version: 1,
      suppressed: {},
      restore: {
        "250": good,
        "251": { entries: [], scope: DUNGEON, savedAt: 5, placements: [] },
        "252": { entries: [{ entryId: "x", rank: 1 }], scope: DUNGEON, savedAt: 5, placements: [] },
        "253": { entries: OWN, scope: { kind: "raid", instanceId: 1 }, savedAt: 5, placements: [] },
      },
    });
    expect(db.restore).toEqual({ "250": good });
  });

  it("a damaged placement list is emptied, the build kept", () => {
    const record: Record<string, unknown> = { entries: OWN, scope: BOSS, savedAt: 1, placements: [{ slot: 0, from: 1, to: 2 }] };
    expect(validSavedBuild(record)).toBe(true);
    expect(record.placements).toEqual([]);
  });
});
