import { describe, expect, it } from "vitest";
import { chooseSeason, type Probe, type ProbeFn, type SeasonInput } from "../../packages/pipeline/src/wcl/season";
import type { Expansion, Zone } from "../../packages/pipeline/src/wcl/schemas";

/** Season discovery's decisions over a world list, with the probes answered from a table of what is ranked. */
const RAID = ["Normal", "Heroic", "Mythic"];
const zone = (
  id: number,
  name: string,
  encounterIds: number[],
  opts: { frozen?: boolean; difficulties?: string[]; partitions?: number } = {},
): Zone => ({
  id,
  name,
  frozen: opts.frozen ?? false,
  encounters: encounterIds.map((e, i) => ({ id: e, name: `E${e}`, journalID: 2000 + i })),
  difficulties: (opts.difficulties ?? RAID).map((n) => ({
    id: ({ Normal: 3, Heroic: 4, Mythic: 5, "Mythic+": 10 } as Record<string, number>)[n]!,
    name: n,
  })),
  partitions: Array.from({ length: opts.partitions ?? 2 }, (_, i) => ({
    id: i + 1,
    name: `P${i + 1}`,
    default: i === (opts.partitions ?? 2) - 1,
  })),
});
const MPLUS = { difficulties: ["Mythic+"] };

const main = zone(46, "Voidspire / Dreamrift / March", [3176, 3177, 3179]);
const oneBoss = zone(53, "The Venomous Abyss", [3190]);
const oldTier = zone(44, "Manaforge (previous tier)", [3129], { frozen: true });
const dummy = zone(52, "Dummy Dome", [3400], { difficulties: ["Normal"] });
const aggregate = zone(50, "Complete Raid: VS / DR / MQD", [3176, 3177]);
const season1 = zone(47, "Mythic+ Season 1", [12660, 61754], MPLUS);
const season2 = zone(55, "Mythic+ Season 2", [12900, 12907], { ...MPLUS, partitions: 1 });
const midnight: Expansion = { id: 7, name: "Midnight", zones: [dummy, main, aggregate, season2, oneBoss, season1] };
const tww: Expansion = {
  id: 6,
  name: "The War Within",
  zones: [oldTier, zone(45, "Mythic+ Season 3", [12660], { ...MPLUS, frozen: true })],
};

/**
 * `ranked` lists what has rows: "zoneId:difficultyId" for the default partition, "zoneId:difficultyId:pN" for
 * partition N. Every probe asked is recorded.
 */
function prober(
  ranked: readonly string[],
  times: Readonly<Record<number, { first: number; last: number }>> = {},
): { probe: ProbeFn; asked: Probe[] } {
  const asked: Probe[] = [];
  const probe: ProbeFn = async (probes) => {
    asked.push(...probes);
    return new Map(
      probes.map((p) => {
        const rows = ranked.includes(`${p.zoneId}:${p.difficultyId}${p.partition !== undefined ? `:p${p.partition}` : ""}`) ? 100 : 0;
        const when = times[p.zoneId];
        return [p.key, rows > 0 && when !== undefined ? { rows, ...when } : { rows }];
      }),
    );
  };
  return { probe, asked };
}

const DAY = 24 * 3600_000;
const SEASON_START = Date.UTC(2026, 8, 8);

const input = (over: Partial<SeasonInput> = {}): SeasonInput => ({
  expansions: [tww, midnight],
  contents: ["raid", "mythicplus"],
  overrides: {},
  raidDifficulties: ["heroic", "mythic"],
  ...over,
});
const picked = (season: Awaited<ReturnType<typeof chooseSeason>>) => season.zones.map((z) => [z.zone.id, ...z.difficulties]);

