/**
 * Ranking rows for one (spec, encounter) pair. Each row's build is drawn from a small, skewed distribution over the
 * spec's builds so there is a clear most popular build; some pairs are deliberate ties. The rows split over the
 * spec's two hero trees: one tree leads, and the other's share varies per pair around the spec's own leaning, so
 * in some pairs the other tree holds a quarter or more of the players (the pipeline then offers its build as an
 * alternative) and in others one tree dominates, so both cases occur often. The rows carry the quirks the
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

/** How a spec's players split over its two hero trees, drawn once per spec so its rankings agree with each other. */
export interface HeroLeaning {
  /** Mean share of a ranking's rows on the hero tree that does not lead it. */
  readonly otherShare: number;
  /** Whether Mythic+ is led by the spec's second hero tree (an AoE tree for dungeons, another for raid bosses). */
  readonly mythicPlusSwaps: boolean;
}

/**
 * Spec leanings from one-sided (a few percent on the other tree) to nearly even. The range and the per-pair spread
 * below put the other tree at 25 % or more in about a third of the rankings: enough slots with an alternative,
 * and most without, to exercise both in the pipeline's output and the addon's prompts.
 */
const LEANING_SHARE = [0.04, 0.33] as const;
/** How far a pair's other-tree share strays from the spec's leaning, either way. */
const PAIR_SPREAD = 0.15;
/** Caps the other tree's share so the leading tree's most popular build stays the pair's clear favourite. */
const MAX_OTHER_SHARE = 0.4;

export function drawHeroLeaning(rng: Rng): HeroLeaning {
  const [low, high] = LEANING_SHARE;
  return { otherShare: low + rng.next() * (high - low), mythicPlusSwaps: rng.chance(0.25) };
}

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

/** Which build each rank gets: an index into `lead` order, then `other` order (rows of the other hero tree). */
function buildSlots(rng: Rng, n: number, tied: boolean, lead: number, other: number, otherShare: number): number[] {
  if (tied) return Array.from({ length: n }, (_, i) => Math.min(TIE_BLOCK[i % TIE_BLOCK.length]!, lead - 1));
  const otherRows = other === 0 ? 0 : Math.round(n * otherShare);
  const counts = [...countsFor(n - otherRows, WEIGHTS.slice(0, lead)), ...countsFor(otherRows, WEIGHTS.slice(0, other))];
  const slots: number[] = [];
  counts.forEach((c, build) => {
    for (let i = 0; i < c; i++) slots.push(build);
  });
  return rng.shuffle(slots);
}

/** The spec's builds by hero tree, each in the spec's order: the tree of the first build (the main tree) first. */
function byHeroTree(builds: readonly SampleBuild[]): [SampleBuild[], SampleBuild[]] {
  const main = builds[0]?.heroTree;
  return [builds.filter((b) => b.heroTree === main), builds.filter((b) => b.heroTree !== main)];
}

const BASE_AMOUNT: Record<Role, number> = { dps: 1_450_000, healer: 1_150_000, tank: 820_000 };

export function draftRows(
  rng: Rng,
  options: {
    n: number;
    builds: readonly SampleBuild[];
    role: Role;
    mythicPlus: boolean;
    quirks: SampleQuirkRates;
    leaning: HeroLeaning;
  },
): RowDraft[] {
  const { n, builds, quirks, mythicPlus, leaning } = options;
  const [main, second] = byHeroTree(builds);
  // Raid and Mythic+ favour different builds (as on the live site, where single-target and AoE builds differ):
  // some specs' Mythic+ lists are led by the other hero tree, the rest by another build of the main tree.
  const swapTrees = mythicPlus && leaning.mythicPlusSwaps && second.length > 0;
  const [lead, other] = swapTrees ? [second, main] : [main, second];
  const tied = lead.length >= 2 && rng.chance(quirks.tiedPairs);
  // Most encounters share their content's favourite, some favour another one, so per-encounter results differ.
  const favourites = mythicPlus && !swapTrees && lead.length >= 2 ? [lead[1]!, lead[0]!, ...lead.slice(2)] : [...lead];
  const leadOrder = rng.chance(0.7) ? favourites : rng.shuffle(lead);
  const otherOrder = rng.chance(0.7) ? other : rng.shuffle(other);
  const order = [...leadOrder, ...otherOrder];
  // Tied pairs keep to the leading tree: the tie block alone places every row, so the tie stays exact.
  const drift = (rng.next() * 2 - 1) * PAIR_SPREAD;
  const otherShare = tied ? 0 : Math.min(MAX_OTHER_SHARE, Math.max(0, leaning.otherShare + drift));
  const slots = buildSlots(rng, n, tied, lead.length, other.length, otherShare);
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
