/** Aggregation: samples of distinct players, the hero-tree split heuristic, consensus picks and alternatives, entries of written builds. */
import { describe, expect, it } from "vitest";
import type { Sample } from "../../packages/pipeline/src/core/aggregate";
import { rankBuilds } from "../../packages/pipeline/src/core/aggregate";
import { collectBuilds } from "../../packages/pipeline/src/core/collect-builds";
import { inferHeroSplit, MIN_SUPPORT, sideOf } from "../../packages/pipeline/src/core/hero-split";
import {
  entriesOfIdentity,
  identityOfCode,
  identityOfTalents,
  talentsKey,
  type BuildIdentity,
} from "../../packages/pipeline/src/core/identity";
import { encounterSample, playerKey } from "../../packages/pipeline/src/core/players";
import type { BuildTarget } from "../../packages/pipeline/src/core/samples";
import { chooseSlots, heroSplits } from "../../packages/pipeline/src/core/slot-choice";

/** A build from entry IDs, rank 1 each. */
const build = (...ids: number[]): BuildIdentity => identityOfTalents(ids.map((talentID) => ({ talentID, points: 1 })))!;
const row = (identity: BuildIdentity, player: string, rank: number, encounterOrder = 1): Sample => ({
  identity,
  rank,
  encounterOrder,
  member: `${player}@${encounterOrder}`,
  player,
});

// Class/spec entries 1..6 shared; hero tree A = 100..104, hero tree B = 200..204; 7/8 is a choice node.
const CORE = [1, 2, 3, 4, 5, 6];
const A1 = build(...CORE, 7, 100, 101, 102, 103, 104);
const A2 = build(...CORE, 8, 100, 101, 102, 103, 104);
const B1 = build(...CORE, 7, 200, 201, 202, 203, 204);
const B2 = build(...CORE, 8, 200, 201, 202, 203, 204);
const ids = (b: BuildIdentity): number[] => entriesOfIdentity(b).map((e) => e.entryId);

describe("samples: top N distinct players per encounter, one entry per (player, encounter) in general", () => {
  it("keeps each player's best-ranked row of an encounter, best first, and at most N players", () => {
    // A Mythic+ board can list Ann twice: her best row (rank 1, A1) stands for her, the rank-3 row is dropped.
    const rows = [row(B1, "bob", 2), row(A2, "ann", 3), row(A1, "ann", 1), row(B2, "cid", 4), row(A1, "dan", 5)];
    expect(encounterSample(rows, 3)).toEqual([row(A1, "ann", 1), row(B1, "bob", 2), row(B2, "cid", 4)]);
    expect(encounterSample(rows)).toHaveLength(4);
  });

  it("keys players by name and server, case-insensitively; hidden players are one player per row", () => {
    expect(playerKey({ name: "Ann", server: "Draenor", member: "r1" })).toBe(playerKey({ name: "ann", server: "draenor", member: "r2" }));
    expect(playerKey({ name: "Anonymous", server: "", member: "r1" })).not.toBe(playerKey({ name: "Anonymous", server: "", member: "r2" }));
  });
});

describe("hero-tree split (heuristic)", () => {
  it("finds the split whose sides each have entries in all of their builds and none of the other's", () => {
    const split = inferHeroSplit([A1, A2, B1, B2].map(ids))!;
    expect(split).toBeDefined();
    const sides = [[...split.exclusive[0]].sort(), [...split.exclusive[1]].sort()];
    expect(sides).toEqual([
      [100, 101, 102, 103, 104],
      [200, 201, 202, 203, 204],
    ]);
    expect(sideOf(split, ids(A2))).toBe(0);
    expect(sideOf(split, ids(B1))).toBe(1);
    expect(sideOf(split, CORE)).toBeUndefined();
  });

  it("finds no split when every build takes one hero tree, or when the best split is a choice node", () => {
    expect(inferHeroSplit([A1, A2].map(ids))).toBeUndefined(); // only the 7/8 choice differs: 1 entry a side
    expect(inferHeroSplit([A1].map(ids))).toBeUndefined();
    // Two hero trees of MIN_SUPPORT - 1 nodes each are too thin to trust.
    const thin = [build(...CORE, 100, 101), build(...CORE, 200, 201)];
    expect(MIN_SUPPORT).toBe(3);
    expect(inferHeroSplit(thin.map(ids))).toBeUndefined();
  });
});

function target(id: string, samples: Sample[], specId = 62): BuildTarget {
  return {
    id,
    specId,
    section: "mythic",
    builds: rankBuilds(samples),
    scope: { kind: "encounter", encounterId: Number(id.split("/").pop()) },
  };
}

