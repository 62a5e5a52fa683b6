import type { HttpDeps } from "./deps";
import { PipelineError, RequestFailure } from "./errors";
import { backoffDelay, rateLimitedDelay, type RetryPolicy } from "./retry";
import { postOnce } from "./transport";
import { TokenResponseSchema } from "../wcl/schemas";
import type { Redactor } from "../util/redact";

export interface AuthConfig {
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
}

/** Tokens are renewed this long before they expire, so a request never races the expiry. */
const EXPIRY_MARGIN_MS = 60_000;
/** Assumed lifetime when the server does not say (WCL tokens reportedly last far longer). */
const DEFAULT_LIFETIME_MS = 3_600_000;

/**
 * OAuth2 client-credentials tokens. The token is fetched lazily (a warm-cache run never asks for one),
 * reused until shortly before it expires, and dropped on `invalidate()` after a 401.
 */
export class TokenProvider {
  private token: { value: string; expiresAt: number } | undefined;
  private pending: Promise<string> | undefined;
  requests = 0;

  constructor(
    private readonly config: AuthConfig,
    private readonly deps: HttpDeps,
    private readonly redactor: Redactor,
  ) {}

  async get(): Promise<string> {
    if (this.token !== undefined && this.deps.now() < this.token.expiresAt - EXPIRY_MARGIN_MS) return this.token.value;
    this.pending ??= this.fetchToken().finally(() => (this.pending = undefined));
    return this.pending;
  }

  invalidate(): void {
    this.token = undefined;
  }

  private async fetchToken(): Promise<string> {
    const basic = Buffer.from(`${this.config.clientId}:${this.config.clientSecret}`).toString("base64");
    let limited = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.deps.spacer?.wait();
        this.requests++;
        const result = await postOnce(
          this.deps.fetch,
          this.config.tokenUrl,
          {
            headers: { Authorization: `Basic ${basic}`, "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
            body: "grant_type=client_credentials",
          },
          this.config.timeoutMs,
          this.deps.now(),
          (text) => this.redactor.redact(text),
        );
        const parsed = TokenResponseSchema.safeParse(result.json);
        if (!parsed.success) throw new RequestFailure("malformed", "token answer has no access_token", true);
        const lifetime = (parsed.data.expires_in ?? DEFAULT_LIFETIME_MS / 1000) * 1000;
        this.token = { value: parsed.data.access_token, expiresAt: this.deps.now() + lifetime };
        this.redactor.add(parsed.data.access_token);
        return parsed.data.access_token;
      } catch (error) {
        // A PipelineError (e.g. refused credentials from the token provider) is already redacted and typed: pass it on.
        if (error instanceof PipelineError) throw error;
        if (!(error instanceof RequestFailure)) throw this.redactor.error(error);
        const refusal = tokenRefusal(error, this.config.tokenUrl);
        if (refusal !== undefined) throw refusal;
        if (error.kind === "rate-limited" && ++limited <= (this.config.retry.maxRateLimited ?? 12)) {
          // 429 on the token endpoint is reported too: wait (Retry-After or a long backoff), keep the attempts.
          attempt--;
          await this.deps.sleep(
            rateLimitedDelay(this.config.retry, limited, this.deps.random, { retryAfterMs: error.retryAfterMs, pointsSpent: false }),
          );
          continue;
        }
        if (!error.retryable || attempt >= this.config.retry.maxAttempts) {
          const what =
            error.kind === "network"
              ? `cannot reach the token endpoint ${this.config.tokenUrl}`
              : `token request to ${this.config.tokenUrl} failed`;
          throw new PipelineError(`${what} (${attempt} attempt${attempt === 1 ? "" : "s"}): ${error.message}`, { failure: error });
        }
        await this.deps.sleep(backoffDelay(this.config.retry, attempt, this.deps.random, error.retryAfterMs));
      }
    }
  }
}

/**
 * A token answer that retrying cannot fix. OAuth servers answer bad client credentials with 401 (or 400) and
 * `{"error": "invalid_client"}` (RFC 6749 section 5.2); any other 4xx means the URL is not a token endpoint.
 */
function tokenRefusal(error: RequestFailure, tokenUrl: string): PipelineError | undefined {
  if (error.kind !== "unauthorized" && error.kind !== "client-error") return undefined;
  if (error.kind === "unauthorized" || error.code === "invalid_client" || error.code === "unauthorized_client") {
    return new PipelineError(
      `Warcraft Logs refused the client credentials (HTTP ${error.status ?? 401}${error.code !== undefined ? ` ${error.code}` : ""})`,
      {
        kind: "auth",
        hint: "check WCL_CLIENT_ID and WCL_CLIENT_SECRET (environment or .env); clients are listed at https://www.warcraftlogs.com/api/clients/",
        failure: error,
      },
    );
  }
  return new PipelineError(`the token URL ${tokenUrl} is not an OAuth token endpoint: ${error.message}`, {
    kind: "config",
    hint: "check WCL_TOKEN_URL (default https://www.warcraftlogs.com/oauth/token)",
    failure: error,
  });
}
