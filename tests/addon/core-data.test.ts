import { describe, expect, it } from "vitest";
import {
  checkData,
  encounterBuilds,
  generalBuilds,
  isLowSample,
  isSampleData,
  raidDifficultyOrder,
  specBuilds,
  type Build,
} from "../../packages/addon-ts/src/core/data";
import { SCHEMA_VERSION, type SpecBuilds } from "@att/contract";

const generalBuild = (spec: SpecBuilds, content: "raid" | "mythicplus", difficultyId?: number): Build | undefined =>
  generalBuilds(spec, content, difficultyId)?.top;
const encounterBuild = (spec: SpecBuilds, id: string): Build | undefined =>
  encounterBuilds(spec, id, id.length > 4 ? "mythicplus" : "raid")?.top;
import { build, NOW, talentData } from "./support/core-fixtures";

const DAY = 86400;

describe("data guards", () => {
  it("accepts current data and reports its date and age", () => {
    const status = checkData(talentData(), NOW);
    expect(status).toMatchObject({ ok: true, date: "2026-03-02", ageDays: 8, stale: false });
  });

  it("flags data older than 21 days as stale, but keeps it usable", () => {
    const generated = Date.UTC(2026, 2, 2) / 1000;
    expect(checkData(talentData(), generated + 21 * DAY)).toMatchObject({ ok: true, stale: false });
    expect(checkData(talentData(), generated + 22 * DAY)).toMatchObject({ ok: true, stale: true, ageDays: 22 });
  });

  it("refuses a missing file, a foreign schema version and a damaged envelope", () => {
    expect(checkData(undefined, NOW)).toMatchObject({ ok: false, problem: "missing" });
    expect(checkData(talentData({ schemaVersion: 1 }), NOW)).toMatchObject({ ok: false, problem: "schema", detail: "1" });
    // Version 2 picks lack near/players/flex: the addon must not read them as version 3.
    expect(checkData(talentData({ schemaVersion: 2 }), NOW)).toMatchObject({ ok: false, problem: "schema", detail: "2" });
    expect(checkData(talentData({ schemaVersion: 4 }), NOW)).toMatchObject({ ok: false, problem: "schema", detail: "4" });
    expect(checkData("text", NOW)).toMatchObject({ ok: false, problem: "malformed" });
    expect(checkData({ schemaVersion: SCHEMA_VERSION, specs: {}, encounters: {} }, NOW)).toMatchObject({ ok: false, problem: "malformed" });
    expect(checkData({ ...talentData(), specs: undefined }, NOW)).toMatchObject({ ok: false, problem: "malformed" });
  });

  it("finds a spec's builds and treats malformed entries as absent", () => {
    const data = talentData();
    const spec = specBuilds(data, 250)!;
    expect(generalBuild(spec, "raid")?.talentCode).toBe("RAIDGENERAL");
    expect(encounterBuild(spec, "3301")?.talentCode).toBe("BOSS1");
    expect(encounterBuild(spec, "9999")).toBeUndefined();
    expect(specBuilds(data, 251)).toBeUndefined();
    // A build with entries but no import string is offered by its entries; one with neither is absent.
    const noCode = { ...spec, builds: [{ entries: [{ entryId: 5, rank: 1 }] }, ...spec.builds.slice(1)], mythicplus: null };
    expect(generalBuild(noCode, "raid")).toMatchObject({ entries: [{ entryId: 5, rank: 1 }], talentCode: undefined, poolIndex: 0 });
    expect(generalBuild(noCode, "mythicplus")).toBeUndefined();
    const empty = { ...spec, builds: [{ entries: [] }, ...spec.builds.slice(1)] };
    expect(generalBuild(empty, "raid")).toBeUndefined();
    expect(specBuilds({ ...data, specs: { "250": "3|250|Death Knight|Blood|.RAIDGENERAL||9:1:1:1:1||" } }, 250)).toBeUndefined();
    expect(specBuilds({ ...data, specs: { "250": { general: {} } as unknown as string } }, 250)).toBeUndefined();
  });

  it("takes the raid data of the player's difficulty, else the nearest one", () => {
    const spec = specBuilds(talentData(), 250)!;
    const both = {
      ...spec,
      raid: {
        heroic: { general: { top: { build: 1, count: 30, near: 30, sampleSize: 40, players: 40 } }, encounters: {} },
        mythic: spec.raid.mythic!,
      },
    };
    // Outside a raid, and in Mythic (16): Mythic data first.
    expect(generalBuild(both, "raid")).toEqual({
      entries: [],
      talentCode: "RAIDGENERAL",
      poolIndex: 0,
      count: 21,
      near: 21,
      sampleSize: 50,
      players: 50,
      popularity: 21 / 50,
      nearShare: 21 / 50,
      flexEntries: [],
    });
    expect(generalBuilds(both, "raid", 16)?.section).toBe("mythic");
    // Heroic (15), Normal (14), LFR (17): Heroic data, the nearest.
    for (const difficultyId of [15, 14, 17])
      expect(generalBuilds(both, "raid", difficultyId)).toMatchObject({
        section: "heroic",
        top: { talentCode: "MPLUSGENERAL", count: 30 },
      });
    const heroicOnly = { ...both, raid: { heroic: both.raid.heroic } };
    expect(generalBuilds(heroicOnly, "raid", 16)).toMatchObject({
      section: "heroic",
      top: { talentCode: "MPLUSGENERAL", count: 30, sampleSize: 40, popularity: 30 / 40 },
    });
    const mythicOnly = { ...both, raid: { mythic: both.raid.mythic } };
    expect(generalBuilds(mythicOnly, "raid", 15)?.section).toBe("mythic");
    expect(raidDifficultyOrder(16)).toEqual(["mythic", "heroic"]);
    expect(raidDifficultyOrder(14)).toEqual(["heroic", "mythic"]);
  });

  it("carries a slot's alternative (the other hero tree's build), never the top build twice", () => {
    const spec = specBuilds(talentData(), 250)!;
    const withAlt = {
      ...spec,
      mythicplus: {
        ...spec.mythicplus!,
        general: {
          top: { build: 1, count: 18, near: 18, sampleSize: 60, players: 60 },
          alternative: { build: 2, count: 16, near: 16, sampleSize: 60, players: 60 },
        },
      },
    };
    expect(generalBuilds(withAlt, "mythicplus")).toMatchObject({
      top: { talentCode: "MPLUSGENERAL" },
      alternative: { talentCode: "BOSS1", count: 16 },
    });
    const same = {
      ...spec,
      mythicplus: {
        ...spec.mythicplus!,
        general: {
          top: { build: 1, count: 18, near: 18, sampleSize: 60, players: 60 },
          alternative: { build: 1, count: 18, near: 18, sampleSize: 60, players: 60 },
        },
      },
    };
    expect(generalBuilds(same, "mythicplus")?.alternative).toBeUndefined();
  });

  it("knows sample data by its source: sample and test-server data are both marked, only live data is not", () => {
    expect(isSampleData(talentData())).toBe(true);
    expect(isSampleData(talentData({ source: { ...talentData().source, kind: "test-server", apiOrigin: "http://127.0.0.1:9" } }))).toBe(
      true,
    );
    expect(isSampleData(talentData({ source: { ...talentData().source, kind: "warcraftlogs" } }))).toBe(false);
  });

  it("labels builds under 10 samples as low sample", () => {
    expect(isLowSample(build("X", 5, 9))).toBe(true);
    expect(isLowSample(build("X", 5, 10))).toBe(false);
  });
});
