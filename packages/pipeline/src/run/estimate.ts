import type { ContentType } from "@att/contract";
import { PAGE_SIZE } from "../wcl/rankings";

/** Sizes of one run, for the dry-run plan and the bench. */
export interface PlanSize {
  readonly specs: number;
  /** Ranked (encounter, difficulty) pairs per spec: one rankings page each for top N <= 100. */
  readonly encounters: number;
  readonly generalContents: readonly ContentType[];
  readonly topN: number;
  readonly discoveryRequests: number;
  readonly batch: { readonly rankings: number; readonly reports: number; readonly fights: number };
  /** Points per alias by kind (learned costs or the live defaults). */
  readonly cost: { readonly rankings: number; readonly reportActors: number; readonly importCodes: number };
  /** Points import-string lookups may spend. */
  readonly codeBudget: number;
  readonly concurrency: number;
  readonly spacingMs: number;
  /** The budget as the API reported it, when known. */
  readonly budget?: { readonly left: number; readonly limit: number; readonly resetInMs: number };
}

export interface Estimate {
  readonly rankingPages: number;
  readonly rankingRequests: number;
  /** Upper bound: one per target (targets sharing a build share its lookup). */
  readonly builds: number;
  /** Import strings the code budget pays for (one report's players + one fight alias each, at most). */
  readonly lookups: number;
  readonly lookupRequests: { readonly min: number; readonly max: number };
  readonly requests: { readonly min: number; readonly max: number };
  readonly points: { readonly min: number; readonly max: number };
  /** Whether the most the run can cost fits in what is left this hour (undefined: budget unknown). */
  readonly fits?: boolean;
  /** Hourly resets the run has to wait for at most. */
  readonly resets: number;
  /** Expected wall time in seconds: requests at the pace of spacing and latency, plus waits for resets. */
  readonly seconds: { readonly min: number; readonly max: number };
}

/** Expected lookup rounds: most builds resolve on the first member, a few need a second or third round. */
const ROUNDS = 3;
/** Live answer time per request: a 10-page rankings answer is ~5 MB (assumed ~2 s; unverified). */
export const ASSUMED_LATENCY_MS = 2000;
const HOUR_MS = 3_600_000;
/** The two rate-limit probes (before the first costly request, after the last), 1 point each: LIVE_COSTS.rateLimit. */
const PROBE_POINTS = 2;

/**
 * Request, point and time estimate before anything is fetched. Rankings: one page per pair per 100 players (a
 * Mythic+ board repeats characters, ~77 in 100 rows, so a top N above ~75 can need one page more than priced here);
 * import strings are bounded by the code budget: at most one lookup per build, each a report's players plus a fight.
 */
export function estimate(size: PlanSize): Estimate {
  const pagesPerPair = Math.max(1, Math.ceil(size.topN / PAGE_SIZE));
  const rankingPages = size.specs * size.encounters * pagesPerPair;
  const rankingRequests = Math.ceil(rankingPages / size.batch.rankings);
  const builds = size.specs * (size.encounters + size.generalContents.length);
  const perLookup = size.cost.reportActors + size.cost.importCodes;
  const lookups = perLookup <= 0 ? builds : Math.min(builds, Math.floor(size.codeBudget / perLookup));
  const firstRound = lookups === 0 ? 0 : Math.ceil(lookups / size.batch.reports) + Math.ceil(lookups / size.batch.fights);
  const lookupRequests = { min: lookups === 0 ? 0 : 2, max: lookups === 0 ? 0 : firstRound + 2 * (ROUNDS - 1) };
  const lookupPoints = { min: lookups === 0 ? 0 : perLookup, max: Math.min(size.codeBudget, builds * perLookup) };
  const points = {
    min: rankingPages * size.cost.rankings + lookupPoints.min + PROBE_POINTS,
    max: rankingPages * size.cost.rankings + lookupPoints.max + PROBE_POINTS,
  };
  // Two extra requests: the rate-limit probe before the first costly request and after the last one.
  const requests = {
    min: size.discoveryRequests + rankingRequests + lookupRequests.min + 2,
    max: size.discoveryRequests + rankingRequests + lookupRequests.max + 2,
  };
  const left = size.budget?.left;
  const fits = left === undefined ? undefined : points.max <= left;
  const resets =
    left === undefined || size.budget === undefined ? 0 : points.max <= left ? 0 : Math.ceil((points.max - left) / size.budget.limit);
  const wait = resets === 0 ? 0 : size.budget!.resetInMs + (resets - 1) * HOUR_MS;
  const pace = Math.max(size.spacingMs, ASSUMED_LATENCY_MS / Math.max(1, size.concurrency));
  return {
    rankingPages,
    rankingRequests,
    builds,
    lookups,
    lookupRequests,
    requests,
    points,
    fits,
    resets,
    seconds: { min: (requests.min * pace) / 1000 + wait / 1000, max: (requests.max * pace) / 1000 + wait / 1000 },
  };
}
