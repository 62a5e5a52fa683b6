import { describe, expect, it } from "vitest";
import { LIVE_COSTS, RateBudget, RequestSpacer } from "../../packages/pipeline/src/http/rate-limit";
import { rateLimitedDelay } from "../../packages/pipeline/src/http/retry";

/**
 * The point ledger on a test clock. Readings follow the live API as reported: an answer's pointsSpentThisHour is the
 * spend *before* that request was billed. `reading(spent)` builds one with the hour ending at a fixed instant.
 */
const HOUR_END = 3_600_000;
function setup(defaults: Record<string, number> = LIVE_COSTS) {
  let now = 0;
  const countdowns: number[] = [];
  const clock = { now: () => now, sleep: async (ms: number) => void (now += ms) };
  const budget = new RateBudget(clock, (s) => countdowns.push(s), defaults);
  const reading = (spent: number, limit = 3600, hourEnd = HOUR_END) => ({
    limitPerHour: limit,
    pointsSpentThisHour: spent,
    pointsResetIn: Math.round((hourEnd - now) / 1000),
  });
  return { budget, countdowns, reading, tick: (ms: number) => void (now += ms), now: () => now };
}

describe("rate budget: costs learned from lagging readings", () => {
  it("attributes each delta to the request before (serialized requests)", () => {
    const { budget, reading, tick } = setup();
    const a = budget.begin("rankings", 10);
    tick(100);
    budget.end(a, reading(500)); // 500 spent before this run: a baseline, not a cost
    const b = budget.begin("importCodes", 2);
    tick(100);
    budget.end(b, reading(508)); // a (10 pages) cost 8
    const c = budget.begin("rateLimit", 0);
    tick(100);
    budget.end(c, reading(512.4)); // b cost 4.4
    expect(budget.perUnit("rankings")).toBeCloseTo(0.8, 9);
    expect(budget.perUnit("importCodes")).toBeCloseTo(2.2, 9);
    expect(budget.pointsSpentByRun).toBeCloseTo(12.4, 9);
  });

  it("with two requests in flight, orders readings by value: an answer arriving late with a lower reading is neither a reset nor a cost", () => {
    const { budget, reading, tick } = setup();
    const a = budget.begin("rankings", 10);
    const b = budget.begin("rankings", 10);
    tick(100);
    // The server billed a (10) then b; b's answer comes first.
    budget.end(b, reading(110));
    expect(budget.learned("rankings")).toBe(0); // a is still in flight: it may have been billed before b
    tick(50);
    budget.end(a, reading(100));
    expect(budget.perUnit("rankings")).toBe(1);
    expect(budget.snapshot?.pointsSpentThisHour).toBe(110);
    const c = budget.begin("rankings", 5);
    tick(100);
    budget.end(c, reading(120));
    expect(budget.perUnit("rankings")).toBe(1); // b: 10 points for 10 pages
    expect(budget.pointsSpentByRun).toBeCloseTo(20 + 5, 9); // a and b read, c estimated at the live price
  });

  it("does not learn a delta that a lost request (timeout, no reading) may have been billed into", () => {
    const { budget, reading, tick } = setup();
    const a = budget.begin("rankings", 10);
    tick(10);
    budget.end(a, reading(0));
    const lost = budget.begin("rankings", 10);
    tick(10);
    budget.end(lost, undefined);
    const b = budget.begin("rankings", 10);
    tick(10);
    budget.end(b, reading(20));
    expect(budget.learned("rankings")).toBe(0);
    expect(budget.perUnit("rankings")).toBe(LIVE_COSTS["rankings"]);
  });

  it("a later hour end is a reset: the new hour's spend is counted from its first reading", () => {
    const { budget, reading, tick, now } = setup();
    const a = budget.begin("rankings", 10);
    tick(10);
    budget.end(a, reading(3000));
    const b = budget.begin("rankings", 10);
    tick(10);
    budget.end(b, reading(3010));
    tick(HOUR_END - now());
    const c = budget.begin("rankings", 10);
    tick(10);
    budget.end(c, reading(10, 3600, 2 * HOUR_END)); // b was billed into the new hour
    const d = budget.begin("rateLimit", 0);
    tick(10);
    budget.end(d, reading(20, 3600, 2 * HOUR_END));
    expect(budget.snapshot).toMatchObject({ pointsSpentThisHour: 20 });
    expect(budget.pointsLeft()).toBe(3580);
    expect(budget.pointsSpentByRun).toBeCloseTo(10 + 10 + 10, 9);
  });

  it("a restart after killed runs: their spend is a baseline, a killed request billed between two readings does not skew the price", () => {
    const { budget, reading, tick } = setup();
    // 2,433 points already spent this hour by the killed runs; one of their requests (60 points) is billed after our first reading.
    let spent = 2433;
    const readings = [60, 0, 0, 0, 0]; // extra foreign spend billed after each of our requests
    for (const extra of readings) {
      const f = budget.begin("rankings", 10);
      tick(100);
      budget.end(f, reading(spent));
      spent += 10 + extra;
    }
    const probe = budget.begin("rateLimit", 0);
    tick(100);
    budget.end(probe, reading(spent));
    expect(budget.perUnit("rankings")).toBe(1); // median of 7, 1, 1, 1, 1 per page
    expect(budget.estimate("rankings", 10)).toBe(10);
    expect(budget.pointsSpentByRun).toBe(110); // nothing of the 2,433; the foreign 60 cannot be told apart
  });
});

