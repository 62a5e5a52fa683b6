/**
 * Ranking rows for one (spec, encounter) pair. Each row's build is drawn from a small, skewed distribution over the
 * spec's builds so there is a clear most popular build; some pairs are deliberate ties. The rows carry the quirks the
 * pipeline must cope with on the real API: anonymous players, rows without a talent list and (Mythic+) leaderboard
 * runs without a log. Names, servers and reports are attached later, in rankings.ts.
 */
import type { Role } from "@att/contract";
import type { Rng } from "./prng";
import type { SampleBuild } from "./talents";

export interface SampleQuirkRates {
  /** Rows whose player is hidden: name "Anonymous", so it cannot be matched to a report actor. */
  readonly anonymous: number;
  /** Rows without a talent list even when combatant info is requested. */
  readonly noTalents: number;
  /** Report fights whose talentImportCode is null for the player. */
  readonly nullCode: number;
  /** Report fights that return another spec's string for the player (a respec between pull and export). */
  readonly wrongSpecCode: number;
  /** Mythic+ runs on the leaderboard without a backing log (no report, no talents); hidden by leaderboard: LogsOnly. */
  readonly leaderboardOnly: number;
  /** Share of (spec, encounter) pairs whose top two builds tie on every multiple of ten rows. */
  readonly tiedPairs: number;
}

export const DEFAULT_QUIRKS: SampleQuirkRates = {
  anonymous: 0.05,
  noTalents: 0.04,
  nullCode: 0.06,
  wrongSpecCode: 0.01,
  leaderboardOnly: 0.08,
  tiedPairs: 0.1,
};

/** A row before a player and a report are attached. */
export interface RowDraft {
  readonly build: SampleBuild;
  readonly amount: number;
  readonly duration: number;
  /** Keystone level of a Mythic+ run; 0 for raid. Always a number: a field that is sometimes undefined made
   * V8 migrate every row object and tripled generation time. */
  readonly keyLevel: number;
  readonly anonymous: boolean;
  readonly talentsListed: boolean;
  readonly leaderboardOnly: boolean;
}

/** Popularity of the spec's builds, most popular first; the first weight is well clear of the second. */
const WEIGHTS = [0.42, 0.22, 0.16, 0.12, 0.08];
/** Ten-row block in which builds A and B have four rows each: they tie on any multiple of ten rows and A ranks first. */
const TIE_BLOCK = [0, 1, 0, 1, 2, 0, 1, 0, 1, 3];

/** Largest-remainder counts for n rows. */
function countsFor(n: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / total) * n);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0, left = n - counts.reduce((a, b) => a + b, 0); k < left; k++) counts[order[k % order.length]![1]]!++;
  return counts;
}

/** Which build each rank gets (index into the encounter's build order). */
function buildSlots(rng: Rng, n: number, tied: boolean, buildCount: number): number[] {
  if (tied) return Array.from({ length: n }, (_, i) => Math.min(TIE_BLOCK[i % TIE_BLOCK.length]!, buildCount - 1));
  const counts = countsFor(n, WEIGHTS.slice(0, buildCount));
  const slots: number[] = [];
  counts.forEach((c, build) => {
    for (let i = 0; i < c; i++) slots.push(build);
  });
  return rng.shuffle(slots);
}

const BASE_AMOUNT: Record<Role, number> = { dps: 1_450_000, healer: 1_150_000, tank: 820_000 };

export function draftRows(
  rng: Rng,
  options: { n: number; builds: readonly SampleBuild[]; role: Role; mythicPlus: boolean; quirks: SampleQuirkRates },
): RowDraft[] {
  const { n, builds, quirks, mythicPlus } = options;
  const tied = builds.length >= 2 && rng.chance(quirks.tiedPairs);
  // Raid and Mythic+ favour different builds (as on the live site, where single-target and AoE builds differ);
  // most encounters share their content's favourite, some favour another one, so per-encounter results differ.
  const favourites = mythicPlus && builds.length >= 2 ? [builds[1]!, builds[0]!, ...builds.slice(2)] : [...builds];
  const order = rng.chance(0.7) ? favourites : rng.shuffle(builds);
  const slots = buildSlots(rng, n, tied, builds.length);
  // Tied pairs keep every row usable so the tie survives whatever filter the pipeline applies.
  const quirk = (p: number): boolean => !tied && rng.chance(p);
  const base = mythicPlus ? 540 : BASE_AMOUNT[options.role] * (0.9 + rng.next() * 0.2);
  const amounts = Array.from({ length: n }, (_, i) => base * (1 - (mythicPlus ? 0.0025 : 0.004) * i) * (1 + rng.next() * 0.003));
  amounts.sort((a, b) => b - a);
  return slots.map((slot, i) => {
    const leaderboardOnly = mythicPlus && quirk(quirks.leaderboardOnly);
    return {
      build: order[slot]!,
      amount: Math.round(amounts[i]! * 100) / 100,
      duration: mythicPlus ? rng.int(1_500_000, 2_100_000) : rng.int(210_000, 420_000),
      keyLevel: mythicPlus ? 22 - Math.floor((i * 10) / n) : 0,
      anonymous: quirk(quirks.anonymous),
      talentsListed: !leaderboardOnly && !quirk(quirks.noTalents),
      leaderboardOnly,
    };
  });
}
