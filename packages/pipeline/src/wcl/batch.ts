import { SplitNeeded, type QueryAnswer, type WclClient } from "../http/client";
import type { Clock } from "../http/deps";
import { PipelineError } from "../http/errors";
import type { Flight, RateBudget } from "../http/rate-limit";
import { backoffDelay, type RetryPolicy } from "../http/retry";

/** What one alias of an answer held for one item. */
export type ItemOutcome<R> = { readonly ok: true; readonly value: R } | { readonly ok: false; readonly message: string };

export interface AliasBatchSpec<T, R> {
  readonly kind: string;
  readonly maxPerRequest: number;
  /** Selection set for the batch; item i must be readable back by `extract(item, i, answer)`. */
  render(batch: readonly T[]): string;
  extract(item: T, index: number, answer: QueryAnswer): ItemOutcome<R>;
  describe(item: T): string;
  /** Stores the value; may return follow-up items (the next page). */
  onDone(item: T, value: R): Promise<readonly T[]> | readonly T[];
  /** After the last attempt: return a value to carry on with (lookups), or undefined to fail the run. */
  onGiveUp?(item: T, message: string): R | undefined;
}

export interface BatchRunner {
  readonly client: WclClient;
  readonly clock: Clock;
  readonly random: () => number;
  readonly retry: RetryPolicy;
  /** Requests in flight at once (default 1). Results are keyed, never ordered, so output does not depend on it. */
  readonly concurrency?: number;
  readonly onItemRetry?: (description: string, attempt: number, message: string) => void;
  /** When given, every batch is cut to what fits in the hour's points left (waiting for the reset if none). */
  readonly budget?: RateBudget;
  /** Batch sizes learned per kind (shrunk by size failures, grown back by successes); shared across phases. */
  readonly sizes?: Map<string, AdaptiveSize>;
  readonly onSplit?: (kind: string, from: number, message: string) => void;
}

/**
 * The batch size for one kind of work. WCL publishes no size or complexity cap; an answer too big to build
 * times out or fails, so a failing batch halves the size and later successes double it again, never back to a
 * size that failed (for a while: answers vary in size, so the ceiling is forgotten after many successes).
 */
export class AdaptiveSize {
  private size: number | undefined;
  private failedAt: number | undefined;
  private streak = 0;
  private sinceFailure = 0;

  current(max: number): number {
    return Math.max(1, Math.min(max, this.size ?? max));
  }

  failed(length: number): void {
    this.size = Math.max(1, Math.ceil(length / 2));
    this.failedAt = Math.min(this.failedAt ?? Infinity, length);
    this.streak = 0;
    this.sinceFailure = 0;
  }

  succeeded(max: number): void {
    if (this.size === undefined) return;
    this.streak++;
    if (++this.sinceFailure >= 50) this.failedAt = undefined;
    if (this.streak < 2) return;
    this.streak = 0;
    const ceiling = this.failedAt === undefined ? max : Math.max(1, this.failedAt - 1);
    this.size = Math.min(max, ceiling, this.size * 2);
  }
}

interface Queued<T> {
  readonly item: T;
  readonly attempt: number;
}

/**
 * Sends items many per request (GraphQL aliases), up to `concurrency` requests at a time. A whole-request
 * failure is retried inside the client; an item whose alias failed (GraphQL error on its path, `{"error": ...}`
 * in the rankings JSON, a malformed value) goes back in the queue with its attempt count, after a backoff.
 * Nothing is dropped silently: after the last attempt the item either fails the run with a message naming it,
 * or `onGiveUp` decides.
 */
export async function runAliasBatches<T, R>(runner: BatchRunner, items: readonly T[], spec: AliasBatchSpec<T, R>): Promise<void> {
  const queue: Queued<T>[] = items.map((item) => ({ item, attempt: 1 }));
  let inFlight = 0;
  let failure: unknown;
  let wake: () => void = () => {};
  let changed = new Promise<void>((resolve) => (wake = resolve));
  const notify = (): void => {
    wake();
    changed = new Promise<void>((resolve) => (wake = resolve));
  };

  let sizer = runner.sizes?.get(spec.kind);
  if (sizer === undefined) {
    sizer = new AdaptiveSize();
    runner.sizes?.set(spec.kind, sizer);
  }
  const size = sizer;

  const worker = async (): Promise<void> => {
    for (;;) {
      if (failure !== undefined) return;
      if (queue.length === 0) {
        // Others may still add retries or next pages.
        if (inFlight === 0) return;
        await changed;
        continue;
      }
      inFlight++;
      let hold: Flight | undefined;
      try {
        const want = Math.min(size.current(spec.maxPerRequest), queue.length);
        // Cut to what the hour's points allow (waits for the reset when not even one alias fits).
        const fit = runner.budget === undefined ? { units: want, hold: undefined } : await runner.budget.fit(spec.kind, want);
        hold = fit.hold;
        const batch = queue.splice(0, Math.min(fit.units, queue.length));
        if (batch.length > 0 && batch.length < fit.units && runner.budget !== undefined) {
          runner.budget.release(hold);
          hold = runner.budget.hold(spec.kind, batch.length);
        }
        if (batch.length > 0) {
          const next = await sendBatch(runner, spec, batch, size, hold);
          queue.unshift(...next.front);
          queue.push(...next.back);
        }
      } catch (error) {
        failure ??= error;
      } finally {
        runner.budget?.release(hold);
        inFlight--;
        notify();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, runner.concurrency ?? 1) }, worker));
  if (failure !== undefined) throw failure;
}

