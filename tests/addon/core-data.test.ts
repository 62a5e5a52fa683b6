import { describe, expect, it } from "vitest";
import { checkData, encounterBuild, generalBuild, isLowSample, specBuilds } from "../../packages/addon-ts/src/core/data";
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
    expect(checkData(talentData({ schemaVersion: 3 }), NOW)).toMatchObject({ ok: false, problem: "schema", detail: "3" });
    expect(checkData("text", NOW)).toMatchObject({ ok: false, problem: "malformed" });
    expect(checkData({ schemaVersion: 2, specs: {}, encounters: {} }, NOW)).toMatchObject({ ok: false, problem: "malformed" });
    expect(checkData({ ...talentData(), specs: undefined }, NOW)).toMatchObject({ ok: false, problem: "malformed" });
  });

  it("finds a spec's builds and treats malformed entries as absent", () => {
    const data = talentData();
    const spec = specBuilds(data, 250)!;
    expect(generalBuild(spec, "raid")?.talentCode).toBe("RAIDGENERAL");
    expect(encounterBuild(spec, "3301")?.talentCode).toBe("BOSS1");
    expect(encounterBuild(spec, "9999")).toBeUndefined();
    expect(specBuilds(data, 251)).toBeUndefined();
    // A build without an import string cannot be offered by this addon version; a damaged packed spec is absent.
    const noCode = { ...spec, builds: [{ entries: [{ entryId: 5, rank: 1 }] }, ...spec.builds.slice(1)], mythicplus: null };
    expect(generalBuild(noCode, "raid")).toBeUndefined();
    expect(generalBuild(noCode, "mythicplus")).toBeUndefined();
    expect(specBuilds({ ...data, specs: { "250": "1|250|Death Knight|Blood|.RAIDGENERAL||9:1:1||" } }, 250)).toBeUndefined();
    expect(specBuilds({ ...data, specs: { "250": { general: {} } as unknown as string } }, 250)).toBeUndefined();
  });

  it("takes the Mythic raid data when there is some, else Heroic", () => {
    const spec = specBuilds(talentData(), 250)!;
    const both = { ...spec, raid: { heroic: { general: { top: { build: 1, count: 30, sampleSize: 40 } }, encounters: {} }, mythic: spec.raid.mythic! } };
    expect(generalBuild(both, "raid")).toEqual({ talentCode: "RAIDGENERAL", count: 21, sampleSize: 50, popularity: 21 / 50 });
    const heroicOnly = { ...both, raid: { heroic: both.raid.heroic } };
    expect(generalBuild(heroicOnly, "raid")).toEqual({ talentCode: "MPLUSGENERAL", count: 30, sampleSize: 40, popularity: 30 / 40 });
  });

  it("labels builds under 10 samples as low sample", () => {
    expect(isLowSample(build("X", 5, 9))).toBe(true);
    expect(isLowSample(build("X", 5, 10))).toBe(false);
  });
});
