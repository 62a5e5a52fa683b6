/**
 * What `npm run release` refuses to publish, and what it says it packaged. Data from the hand-made fixture of the
 * report tests; each case breaks one thing.
 */
import { describe, expect, it } from "vitest";
import { describeData, RELEASE_MAX_AGE_DAYS, releaseProblems } from "../../build/release-check";
import { editable, makeTalentData } from "../report/fixture";

const NOW = Date.parse("2026-12-02T12:00:00Z");

describe("releaseProblems", () => {
  it("accepts fresh live data from a full run", () => {
    expect(releaseProblems(makeTalentData(), NOW)).toEqual([]);
  });

  it("refuses sample data", () => {
    expect(releaseProblems(makeTalentData({ kind: "sample" }), NOW)).toEqual([
      "the data is SAMPLE data (synthetic builds), not Warcraft Logs rankings",
    ]);
  });

  it("refuses data from a test server (the fake server), and live-labelled data that names a test server's origin", () => {
    const fake = {
      ...makeTalentData(),
      source: { ...makeTalentData().source, kind: "test-server" as const, apiOrigin: "http://127.0.0.1:40000" },
    };
    expect(releaseProblems(fake, NOW)).toEqual(["the data is TEST SERVER data (from http://127.0.0.1:40000), not Warcraft Logs rankings"]);
    // No limit lifts it: a generous age limit still refuses.
    expect(releaseProblems(fake, NOW, 400)).toHaveLength(1);
    const mislabelled = { ...makeTalentData(), source: { ...makeTalentData().source, apiOrigin: "http://127.0.0.1:40000" } };
    expect(releaseProblems(mislabelled, NOW)).toEqual([
      "the data names an API origin (http://127.0.0.1:40000) that only test-server data has: it is not from Warcraft Logs",
    ]);
    expect(describeData(fake)[0]).toBe(
      "data:       TEST SERVER (http://127.0.0.1:40000; not Warcraft Logs), generated 2026-12-01T06:00:00.000Z",
    );
  });

  it(`refuses data older than ${RELEASE_MAX_AGE_DAYS} days, and data from the future`, () => {
    expect(releaseProblems(makeTalentData({ generatedAt: "2026-11-20T12:00:00Z" }), NOW)).toEqual([
      "the data is stale: generated 2026-11-20, 12 days ago (a release allows 7)",
    ]);
    expect(releaseProblems(makeTalentData({ generatedAt: "2026-11-26T12:00:00Z" }), NOW)).toEqual([]);
    expect(releaseProblems(makeTalentData({ generatedAt: "2026-11-26T12:00:00Z" }), NOW, 3)).toHaveLength(1);
    expect(releaseProblems(makeTalentData({ generatedAt: "2026-12-09T00:00:00Z" }), NOW)).toEqual([
      "generatedAt 2026-12-09T00:00:00Z is in the future",
    ]);
  });

  it("refuses a partial run: missing specs, a missing content, specs without a general build", () => {
    expect(releaseProblems(makeTalentData({ specs: [64, 62] }), NOW)).toEqual([
      "not from a full run: 38 of 40 specs missing (Arms Warrior, Fury Warrior, Protection Warrior, Holy Paladin, Protection Paladin, … 33 more)",
    ]);
    const noMplus = editable(makeTalentData());
    delete noMplus.source.mythicplus;
    for (const id of Object.keys(noMplus.encounters)) if (noMplus.encounters[id]!.content === "mythicplus") delete noMplus.encounters[id];
    for (const spec of Object.values(noMplus.specs)) spec.mythicplus = null;
    expect(releaseProblems(noMplus, NOW)).toEqual([
      "not from a full run: no Mythic+ zone in source",
      "not from a full run: no Mythic+ dungeon",
      expect.stringMatching(/^not from a full run: 40 specs without a general Mythic\+ build \(/),
    ]);
    const holes = editable(makeTalentData());
    holes.specs["64"]!.raid = { heroic: { general: null, encounters: {} } };
    expect(releaseProblems(holes, NOW)).toEqual(["not from a full run: 1 spec without a general raid build (Frost Mage)"]);
  });
});

describe("describeData", () => {
  it("names the date, the zones with difficulty and partition, the specs and the encounters", () => {
    expect(describeData(makeTalentData())).toEqual([
      "data:       Warcraft Logs, generated 2026-12-01T06:00:00.000Z",
      "raid:       Voidspire (zone 46, heroic, partition 2, top 100); Voidspire (zone 46, mythic, partition 2, top 50)",
      "mythic+:    Mythic+ Season 1 (zone 47, mythicplus, partition 2, top 50)",
      "specs:      40 of 40",
      "encounters: 2 raid bosses, 2 dungeons",
    ]);
  });
});
