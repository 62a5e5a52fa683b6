import type { RateLimitData } from "../wcl/schemas";
import type { Clock } from "./deps";

/** What the budget tells the user while it waits. */
export type CountdownListener = (secondsLeft: number, reason: string) => void;

/**
 * The hourly point budget as last reported by rateLimitData (every request asks for it alongside the work).
 * Learns the cost of each kind of work from the observed point deltas, and before a request that would not
 * fit in what is left, waits for the reset with a visible countdown instead of running into 429s.
 */
export class RateBudget {
  private last: (RateLimitData & { observedAt: number }) | undefined;
  private readonly costPerUnit = new Map<string, number>();
  pointsSpentByRun = 0;

  constructor(
    private readonly clock: Clock,
    private readonly onCountdown: CountdownListener,
    initialCosts: Readonly<Record<string, number>> = {},
  ) {
    for (const [kind, cost] of Object.entries(initialCosts)) this.costPerUnit.set(kind, cost);
  }

  get snapshot(): RateLimitData | undefined {
    return this.last;
  }

  estimate(kind: string, units: number): number {
    return (this.costPerUnit.get(kind) ?? 1) * units;
  }

  /** Records the budget an answer reported and learns the cost of the work it carried. */
  observe(data: RateLimitData, kind: string, units: number): void {
    const previous = this.last;
    const now = this.clock.now();
    if (previous !== undefined) {
      const delta = data.pointsSpentThisHour - previous.pointsSpentThisHour;
      // A negative delta means the hour reset in between; then the new total is what this run spent since.
      const spent = delta >= 0 ? delta : data.pointsSpentThisHour;
      this.pointsSpentByRun += spent;
      if (units > 0 && spent > 0) {
        const old = this.costPerUnit.get(kind);
        const sample = spent / units;
        this.costPerUnit.set(kind, old === undefined ? sample : (old + sample) / 2);
      }
    }
    this.last = { ...data, observedAt: now };
  }

  /** Milliseconds until the hour's budget resets, from the last rateLimitData (plus a second); undefined when unknown or past. */
  msUntilReset(): number | undefined {
    const last = this.last;
    if (last === undefined) return undefined;
    const ms = last.pointsResetIn * 1000 - (this.clock.now() - last.observedAt) + 1000;
    return ms > 0 ? ms : undefined;
  }

  /** Waits `ms` in one-second steps, telling the listener how long is left (429 with a long Retry-After). */
  async countdown(ms: number, reason: string): Promise<void> {
    let left = ms;
    while (left > 0) {
      this.onCountdown(Math.ceil(left / 1000), reason);
      const step = Math.min(1000, left);
      await this.clock.sleep(step);
      left -= step;
    }
    this.onCountdown(0, reason);
  }

  /** Waits for the reset when `points` would exceed what is left this hour. */
  async reserve(points: number): Promise<void> {
    const last = this.last;
    if (last === undefined) return;
    const left = last.limitPerHour - last.pointsSpentThisHour;
    if (points <= left) return;
    const elapsed = (this.clock.now() - last.observedAt) / 1000;
    let seconds = Math.ceil(last.pointsResetIn - elapsed) + 1;
    const reason = `rate limit: ${Math.round(left)} of ${last.limitPerHour} points left, next request needs ~${Math.ceil(points)}`;
    while (seconds > 0) {
      this.onCountdown(seconds, reason);
      await this.clock.sleep(1000);
      seconds--;
    }
    this.onCountdown(0, reason);
    this.last = { ...last, pointsSpentThisHour: 0, pointsResetIn: 3600, observedAt: this.clock.now() };
  }
}
