import { describe, expect, it } from "vitest";
import type { Slot, TalentData } from "@att/contract";
import { instanceIdOfDungeon } from "../../packages/pipeline/src/core/instance-id";
import type { PlannedZone } from "../../packages/pipeline/src/core/plan-types";
import type { ResolvedSlot } from "../../packages/pipeline/src/core/slots";
import { composeTalentData, type RunResult } from "../../packages/pipeline/src/output/talent-data";
import { renderOutputs } from "../../packages/pipeline/src/output/write";
import { fullyCoveredContents, selectEncounters, selectSpecs } from "../../packages/pipeline/src/run/selection";
import { pickZone, planZone } from "../../packages/pipeline/src/wcl/discovery";
import type { Expansion, Zone } from "../../packages/pipeline/src/wcl/schemas";

const zone = (id: number, name: string, frozen: boolean, encounterIds: number[], difficulties = ["Normal", "Heroic", "Mythic"]): Zone => ({
  id,
  name,
  frozen,
  encounters: encounterIds.map((e, i) => ({ id: e, name: `E${e}`, journalID: 2000 + i })),
  difficulties: difficulties.map((n, i) => ({ id: [3, 4, 5, 10][i] ?? i, name: n })),
  partitions: [
    { id: 1, name: "old", default: false },
    { id: 3, name: "current", default: true },
    { id: 4, name: "next", default: false },
  ],
});

describe("discovery", () => {
  const expansion: Expansion = {
    id: 7,
    name: "Midnight",
    zones: [
      zone(52, "Dummy Dome", false, [3400], ["Normal"]),
      zone(46, "VS / DR / MQD", false, [3176, 3177, 3179]),
      zone(50, "Complete Raid: VS / DR / MQD", false, [3176, 3177]),
      zone(53, "The Venomous Abyss", false, [3190, 3191]),
      zone(54, "Future Raid", true, [3200]),
      zone(47, "Mythic+ Season 1", false, [12660, 61754, 112526], ["Mythic+"]),
      zone(49, "Mythic+ Season 0 (frozen)", true, [12520], ["Mythic+"]),
    ],
  };

  it("picks the newest open raid (not dummies, aggregates or frozen tiers) and the open Mythic+ season", () => {
    expect(pickZone(expansion, "raid")!.id).toBe(53);
    expect(pickZone(expansion, "mythicplus")!.id).toBe(47);
    expect(pickZone({ ...expansion, zones: expansion.zones.filter((z) => z.id !== 47) }, "mythicplus")).toBeUndefined();
  });

  it("plans the default partition, the asked difficulty and encounters in journal order with IDs for the addon", () => {
    const raid = planZone("raid", expansion.zones[1]!, "heroic");
    expect(raid).toMatchObject({ zoneId: 46, partition: 3, difficultyId: 4, difficultyName: "heroic" });
    expect(raid.encounters.map((e) => [e.id, e.order, e.journalId])).toEqual([
      [3176, 1, 2000],
      [3177, 2, 2001],
      [3179, 3, 2002],
    ]);
    const mplus = planZone("mythicplus", expansion.zones[5]!, "mythic");
    expect(mplus).toMatchObject({ difficultyId: 3, difficultyName: "mythicplus" });
    expect(mplus.encounters.map((e) => e.instanceId)).toEqual([2660, 1754, 2526]);
    expect(() => planZone("raid", expansion.zones[0]!, "mythic")).toThrow(/no mythic difficulty/);
  });

  it("derives dungeon instance IDs only from the documented encounter ID schemes", () => {
    expect(instanceIdOfDungeon(10643)).toBe(643);
    expect(instanceIdOfDungeon(62290)).toBe(2290);
    expect(instanceIdOfDungeon(112098)).toBe(2098);
    expect(instanceIdOfDungeon(3176)).toBeUndefined();
    expect(instanceIdOfDungeon(30500)).toBeUndefined();
  });
});

