import type { RateLimitData } from "../wcl/schemas";
import type { Clock } from "./deps";

/** What the budget tells the user while it waits. */
export type CountdownListener = (secondsLeft: number, reason: string) => void;

/**
 * Points per alias on the live API, as public clients measured them in 2026 (reported, not verified by this
 * project; see "Live Warcraft Logs facts" in packages/pipeline/README.md): a characterRankings page ~1.0, a report's
 * masterData.actors ~1.0, a report's fights { talentImportCode } ~2.0-2.3, rateLimitData free inside another query but
 * 1.0 in a request of its own (../shared/reference/warcraftlogs-api.md, "Prices (2026)").
 * The run learns its own figures from the readings; these are the starting point and the dry-run's prices.
 */
export const LIVE_COSTS: Readonly<Record<string, number>> = {
  discovery: 0,
  /**
   * Our rateLimitData-only requests: 1 point each (a lone rateLimitData request is billed, 2026 measurements).
   * Discovery's ranking probes ("probe") are rankings pages: 1 (the fallback).
   */
  rateLimit: 1.0,
  rankings: 1.0,
  reportActors: 1.0,
  importCodes: 2.2,
};

/** Readings whose hour ends within this of each other are the same hour (latency, whole-second pointsResetIn). */
const SAME_HOUR_MS = 90_000;
/** Per-unit cost samples kept per kind; the estimate is their median, so one polluted delta cannot skew it. */
const SAMPLES_KEPT = 15;
/** A learned price stays within this factor of the default (a delta that also holds another client's spend). */
const CLAMP = 4;

type FlightState = "held" | "flying" | "read" | "lost";

/** One request as the budget sees it: reserved, sent, then answered with a reading (or lost). */
export interface Flight {
  readonly seq: number;
  readonly kind: string;
  readonly units: number;
  readonly estimate: number;
  state: FlightState;
  sentAt: number;
  answeredAt?: number;
  /** pointsSpentThisHour in its answer: the spend *before* this request was billed (readings lag one request). */
  reading?: number;
  /** When its hour ends (ms): answers of the same hour share it, a new hour has a later one. */
  hourEnd?: number;
  limit?: number;
  /** Set once the next reading of the same hour is known: its delta, or undefined when another request muddied it. */
  settled?: { readonly cost: number | undefined };
}

/**
 * The hourly point budget. Every answer carries rateLimitData; because a reading shows the spend *before* its own
 * request, the cost of request i is the next reading minus i's reading, where "next" is in the order the server
 * billed them: readings only grow within an hour, so sorting one hour's readings recovers that order even when
 * answers arrive out of order (and a lower reading arriving late is not a reset; a reset is a later hour end).
 * A delta is only trusted when no other request of ours could have been billed in between (still in flight when
 * the later one was answered, or lost without a reading). The spend before our first reading (earlier killed runs,
 * other clients) is a baseline, never a cost.
 */
