/** The consensus pick: a medoid of the sample (checked against a brute force), its ties, near and exact counts, flex talents. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankBuilds, type Sample } from "../../packages/pipeline/src/core/aggregate";
import { medoid, pickFigures, type SampleBuild } from "../../packages/pipeline/src/core/consensus";
import { entriesOfIdentity, identityOfTalents, type BuildIdentity } from "../../packages/pipeline/src/core/identity";
import { buildSamples, buildTargets } from "../../packages/pipeline/src/core/samples";
import { chooseSlots, heroSplits } from "../../packages/pipeline/src/core/slot-choice";
import type { RankedEntry } from "../../packages/pipeline/src/core/entry";

/** A build from [entryId, rank] pairs. */
const b = (...pairs: [number, number][]): BuildIdentity => identityOfTalents(pairs.map(([talentID, points]) => ({ talentID, points })))!;
/** A build of rank-1 entries. */
const ones = (...ids: number[]): BuildIdentity => b(...ids.map((id): [number, number] => [id, 1]));
const row = (identity: BuildIdentity, player: string, rank: number, encounterOrder = 1): Sample => ({
  identity,
  rank,
  encounterOrder,
  member: `${player}@${encounterOrder}`,
  player,
});
const sampleOf = (rows: Sample[]): SampleBuild[] =>
  rankBuilds(rows).groups.map((group) => ({ group, entries: entriesOfIdentity(group.identity) }));

/** Written independently of distance.ts: ranks in a map, every entry of either build. */
function bruteDistance(a: BuildIdentity, c: BuildIdentity): number {
  const ra = new Map(entriesOfIdentity(a).map((e) => [e.entryId, e.rank]));
  const rc = new Map(entriesOfIdentity(c).map((e) => [e.entryId, e.rank]));
  let d = 0;
  for (const id of new Set([...ra.keys(), ...rc.keys()])) d += Math.abs((ra.get(id) ?? 0) - (rc.get(id) ?? 0));
  return d;
}

describe("medoid: the logged build with the least total distance to the sample", () => {
  it("is not the mode: two players on one outlier build lose to the build everyone else is near", () => {
    const core = [1, 2, 3, 4, 5, 6];
    const outlier = ones(...core, 50, 51, 52, 53);
    const rows = [
      row(outlier, "a", 1),
      row(outlier, "b", 2),
      row(ones(...core, 7), "c", 3),
      row(ones(...core, 7, 8), "d", 4),
      row(ones(...core, 8), "e", 5),
      row(ones(...core, 7, 9), "f", 6),
    ];
    const pick = medoid(sampleOf(rows))!;
    expect(pick.group.identity).toEqual(ones(...core, 7));
    expect(pick.group.count).toBe(1);
  });

  it("matches a brute force over random samples (ranks 0-2 of a few entries, repeated builds)", () => {
    const build = fc
      .array(fc.integer({ min: 0, max: 2 }), { minLength: 6, maxLength: 6 })
      .filter((ranks) => ranks.some((r) => r > 0))
      .map((ranks) => b(...ranks.flatMap((r, i): [number, number][] => (r > 0 ? [[i + 1, r]] : []))));
    fc.assert(
      fc.property(fc.array(build, { minLength: 1, maxLength: 25 }), (builds) => {
        const rows = builds.map((identity, i) => row(identity, `p${i}`, i + 1));
        const pick = medoid(sampleOf(rows))!;
        const total = (c: BuildIdentity) => rows.reduce((n, r) => n + bruteDistance(c, r.identity), 0);
        const best = Math.min(...rows.map((r) => total(r.identity)));
        expect(total(pick.group.identity)).toBe(best);
      }),
      { numRuns: 300 },
    );
  });

  it("breaks ties by exact count, then the best-ranked player, then a fixed order", () => {
    // X and Y are 2 apart; 2 players on X, 2 on Y: equal totals (4). Y's best player ranks 1.
    const X = ones(1, 2, 3);
    const Y = ones(1, 2, 4);
    expect(medoid(sampleOf([row(X, "a", 2), row(Y, "b", 1), row(X, "c", 3), row(Y, "d", 4)]))!.group.identity).toEqual(Y);
    // Three X against two Y: X is both closer in total and more exact.
    expect(medoid(sampleOf([row(X, "a", 2), row(Y, "b", 1), row(X, "c", 3), row(Y, "d", 4), row(X, "e", 5)]))!.group.identity).toEqual(X);
    // Same rank in two rankings: the earlier encounter, then a fixed order (the row's member key), whatever the input order.
    expect(medoid(sampleOf([row(Y, "a", 1, 2), row(X, "b", 1, 1)]))!.group.identity).toEqual(X);
    expect(medoid(sampleOf([row(X, "b", 1), row(Y, "a", 1)]))!.group.identity).toEqual(Y);
    expect(medoid([])).toBeUndefined();
  });

  it("counts a choice swap as 2 and one rank of a 2-rank talent as 1 (near = within 2)", () => {
    const P = b([1, 1], [2, 2], [3, 1]);
    const rows = [
      row(P, "a", 1),
      row(b([1, 1], [2, 1], [3, 1]), "b", 2), // one rank less: 1
      row(b([1, 1], [2, 2], [4, 1]), "c", 3), // choice swap 3 -> 4: 2
      row(b([1, 1], [3, 1]), "d", 4), // both ranks of 2 missing: 2
      row(b([1, 1], [2, 1], [4, 1]), "e", 5), // 1 + 2 = 3: not near
    ];
    const sample = sampleOf(rows);
    const pick = sample.find((s) => s.group.identity.key === P.key)!;
    expect(pickFigures(pick, sample)).toMatchObject({ count: 1, near: 4, sampleSize: 5, players: 5 });
  });
});

