/**
 * The consensus pick of a sample: the logged build closest to all the others (a medoid), and what it stands for.
 *
 * Real top builds barely repeat exactly (on a real Mythic+ page 40 players held 34 distinct builds), so the most
 * common exact build is mostly the best-ranked player's build with a count of one or two. The medoid is still a
 * build a real player logged (never assembled talent by talent: such a mix can be illegal), but the one the sample
 * agrees with most. Distance is distance.ts's: the sum over trait entries of the difference of their ranks.
 *
 * The total distance of a candidate to the sample splits per entry, Σ_e Σ_i |c_e − x_ie|, so it is computed from a
 * per-entry histogram of the sample's ranks in O(entries of the candidate) instead of a pass over the sample: a
 * general slot of 400 entries and 300 distinct builds costs microseconds, not 120,000 pairwise distances. Pure.
 */
import { FLEX_CORE_SHARE, FLEX_OUTSIDE_SHARE, NEAR_DISTANCE, type FlexTalent, type TalentEntry } from "@att/contract";
import type { BuildGroup } from "./aggregate";
import { compareIdentity } from "./identity";
import { compareMembers } from "./aggregate";
import { buildDistance } from "./distance";

/** One distinct build of a sample with its entries parsed once (sorted by entryId, each entryId once). */
export interface SampleBuild {
  readonly group: BuildGroup;
  readonly entries: readonly TalentEntry[];
}

/** What a pick states about its sample: the contract's Pick without the build. */
export interface PickFigures {
  /** Sample entries on exactly the pick. */
  readonly count: number;
  /** Sample entries within NEAR_DISTANCE of the pick, its own included. */
  readonly near: number;
  readonly sampleSize: number;
  /** Distinct players behind the sample entries. */
  readonly players: number;
  readonly flex?: readonly FlexTalent[];
}

/** Sum over the sample of each entry's rank: histogram[entryId][rank] = sample entries holding it at that rank. */
type RankHistogram = Map<number, number[]>;

function histogram(part: readonly SampleBuild[]): RankHistogram {
  const out: RankHistogram = new Map();
  for (const { group, entries } of part) {
    for (const e of entries) {
      let ranks = out.get(e.entryId);
      if (ranks === undefined) out.set(e.entryId, (ranks = []));
      ranks[e.rank] = (ranks[e.rank] ?? 0) + group.count;
    }
  }
  return out;
}

/** Σ over the sample of |v − rank| for one entry, with entries not holding it at rank 0. */
function entryCost(ranks: readonly number[] | undefined, holders: number, v: number, sampleSize: number): number {
  let cost = (sampleSize - holders) * v;
  if (ranks !== undefined) for (let r = 1; r < ranks.length; r++) if (ranks[r] !== undefined) cost += ranks[r]! * Math.abs(v - r);
  return cost;
}

/**
 * Total distance of each candidate to the sample `part` (candidates are usually the part itself). The constant
 * Σ_e Σ_i x_ie (every candidate at rank 0) plus, per entry the candidate holds, its cost at its rank minus at 0.
 */
export function totalDistances(candidates: readonly SampleBuild[], part: readonly SampleBuild[]): number[] {
  const hist = histogram(part);
  const sampleSize = part.reduce((n, b) => n + b.group.count, 0);
  let base = 0;
  const holders = new Map<number, number>();
  for (const [entryId, ranks] of hist) {
    let held = 0;
    for (let r = 1; r < ranks.length; r++) {
      if (ranks[r] === undefined) continue;
      held += ranks[r]!;
      base += ranks[r]! * r;
    }
    holders.set(entryId, held);
  }
  return candidates.map(({ entries }) => {
    let total = base;
    for (const e of entries) {
      const ranks = hist.get(e.entryId);
      const held = holders.get(e.entryId) ?? 0;
      total += entryCost(ranks, held, e.rank, sampleSize) - entryCost(ranks, held, 0, sampleSize);
    }
    return total;
  });
}

/**
 * The medoid of `part`: least total distance; ties to more entries on exactly that build, then its best-ranked
 * member (rank, encounter order, then the member key: a fixed order). undefined for an empty part.
 */
export function medoid(part: readonly SampleBuild[]): SampleBuild | undefined {
  const totals = totalDistances(part, part);
  let best = -1;
  for (let i = 0; i < part.length; i++) {
    if (best < 0) {
      best = i;
      continue;
    }
    const d = totals[i]! - totals[best]!;
    const a = part[i]!.group;
    const b = part[best]!.group;
    if (d < 0 || (d === 0 && (a.count > b.count || (a.count === b.count && tieBreak(a, b) < 0)))) best = i;
  }
  return best < 0 ? undefined : part[best];
}

function tieBreak(a: BuildGroup, b: BuildGroup): number {
  return compareMembers(a.members[0]!, b.members[0]!) || compareIdentity(a.identity, b.identity);
}

/**
 * How many sample entries a talent's share is judged against (flex thresholds), or undefined to leave it out of
 * the flex talents. By default every talent is judged against the whole part.
 */
export type FlexBase = (entryId: number, sampleSize: number) => number | undefined;

/**
 * The figures of `pick` over its sample `part`. Flex: the pick's entries that fewer than FLEX_CORE_SHARE of their
 * base take, and entries outside the pick that at least FLEX_OUTSIDE_SHARE of their base take (see FlexBase).
 * "Take" is at any rank; `taken` counts sample entries of the whole part.
 */
export function pickFigures(pick: SampleBuild, part: readonly SampleBuild[], base: FlexBase = (_, n) => n): PickFigures {
  let sampleSize = 0;
  let near = 0;
  const players = new Set<string>();
  const taken = new Map<number, number>();
  for (const b of part) {
    sampleSize += b.group.count;
    if (buildDistance(pick.entries, b.entries) <= NEAR_DISTANCE) near += b.group.count;
    for (const m of b.group.members) players.add(m.player);
    for (const e of b.entries) taken.set(e.entryId, (taken.get(e.entryId) ?? 0) + b.group.count);
  }
  const inPick = new Set(pick.entries.map((e) => e.entryId));
  const flex: FlexTalent[] = [];
  for (const e of pick.entries) {
    const n = taken.get(e.entryId) ?? 0;
    const of = base(e.entryId, sampleSize);
    if (of !== undefined && n < FLEX_CORE_SHARE * of) flex.push({ entryId: e.entryId, taken: n });
  }
  for (const [entryId, n] of taken) {
    const of = inPick.has(entryId) ? undefined : base(entryId, sampleSize);
    if (of !== undefined && n >= FLEX_OUTSIDE_SHARE * of) flex.push({ entryId, taken: n });
  }
  flex.sort((a, b) => a.entryId - b.entryId);
  const figures = { count: pick.group.count, near, sampleSize, players: players.size };
  return flex.length === 0 ? figures : { ...figures, flex };
}
