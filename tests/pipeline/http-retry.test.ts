import { describe, expect, it } from "vitest";
import { TokenProvider } from "../../packages/pipeline/src/http/auth";
import { WclClient } from "../../packages/pipeline/src/http/client";
import type { FetchFn } from "../../packages/pipeline/src/http/deps";
import { RateBudget } from "../../packages/pipeline/src/http/rate-limit";
import { backoffDelay, parseRetryAfter, type RetryPolicy } from "../../packages/pipeline/src/http/retry";
import { Redactor } from "../../packages/pipeline/src/util/redact";

const SECRET = "s3cr3t-client-secret-value";
const POLICY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000 };
const RATE = { limitPerHour: 3600, pointsSpentThisHour: 10, pointsResetIn: 1800 };
const OK = { data: { rateLimitData: RATE, worldData: { ok: 1 } } };

type Step = { status?: number; body?: unknown; text?: string; headers?: Record<string, string>; throws?: Error; hang?: boolean };

/** A scripted server: token requests always succeed (counted), API requests follow `steps` then answer OK. */
function harness(steps: Step[], options: { tokenTtl?: number } = {}) {
  let now = 0;
  const sleeps: number[] = [];
  const countdowns: number[] = [];
  const calls = { token: 0, api: 0 };
  const fetch: FetchFn = async (url, init) => {
    if (url.endsWith("/token")) {
      calls.token++;
      return new Response(JSON.stringify({ access_token: `tok${calls.token}`, expires_in: options.tokenTtl ?? 3600 }), { status: 200 });
    }
    calls.api++;
    const step = steps.shift();
    if (step === undefined) return new Response(JSON.stringify(OK), { status: 200 });
    if (step.throws !== undefined) throw step.throws;
    if (step.hang === true) {
      return new Promise<Response>((_, reject) =>
        init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
      );
    }
    return new Response(step.text ?? JSON.stringify(step.body ?? OK), { status: step.status ?? 200, headers: step.headers });
  };
  const clock = { now: () => now, sleep: async (ms: number) => void (sleeps.push(ms), (now += ms)) };
  const deps = { fetch, random: () => 0.5, ...clock };
  const redactor = new Redactor();
  redactor.addCredentials("client-id", SECRET);
  const auth = new TokenProvider(
    { tokenUrl: "http://127.0.0.1:1/oauth/token", clientId: "client-id", clientSecret: SECRET, timeoutMs: 50, retry: POLICY },
    deps,
    redactor,
  );
  // Free work, so the client sends no rate-limit probe first and every scripted step is this query's.
  const budget = new RateBudget(clock, (s) => countdowns.push(s), { rankings: 0 });
  const client = new WclClient({ apiUrl: "http://127.0.0.1:1/api/v2/client", timeoutMs: 50, retry: POLICY }, deps, auth, budget, redactor);
  const query = () =>
    client.query("worldData { ok }", { label: "rankings: Arms Warrior @ Boss (spec 71, encounter 3301)", kind: "rankings", units: 1 });
  return { client, query, sleeps, countdowns, calls, advance: (ms: number) => void (now += ms) };
}

describe("retry policy (pure)", () => {
  it("backs off exponentially with bounded jitter, honouring a longer Retry-After", () => {
    expect(backoffDelay(POLICY, 1, () => 0)).toBe(50);
    expect(backoffDelay(POLICY, 1, () => 1)).toBe(100);
    expect(backoffDelay(POLICY, 3, () => 0.5)).toBe(300);
    expect(backoffDelay(POLICY, 10, () => 1)).toBe(1000);
    expect(backoffDelay(POLICY, 1, () => 0.5, 5000)).toBe(5000);
  });

  it("parses Retry-After seconds and HTTP dates", () => {
    expect(parseRetryAfter("3", 0)).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(parseRetryAfter(null, 0)).toBeUndefined();
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
  });
});