/**
 * One request for a batch; returns what goes back in the queue: halves of a batch too big for the server first,
 * retries and next pages after fresh work.
 */
async function sendBatch<T, R>(
  runner: BatchRunner,
  spec: AliasBatchSpec<T, R>,
  batch: readonly Queued<T>[],
  size: AdaptiveSize,
  hold: Flight | undefined,
): Promise<{ front: Queued<T>[]; back: Queued<T>[] }> {
  const retryAttempt = Math.max(...batch.map((b) => b.attempt));
  if (retryAttempt > 1) await runner.clock.sleep(backoffDelay(runner.retry, retryAttempt - 1, runner.random));
  const label = `${spec.kind} (${batch.length} item${batch.length === 1 ? "" : "s"}: ${batch
    .slice(0, 3)
    .map((b) => spec.describe(b.item))
    .join("; ")}${batch.length > 3 ? "; ..." : ""})`;
  let answer: QueryAnswer;
  try {
    answer = await runner.client.query(spec.render(batch.map((b) => b.item)), {
      label,
      kind: spec.kind,
      units: batch.length,
      hold,
      splittable: batch.length > 1,
    });
  } catch (error) {
    if (error instanceof SplitNeeded) {
      // Never resent whole: two halves go to the front of the queue, and the kind's batch size shrinks.
      size.failed(batch.length);
      runner.onSplit?.(spec.kind, batch.length, error.message);
      return { front: [...batch], back: [] };
    }
    // The label names only the first items; the failure names every piece of work it leaves undone.
    throw PipelineError.wrap(
      error,
      (message) => `${message}\n  items in this request: ${batch.map((b) => spec.describe(b.item)).join("; ")}`,
    );
  }
  size.succeeded(spec.maxPerRequest);
  const followUps: Queued<T>[] = [];
  for (let i = 0; i < batch.length; i++) {
    const entry = batch[i]!;
    const outcome = spec.extract(entry.item, i, answer);
    if (outcome.ok) {
      for (const next of await spec.onDone(entry.item, outcome.value)) followUps.push({ item: next, attempt: 1 });
      continue;
    }
    if (entry.attempt >= runner.retry.maxAttempts) {
      const message = `${spec.describe(entry.item)}: failed on attempt ${entry.attempt} of ${runner.retry.maxAttempts}: ${outcome.message}`;
      const fallback = spec.onGiveUp?.(entry.item, message);
      if (fallback === undefined) throw new PipelineError(message);
      for (const next of await spec.onDone(entry.item, fallback)) followUps.push({ item: next, attempt: 1 });
      continue;
    }
    runner.onItemRetry?.(spec.describe(entry.item), entry.attempt, outcome.message);
    followUps.push({ item: entry.item, attempt: entry.attempt + 1 });
  }
  return { front: [], back: followUps };
}

/** The first GraphQL error whose path starts with `prefix` (an alias chain). */
export function errorAt(answer: QueryAnswer, prefix: readonly string[]): string | undefined {
  for (const error of answer.errors) {
    const path = error.path ?? [];
    if (prefix.every((p, i) => path[i] === p)) return error.message;
  }
  return undefined;
}

/** Reads data[a][b]... without casts: undefined when any step is not an object. */
export function dig(data: unknown, path: readonly string[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== "object" || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * The JSON scalar one alias answered (rankings are a JSON scalar, which some answers carry as a string: parsed
 * here), or why there is none: a GraphQL error on the alias or on its parent field, or a string that is no JSON.
 */
export function aliasJsonAt(answer: QueryAnswer, path: readonly string[]): { ok: true; value: unknown } | { ok: false; message: string } {
  const error = errorAt(answer, path) ?? errorAt(answer, path.slice(0, 2));
  if (error !== undefined) return { ok: false, message: `GraphQL error: ${error}` };
  const value = dig(answer.data, path);
  if (typeof value !== "string") return { ok: true, value };
  try {
    return { ok: true, value: JSON.parse(value) as unknown };
  } catch {
    return { ok: false, message: "rankings JSON string does not parse" };
  }
}