describe("flex talents", () => {
  it("lists the pick's talents under 75 % and outside talents at 25 % or more, by entry ID, with sample entries taking them", () => {
    // 8 players; pick = [1,2,3,4]. Entry 4: 6 of 8 (75 %: core, not flex); entry 3: 5 of 8 (flex).
    // Entry 9: 2 of 8 (25 %: flex); entry 8: 1 of 8 (not flex).
    const pick = ones(1, 2, 3, 4);
    const rows = [
      row(pick, "a", 1),
      row(pick, "b", 2),
      row(pick, "c", 3),
      row(ones(1, 2, 3, 4, 8), "d", 4),
      row(ones(1, 2, 3, 4), "e", 5),
      row(ones(1, 2, 4, 9), "f", 6),
      row(ones(1, 2, 9), "g", 7),
      row(ones(1, 2, 5), "h", 8),
    ];
    const sample = sampleOf(rows);
    const chosen = medoid(sample)!;
    expect(chosen.group.identity).toEqual(pick);
    expect(pickFigures(chosen, sample).flex).toEqual([
      { entryId: 3, taken: 5 },
      { entryId: 9, taken: 2 },
    ]);
  });

  it("omits flex when the sample agrees", () => {
    const sample = sampleOf([row(ones(1, 2), "a", 1), row(ones(1, 2), "b", 2)]);
    expect(pickFigures(medoid(sample)!, sample)).toEqual({ count: 2, near: 2, sampleSize: 2, players: 2 });
  });
});

// Class/spec entries 1..6; hero tree A = 100..104 (+ a choice 105/106), hero tree B = 200..204.
const CORE = [1, 2, 3, 4, 5, 6];
const A = (choice: number) => ones(...CORE, 100, 101, 102, 103, 104, choice);
const B = ones(...CORE, 200, 201, 202, 203, 204);

function entry(encounterId: number, rank: number, name: string, build: BuildIdentity): RankedEntry {
  return {
    specId: 62,
    encounterId,
    content: "mythicplus",
    section: "mythicplus",
    encounterOrder: encounterId,
    rank,
    name,
    server: "Draenor",
    reportCode: `r${encounterId}${name}`,
    fightId: 1,
    startTime: 0,
    build: build.key,
  };
}

describe("slots: general samples and the alternative", () => {
  const ENCOUNTERS = [1, 2].map((id) => ({ id, name: `D${id}`, content: "mythicplus" as const, zoneId: 1, order: id, journalId: id }));
  // Encounter 1: ann (A/105), bob (A/105), cid (A/106), dan (B); ann is listed twice (her rank-5 row is dropped).
  // Encounter 2: ann (A/105), eve (B), bob (A/106).
  const entries = [
    entry(1, 1, "ann", A(105)),
    entry(1, 2, "bob", A(105)),
    entry(1, 3, "cid", A(106)),
    entry(1, 4, "dan", B),
    entry(1, 5, "ann", B),
    entry(2, 1, "ann", A(105)),
    entry(2, 2, "eve", B),
    entry(2, 3, "bob", A(106)),
  ];
  const targets = buildTargets([62], [{ section: "mythicplus", encounters: ENCOUNTERS, general: true }], buildSamples(entries, new Map()));
  const choices = chooseSlots(targets, heroSplits(targets));
  const of = (id: string) => choices.find((c) => c.target.id === id)!;

  it("pools one entry per (player, encounter) in the general slot and counts the distinct players behind them", () => {
    const general = of("62/mythicplus/general");
    expect(general.top.identity).toEqual(A(105));
    // 4 + 3 entries (ann's second encounter-1 row is not one), from 5 players.
    expect(general.figures.top).toMatchObject({ count: 3, sampleSize: 7, players: 5 });
    expect(of("62/mythicplus/encounter/1").figures.top).toMatchObject({ sampleSize: 4, players: 4 });
  });

  it("takes the alternative as the medoid of the other hero tree's part, with figures over that part", () => {
    const general = of("62/mythicplus/general");
    // Tree B: dan and eve, 2 of 7 (29 % >= 25 %).
    expect(general.alternative?.identity).toEqual(B);
    expect(general.figures.alternative).toEqual({ count: 2, near: 2, sampleSize: 2, players: 2 });
  });

  it("judges the top's own hero-tree talents within that tree's part and leaves the other tree's out of its flex", () => {
    // Tree A holds 5 entries: 105 in 3 (60 % < 75 %: flex), 106 in 2 (40 % >= 25 %: flex); tree A's other talents
    // are in all 5 (5 of 7 overall would be flex against the whole sample); tree B's talents (2 of 7) are not flex.
    expect(of("62/mythicplus/general").figures.top.flex).toEqual([
      { entryId: 105, taken: 3 },
      { entryId: 106, taken: 2 },
    ]);
  });
});
