import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TalentData } from "@att/contract";
import { ONE_BOSS_ENCOUNTER_ID, ONE_BOSS_ZONE_ID, PREVIOUS_TIER_ENCOUNTER_ID, PREVIOUS_TIER_ZONE_ID } from "@att/sample-world";
import { isProbeQuery, startFakeWcl, type FakeWcl } from "../fake-wcl/server";
import { runAgainst, runDirs, smallDataset } from "./helpers";
import { slotsOf } from "../support/talent-data-view";

/**
 * Season discovery end to end against the fake server, whose world has the live quirks: a one-boss raid next to the
 * main raid (higher ID), next season's Mythic+ zone created early without rankings, an earlier raid tier left
 * unfrozen with its (older) rankings, and (switch) week 1 of a season, when Mythic raid rankings are empty.
 */
const week1 = smallDataset({ specs: [62, 250], raidBosses: 2, dungeons: 2, rowsPerRanking: 15, mythicClosed: true });
const normal = smallDataset({ specs: [62, 250], raidBosses: 2, dungeons: 2, rowsPerRanking: 15 });
let week1Server: FakeWcl;
let normalServer: FakeWcl;
const dirs = runDirs();

beforeAll(async () => {
  week1Server = await startFakeWcl({ dataset: week1 });
  normalServer = await startFakeWcl({ dataset: normal });
});
afterAll(async () => {
  await Promise.all([week1Server.close(), normalServer.close()]);
  dirs.removeAll();
});

const raidSources = (data: TalentData) => data.source.raid.map((z) => [z.zoneId, z.difficulty]);

describe("season discovery against the fake server", () => {
  it("week 1: the Mythic section is left out of a Heroic+Mythic run, said in the log and the summary", async () => {
    const run = await runAgainst(week1Server, dirs.fresh("week1"));
    const data = JSON.parse(run.json) as TalentData;
    expect(raidSources(data)).toEqual([
      [46, "heroic"],
      [ONE_BOSS_ZONE_ID, "heroic"],
    ]);
    expect(data.specs["62"]!.raid.mythic).toBeUndefined();
    expect(data.specs["62"]!.raid.heroic!.general).not.toBeNull();
    expect(run.log).toMatch(/warning: raid zone 46 \(Sample Raid: Voidspire\): no Mythic rankings yet; that section is left out/);
    expect(run.stdout).toMatch(/note: raid zone 46 .*no Mythic rankings yet/);
  });

  it("week 1 with only Mythic asked for: Heroic stands in, recorded as the difficulty in source", async () => {
    const run = await runAgainst(week1Server, dirs.fresh("week1-mythic"), { raidDifficulties: ["mythic"] });
    const data = JSON.parse(run.json) as TalentData;
    expect(raidSources(data)).toEqual([
      [46, "heroic"],
      [ONE_BOSS_ZONE_ID, "heroic"],
    ]);
    expect(data.specs["250"]!.raid.heroic!.encounters[String(ONE_BOSS_ENCOUNTER_ID)]).toBeDefined();
    expect(run.stdout).toMatch(
      /note: raid zone 49 \(Sample Raid: Dreamrift\): no Mythic rankings yet \(Mythic opens in the second week\); ranked Heroic instead/,
    );
  });

  it("from week 2 on: both raid zones at both difficulties, the one-boss raid's boss with builds; the previous tier and next season's Mythic+ zone skipped", async () => {
    const run = await runAgainst(normalServer, dirs.fresh("week2"));
    const data = JSON.parse(run.json) as TalentData;
    expect(raidSources(data)).toEqual([
      [46, "heroic"],
      [46, "mythic"],
      [ONE_BOSS_ZONE_ID, "heroic"],
      [ONE_BOSS_ZONE_ID, "mythic"],
    ]);
    expect(data.source.mythicplus?.zoneId).toBe(47);
    expect(slotsOf(data.specs["62"]!).map(([where]) => where)).toContain(`mythic/${ONE_BOSS_ENCOUNTER_ID}`);
    expect(run.log).toMatch(/skipping Mythic\+ zone 55 \(Mythic\+ Season 2\): no rankings yet/);
    // The unfrozen previous tier has rankings, all older than the season's: probed, skipped with a note, never ranked.
    expect(run.stdout).toMatch(
      /note: skipping raid zone 42 \(Sample Raid: Sunwell \(previous tier\)\): a previous tier \(its newest ranking, \d{4}-\d\d-\d\d, is older than the first ranking of zone 49 \(Sample Raid: Dreamrift\), \d{4}-\d\d-\d\d\)/,
    );
    expect(Object.keys(data.encounters)).not.toContain(String(PREVIOUS_TIER_ENCOUNTER_ID));
    // One all-specs probe per candidate zone and difficulty, never more: 3 raid zones x 2 difficulties, 2 Mythic+ zones.
    const probes = normalServer.stats.received.filter(isProbeQuery).flatMap((r) => r.query!.match(/p\d+: encounter/g) ?? []);
    expect(probes).toHaveLength(8);
  });

  it("--raid-zone (repeatable) and --mplus-zone name the zones; the other candidates are not probed", async () => {
    const before = normalServer.stats.received.length;
    const run = await runAgainst(normalServer, dirs.fresh("override"), { raidZones: [ONE_BOSS_ZONE_ID], mplusZone: 47 });
    const data = JSON.parse(run.json) as TalentData;
    expect(raidSources(data)).toEqual([
      [ONE_BOSS_ZONE_ID, "heroic"],
      [ONE_BOSS_ZONE_ID, "mythic"],
    ]);
    expect(
      Object.values(data.encounters)
        .filter((e) => e.content === "raid")
        .map((e) => e.id),
    ).toEqual([ONE_BOSS_ENCOUNTER_ID]);
    const probed = normalServer.stats.received
      .slice(before)
      .filter(isProbeQuery)
      .map((r) => r.query!);
    expect(probed.join("\n")).not.toMatch(/encounter\(id: 3301\)/);
  });

  it("--raid-zone ranks the previous tier when it is named", async () => {
    const run = await runAgainst(normalServer, dirs.fresh("previous-tier"), {
      raidZones: [PREVIOUS_TIER_ZONE_ID],
      selection: { content: "raid" },
    });
    const data = JSON.parse(run.json) as TalentData;
    expect(raidSources(data)).toEqual([
      [PREVIOUS_TIER_ZONE_ID, "heroic"],
      [PREVIOUS_TIER_ZONE_ID, "mythic"],
    ]);
    expect(slotsOf(data.specs["250"]!).map(([where]) => where)).toContain(`mythic/${PREVIOUS_TIER_ENCOUNTER_ID}`);
  });
});
