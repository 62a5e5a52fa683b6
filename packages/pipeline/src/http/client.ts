import { EnvelopeSchema, RateLimitSchema, type GraphQLErrorItem, type RateLimitData } from "../wcl/schemas";
import type { Redactor } from "../util/redact";
import type { TokenProvider } from "./auth";
import type { HttpDeps } from "./deps";
import { PipelineError, RequestFailure } from "./errors";
import type { Flight, RateBudget } from "./rate-limit";
import { backoffDelay, rateLimitedDelay, type RetryPolicy } from "./retry";
import { postOnce } from "./transport";

export const RATE_LIMIT_FIELDS = "rateLimitData { limitPerHour pointsSpentThisHour pointsResetIn }";

export interface QueryContext {
  /** What this request is for, named in errors and verbose logs ("rankings: Arms Warrior @ Vorasius, ..."). */
  readonly label: string;
  /** Kind of work (for cost learning) and its size in aliases. */
  readonly kind: string;
  readonly units: number;
  /** Points reserved by RateBudget.fit for this request; released if it is never sent. */
  readonly hold?: Flight;
  /**
   * The caller can split this request (several aliases): a timeout, 5xx, 413 or "too complex" answer then throws
   * SplitNeeded at once instead of resending the same too-big request.
   */
  readonly splittable?: boolean;
}

export interface QueryAnswer {
  readonly data: Record<string, unknown>;
  /** Errors attached to a path: the caller decides per alias. Path-less errors never get here (retried). */
  readonly errors: readonly GraphQLErrorItem[];
}

export interface RequestEvent {
  readonly label: string;
  readonly attempt: number;
  readonly ok: boolean;
  readonly message?: string;
  readonly delayMs?: number;
}

export interface ClientConfig {
  readonly apiUrl: string;
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
}

/** A request too big for the server (by the signs above): the batch runner splits it in halves. */
export class SplitNeeded extends Error {
  constructor(override readonly cause: RequestFailure) {
    super(cause.message);
    this.name = "SplitNeeded";
  }
}

/** Failure kinds that a smaller request may not have: the answer was too big or too slow to build. */
const SIZE_KINDS = new Set(["timeout", "server-error", "too-large"]);
/** Path-less GraphQL errors that say the query itself is too big (wording unverified; kept broad). */
const TOO_COMPLEX = /too (complex|large|big|many)|complexity|query cost|max(imum)? (depth|cost|aliases)/i;

/**
 * GraphQL over an injected fetch: bearer token, timeout, classification, retries with backoff, one token
 * refresh on 401, 429s that wait instead of spending attempts, a minimum gap between requests, and the
 * rate-limit budget read from every answer (each document asks for rateLimitData).
 */
export class WclClient {
  requests = 0;
  /** Largest answer body seen, in bytes. */
  largestAnswerBytes = 0;
  private probing: Promise<void> | undefined;

  constructor(
    private readonly config: ClientConfig,
    private readonly deps: HttpDeps,
    private readonly auth: TokenProvider,
    private readonly budget: RateBudget,
    private readonly redactor: Redactor,
    private readonly onEvent: (event: RequestEvent) => void = () => {},
  ) {}

  /** `body` is the selection set inside `query { ... }`; rateLimitData is added here. */
  async query(body: string, context: QueryContext): Promise<QueryAnswer> {
    try {
      if (this.budget.blind && this.budget.estimate(context.kind, context.units) > 0) await this.probe();
      return await this.attempts(`query {\n${RATE_LIMIT_FIELDS}\n${body}\n}`, context);
    } finally {
      this.budget.release(context.hold);
    }
  }

  /**
   * A request holding rateLimitData only (billed 1 point live, 2026): before the first costly request, so its
   * price is known against the budget; and at the end of a run, so the last request's cost is read rather than guessed.
   */
  async probe(): Promise<void> {
    this.probing ??= this.attempts(`query {\n${RATE_LIMIT_FIELDS}\n}`, { label: "rate limit probe", kind: "rateLimit", units: 1 })
      .then(() => undefined)
      .finally(() => (this.probing = undefined));
    return this.probing;
  }

  /** Reads the budget once more when the last request's cost is still unknown (before the summary). */
  async settle(): Promise<void> {
    if (this.requests > 0 && this.budget.unsettled()) await this.probe();
  }

