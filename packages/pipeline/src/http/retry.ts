/**
 * Retry policy: exponential backoff with "equal jitter" (half fixed, half random) so concurrent clients spread
 * out but a retry never comes immediately. Pure: randomness is passed in, so tests get exact delays.
 */
export interface RetryPolicy {
  /** Total attempts including the first (429s do not count: they wait, see rateLimitedDelay). */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** First wait after a 429 that names no Retry-After and no reset; doubles per 429 in a row. Default 30 s. */
  readonly rateLimitedBaseMs?: number;
  /** Longest such wait. Default 15 minutes. */
  readonly rateLimitedMaxMs?: number;
  /** 429s in a row before the run gives up. Default 12 (hours of waiting at the defaults). */
  readonly maxRateLimited?: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 30_000 };

/** Delay before the attempt following failed attempt `attempt` (1-based). Retry-After wins when longer. */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number, retryAfterMs?: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(ceiling / 2 + random() * (ceiling / 2));
  return retryAfterMs !== undefined ? Math.max(retryAfterMs, jittered) : jittered;
}

/**
 * Wait after the `count`-th 429 in a row. Warcraft Logs is not known to send Retry-After, and a burst penalty
 * (~2 requests/s, long lockout) is reported, so a 429 never gets the short backoffs of a 5xx:
 * Retry-After when sent; else the reset the last rateLimitData announced, when the hour's points are spent;
 * else a long backoff (30 s, 60 s, ... up to 15 min, never past a known reset).
 */
export function rateLimitedDelay(
  policy: RetryPolicy,
  count: number,
  random: () => number,
  info: { readonly retryAfterMs?: number; readonly resetInMs?: number; readonly pointsSpent: boolean },
): number {
  if (info.retryAfterMs !== undefined) return Math.max(info.retryAfterMs, 1000);
  if (info.pointsSpent && info.resetInMs !== undefined) return info.resetInMs;
  const base = policy.rateLimitedBaseMs ?? 30_000;
  const max = policy.rateLimitedMaxMs ?? 900_000;
  const ceiling = Math.min(max, base * 2 ** Math.max(0, count - 1));
  const jittered = Math.round(ceiling * (0.75 + random() * 0.25));
  return info.resetInMs !== undefined ? Math.min(jittered, Math.max(info.resetInMs, base)) : jittered;
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}
