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
  readonly batch: { readonly rankings: number };
  /** Points per rankings alias (learned cost or the live default). */
  readonly cost: { readonly rankings: number };
  readonly concurrency: number;
  readonly spacingMs: number;
  /** The budget as the API reported it, when known. */
  readonly budget?: { readonly left: number; readonly limit: number; readonly resetInMs: number };
}

export interface Estimate {
  readonly rankingPages: number;
  readonly rankingRequests: number;
  /** Upper bound: one per target; each gets its import string encoded locally, at no cost. */
  readonly builds: number;
  readonly requests: { readonly min: number; readonly max: number };
  readonly points: { readonly min: number; readonly max: number };
  /** Whether the most the run can cost fits in what is left this hour (undefined: budget unknown). */
  readonly fits?: boolean;
  /** Hourly resets the run has to wait for at most. */
  readonly resets: number;
  /** Expected wall time in seconds: requests at the pace of spacing and latency, plus waits for resets. */
  readonly seconds: { readonly min: number; readonly max: number };
}

/** Live answer time per request: a 10-page rankings answer is ~5 MB (assumed ~2 s; unverified). */
export const ASSUMED_LATENCY_MS = 2000;
const HOUR_MS = 3_600_000;
/** The two rate-limit probes (before the first costly request, after the last), 1 point each: LIVE_COSTS.rateLimit. */
const PROBE_POINTS = 2;

/**
 * Request, point and time estimate before anything is fetched. Rankings: one page per pair per 100 players (a
 * Mythic+ board repeats characters, ~77 in 100 rows, so a top N above ~75 can need one page more than priced here);
 * import strings cost nothing (encoded from the talent trees), the tree files are not Warcraft Logs requests.
 */
export function estimate(size: PlanSize): Estimate {
  const pagesPerPair = Math.max(1, Math.ceil(size.topN / PAGE_SIZE));
  const rankingPages = size.specs * size.encounters * pagesPerPair;
  const rankingRequests = Math.ceil(rankingPages / size.batch.rankings);
  const builds = size.specs * (size.encounters + size.generalContents.length);
  const points = { min: rankingPages * size.cost.rankings + PROBE_POINTS, max: rankingPages * size.cost.rankings + PROBE_POINTS };
  // Two extra requests: the rate-limit probe before the first costly request and after the last one (1 point each).
  const requests = { min: size.discoveryRequests + rankingRequests + 2, max: size.discoveryRequests + rankingRequests + 2 };
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
    requests,
    points,
    fits,
    resets,
    seconds: { min: (requests.min * pace) / 1000 + wait / 1000, max: (requests.max * pace) / 1000 + wait / 1000 },
  };
}