const ZONES: PlannedZone[] = [
  {
    content: "raid",
    zoneId: 46,
    name: "Raid",
    partition: 3,
    difficultyId: 5,
    difficultyName: "mythic",
    encounters: [1, 2].map((id) => ({ id, name: `Boss ${id}`, content: "raid" as const, zoneId: 46, order: id, journalId: 100 + id })),
  },
  {
    content: "mythicplus",
    zoneId: 47,
    name: "M+",
    partition: 3,
    difficultyId: 10,
    difficultyName: "mythicplus",
    encounters: [12660].map((id) => ({
      id,
      name: "Ara-Kara",
      content: "mythicplus" as const,
      zoneId: 47,
      order: 1,
      journalId: 0,
      instanceId: 2660,
    })),
  },
];

describe("selection", () => {
  it("finds specs by ID, 'Spec Class', class filter; refuses unknown and ambiguous names", () => {
    expect(selectSpecs({ specs: ["64"] })).toMatchObject({ ok: true, value: [{ specId: 64 }] });
    expect(selectSpecs({ specs: ["frost mage", "Blood"] })).toMatchObject({ ok: true, value: [{ specId: 250 }, { specId: 64 }] });
    expect(selectSpecs({ classes: ["Death Knight"], specs: ["Frost"] })).toMatchObject({ ok: true, value: [{ specId: 251 }] });
    expect(selectSpecs({ classes: ["deathknight"] })).toMatchObject({
      ok: true,
      value: [{ specId: 250 }, { specId: 251 }, { specId: 252 }],
    });
    expect(selectSpecs({ specs: ["Frost"] })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/ambiguous.*Frost Death Knight.*Frost Mage/),
    });
    expect(selectSpecs({ specs: ["Tinker"] }).ok).toBe(false);
    expect(selectSpecs({ classes: ["Tinker"] }).ok).toBe(false);
  });

  it("finds encounters by ID or name and knows which contents are fully covered", () => {
    const one = selectEncounters(ZONES, { encounters: ["boss 2"] });
    expect(one).toMatchObject({ ok: true, value: [{ id: 2 }] });
    expect(fullyCoveredContents(ZONES, one.ok ? one.value : [])).toEqual([]);
    const all = selectEncounters(ZONES, {});
    expect(fullyCoveredContents(ZONES, all.ok ? all.value : [])).toEqual(["raid", "mythicplus"]);
    expect(selectEncounters(ZONES, { encounters: ["Boss"] }).ok).toBe(false);
  });
});