describe("rate budget: fitting batches into the hour", () => {
  it("cuts a batch to what is left, counting reservations and requests in flight", async () => {
    const { budget, reading, tick } = setup();
    const a = budget.begin("rateLimit", 0);
    tick(10);
    budget.end(a, reading(3575));
    const first = await budget.fit("rankings", 10);
    expect(first.units).toBe(10);
    const second = await budget.fit("rankings", 10);
    expect(second.units).toBe(10);
    const third = await budget.fit("rankings", 10);
    expect(third.units).toBe(5);
    budget.release(first.hold);
    budget.release(second.hold);
    budget.release(third.hold);
  });

  it("waits for answers in flight, then for the reset with a countdown, and resumes by itself", async () => {
    const { budget, reading, tick, countdowns, now } = setup();
    const a = budget.begin("rankings", 5);
    tick(1000);
    budget.end(a, reading(3590, 3600, 10_000)); // hour ends at 10 s; a's own 5 points are still to show
    const b = budget.begin("rankings", 5);
    const fit = budget.fit("rankings", 10); // 3600 - 3590 - 5 (a) - 5 (b in flight) = 0: waits for b
    tick(500);
    budget.end(b, reading(3595, 3600, 10_000));
    const got = await fit; // still nothing left: waits for the reset
    expect(now()).toBeGreaterThanOrEqual(10_000);
    expect(countdowns[0]).toBe(10);
    expect(countdowns[countdowns.length - 1]).toBe(0);
    expect(got.units).toBe(10);
  });
});

describe("one countdown for requests waiting together", () => {
  it("prints each second once when several requests wait for the same reset, and a longer wait goes on after it", async () => {
    // A clock whose sleeps take (simulated) time after the callers have all started, as real sleeps do.
    let clockNow = 0;
    const countdowns: number[] = [];
    const now = (): number => clockNow;
    const clock = { now, sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(() => resolve(void (clockNow += ms)), 0)) };
    const budget = new RateBudget(clock, (s) => countdowns.push(s));
    await Promise.all([budget.countdown(3000, "reset"), budget.countdown(3000, "reset"), budget.countdown(2000, "reset")]);
    expect(countdowns).toEqual([3, 2, 1, 0]);
    expect(now()).toBe(3000);
    countdowns.length = 0;
    await Promise.all([budget.countdown(2000, "reset"), budget.countdown(4000, "429")]);
    expect(countdowns).toEqual([2, 1, 0, 2, 1, 0]);
    expect(now()).toBe(7000);
  });
});

describe("429 waits and request spacing", () => {
  const policy = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 30_000 };
  it("Retry-After wins; else the announced reset when the hour is spent; else a long backoff, never seconds", () => {
    expect(rateLimitedDelay(policy, 1, () => 0.5, { retryAfterMs: 7000, resetInMs: 900_000, pointsSpent: true })).toBe(7000);
    expect(rateLimitedDelay(policy, 1, () => 0.5, { resetInMs: 900_000, pointsSpent: true })).toBe(900_000);
    expect(rateLimitedDelay(policy, 1, () => 0, { pointsSpent: false })).toBe(22_500);
    expect(rateLimitedDelay(policy, 3, () => 1, { pointsSpent: false })).toBe(120_000);
    expect(rateLimitedDelay(policy, 10, () => 1, { pointsSpent: false })).toBe(900_000);
    // A burst 429 with points left does not wait an hour for a reset, but not past it either.
    expect(rateLimitedDelay(policy, 10, () => 1, { resetInMs: 200_000, pointsSpent: false })).toBe(200_000);
  });

  it("spaces request starts by the minimum gap, measured from the previous start", async () => {
    let now = 0;
    const starts: number[] = [];
    const spacer = new RequestSpacer({ now: () => now, sleep: async (ms) => void (now += ms) }, 500);
    await Promise.all(
      [1, 2, 3, 4].map(async () => {
        await spacer.wait();
        starts.push(now);
      }),
    );
    expect(starts).toEqual([0, 500, 1000, 1500]);
  });
});
