/**
 * The sample API's points budget. Warcraft Logs does not publish its cost formula, so the emulation uses a simple,
 * stated one; what matters for the pipeline is that rankings pages cost points, that report lookups cost less, and
 * that the budget can run out and reset.
 */

/** Points charged per field resolved. Every alias and every page counts; all other fields are free. */
export const COST_MODEL = {
  /** worldData.encounter(...).characterRankings / fightRankings: one page of rankings. */
  rankingsPage: 1,
  /** reportData.report(code): one report, whatever fights and talentImportCode aliases it holds. */
  report: 0.5,
} as const;

export const COST_MODEL_TEXT =
  "1 point per characterRankings (or fightRankings) field resolved, i.e. per alias and per page; " +
  "0.5 point per reportData.report alias (its fights and talentImportCode lookups included); " +
  "0 for world data, game data and rateLimitData";

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
}

export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const limit = options.limitPerHour ?? 3600;
  const windowMs = options.windowMs ?? 3_600_000;
  const now = options.now ?? Date.now;
  let windowEnd = now() + windowMs;
  let spent = 0;
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
  };
}
