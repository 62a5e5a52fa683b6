/**
 * How the fake server behaves like the live Warcraft Logs API beyond its data: a cap on the answer size and a burst
 * limit. (Live point prices and readings that lag one request are the responder's own behaviour, always on.) The
 * figures are what public clients reported in 2026 (see "Live Warcraft Logs facts" in packages/pipeline/README.md);
 * WCL publishes none of them. On by default in startFakeWcl; `PLAIN_PROFILE` turns the extras off.
 */
export interface LiveProfile {
  /**
   * Answers larger than this (bytes of JSON) are not sent; the request is billed all the same (unverified, the
   * pessimistic reading). Sample rankings pages are honest in size: rows with combatant info carry talents and gear
   * (~6.5 KB a row; the real pages 6.3 KB, 0.63 MB per 100 rows), so the cap is in real bytes. WCL publishes no cap; a 40-alias request
   * (~20 MB) is reported to fail, ~10 aliases (~5 MB) to work: 8 MB sits between.
   */
  readonly maxAnswerBytes?: number;
  /** What an over-cap request gets: no answer at all (the client times out) or a gateway error. */
  readonly oversize: "hang" | 502 | 504;
  /**
   * More than `maxRequests` arrivals (token and GraphQL) within `windowMs` answers 429 without Retry-After and
   * locks the client out for `penaltyMs` (reported: ~2 requests/s, long lockout).
   */
  readonly burst?: { readonly maxRequests: number; readonly windowMs: number; readonly penaltyMs: number };
  /** Whether the 429 for a spent hour carries Retry-After (not confirmed for the live API: off in the live profile). */
  readonly sendsRetryAfter: boolean;
}

export const LIVE_PROFILE: LiveProfile = {
  maxAnswerBytes: 8_000_000,
  oversize: 504,
  burst: { maxRequests: 2, windowMs: 1000, penaltyMs: 60_000 },
  sendsRetryAfter: false,
};

/** The live profile with its burst clock twenty times faster, for tests that run on the real clock. */
export const FAST_LIVE_PROFILE: LiveProfile = { ...LIVE_PROFILE, burst: { maxRequests: 2, windowMs: 50, penaltyMs: 1000 } };

export const PLAIN_PROFILE: LiveProfile = { oversize: 504, sendsRetryAfter: true };

/** The burst limiter: arrival times in a sliding window, then a lockout. */
export function createBurstLimiter(burst: LiveProfile["burst"], now: () => number = Date.now): { admit(): boolean } {
  const arrivals: number[] = [];
  let lockedUntil = 0;
  return {
    admit() {
      if (burst === undefined) return true;
      const t = now();
      if (t < lockedUntil) return false;
      while (arrivals.length > 0 && arrivals[0]! <= t - burst.windowMs) arrivals.shift();
      if (arrivals.length >= burst.maxRequests) {
        lockedUntil = t + burst.penaltyMs;
        return false;
      }
      arrivals.push(t);
      return true;
    },
  };
}
