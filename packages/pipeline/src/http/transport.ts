import type { FetchFn } from "./deps";
import { RequestFailure } from "./errors";
import { parseRetryAfter } from "./retry";

export interface PostResult {
  readonly status: number;
  readonly json: unknown;
  /** Size of the answer body in bytes (UTF-8), for the largest-answer figure. */
  readonly bytes: number;
}

/**
 * One POST with a timeout. Classifies every way it can fail into a RequestFailure; messages contain no
 * request headers (they carry credentials) and only a short, caller-redacted slice of the body.
 */
export async function postOnce(
  fetch: FetchFn,
  url: string,
  init: { headers: Record<string, string>; body: string },
  timeoutMs: number,
  nowMs: number,
  redact: (text: string) => string,
): Promise<PostResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { method: "POST", headers: init.headers, body: init.body, signal: controller.signal });
    text = await response.text();
  } catch (error) {
    if (controller.signal.aborted) throw new RequestFailure("timeout", `no answer within ${timeoutMs} ms`, true);
    const cause =
      error instanceof Error ? (error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message) : String(error);
    throw new RequestFailure("network", `network error: ${redact(cause)}`, true);
  } finally {
    clearTimeout(timer);
  }
  // Redacted before it is cut: a secret straddling the cut would otherwise leave its first characters behind.
  const snippet = redact(text).replace(/\s+/g, " ").slice(0, 200);
  const status = response.status;
  if (status === 429) {
    const retryAfter = parseRetryAfter(response.headers.get("retry-after"), nowMs);
    throw new RequestFailure(
      "rate-limited",
      `HTTP 429 Too Many Requests${retryAfter !== undefined ? ` (Retry-After ${Math.round(retryAfter / 1000)} s)` : ""}`,
      true,
      retryAfter,
    );
  }
  if (response.headers.get("cf-mitigated") !== null) {
    // A Cloudflare challenge page will not go away by retrying quickly; say so instead of hammering it.
    throw new RequestFailure("blocked", `HTTP ${status}: blocked by a Cloudflare challenge (cf-mitigated); try again later`, false);
  }
  if (status === 413) throw new RequestFailure("too-large", `HTTP 413 Payload Too Large: ${snippet}`, true, undefined, status);
  if (status === 401)
    throw new RequestFailure("unauthorized", `HTTP 401 Unauthorized: ${snippet}`, false, undefined, status, errorCode(text));
  if (status >= 500) throw new RequestFailure("server-error", `HTTP ${status}: ${snippet}`, true, undefined, status);
  if (status >= 400) throw new RequestFailure("client-error", `HTTP ${status}: ${snippet}`, false, undefined, status, errorCode(text));
  try {
    return { status, json: JSON.parse(text) as unknown, bytes: Buffer.byteLength(text, "utf8") };
  } catch {
    throw new RequestFailure("malformed", `malformed JSON (${text.length} bytes): ${snippet}`, true);
  }
}

/** The `error` field of a JSON error body (OAuth answers `{"error": "invalid_client", ...}`), if there is one. */
function errorCode(text: string): string | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    const code = typeof value === "object" && value !== null ? (value as Record<string, unknown>)["error"] : undefined;
    return typeof code === "string" && /^[a-z_]{1,40}$/.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}
