/**
 * Ranking rows for one (spec, encounter) pair. Each row is a player with a build of their own: a hero tree (the
 * spec's players split over its two trees, one leading, the other's share varying per pair around the spec's own
 * leaning, so some rankings have a popular alternative and most do not), and on it the core build with the player's
 * own flex talents (flex.ts), so whole builds barely repeat, as on the real boards. The rows carry the quirks real
 * rows have (../shared/testdata/wcl-real): hidden players, empty talent lists, a talentID listed twice, Mythic+
 * characters ranked once per run (a board of 100 rows holds ~77 players), leaderboard runs without a log, and the
 * fault modes of report lookups. Names, servers and reports are attached later, in rankings.ts.
 */
import type { Role } from "@att/contract";
import { drawMask, encounterShares, flexBuild, type SpecModel } from "./flex";
import type { Rng } from "./prng";
import type { SampleBuild } from "./talents";

export interface SampleQuirkRates {
  /** Rows whose player is hidden: name "Anonymous", `hidden: true`, no server, report code "a:..." (real: 2 %). */
  readonly anonymous: number;
  /** Rows without a talent list even when combatant info is requested (real: none in 200 rows; kept rare). */
  readonly noTalents: number;
  /** Rows whose talent list is `[]` (real: 1 in 200). */
  readonly emptyList: number;
  /** Rows that list one talentID twice (real: 1 in 200). */
  readonly repeatedId: number;
  /** Mythic+ rows that are another run of a character already higher on the board (real: 23 of 100 rows). */
  readonly repeatedRun: number;
  /** Report fights whose talentImportCode is null for the player. */
  readonly nullCode: number;
  /** Report fights that return another spec's string for the player (a respec between pull and export). */
  readonly wrongSpecCode: number;
  /** Mythic+ runs on the leaderboard without a backing log (no report, no talents); hidden by leaderboard: LogsOnly. */
  readonly leaderboardOnly: number;
}

export const DEFAULT_QUIRKS: SampleQuirkRates = {
  anonymous: 0.02,
  noTalents: 0.005,
  emptyList: 0.005,
  repeatedId: 0.005,
  repeatedRun: 0.25,
  nullCode: 0.06,
  wrongSpecCode: 0.01,
  leaderboardOnly: 0.08,
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
/** Caps the other tree's share so the leading tree keeps a clear majority of the ranking. */
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
  readonly emptyList: boolean;
  readonly repeatedId: boolean;
  readonly leaderboardOnly: boolean;
  /** Mythic+: the index of an earlier row of the same character (another run of theirs), else -1. */
  readonly repeatOf: number;
}

const BASE_AMOUNT: Record<Role, number> = { dps: 1_450_000, healer: 1_150_000, tank: 820_000 };

export function draftRows(
  rng: Rng,
  options: {
    n: number;
    model: SpecModel;
    role: Role;
    mythicPlus: boolean;
    quirks: SampleQuirkRates;
    leaning: HeroLeaning;
  },
): RowDraft[] {
  const { n, model, quirks, mythicPlus, leaning } = options;
  const [main, second] = model.heroes;
  // Some specs' Mythic+ rankings are led by the other hero tree (an AoE tree for dungeons, another for bosses).
  const swapTrees = mythicPlus && leaning.mythicPlusSwaps && second !== undefined;
  const [lead, other] = swapTrees ? [second, main!] : [main!, second];
  const drift = (rng.next() * 2 - 1) * PAIR_SPREAD;
  const otherShare = other === undefined ? 0 : Math.min(MAX_OTHER_SHARE, Math.max(0, leaning.otherShare + drift));
  const leadShares = encounterShares(rng, lead, mythicPlus);
  const otherShares = other === undefined ? [] : encounterShares(rng, other, mythicPlus);
  const otherRows = Math.round(n * otherShare);
  const onOther = rng.shuffle(Array.from({ length: n }, (_, i) => i < otherRows));
  const base = mythicPlus ? 540 : BASE_AMOUNT[options.role] * (0.9 + rng.next() * 0.2);
  const amounts = Array.from({ length: n }, (_, i) => base * (1 - (mythicPlus ? 0.0025 : 0.004) * i) * (1 + rng.next() * 0.003));
  amounts.sort((a, b) => b - a);
  return onOther.map((useOther, i) => {
    const hero = useOther && other !== undefined ? other : lead;
    const build = flexBuild(model, hero, drawMask(rng, hero === lead ? leadShares : otherShares));
    const leaderboardOnly = mythicPlus && rng.chance(quirks.leaderboardOnly);
    const listed = !leaderboardOnly && !rng.chance(quirks.noTalents);
    return {
      build,
      amount: Math.round(amounts[i]! * 100) / 100,
      duration: mythicPlus ? rng.int(1_500_000, 2_100_000) : rng.int(210_000, 420_000),
      keyLevel: mythicPlus ? 22 - Math.floor((i * 10) / n) : 0,
      anonymous: rng.chance(quirks.anonymous),
      talentsListed: listed,
      emptyList: listed && rng.chance(quirks.emptyList),
      repeatedId: listed && rng.chance(quirks.repeatedId),
      leaderboardOnly,
      repeatOf: mythicPlus && i > 0 && rng.chance(quirks.repeatedRun) ? rng.int(0, i - 1) : -1,
    };
  });
}
