import { describe, expect, it } from "vitest";
import type { TalentData } from "@att/contract";
import { instanceIdOfDungeon } from "../../packages/pipeline/src/core/instance-id";
import type { PlannedZone } from "../../packages/pipeline/src/core/plan-types";
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
    expect(raid.encounters.map((e) => [e.id, e.order, e.journalId])).toEqual([[3176, 1, 2000], [3177, 2, 2001], [3179, 3, 2002]]);
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
  { content: "raid", zoneId: 46, name: "Raid", partition: 3, difficultyId: 5, difficultyName: "mythic", encounters: [1, 2].map((id) => ({ id, name: `Boss ${id}`, content: "raid" as const, zoneId: 46, order: id, journalId: 100 + id })) },
  { content: "mythicplus", zoneId: 47, name: "M+", partition: 3, difficultyId: 10, difficultyName: "mythicplus", encounters: [12660].map((id) => ({ id, name: "Ara-Kara", content: "mythicplus" as const, zoneId: 47, order: 1, journalId: 0, instanceId: 2660 })) },
];

describe("selection", () => {
  it("finds specs by ID, 'Spec Class', class filter; refuses unknown and ambiguous names", () => {
    expect(selectSpecs({ specs: ["64"] })).toMatchObject({ ok: true, value: [{ specId: 64 }] });
    expect(selectSpecs({ specs: ["frost mage", "Blood"] })).toMatchObject({ ok: true, value: [{ specId: 250 }, { specId: 64 }] });
    expect(selectSpecs({ classes: ["Death Knight"], specs: ["Frost"] })).toMatchObject({ ok: true, value: [{ specId: 251 }] });
    expect(selectSpecs({ classes: ["deathknight"] })).toMatchObject({ ok: true, value: [{ specId: 250 }, { specId: 251 }, { specId: 252 }] });
    expect(selectSpecs({ specs: ["Frost"] })).toMatchObject({ ok: false, message: expect.stringMatching(/ambiguous.*Frost Death Knight.*Frost Mage/) });
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
  const build = (code: string, count: number) => ({ talentCode: code, count, sampleSize: 10, popularity: count / 10 });
  const base: RunResult = {
    kind: "warcraftlogs",
    topN: 50,
    generatedAt: "2026-03-01T00:00:00.000Z",
    zones: ZONES,
    specs: [{ specId: 64, classId: 8, className: "Mage", specName: "Frost", role: "dps", wclClass: "Mage", wclSpec: "Frost" }],
    encounters: ZONES.flatMap((z) => z.encounters),
    generalContents: ["raid", "mythicplus"],
    encounterBuilds: new Map([[64, new Map([[1, build("AAA", 5)], [2, build("BBB", 4)], [12660, build("CCC", 3)]])]]),
    generalBuilds: new Map([[64, new Map([["raid" as const, build("AAA", 9)], ["mythicplus" as const, build("CCC", 3)]])]]),
  };

  it("an --encounter run replaces that encounter's builds only and keeps general builds it could not recompute", () => {
    const full = composeTalentData(base);
    const partial = composeTalentData(
      { ...base, generatedAt: "2026-02-01T00:00:00.000Z", zones: [ZONES[0]!], encounters: [ZONES[0]!.encounters[1]!], generalContents: [], encounterBuilds: new Map([[64, new Map([[2, build("DDD", 6)]])]]), generalBuilds: new Map() },
      full,
    );
    expect(partial.specs["64"]!.encounters).toEqual({ "1": build("AAA", 5), "2": build("DDD", 6), "12660": build("CCC", 3) });
    expect(partial.specs["64"]!.general).toEqual(full.specs["64"]!.general);
    expect(partial.generatedAt).toBe("2026-03-01T00:00:00.000Z");
  });

  it("never merges sample data into real data, and renders the same bytes for the same data", () => {
    const real = composeTalentData(base);
    const sample = composeTalentData({ ...base, kind: "sample", encounters: [], specs: [], zones: [] }, real);
    expect(sample.specs).toEqual({});
    const reverseKeys = (v: unknown): unknown =>
      v !== null && typeof v === "object" ? Object.fromEntries(Object.entries(v).reverse().map(([k, c]) => [k, reverseKeys(c)])) : v;
    const reordered = reverseKeys(real) as TalentData;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(real));
    expect(renderOutputs(reordered)).toEqual(renderOutputs(real));
    expect(renderOutputs(real).json).toContain('"journalEncounterId": 101');
    expect(renderOutputs(real).lua).toContain("instanceId = 2660");
  });
});
