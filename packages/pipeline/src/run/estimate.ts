import type { ContentType } from "@att/contract";
import { PAGE_SIZE } from "../wcl/rankings";

/** Sizes of one run, for the dry-run plan and the bench. */
export interface PlanSize {
  readonly specs: number;
  readonly encounters: number;
  readonly generalContents: readonly ContentType[];
  readonly topN: number;
  readonly discoveryRequests: number;
  readonly batch: { readonly rankings: number; readonly reports: number; readonly fights: number };
  /** Points per alias by kind (learned costs or the initial guesses). */
  readonly cost: { readonly rankings: number; readonly reportActors: number; readonly importCodes: number };
}

export interface Estimate {
  readonly rankingPages: number;
  readonly rankingRequests: number;
  readonly builds: number;
  readonly lookupRequests: { readonly min: number; readonly max: number };
  readonly requests: { readonly min: number; readonly max: number };
  readonly points: { readonly min: number; readonly max: number };
}

/** Expected lookup rounds: most builds resolve on the first member, a few need a second or third round. */
const ROUNDS = 3;

/**
 * Request and point estimate before anything is fetched. Builds are counted as one per target (upper bound:
 * targets sharing a build share its lookup), lookups as two requests per round (players, then strings).
 */
export function estimate(size: PlanSize): Estimate {
  const pagesPerPair = Math.max(1, Math.ceil(size.topN / PAGE_SIZE));
  const rankingPages = size.specs * size.encounters * pagesPerPair;
  const rankingRequests = Math.ceil(rankingPages / size.batch.rankings);
  const builds = size.specs * (size.encounters + size.generalContents.length);
  const firstRound = Math.ceil(builds / size.batch.reports) + Math.ceil(builds / size.batch.fights);
  const lookupRequests = { min: builds === 0 ? 0 : 2, max: builds === 0 ? 0 : firstRound + 2 * (ROUNDS - 1) };
  const lookupPoints = { min: builds > 0 ? 1 : 0, max: builds * 1.5 * (size.cost.reportActors + size.cost.importCodes) };
  return {
    rankingPages,
    rankingRequests,
    builds,
    lookupRequests,
    requests: {
      min: size.discoveryRequests + rankingRequests + lookupRequests.min,
      max: size.discoveryRequests + rankingRequests + lookupRequests.max,
    },
    points: {
      min: rankingPages * size.cost.rankings + lookupPoints.min,
      max: rankingPages * size.cost.rankings + lookupPoints.max,
    },
  };
}
