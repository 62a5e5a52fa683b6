import type { QueryAnswer, WclClient } from "../http/client";
import type { Clock } from "../http/deps";
import { PipelineError } from "../http/errors";
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

  const worker = async (): Promise<void> => {
    for (;;) {
      if (failure !== undefined) return;
      if (queue.length === 0) {
        // Others may still add retries or next pages.
        if (inFlight === 0) return;
        await changed;
        continue;
      }
      const batch = queue.splice(0, spec.maxPerRequest);
      inFlight++;
      try {
        queue.push(...(await sendBatch(runner, spec, batch)));
      } catch (error) {
        failure ??= error;
      } finally {
        inFlight--;
        notify();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, runner.concurrency ?? 1) }, worker));
  if (failure !== undefined) throw failure;
}

/** One request for a batch; returns what goes back in the queue (retries after fresh work, next pages). */
async function sendBatch<T, R>(runner: BatchRunner, spec: AliasBatchSpec<T, R>, batch: readonly Queued<T>[]): Promise<Queued<T>[]> {
  const retryAttempt = Math.max(...batch.map((b) => b.attempt));
  if (retryAttempt > 1) await runner.clock.sleep(backoffDelay(runner.retry, retryAttempt - 1, runner.random));
  const label = `${spec.kind} (${batch.length} item${batch.length === 1 ? "" : "s"}: ${batch.slice(0, 3).map((b) => spec.describe(b.item)).join("; ")}${batch.length > 3 ? "; ..." : ""})`;
  let answer: QueryAnswer;
  try {
    answer = await runner.client.query(spec.render(batch.map((b) => b.item)), { label, kind: spec.kind, units: batch.length });
  } catch (error) {
    // The label names only the first items; the failure names every piece of work it leaves undone.
    const message = error instanceof Error ? error.message : String(error);
    throw new PipelineError(`${message}\n  items in this request: ${batch.map((b) => spec.describe(b.item)).join("; ")}`);
  }
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
  return followUps;
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