describe("season discovery", () => {
  it("skips next season's empty Mythic+ zone and takes every ranked raid zone, the one-boss raid with a higher ID included", async () => {
    const { probe, asked } = prober(["46:4", "46:5", "53:4", "53:5", "47:10"]);
    const season = await chooseSeason(input(), probe);
    expect(picked(season)).toEqual([
      [46, "heroic", "mythic"],
      [53, "heroic", "mythic"],
      [47, "mythicplus"],
    ]);
    expect(season.notes).toEqual(["skipping Mythic+ zone 55 (Mythic+ Season 2): no rankings yet (created before its season starts)"]);
    // One probe per candidate and difficulty: frozen zones, the dummy and the aggregate are never probed; the empty
    // Season 2 zone has no earlier partition to try.
    expect(asked.map((p) => `${p.zoneId}:${p.difficultyId}`).sort()).toEqual(["46:4", "46:5", "47:10", "53:4", "53:5", "55:10"]);
    expect(asked.every((p) => p.encounterId === { 46: 3176, 53: 3190, 47: 12660, 55: 12900 }[p.zoneId])).toBe(true);
  });

  it("week 1: Mythic without rankings is left out of a Heroic+Mythic run, and stands in for Heroic when Mythic alone was asked", async () => {
    const week1 = ["46:4", "53:4", "47:10"];
    const both = await chooseSeason(input(), prober(week1).probe);
    expect(picked(both)).toEqual([
      [46, "heroic"],
      [53, "heroic"],
      [47, "mythicplus"],
    ]);
    expect(both.notes).toContain("raid zone 46 (Voidspire / Dreamrift / March): no Mythic rankings yet; that section is left out");
    const mythicOnly = await chooseSeason(input({ raidDifficulties: ["mythic"], contents: ["raid"] }), prober(week1).probe);
    expect(picked(mythicOnly)).toEqual([
      [46, "heroic"],
      [53, "heroic"],
    ]);
    expect(mythicOnly.notes).toContain(
      "raid zone 53 (The Venomous Abyss): no Mythic rankings yet (Mythic opens in the second week); ranked Heroic instead",
    );
    // From week 2 on, Mythic is ranked again.
    expect(
      picked(await chooseSeason(input({ raidDifficulties: ["mythic"], contents: ["raid"] }), prober(["46:4", "46:5", "53:5"]).probe)),
    ).toEqual([
      [46, "mythic"],
      [53, "mythic"],
    ]);
  });

  it("an empty default partition (a patch just started) is tried in the previous partition before the zone counts as empty", async () => {
    const { probe, asked } = prober(["46:4:p1", "46:5:p1", "47:10:p1"]);
    const season = await chooseSeason(input({ expansions: [{ ...midnight, zones: [main, season1] }] }), probe);
    expect(picked(season)).toEqual([
      [46, "heroic", "mythic"],
      [47, "mythicplus"],
    ]);
    expect(asked.filter((p) => p.partition === 1)).toHaveLength(3);
    // Those are ranked in the previous partition from the start.
    expect(season.zones.map((z) => [z.zone.id, ...z.fromPreviousPartition])).toEqual([
      [46, "heroic", "mythic"],
      [47, "mythicplus"],
    ]);
  });

  it("a newest expansion created before its launch (nothing ranked) gives way to the previous one", async () => {
    const next: Expansion = { id: 8, name: "Next", zones: [zone(60, "Next Raid", [3500]), zone(61, "Mythic+ Season 1", [13000], MPLUS)] };
    const live: Expansion = { ...tww, zones: [zone(42, "Undermine", [3009]), zone(45, "Mythic+ Season 3", [12660], MPLUS)] };
    const season = await chooseSeason(input({ expansions: [live, next] }), prober(["42:4", "42:5", "45:10"]).probe);
    expect(picked(season)).toEqual([
      [42, "heroic", "mythic"],
      [45, "mythicplus"],
    ]);
    expect(season.notes).toContain("skipping raid zone 60 (Next Raid): no rankings yet");
  });

  it("--raid-zone and --mplus-zone replace the candidates; their difficulties are still probed", async () => {
    const { probe, asked } = prober(["44:4"]);
    const season = await chooseSeason(
      input({ overrides: { raid: [oldTier], mythicplus: [season2] }, raidDifficulties: ["mythic"] }),
      probe,
    );
    expect(picked(season)).toEqual([
      [44, "heroic"],
      [55, "mythicplus"],
    ]);
    expect(asked.every((p) => p.zoneId === 44 || p.zoneId === 55)).toBe(true);
    // Named but without any rankings: ranked as asked (the run then reports that it found none).
    expect(picked(await chooseSeason(input({ overrides: { raid: [oneBoss] }, contents: ["raid"] }), prober([]).probe))).toEqual([
      [53, "heroic", "mythic"],
    ]);
  });

  it("skips an unfrozen earlier tier whose rankings all predate the newest raid zone's first rankings, with a note", async () => {
    const previous = zone(44, "Undermine (previous tier, never frozen)", [3009]);
    const expansions = [{ ...midnight, zones: [...midnight.zones, previous] }];
    const times = {
      44: { first: SEASON_START - 150 * DAY, last: SEASON_START - 20 * DAY },
      46: { first: SEASON_START + 1 * DAY, last: SEASON_START + 40 * DAY },
      // The season's one-boss raid (higher ID) opened with it.
      53: { first: SEASON_START + 2 * DAY, last: SEASON_START + 38 * DAY },
    };
    const ranked = ["44:4", "44:5", "46:4", "46:5", "53:4", "53:5", "47:10"];
    const season = await chooseSeason(input({ expansions }), prober(ranked, times).probe);
    expect(picked(season)).toEqual([
      [46, "heroic", "mythic"],
      [53, "heroic", "mythic"],
      [47, "mythicplus"],
    ]);
    expect(season.notes).toContain(
      "skipping raid zone 44 (Undermine (previous tier, never frozen)): a previous tier (its newest ranking, 2026-08-19, is older than the first ranking of zone 53 (The Venomous Abyss), 2026-09-10); --raid-zone ranks it anyway",
    );
    // One ranking of the old tier newer than the season's first keeps it in (it is still being played for rankings).
    const overlapping = { ...times, 44: { first: SEASON_START - 150 * DAY, last: SEASON_START + 3 * DAY } };
    expect(picked(await chooseSeason(input({ expansions, contents: ["raid"] }), prober(ranked, overlapping).probe))).toEqual([
      [44, "heroic", "mythic"],
      [46, "heroic", "mythic"],
      [53, "heroic", "mythic"],
    ]);
    // Probe rows without startTime (nothing to judge by): every ranked zone stays.
    expect(picked(await chooseSeason(input({ expansions, contents: ["raid"] }), prober(ranked).probe))).toHaveLength(3);
    // Named with --raid-zone, the old tier is ranked.
    const named = await chooseSeason(input({ overrides: { raid: [previous, main] }, contents: ["raid"] }), prober(ranked, times).probe);
    expect(picked(named)).toEqual([
      [44, "heroic", "mythic"],
      [46, "heroic", "mythic"],
    ]);
  });

  it("no ranked candidate: no zone, and the candidates are listed for the error message", async () => {
    const season = await chooseSeason(input(), prober([]).probe);
    expect(season.zones).toEqual([]);
    expect(season.candidates.mythicplus).toBe("55 (Mythic+ Season 2), 47 (Mythic+ Season 1)");
  });
});
