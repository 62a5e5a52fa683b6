import { describe, expect, it } from "vitest";
import { popularity, rankBuilds, type Sample } from "../../packages/pipeline/src/core/aggregate";
import { identityOfTalents, type BuildIdentity } from "../../packages/pipeline/src/core/identity";

const id = (...pairs: [number, number][]): BuildIdentity => identityOfTalents(pairs.map(([talentID, points]) => ({ talentID, points })))!;
const A = id([1, 1], [2, 1]);
const B = id([1, 1], [3, 1]);
const C = id([1, 2]);
const sample = (identity: BuildIdentity, rank: number, member = `m${rank}`, encounterOrder = 1, player = member): Sample => ({
  identity,
  rank,
  encounterOrder,
  member,
  player,
});

describe("build identity", () => {
  it("is the sorted (talentID, points) list, whatever order the API listed", () => {
    expect(id([3, 1], [1, 2]).key).toBe(id([1, 2], [3, 1]).key);
    expect(id([1, 1]).key).not.toBe(id([1, 2]).key);
    expect(identityOfTalents([])).toBeNull();
  });
});

describe("rankBuilds: mode with deterministic ties", () => {
  it("takes the most common build even when it is far from a majority", () => {
    const samples = [
      sample(A, 1),
      sample(B, 2),
      sample(C, 3),
      sample(A, 4),
      sample(B, 5),
      sample(C, 6),
      sample(A, 7),
      sample(id([9, 9]), 8),
      sample(id([8, 8]), 9),
      sample(id([7, 7]), 10),
    ];
    const ranked = rankBuilds(samples);
    expect(ranked.sampleSize).toBe(10);
    expect(ranked.groups[0]!.identity.key).toBe(A.key);
    expect(ranked.groups[0]!.count).toBe(3);
    expect(popularity(3, 10)).toBe(0.3);
  });

  it("breaks a count tie by the best rank of each build", () => {
    const ranked = rankBuilds([sample(B, 3), sample(A, 2), sample(B, 1), sample(A, 4)]);
    expect(ranked.groups.map((g) => g.identity.key)).toEqual([B.key, A.key]);
    expect(ranked.groups[0]!.bestRank).toBe(1);
  });

  it("breaks a full tie (count and best rank) by the smaller identity, numerically", () => {
    const small = id([2, 1]);
    const large = id([10, 1]); // "10:1" < "2:1" as strings: the comparison must be numeric
    const ranked = rankBuilds([sample(large, 1, "x", 1), sample(small, 1, "y", 2)]);
    expect(ranked.groups[0]!.identity.key).toBe(small.key);
  });

  it("orders members best first (rank, encounter order, member) and is independent of input order", () => {
    const samples = [sample(A, 5, "e"), sample(A, 1, "b", 2), sample(A, 1, "a", 1), sample(A, 3, "c")];
    const forward = rankBuilds(samples);
    const backward = rankBuilds([...samples].reverse());
    expect(forward.groups[0]!.members.map((m) => m.member)).toEqual(["a", "b", "c", "e"]);
    expect(backward).toEqual(forward);
  });
});
