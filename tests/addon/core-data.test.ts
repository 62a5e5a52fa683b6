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
    expect(checkData(talentData({ schemaVersion: 2 }), NOW)).toMatchObject({ ok: false, problem: "schema", detail: "2" });
    expect(checkData("text", NOW)).toMatchObject({ ok: false, problem: "malformed" });
    expect(checkData({ schemaVersion: 1, specs: {}, encounters: {} }, NOW)).toMatchObject({ ok: false, problem: "malformed" });
    expect(checkData({ ...talentData(), specs: undefined }, NOW)).toMatchObject({ ok: false, problem: "malformed" });
  });

  it("finds a spec's builds and treats malformed entries as absent", () => {
    const data = talentData();
    const spec = specBuilds(data, 250)!;
    expect(generalBuild(spec, "raid")?.talentCode).toBe("RAIDGENERAL");
    expect(encounterBuild(spec, "3301")?.talentCode).toBe("BOSS1");
    expect(encounterBuild(spec, "9999")).toBeUndefined();
    expect(specBuilds(data, 251)).toBeUndefined();
    const broken = { ...spec, general: { raid: { talentCode: "" }, mythicplus: null } } as unknown as typeof spec;
    expect(generalBuild(broken, "raid")).toBeUndefined();
    expect(generalBuild(broken, "mythicplus")).toBeUndefined();
  });

  it("labels builds under 10 samples as low sample", () => {
    expect(isLowSample(build("X", 5, 9))).toBe(true);
    expect(isLowSample(build("X", 5, 10))).toBe(false);
  });
});
