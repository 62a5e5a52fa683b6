/**
 * The tree check of logged builds, on the real 12.0.1 trees: apex tiers in either row form, and the builds that do
 * not add up (unknown talent, too many or too few points, two hero trees, two entries of one node).
 */
import { describe, expect, it } from "vitest";
import { decodeBuild, decodeLoadout, type TalentEntry } from "@att/contract/trees";
import { LEVEL_90_BUDGET } from "../../packages/pipeline/src/trees/budget";
import { checkRows } from "../../packages/pipeline/src/trees/check-rows";
import { apexTiers, fitBuild } from "../../packages/pipeline/src/trees/fit-build";
import type { RankedEntry } from "../../packages/pipeline/src/core/entry";
import { talentsKey } from "../../packages/pipeline/src/core/identity";
import { pinnedTrees, stringsOf } from "../support/treedata";

const trees = pinnedTrees("12.0.1");
const dk = trees.specs.get(250)!;
/** The Death Knight apex node: tiers of 1, 2 and 1 ranks (the pinned file). */
const apex = dk.nodes.get(110353)!;
const tiers = (...ranks: number[]): Map<number, number> => new Map(ranks.map((r, i) => [i, r] as const).filter(([, r]) => r > 0));

/** A real Blood build of 12.0.1 (the first Apr-2026 Blood string), as the entries a ranking row lists. */
function realBlood(): TalentEntry[] {
  const s = stringsOf("12.0.1").find((x) => x.specID === 250)!;
  const decoded = decodeLoadout(s.code);
  const entries = decoded.ok ? decodeBuild(dk.codec, decoded.value) : decoded;
  if (!entries.ok) throw new Error(entries.error.message);
  return entries.value.filter((e) => !dk.entries.get(e.entryId)!.node.free);
}

describe("apex tiers", () => {
  it("reads per-tier ranks (the client's form) as they are", () => {
    expect(apexTiers(apex, tiers(1, 2, 1))).toEqual([1, 2, 1]);
    expect(apexTiers(apex, tiers(1, 1))).toEqual([1, 1, 0]);
    expect(apexTiers(apex, tiers(1))).toEqual([1, 0, 0]);
  });

  it("reads cumulative ranks (each tier the node's running total) as per-tier ones", () => {
    expect(apexTiers(apex, tiers(1, 3, 4))).toEqual([1, 2, 1]);
    expect(apexTiers(apex, tiers(1, 3))).toEqual([1, 2, 0]);
  });

  it("prefers per-tier where both forms read the points (1, 2: tier 2 full, not one rank into it)", () => {
    expect(apexTiers(apex, tiers(1, 2))).toEqual([1, 2, 0]);
  });

  it("fits neither form: a later tier without the earlier ones, or more ranks than the tiers hold", () => {
    expect(apexTiers(apex, tiers(0, 1))).toBeUndefined();
    expect(apexTiers(apex, tiers(2))).toBeUndefined();
    expect(apexTiers(apex, tiers(1, 3, 5))).toBeUndefined();
  });
});

describe("fitting a logged build on its tree", () => {
  it("accepts a real build and names its hero tree", () => {
    const fit = fitBuild(dk, LEVEL_90_BUDGET, realBlood());
    expect(fit.ok).toBe(true);
    expect(fit.ok && fit.heroTree !== undefined && dk.heroTrees.get(fit.heroTree)?.name).toMatch(/^(Deathbringer|San'layn)$/);
  });

  it("turns cumulative apex ranks into per-tier ones", () => {
    const build = realBlood();
    const [t1, t2, t3] = apex.entries.map((e) => e.entryId) as [number, number, number];
    // The Blood string's apex node is full: all three tiers listed.
    expect(build.filter((e) => [t1, t2, t3].includes(e.entryId))).toHaveLength(3);
    const cumulative = build.map((e) => (e.entryId === t2 ? { ...e, rank: 3 } : e.entryId === t3 ? { ...e, rank: 4 } : e));
    const fit = fitBuild(dk, LEVEL_90_BUDGET, cumulative);
    expect(fit.ok && fit.entries).toEqual(build);
  });

  it("refuses builds that do not add up, saying why", () => {
    const build = realBlood();
    const classTalent = build.find((e) => dk.entries.get(e.entryId)!.node.section === "class")!;
    expect(
      fitBuild(
        dk,
        LEVEL_90_BUDGET,
        build.filter((e) => e !== classTalent),
      ),
    ).toMatchObject({
      ok: false,
      kind: "points",
      message: "class 33 of 34 points",
    });
    expect(fitBuild(dk, LEVEL_90_BUDGET, [...build, { entryId: 999999, rank: 1 }])).toMatchObject({ ok: false, kind: "unknown-entry" });
    // A hero talent of the other hero tree.
    const heroTree = (fitBuild(dk, LEVEL_90_BUDGET, build) as { heroTree: number }).heroTree;
    const other = [...dk.nodes.values()].find((n) => n.section === "hero" && n.subTreeId !== heroTree && !n.free)!;
    expect(fitBuild(dk, LEVEL_90_BUDGET, [...build, { entryId: other.entries[0]!.entryId, rank: 1 }])).toMatchObject({
      ok: false,
      kind: "hero-trees",
    });
    // Both options of a choice node.
    const choice = [...dk.nodes.values()].find((n) => n.kind === "choice" && build.some((e) => e.entryId === n.entries[0]!.entryId))!;
    expect(fitBuild(dk, LEVEL_90_BUDGET, [...build, { entryId: choice.entries[1]!.entryId, rank: 1 }])).toMatchObject({
      ok: false,
      kind: "node-twice",
    });
  });

  it("drops rows that do not add up from the sample, counted by reason, and keys the others by their normalised build", () => {
    const build = realBlood();
    const row = (rank: number, entries: readonly TalentEntry[]): RankedEntry => ({
      specId: 250,
      encounterId: 1,
      content: "raid",
      section: "mythic",
      encounterOrder: 1,
      rank,
      name: `P${rank}`,
      server: "Realm",
      reportCode: "R",
      fightId: 1,
      startTime: 0,
      build: talentsKey(entries.map((e) => ({ talentID: e.entryId, points: e.rank }))),
    });
    const short = build.slice(1);
    const out = checkRows([row(1, build), row(2, short), row(3, short), { ...row(4, build), build: null }], trees, LEVEL_90_BUDGET);
    expect(out.kept.map((e) => e.rank)).toEqual([1, 4]);
    expect([...out.dropped]).toEqual([["points", 2]]);
  });
});