  private async attempts(document: string, context: QueryContext): Promise<QueryAnswer> {
    let refreshed = false;
    let limited = 0;
    for (let attempt = 1; ; attempt++) {
      const flight = this.budget.begin(context.kind, context.units, context.hold);
      let rateLimit: RateLimitData | undefined;
      try {
        const answer = await this.send(document);
        rateLimit = answer.rateLimit;
        this.onEvent({ label: context.label, attempt, ok: true });
        return { data: answer.data, errors: answer.errors };
      } catch (error) {
        // A PipelineError (e.g. refused credentials from the token provider) is already redacted and typed: pass it on.
        if (error instanceof PipelineError) throw error;
        if (!(error instanceof RequestFailure)) throw this.redactor.error(error);
        if (error.kind === "unauthorized" && !refreshed) {
          // Tokens can be revoked or expire early; one fresh token, then a 401 is a real failure.
          refreshed = true;
          this.auth.invalidate();
          attempt--;
          this.onEvent({ label: context.label, attempt, ok: false, message: "401: refreshing the token" });
          continue;
        }
        if (context.splittable === true && SIZE_KINDS.has(error.kind)) {
          this.onEvent({ label: context.label, attempt, ok: false, message: `${error.kind}: ${error.message}; splitting the request` });
          throw new SplitNeeded(error);
        }
        if (error.kind === "rate-limited") {
          // A 429 waits (Retry-After, the announced reset, or a long backoff) and never uses up the attempts.
          limited++;
          attempt--;
          if (limited > (this.config.retry.maxRateLimited ?? 12)) {
            throw new PipelineError(`${context.label}: still rate limited (HTTP 429) after ${limited - 1} waits`, { failure: error });
          }
          const left = this.budget.pointsLeft();
          const delayMs = rateLimitedDelay(this.config.retry, limited, this.deps.random, {
            retryAfterMs: error.retryAfterMs,
            resetInMs: this.budget.msUntilReset(),
            pointsSpent: left !== undefined && left < Math.max(1, this.budget.estimate(context.kind, context.units)),
          });
          this.onEvent({ label: context.label, attempt: attempt + 1, ok: false, message: `${error.kind}: ${error.message}`, delayMs });
          await this.budget.countdown(delayMs, "rate limited (HTTP 429)");
          continue;
        }
        if (!error.retryable || attempt >= this.config.retry.maxAttempts) {
          throw new PipelineError(
            `${context.label}: request failed on attempt ${attempt} of ${this.config.retry.maxAttempts}: ${error.kind}: ${error.message}`,
            { failure: error },
          );
        }
        const delayMs = backoffDelay(this.config.retry, attempt, this.deps.random, error.retryAfterMs);
        this.onEvent({ label: context.label, attempt, ok: false, message: `${error.kind}: ${error.message}`, delayMs });
        await this.deps.sleep(delayMs);
      } finally {
        this.budget.end(flight, rateLimit);
      }
    }
  }

  private async send(document: string) {
    const token = await this.auth.get();
    await this.deps.spacer?.wait();
    this.requests++;
    const result = await postOnce(
      this.deps.fetch,
      this.config.apiUrl,
      {
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ query: document }),
      },
      this.config.timeoutMs,
      this.deps.now(),
      (text) => this.redactor.redact(text),
    );
    this.largestAnswerBytes = Math.max(this.largestAnswerBytes, result.bytes);
    const envelope = EnvelopeSchema.safeParse(result.json);
    if (!envelope.success) throw new RequestFailure("malformed", "answer is not a GraphQL response object", true);
    const errors = envelope.data.errors ?? [];
    const data = envelope.data.data;
    const global = errors.filter((e) => e.path === undefined || e.path.length === 0);
    if (data === null || data === undefined || global.length > 0) {
      const message = (global[0] ?? errors[0])?.message ?? "no data";
      const kind = TOO_COMPLEX.test(message) ? "too-large" : "graphql";
      throw new RequestFailure(kind, `GraphQL error: ${this.redactor.redact(message).replace(/\s+/g, " ").slice(0, 200)}`, true);
    }
    const rateLimit = RateLimitSchema.safeParse(data["rateLimitData"]);
    if (!rateLimit.success) throw new RequestFailure("malformed", "answer lacks rateLimitData", true);
    return { data, errors, rateLimit: rateLimit.data };
  }
}