/** n distinct players using build b. */
const players = (b: BuildIdentity, n: number, tag: string): Sample[] => Array.from({ length: n }, (_, i) => row(b, `${tag}${i}`, i + 1));

describe("alternatives", () => {
  it("offers the other hero tree's most popular build when that tree holds at least 25 % of the slot", () => {
    // 12 players: A1 x6, A2 x3, B2 x2, B1 x1 -> tree B holds 3/12 = 25 %: its best build B2 is the alternative.
    const at25 = target("62/mythic/encounter/1", [
      ...players(A1, 6, "a"),
      ...players(A2, 3, "b"),
      ...players(B2, 2, "c"),
      ...players(B1, 1, "d"),
    ]);
    // 13 players: one more A1 -> tree B holds 3/13 < 25 %: no alternative.
    const below = target("62/mythic/encounter/2", [
      ...players(A1, 7, "a"),
      ...players(A2, 3, "b"),
      ...players(B2, 2, "c"),
      ...players(B1, 1, "d"),
    ]);
    const choices = chooseSlots([at25, below], heroSplits([at25, below]));
    expect(choices[0]).toMatchObject({ top: { identity: A1, count: 6 }, alternative: { identity: B2, count: 2 } });
    expect(choices[1]!.top).toMatchObject({ identity: A1, count: 7 });
    expect(choices[1]!.alternative).toBeUndefined();
  });

  it("writes each chosen build with its entries and what the trees give it, a string only where one was encoded", () => {
    const t = target("62/mythic/encounter/1", [...players(A1, 6, "a"), ...players(B1, 4, "b")]);
    const choices = chooseSlots([t], heroSplits([t]));
    // A stand-in encoder: a string for builds of hero tree A only.
    const out = collectBuilds(choices, (specId, entries) =>
      entries.some((e) => e.entryId === 100) ? { talentCode: `S${specId}`, heroTree: "A" } : {},
    );
    const slot = out.encounterSlots.get(62)!.get("mythic")!.get(1)!;
    // A1 and B1 differ in five hero talents each way (distance 10): neither is near the other. The top's figures are
    // over the whole slot (10), the alternative's over its hero tree's part (4). Tree A's talents, taken by 6 of 10,
    // are judged within tree A's part (all 6 take them) and tree B's are the alternative: no flex talents.
    const entriesOf = (b: BuildIdentity): { entryId: number; rank: number }[] => ids(b).map((entryId) => ({ entryId, rank: 1 }));
    expect(slot.top).toEqual({
      build: { entries: entriesOf(A1), talentCode: "S62", heroTree: "A" },
      ...{ count: 6, near: 6, sampleSize: 10, players: 10 },
    });
    expect(slot.alternative).toEqual({ build: { entries: entriesOf(B1) }, ...{ count: 4, near: 4, sampleSize: 4, players: 4 } });
    expect(out.picks).toBe(2);
    expect(out.withoutString).toBe(1);
  });

  it("drops a string-only build that has no entries to encode", () => {
    const code = identityOfCode("CODEX");
    const t = target("62/mythic/encounter/1", players(code, 3, "a"));
    const choices = chooseSlots([t], heroSplits([t]));
    const none = collectBuilds(choices, () => ({}));
    expect(none.encounterSlots.size).toBe(0);
  });
});

describe("talent lists", () => {
  it("read back from a key: sorted, a talent listed twice kept once at its higher rank, 0 points and non-talents left out", () => {
    expect(entriesOfIdentity({ key: "5:1,3:2,5:1,7:0,9:2,9:1" })).toEqual([
      { entryId: 3, rank: 2 },
      { entryId: 5, rank: 1 },
      { entryId: 9, rank: 2 },
    ]);
    expect(entriesOfIdentity({ key: "-5:1,6:1,x:2,8:" })).toEqual([{ entryId: 6, rank: 1 }]);
    expect(entriesOfIdentity({ key: "code:ABC" })).toEqual([]);
  });

  it("leave out talents listed with 0 points and give sorted entries", () => {
    const key = talentsKey([
      { talentID: 9, points: 2 },
      { talentID: 3, points: 0 },
      { talentID: 5, points: 1 },
    ]);
    expect(key).toBe("5:1,9:2");
    expect(entriesOfIdentity({ key })).toEqual([
      { entryId: 5, rank: 1 },
      { entryId: 9, rank: 2 },
    ]);
    expect(entriesOfIdentity(identityOfCode("ABC"))).toEqual([]);
  });
});