export class RateBudget {
  private readonly flights: Flight[] = [];
  private readonly samples = new Map<string, number[]>();
  private seq = 0;
  private waiters: (() => void)[] = [];
  /** The countdown under way, which shorter waits join (see countdown). */
  private counting: { readonly until: number; readonly done: Promise<void> } | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly onCountdown: CountdownListener,
    private readonly defaults: Readonly<Record<string, number>> = LIVE_COSTS,
  ) {}

  /** The latest hour's reading with the most spend, as the API reported it. */
  get snapshot(): RateLimitData | undefined {
    const top = this.topOfHour();
    if (top === undefined) return undefined;
    const now = this.clock.now();
    return {
      limitPerHour: top.limit!,
      pointsSpentThisHour: top.reading!,
      pointsResetIn: Math.max(0, Math.round((top.hourEnd! - now) / 1000)),
    };
  }

  /** Points per unit of `kind` times units: the median of what this run learned, else the live default. */
  estimate(kind: string, units: number): number {
    return this.perUnit(kind) * units;
  }

  perUnit(kind: string): number {
    const fallback = this.defaults[kind] ?? 1;
    const list = this.samples.get(kind);
    if (list === undefined || list.length === 0) return fallback;
    const sorted = [...list].sort((a, b) => a - b);
    const mid = sorted.length / 2;
    const median = sorted.length % 2 === 1 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    return fallback > 0 ? Math.min(fallback * CLAMP, Math.max(fallback / CLAMP, median)) : median;
  }

  /** How many per-unit samples the run has learned for `kind` (for the summary and tests). */
  learned(kind: string): number {
    return this.samples.get(kind)?.length ?? 0;
  }

  /** True before the first reading: a costly request should be preceded by a rateLimitData probe (1 point). */
  get blind(): boolean {
    return !this.flights.some((f) => f.state === "read");
  }

  /** Reserves `units` of `kind` without sending (see fit); `begin` turns the hold into a request. */
  hold(kind: string, units: number): Flight {
    const flight: Flight = { seq: ++this.seq, kind, units, estimate: this.estimate(kind, units), state: "held", sentAt: this.clock.now() };
    this.flights.push(flight);
    return flight;
  }

  /** A request goes out now (from a hold, or unplanned). */
  begin(kind: string, units: number, hold?: Flight): Flight {
    const flight = hold !== undefined && hold.state === "held" ? hold : this.hold(kind, units);
    flight.state = "flying";
    flight.sentAt = this.clock.now();
    return flight;
  }

  /** Drops a hold that was never sent. */
  release(hold: Flight | undefined): void {
    if (hold === undefined || hold.state !== "held") return;
    this.flights.splice(this.flights.indexOf(hold), 1);
    this.notify();
  }

  /** The request's answer arrived: with its reading, or without one (failed; it may or may not have been billed). */
  end(flight: Flight, data: RateLimitData | undefined): void {
    const now = this.clock.now();
    flight.answeredAt = now;
    if (data === undefined) flight.state = "lost";
    else {
      const hourEnd = now + data.pointsResetIn * 1000;
      // The hour's end is known to the second only: a reading within SAME_HOUR_MS of a known hour joins it.
      const known = this.flights.find((f) => f.state === "read" && Math.abs(f.hourEnd! - hourEnd) < SAME_HOUR_MS);
      flight.state = "read";
      flight.reading = data.pointsSpentThisHour;
      flight.limit = data.limitPerHour;
      flight.hourEnd = known?.hourEnd ?? hourEnd;
    }
    this.learn();
    this.notify();
  }

  /** Points this run spent: per hour, the growth of the readings plus the last request's (learned or estimated) cost. */
  get pointsSpentByRun(): number {
    let total = 0;
    for (const hour of this.hours().values()) {
      const first = hour[0]!;
      const last = hour[hour.length - 1]!;
      total += last.reading! - first.reading! + (last.settled?.cost ?? last.estimate);
    }
    return total;
  }

  /** Points left this hour after what is reserved and in flight; undefined before the first reading. */
  pointsLeft(): number | undefined {
    const top = this.topOfHour();
    if (top === undefined) return undefined;
    const now = this.clock.now();
    const pending = this.flights.filter((f) => f.state === "held" || f.state === "flying").reduce((n, f) => n + f.estimate, 0);
    if (now >= top.hourEnd!) return top.limit! - pending;
    // Lost requests answered after the top reading may have been billed after it.
    const lost = this.flights
      .filter((f) => f.state === "lost" && (f.answeredAt ?? 0) > (top.answeredAt ?? 0))
      .reduce((n, f) => n + f.estimate, 0);
    return top.limit! - top.reading! - (top.settled?.cost ?? top.estimate) - pending - lost;
  }

  /** Milliseconds until the latest hour resets (plus a second); undefined when unknown or past. */
  msUntilReset(): number | undefined {
    const top = this.topOfHour();
    if (top === undefined) return undefined;
    const ms = top.hourEnd! - this.clock.now() + 1000;
    return ms > 0 ? ms : undefined;
  }

  /**
   * How many of `wanted` units of `kind` fit in what is left this hour, reserved as one hold. When not even one
   * fits: waits for answers in flight (they may show a lower bill), else for the reset with a countdown.
   */
  async fit(kind: string, wanted: number): Promise<{ units: number; hold: Flight }> {
    for (;;) {
      const per = this.perUnit(kind);
      const left = this.pointsLeft();
      const units = left === undefined || per <= 0 ? wanted : Math.min(wanted, Math.floor(left / per + 1e-9));
      if (units >= 1) return { units, hold: this.hold(kind, units) };
      if (this.flights.some((f) => f.state === "held" || f.state === "flying")) {
        await new Promise<void>((resolve) => this.waiters.push(resolve));
        continue;
      }
      const top = this.topOfHour()!;
      const ms = this.msUntilReset() ?? 1000;
      await this.countdown(
        ms,
        `rate limit: ${Math.max(0, Math.round(left ?? 0))} of ${top.limit} points left this hour, next request needs ~${Math.ceil(per)}`,
      );
    }
  }

  /**
   * Waits `ms` in one-second steps, telling the listener how long is left. Requests in flight together hit the
   * same empty budget (or the same 429s) together: a wait that ends no later than the one already counting joins
   * it, so the log shows one countdown, not one line per waiting request; a longer one continues after it.
   */
  async countdown(ms: number, reason: string): Promise<void> {
    const until = this.clock.now() + ms;
    const running = this.counting;
    if (running !== undefined) {
      await running.done;
      const rest = until - this.clock.now();
      if (rest > 0 && until > running.until) await this.countdown(rest, reason);
      return;
    }
    const done = this.count(ms, reason);
    this.counting = { until, done };
    try {
      await done;
    } finally {
      this.counting = undefined;
    }
  }

  private async count(ms: number, reason: string): Promise<void> {
    let left = ms;
    while (left > 0) {
      this.onCountdown(Math.ceil(left / 1000), reason);
      const step = Math.min(1000, left);
      await this.clock.sleep(step);
      left -= step;
    }
    this.onCountdown(0, reason);
  }

  /** True when the flight's answer has not been followed by a later reading yet (its cost is unknown). */
  unsettled(): boolean {
    const top = this.topOfHour();
    return top !== undefined && top.settled === undefined && top.estimate > 0;
  }

  private notify(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const wake of waiting) wake();
  }

  /** Readings grouped by hour, each hour in billing order (reading, then answer time). */
  private hours(): Map<number, Flight[]> {
    const out = new Map<number, Flight[]>();
    for (const f of this.flights) {
      if (f.state !== "read") continue;
      const list = out.get(f.hourEnd!) ?? [];
      list.push(f);
      out.set(f.hourEnd!, list);
    }
    for (const list of out.values()) list.sort((a, b) => a.reading! - b.reading! || a.answeredAt! - b.answeredAt! || a.seq - b.seq);
    return out;
  }

  /** The reading with the most spend in the latest hour. */
  private topOfHour(): Flight | undefined {
    let latest: number | undefined;
    for (const f of this.flights) if (f.state === "read" && (latest === undefined || f.hourEnd! > latest)) latest = f.hourEnd!;
    if (latest === undefined) return undefined;
    const list = this.hours().get(latest)!;
    return list[list.length - 1];
  }

  private learn(): void {
    for (const list of this.hours().values()) {
      for (let i = 0; i + 1 < list.length; i++) {
        const flight = list[i]!;
        if (flight.settled !== undefined) continue;
        const next = list[i + 1]!;
        const cutoff = next.answeredAt!;
        // Something of ours sent before the next reading was taken may still be billed before it: wait for it.
        if (this.flights.some((f) => f.state === "flying" && f.sentAt < cutoff)) continue;
        const muddied = this.flights.some((f) => f.state === "lost" && f.sentAt < cutoff && f.answeredAt! > flight.sentAt);
        const cost = next.reading! - flight.reading!;
        flight.settled = { cost: muddied ? undefined : cost };
        if (!muddied && flight.units > 0) {
          const samples = this.samples.get(flight.kind) ?? [];
          samples.push(cost / flight.units);
          if (samples.length > SAMPLES_KEPT) samples.shift();
          this.samples.set(flight.kind, samples);
        }
      }
    }
  }
}

/**
 * A minimum gap between request starts, shared by every request of the run (token included): a burst limit of
 * ~2 requests/s with a long lockout is reported for the live API. Slots are taken synchronously, so concurrent
 * callers queue up instead of all sleeping the same gap.
 */
export class RequestSpacer {
  private last = -Infinity;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly clock: Clock,
    private readonly spacingMs: number,
  ) {}

  /** Resolves when this caller may start; the gap is measured from the previous start as it really happened. */
  wait(): Promise<void> {
    if (this.spacingMs <= 0) return Promise.resolve();
    const turn = this.chain.then(async () => {
      const gap = this.last + this.spacingMs - this.clock.now();
      if (gap > 0) await this.clock.sleep(gap);
      this.last = this.clock.now();
    });
    this.chain = turn;
    return turn;
  }
}
