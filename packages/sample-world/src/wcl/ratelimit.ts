/**
 * The sample API's points budget, priced like the live API as public clients measured it in 2026 (reported, not
 * verified here; Warcraft Logs publishes no formula): what matters for the pipeline is that each kind of alias has
 * its own price, that aliases add up, that rateLimitData is free beside other work but billed alone, and that the
 * budget runs out and resets.
 */

/** Points charged per field resolved. Every alias and every page counts; all other fields are free. */
export const COST_MODEL = {
  /** worldData.encounter(...).characterRankings / fightRankings: one page of rankings (~1.0 live). */
  rankingsPage: 1,
  /** report(code).masterData { actors }: the players of one report (~1.0 live). */
  reportActors: 1,
  /** report(code).fights(...): one report's fights (~2.0 live for a fights alias with talentImportCode). */
  reportFights: 2,
  /** Each talentImportCode(actorID) inside it (live figures 2.0-2.3 per alias: a few actors each). */
  importCode: 0.1,
  /** A request that selects nothing but rateLimitData (1.00 live, 2026); free when selected beside other fields. */
  rateLimitOnly: 1,
} as const;

export const COST_MODEL_TEXT =
  "live prices (reported): 1 point per characterRankings page (per alias and per page); per report alias " +
  "1 for masterData.actors and 2 + 0.1 per talentImportCode for fights; 0 for world data, game data and rateLimitData " +
  "beside them; 1 for a request holding rateLimitData alone";

export interface RateLimitSnapshot {
  readonly limitPerHour: number;
  readonly pointsSpentThisHour: number;
  /** Whole seconds until the budget resets. */
  readonly pointsResetIn: number;
}

export interface RateLimiterOptions {
  readonly limitPerHour?: number;
  /** Length of the budget window; an hour on the real API. */
  readonly windowMs?: number;
  readonly now?: () => number;
  /** The window to continue (a server restarted within its hour keeps the spend, as the live budget does). */
  readonly resume?: BudgetWindow;
}

/** The current window: points spent in it and when it ends (ms since the epoch). */
export interface BudgetWindow {
  readonly spent: number;
  readonly windowEnd: number;
}

export interface RateLimiter {
  snapshot(): RateLimitSnapshot;
  /** True when the hour's budget is used up. */
  exhausted(): boolean;
  charge(points: number): void;
  /** Spends the rest of the budget now and makes the window reset in `resetInMs`. */
  exhaust(resetInMs: number): void;
  /** Every point charged since creation, across windows. */
  totalCharged(): number;
  /** The current window, to resume it after a restart. */
  window(): BudgetWindow;
}

export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const limit = options.limitPerHour ?? 3600;
  const windowMs = options.windowMs ?? 3_600_000;
  const now = options.now ?? Date.now;
  const resumed = options.resume !== undefined && options.resume.windowEnd > now() ? options.resume : undefined;
  let windowEnd = resumed?.windowEnd ?? now() + windowMs;
  let spent = resumed?.spent ?? 0;
  let total = 0;
  const roll = (): void => {
    const t = now();
    if (t >= windowEnd) {
      spent = 0;
      windowEnd = t + windowMs;
    }
  };
  return {
    snapshot() {
      roll();
      return { limitPerHour: limit, pointsSpentThisHour: spent, pointsResetIn: Math.max(0, Math.ceil((windowEnd - now()) / 1000)) };
    },
    exhausted() {
      roll();
      return spent >= limit;
    },
    charge(points) {
      roll();
      spent += points;
      total += points;
    },
    exhaust(resetInMs) {
      roll();
      spent = Math.max(spent, limit);
      windowEnd = now() + resetInMs;
    },
    totalCharged: () => total,
    window() {
      roll();
      return { spent, windowEnd };
    },
  };
}
