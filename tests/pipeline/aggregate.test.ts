import { describe, expect, it } from "vitest";
import { encodeLoadout, normalizeCode, zeroHash } from "@att/contract";
import { popularity, rankBuilds, type Sample } from "../../packages/pipeline/src/core/aggregate";
import { identityOfTalents, talentsKey, type BuildIdentity } from "../../packages/pipeline/src/core/identity";
import { Resolver, type ResolveTarget } from "../../packages/pipeline/src/core/resolve";
import { buildSamples, buildTargets } from "../../packages/pipeline/src/core/samples";
import type { RankedEntry } from "../../packages/pipeline/src/core/entry";
import type { PlannedEncounter } from "../../packages/pipeline/src/core/plan-types";

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

/** A real, valid loadout string for the spec, distinct per `variant`. */
function code(specId: number, variant: number, hashByte = 0): string {
  const hash = zeroHash();
  hash[0] = hashByte;
  const encoded = encodeLoadout({
    version: 2,
    specId,
    treeHash: hash,
    recordCount: 10 + variant,
    nodes: [{ index: variant, purchased: true }],
  });
  if (!encoded.ok) throw new Error(encoded.error.message);
  return encoded.value;
}

function canon(text: string): string {
  const normalized = normalizeCode(text);
  if (!normalized.ok) throw new Error(normalized.error.message);
  return normalized.value;
}

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

function entry(
  specId: number,
  encounterId: number,
  rank: number,
  talents: [number, number][] | null,
  name = `P${encounterId}r${rank}`,
): RankedEntry {
  return {
    specId,
    encounterId,
    content: "raid",
    section: "mythic",
    encounterOrder: encounterId,
    rank,
    name,
    server: "Realm",
    reportCode: `R${encounterId}x${rank}`,
    fightId: 1,
    startTime: 1000 + rank,
    build: talents === null ? null : talentsKey(talents.map(([talentID, points]) => ({ talentID, points }))),
  };
}

const ENCOUNTERS: PlannedEncounter[] = [1, 2].map((id) => ({
  id,
  name: `Boss ${id}`,
  content: "raid",
  zoneId: 9,
  order: id,
  journalId: 100 + id,
}));

/** Runs the resolver to completion with a fixed answer table, counting rounds. */
function resolveAll(targets: ResolveTarget[], answers: Map<string, string | null>, known = new Map<string, string>()) {
  const resolver = new Resolver(targets, (m) => !m.includes("Anonymous"), known);
  const asked: string[][] = [];
  for (;;) {
    const wanted = resolver.step();
    if (wanted.length === 0) break;
    asked.push(wanted);
    for (const m of wanted) resolver.record(m, answers.get(m) ?? null);
  }
  return { resolver, asked };
}