describe("GraphQL client: every failure kind is retried, then reported precisely", () => {
  it("429 waits at least Retry-After (with a countdown), then succeeds", async () => {
    const h = harness([{ status: 429, headers: { "retry-after": "3" }, text: "{}" }]);
    await expect(h.query()).resolves.toMatchObject({ data: { worldData: { ok: 1 } } });
    expect(h.sleeps.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3000);
    expect(h.countdowns).toContain(3);
  });

  it.each<[string, Step]>([
    ["5xx with an HTML body", { status: 502, text: "<html>Bad Gateway</html>" }],
    ["truncated JSON", { text: '{"data": {"rateLimit' }],
    ["an HTML page with status 200", { text: "<!DOCTYPE html><html></html>" }],
    ["GraphQL errors without data", { body: { data: null, errors: [{ message: "Internal server error" }] } }],
    ["a network error", { throws: new TypeError("fetch failed", { cause: new Error("ECONNRESET") }) }],
    ["a timeout", { hang: true }],
    ["an answer without rateLimitData", { body: { data: { worldData: {} } } }],
  ])("%s", async (_, step) => {
    const h = harness([step, step]);
    await expect(h.query()).resolves.toMatchObject({ data: { worldData: { ok: 1 } } });
    expect(h.calls.api).toBe(3);
    expect(h.sleeps).toEqual([75, 150]); // equal jitter at random() = 0.5
  });

  it("gives up after the last attempt naming the work, the attempt and the cause, without the secret", async () => {
    const echo: Step = { status: 503, text: `upstream said: client_secret=${SECRET}` };
    const h = harness([echo, echo, echo, echo, echo]);
    const error = (await h.query().then(
      () => undefined,
      (e: unknown) => e,
    )) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toContain("Arms Warrior @ Boss (spec 71, encounter 3301)");
    expect(error.message).toContain("attempt 4 of 4");
    expect(error.message).toContain("HTTP 503");
    expect(error.message).not.toContain(SECRET);
    expect(h.calls.api).toBe(4);
  });

  it("an echoed secret cut by the length limit of the quoted body leaves no piece of it in the message", async () => {
    for (const offset of [170, 185, 190, 199]) {
      const echo: Step = { status: 400, text: `${"x".repeat(offset)}${SECRET} and more text after it` };
      const h = harness([echo]);
      const error = (await h.query().then(
        () => undefined,
        (e: unknown) => e,
      )) as Error;
      expect(error.message).toContain("HTTP 400");
      expect(error.message, `secret at offset ${offset}`).not.toContain(SECRET.slice(0, 6));
    }
  });

  it("401 refreshes the token once and retries; a second 401 in a row fails", async () => {
    const h = harness([{ status: 401, text: "{}" }]);
    await h.query();
    expect(h.calls.token).toBe(2);
    const h2 = harness([
      { status: 401, text: "{}" },
      { status: 401, text: "{}" },
    ]);
    await expect(h2.query()).rejects.toThrow(/401/);
  });

  it("reuses the token until shortly before it expires", async () => {
    const h = harness([], { tokenTtl: 600 });
    await h.query();
    await h.query();
    expect(h.calls.token).toBe(1);
    h.advance(550_000); // within the last minute of the token's life
    await h.query();
    expect(h.calls.token).toBe(2);
  });

  it("a non-retryable 400 fails at once", async () => {
    const h = harness([{ status: 400, text: "bad request" }]);
    await expect(h.query()).rejects.toThrow(/attempt 1 of 4.*HTTP 400/);
  });
});

describe("429 without Retry-After", () => {
  it("waits for the hour's reset the last rateLimitData announced (with a countdown) instead of failing after a few short backoffs", async () => {
    // Another client on the same key spent the points: our last answer said half a point left, reset in 20 minutes;
    // the API now answers 429 without Retry-After until that reset.
    let now = 0;
    const countdowns: number[] = [];
    let api = 0;
    const fetch: FetchFn = async (url) => {
      if (url.endsWith("/token")) return new Response(JSON.stringify({ access_token: "tok", expires_in: 360 * 86400 }), { status: 200 });
      api++;
      if (api === 1)
        return new Response(
          JSON.stringify({
            data: { rateLimitData: { limitPerHour: 3600, pointsSpentThisHour: 3599.5, pointsResetIn: 1200 }, worldData: { ok: 1 } },
          }),
          { status: 200 },
        );
      if (now < 1_200_000) return new Response('{"error":"Too Many Requests"}', { status: 429 });
      return new Response(
        JSON.stringify({
          data: { rateLimitData: { limitPerHour: 3600, pointsSpentThisHour: 1, pointsResetIn: 3599 }, worldData: { ok: 2 } },
        }),
        { status: 200 },
      );
    };
    const clock = { now: () => now, sleep: async (ms: number) => void (now += ms) };
    const deps = { fetch, random: () => 0.5, ...clock };
    const redactor = new Redactor();
    const auth = new TokenProvider(
      { tokenUrl: "http://127.0.0.1:1/oauth/token", clientId: "client-id", clientSecret: SECRET, timeoutMs: 50, retry: POLICY },
      deps,
      redactor,
    );
    const budget = new RateBudget(clock, (s) => countdowns.push(s));
    const client = new WclClient(
      { apiUrl: "http://127.0.0.1:1/api/v2/client", timeoutMs: 50, retry: POLICY },
      deps,
      auth,
      budget,
      redactor,
    );
    const query = () => client.query("worldData { ok }", { label: "rankings", kind: "rankings", units: 1 });
    await query();
    await expect(query()).resolves.toMatchObject({ data: { worldData: { ok: 2 } } });
    expect(now).toBeGreaterThanOrEqual(1_200_000);
    expect(now).toBeLessThan(1_200_000 + 60_000);
    expect(Math.max(...countdowns)).toBeGreaterThanOrEqual(1100);
    expect(countdowns).toContain(0);
  });
});

describe("429 on the token endpoint", () => {
  it("waits a long backoff (no Retry-After) without using up the attempts, then gets the token", async () => {
    let now = 0;
    const sleeps: number[] = [];
    let tokenCalls = 0;
    const fetch: FetchFn = async (url) => {
      if (url.endsWith("/token")) {
        tokenCalls++;
        if (tokenCalls <= 3) return new Response('{"error":"Too Many Requests"}', { status: 429 });
        return new Response(JSON.stringify({ access_token: "tok", expires_in: 3600 }), { status: 200 });
      }
      return new Response(JSON.stringify(OK), { status: 200 });
    };
    const clock = { now: () => now, sleep: async (ms: number) => void (sleeps.push(ms), (now += ms)) };
    const deps = { fetch, random: () => 0.5, ...clock };
    const redactor = new Redactor();
    const policy = { ...POLICY, maxAttempts: 2 };
    const auth = new TokenProvider(
      { tokenUrl: "http://127.0.0.1:1/oauth/token", clientId: "client-id", clientSecret: SECRET, timeoutMs: 50, retry: policy },
      deps,
      redactor,
    );
    await expect(auth.get()).resolves.toBe("tok");
    expect(tokenCalls).toBe(4);
    expect(sleeps).toEqual([26_250, 52_500, 105_000]);
  });
});