describe("output composition", () => {
  // String-only builds (entries []) keep the expectations readable; entries are covered by the aggregation tests.
  const slot = (code: string, count: number): ResolvedSlot => ({
    top: { build: { entries: [], talentCode: code }, count, near: count, sampleSize: 10, players: 10 },
  });
  const base: RunResult = {
    kind: "warcraftlogs",
    topN: 50,
    generatedAt: "2026-03-01T00:00:00.000Z",
    zones: ZONES,
    specs: [{ specId: 64, classId: 8, className: "Mage", specName: "Frost", role: "dps", wclClass: "Mage", wclSpec: "Frost" }],
    encounters: ZONES.flatMap((z) => z.encounters),
    generalSections: ["mythic", "mythicplus"],
    encounterSlots: new Map([
      [
        64,
        new Map([
          [
            "mythic" as const,
            new Map([
              [1, slot("AAA", 5)],
              [2, slot("BBB", 4)],
            ]),
          ],
          ["mythicplus" as const, new Map([[12660, slot("CCC", 3)]])],
        ]),
      ],
    ]),
    generalSlots: new Map([
      [
        64,
        new Map([
          ["mythic" as const, slot("AAA", 9)],
          ["mythicplus" as const, slot("CCC", 3)],
        ]),
      ],
    ]),
  };

  it("pools each distinct build of a spec once, in first-use order, and points the picks into the pool", () => {
    const spec = composeTalentData(base).specs["64"]!;
    // Use order: mythic general (AAA), boss 1 (AAA again), boss 2 (BBB), then Mythic+ general (CCC), dungeon (CCC).
    expect(spec.builds).toEqual([
      { entries: [], talentCode: "AAA" },
      { entries: [], talentCode: "BBB" },
      { entries: [], talentCode: "CCC" },
    ]);
    expect(spec.raid).toEqual({
      mythic: {
        general: { top: { build: 0, count: 9, near: 9, sampleSize: 10, players: 10 } },
        encounters: {
          "1": { top: { build: 0, count: 5, near: 5, sampleSize: 10, players: 10 } },
          "2": { top: { build: 1, count: 4, near: 4, sampleSize: 10, players: 10 } },
        },
      },
    });
    expect(spec.mythicplus).toEqual({
      general: { top: { build: 2, count: 3, near: 3, sampleSize: 10, players: 10 } },
      encounters: { "12660": { top: { build: 2, count: 3, near: 3, sampleSize: 10, players: 10 } } },
    });
  });

  it("keeps the names of the written builds' talents and of flex talents outside them, and no other names", () => {
    const flexed: ResolvedSlot = {
      top: {
        build: { entries: [{ entryId: 11, rank: 1 }] },
        count: 4,
        near: 8,
        sampleSize: 10,
        players: 10,
        flex: [
          { entryId: 11, taken: 6 },
          { entryId: 12, taken: 4 },
        ],
      },
    };
    const names = new Map([
      [11, "In the build"],
      [12, "Flex outside the build"],
      [13, "Nobody's"],
    ]);
    const data = composeTalentData({
      ...base,
      generalSlots: new Map([[64, new Map([["mythicplus" as const, flexed]])]]),
      talentNames: names,
    });
    expect(data.talentNames).toEqual({ "11": "In the build", "12": "Flex outside the build" });
  });

  it("records topN per section, so a partial --top-n run relabels only what it ranked", () => {
    const full = composeTalentData(base);
    expect(full.source.raid).toEqual([{ zoneId: 46, name: "Raid", difficulty: "mythic", partition: 3, topN: 50 }]);
    const mplusOnly = composeTalentData(
      { ...base, topN: 8, zones: [ZONES[1]!], encounters: ZONES[1]!.encounters, generalSections: ["mythicplus"] },
      full,
    );
    expect(mplusOnly.source.raid).toEqual(full.source.raid);
    expect(mplusOnly.source.mythicplus).toMatchObject({ zoneId: 47, topN: 8 });
  });

  it("an --encounter run replaces that encounter's builds only and keeps general builds it could not recompute", () => {
    const full = composeTalentData(base);
    const partial = composeTalentData(
      {
        ...base,
        generatedAt: "2026-02-01T00:00:00.000Z",
        zones: [ZONES[0]!],
        encounters: [ZONES[0]!.encounters[1]!],
        generalSections: [],
        encounterSlots: new Map([[64, new Map([["mythic" as const, new Map([[2, slot("DDD", 6)]])]])]]),
        generalSlots: new Map(),
      },
      full,
    );
    const spec = partial.specs["64"]!;
    const code = (s: Slot | null | undefined): string | undefined =>
      s === null || s === undefined ? undefined : spec.builds[s.top.build]!.talentCode;
    expect(code(spec.raid.mythic!.encounters["1"])).toBe("AAA");
    expect(code(spec.raid.mythic!.encounters["2"])).toBe("DDD");
    expect(spec.raid.mythic!.encounters["2"]!.top.count).toBe(6);
    expect(code(spec.raid.mythic!.general)).toBe("AAA");
    expect(code(spec.mythicplus!.encounters["12660"])).toBe("CCC");
    expect(code(spec.mythicplus!.general)).toBe("CCC");
    // BBB is no longer used by any slot, so it left the pool.
    expect(spec.builds.map((b) => b.talentCode)).toEqual(["AAA", "DDD", "CCC"]);
    expect(partial.generatedAt).toBe("2026-03-01T00:00:00.000Z");
  });

  it("never merges sample data into real data, and renders the same bytes for the same data", () => {
    const real = composeTalentData(base);
    const sample = composeTalentData({ ...base, kind: "sample", encounters: [], specs: [], zones: [] }, real);
    expect(sample.specs).toEqual({});
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : v !== null && typeof v === "object"
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, c]) => [k, reverseKeys(c)]),
            )
          : v;
    const reordered = reverseKeys(real) as TalentData;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(real));
    expect(renderOutputs(reordered)).toEqual(renderOutputs(real));
    expect(renderOutputs(real).json).toContain('"journalEncounterId": 101');
    expect(renderOutputs(real).lua).toContain("instanceId = 2660");
  });
});