describe("choosing import strings", () => {
  const entries = [
    entry(62, 1, 1, [[1, 1]]),
    entry(62, 1, 2, [[1, 1]]),
    entry(62, 1, 3, [[2, 1]]),
    entry(62, 2, 1, [[2, 1]]),
    entry(62, 2, 2, [[2, 1]]),
    entry(62, 2, 3, [[1, 1]]),
  ];
  const member = (e: RankedEntry): string => `${e.reportCode}#${e.fightId}#${e.name}#${e.server}`;
  const samples = buildSamples(entries, new Map(), new Map());
  const targets = buildTargets([62], [{ section: "mythic", encounters: ENCOUNTERS, general: true }], samples);

  it("looks up one member per build that will be written, shared between targets", () => {
    const answers = new Map(entries.map((e) => [member(e), code(62, Number(e.build!.split(":")[0]))]));
    const { resolver, asked } = resolveAll(targets, answers);
    expect(asked).toHaveLength(1);
    // Two builds: 1:1 wins boss 1, 2:1 boss 2; pooled they tie 3:3 with best rank 1 each, so the smaller identity wins.
    expect(asked[0]).toHaveLength(2);
    expect(resolver.result("62/mythic/encounter/1")!.code).toBe(canon(code(62, 1)));
    expect(resolver.result("62/mythic/general")!.group.identity.key).toBe("1:1");
    expect(resolver.result("62/mythic/general")!.group.count).toBe(3);
  });

  it("replaces a missing or wrong-spec string by the next member's, and stores the canonical form", () => {
    const answers = new Map<string, string | null>([
      [member(entries[0]!), null], // no string
      [member(entries[1]!), code(63, 1)], // another spec's string
      [member(entries[5]!), code(62, 1, 0xab)], // valid, with a tree hash: must come out canonical
      [member(entries[3]!), code(62, 2)],
    ]);
    const { resolver } = resolveAll(targets, answers);
    const chosen = resolver.result("62/mythic/encounter/1")!;
    expect(chosen.code).toBe(canon(code(62, 1, 0xab)));
    expect(chosen.groupIndex).toBe(0);
    expect(resolver.stats.missing).toBe(1);
    expect(resolver.stats.rejected).toBe(1);
  });

  it("falls back to the next build when no member of the most popular one has a usable string", () => {
    const answers = new Map<string, string | null>([
      [member(entries[2]!), code(62, 2)],
      [member(entries[3]!), code(62, 2)],
    ]);
    const { resolver } = resolveAll(targets, answers);
    const chosen = resolver.result("62/mythic/encounter/1")!;
    expect(chosen.groupIndex).toBe(1);
    expect(chosen.group.identity.key).toBe("2:1");
  });

  it("serves a lower tier fully, its retries included, before a higher tier asks for anything", () => {
    const general = targets.find((t) => t.id === "62/mythic/general")!;
    const one = general.builds.groups.find((g) => g.identity.key === "1:1")!;
    const two = general.builds.groups.find((g) => g.identity.key === "2:1")!;
    const tiered: ResolveTarget[] = [
      { id: "encounter", specId: 62, builds: { sampleSize: 6, groups: [two] }, tier: 1 },
      { id: "general", specId: 62, builds: { sampleSize: 6, groups: [one] }, tier: 0 },
    ];
    const oneMembers = one.members.map((m) => m.member);
    // Only the last member of build 1:1 has a string: the general target needs every retry.
    const answers = new Map<string, string | null>([
      ...oneMembers.map((m, i) => [m, i === oneMembers.length - 1 ? code(62, 1) : null] as const),
      ...two.members.map((m) => [m.member, code(62, 2)] as const),
    ]);
    const { resolver, asked } = resolveAll(tiered, answers);
    const firstOfTwo = asked.findIndex((round) => round.some((m) => !oneMembers.includes(m)));
    expect(asked.length).toBeGreaterThan(2);
    expect(asked.slice(0, firstOfTwo).flat()).toEqual(oneMembers);
    expect(
      asked
        .slice(firstOfTwo)
        .flat()
        .every((m) => !oneMembers.includes(m)),
    ).toBe(true);
    expect(resolver.result("general")!.code).toBe(canon(code(62, 1)));
    expect(resolver.result("encounter")!.code).toBe(canon(code(62, 2)));
  });

  it("never looks up anonymous players and uses strings already known for rows without talents", () => {
    const anon = entry(62, 1, 1, null, "Anonymous");
    const noTalents = entry(62, 1, 2, null);
    const withCodes = buildSamples([anon, noTalents], new Map([[member(noTalents), code(62, 4)]]), new Map());
    expect(withCodes.skipped.get("62:mythic:1")!.noBuild).toBe(1);
    const t = buildTargets([62], [{ section: "mythic", encounters: [ENCOUNTERS[0]!], general: false }], withCodes);
    const { resolver, asked } = resolveAll(t, new Map(), new Map(withCodes.knownCodes));
    expect(asked).toHaveLength(0);
    expect(resolver.result("62/mythic/encounter/1")!.code).toBe(canon(code(62, 4)));
  });
});
