import { EnvelopeSchema, RateLimitSchema, type GraphQLErrorItem } from "../wcl/schemas";
import type { Redactor } from "../util/redact";
import type { TokenProvider } from "./auth";
import type { HttpDeps } from "./deps";
import { PipelineError, RequestFailure } from "./errors";
import type { RateBudget } from "./rate-limit";
import { backoffDelay, type RetryPolicy } from "./retry";
import { postOnce } from "./transport";

export const RATE_LIMIT_FIELDS = "rateLimitData { limitPerHour pointsSpentThisHour pointsResetIn }";

export interface QueryContext {
  /** What this request is for, named in errors and verbose logs ("rankings: Arms Warrior @ Vorasius, ..."). */
  readonly label: string;
  /** Kind of work (for cost learning) and its size in aliases. */
  readonly kind: string;
  readonly units: number;
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

/**
 * GraphQL over an injected fetch: bearer token, timeout, classification, retries with backoff, one token
 * refresh on 401, and the rate-limit budget read from every answer (each document asks for rateLimitData).
 */
export class WclClient {
  requests = 0;

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
    const document = `query {\n${RATE_LIMIT_FIELDS}\n${body}\n}`;
    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      await this.budget.reserve(this.budget.estimate(context.kind, context.units));
      try {
        const answer = await this.send(document);
        this.budget.observe(answer.rateLimit, context.kind, context.units);
        this.onEvent({ label: context.label, attempt, ok: true });
        return { data: answer.data, errors: answer.errors };
      } catch (error) {
        if (!(error instanceof RequestFailure)) throw this.redactor.error(error);
        if (error.kind === "unauthorized" && !refreshed) {
          // Tokens can be revoked or expire early; one fresh token, then a 401 is a real failure.
          refreshed = true;
          this.auth.invalidate();
          attempt--;
          this.onEvent({ label: context.label, attempt, ok: false, message: "401: refreshing the token" });
          continue;
        }
        if (!error.retryable || attempt >= this.config.retry.maxAttempts) {
          throw new PipelineError(`${context.label}: request failed on attempt ${attempt} of ${this.config.retry.maxAttempts}: ${error.kind}: ${error.message}`);
        }
        let delayMs = backoffDelay(this.config.retry, attempt, this.deps.random, error.retryAfterMs);
        if (error.kind === "rate-limited" && error.retryAfterMs === undefined) {
          // No Retry-After (Warcraft Logs is not known to send one): the points are spent (maybe by another client
          // on the same key), so wait for the reset the last rateLimitData announced rather than a few short backoffs.
          delayMs = Math.max(delayMs, this.budget.msUntilReset() ?? 0);
        }
        this.onEvent({ label: context.label, attempt, ok: false, message: `${error.kind}: ${error.message}`, delayMs });
        // Out of points: show the wait instead of looking stuck. Short backoffs just sleep.
        if (error.kind === "rate-limited" && delayMs >= 2000) await this.budget.countdown(delayMs, `rate limited (HTTP 429)`);
        else await this.deps.sleep(delayMs);
      }
    }
  }

  private async send(document: string) {
    const token = await this.auth.get();
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
    const envelope = EnvelopeSchema.safeParse(result.json);
    if (!envelope.success) throw new RequestFailure("malformed", "answer is not a GraphQL response object", true);
    const errors = envelope.data.errors ?? [];
    const data = envelope.data.data;
    const global = errors.filter((e) => e.path === undefined || e.path.length === 0);
    if (data === null || data === undefined || global.length > 0) {
      const message = (global[0] ?? errors[0])?.message ?? "no data";
      throw new RequestFailure("graphql", `GraphQL error: ${this.redactor.redact(message)}`, true);
    }
    const rateLimit = RateLimitSchema.safeParse(data["rateLimitData"]);
    if (!rateLimit.success) throw new RequestFailure("malformed", "answer lacks rateLimitData", true);
    return { data, errors, rateLimit: rateLimit.data };
  }
}
