/**
 * A fake Warcraft Logs API for tests and benches: a real HTTP server on 127.0.0.1 (port chosen by the OS) with the
 * OAuth token endpoint and the GraphQL endpoint, answering through the same responder and auth as `--source sample`,
 * plus per-request latency, a fault plan and counters.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createAuth, createResponder, treeFileAt, UNAUTHORIZED, type Reply, type SampleDataset } from "@att/sample-world";
import { createFaultPlan, FAULT_KINDS, type Fault, type FaultKind, type FaultRule, type SeenRequest } from "./faults";
import { createBurstLimiter, FAST_LIVE_PROFILE, type LiveProfile } from "./live-profile";

export * from "./faults";
export * from "./live-profile";

export interface FakeWclOptions {
  readonly dataset: SampleDataset;
  /** Delay before each answer (all endpoints); a function can vary it per request. */
  readonly latencyMs?: number | ((request: SeenRequest) => number);
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly tokenTtlSeconds?: number;
  readonly pointsPerHour?: number;
  /** Length of the points window; an hour unless a test needs the budget to reset sooner. */
  readonly rateWindowMs?: number;
  readonly faults?: readonly FaultRule[];
  /** Answer-size cap and burst limit; default FAST_LIVE_PROFILE (the live figures, burst clock 20x faster). */
  readonly profile?: LiveProfile;
}

export interface FakeWclStats {
  requests: number;
  tokenRequests: number;
  /** GraphQL requests past the burst limit (the work the server did). */
  graphqlRequests: number;
  /** GETs of the tree files (metadata.json, talents.json). */
  treeRequests: number;
  /** GraphQL requests refused for a missing or expired token. */
  unauthorized: number;
  /** Points the responder charged (all windows). */
  pointsCharged: number;
  faults: Record<FaultKind, number>;
  /** Every request as received, in order. */
  received: SeenRequest[];
  /** Requests answered 429 by the burst limit. */
  burstRejected: number;
  /** Requests whose answer was over the size cap (not sent), by request number. */
  oversize: number[];
  /** Largest answer sent, in bytes. */
  largestAnswerBytes: number;
  /** The query text of every GraphQL request answered 200 with data (sent, even if the client had gone). */
  answeredQueries: string[];
}

export interface FakeWcl {
  readonly apiUrl: string;
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Base URL of the sample's tree files (WCL_TREES_URL). */
  readonly treesUrl: string;
  readonly stats: FakeWclStats;
  /** Bills points now, as another client on the same key would. */
  spend(points: number): void;
  /** Replaces the fault plan; the new rules count requests from now on. */
  setFaults(rules: readonly FaultRule[]): void;
  close(): Promise<void>;
}

const TOKEN_PATH = "/oauth/token";
const API_PATH = "/api/v2/client";
/** Raidbots' layout: the sample's trees are served as talents.json and metadata.json, like the live files. */
const TREES_PATH = "/static/data/live";

const HTML_ERROR = (status: number): string =>
  `<!DOCTYPE html><html><head><title>${status} Bad Gateway</title></head><body><h1>${status}</h1><p>The server is temporarily unavailable.</p></body></html>`;
const HTML_PAGE =
  "<!DOCTYPE html><html><head><title>Warcraft Logs - Maintenance</title></head><body><h1>We'll be right back</h1></body></html>";

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

function seenRequest(n: number, req: IncomingMessage, body: string): SeenRequest {
  const path = (req.url ?? "/").split("?")[0];
  const endpoint = path === TOKEN_PATH ? "token" : path === API_PATH ? "graphql" : "other";
  const base = { n, endpoint, method: req.method ?? "GET", url: req.url ?? "/", headers: flatHeaders(req), body } as const;
  if (endpoint !== "graphql") return base;
  try {
    const parsed = JSON.parse(body) as { query?: unknown; variables?: unknown };
    const query = typeof parsed.query === "string" ? parsed.query : undefined;
    const variables =
      typeof parsed.variables === "object" && parsed.variables !== null ? (parsed.variables as Record<string, unknown>) : undefined;
    return { ...base, query, variables };
  } catch {
    return base;
  }
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  res.writeHead(status, headers);
  res.end(body);
}

/**
 * Replaces the first characterRankings payload in `data` (depth-first, in key order) by `{error}`. Recognised by
 * its shape, not its key: clients alias the field (`r1: characterRankings(...)`), as the pipeline does.
 */
function injectRankingsError(value: unknown, message: string): boolean {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const child = record[key];
    if (typeof child === "object" && child !== null && "rankings" in child && "hasMorePages" in child) {
      record[key] = { error: message };
      return true;
    }
    if (injectRankingsError(child, message)) return true;
  }
  return false;
}

export async function startFakeWcl(options: FakeWclOptions): Promise<FakeWcl> {
  const clientId = options.clientId ?? "fake-client-id";
  const clientSecret = options.clientSecret ?? "fake-client-secret";
  const responder = createResponder(options.dataset, { limitPerHour: options.pointsPerHour, windowMs: options.rateWindowMs });
  const auth = createAuth({ clientId, clientSecret, tokenTtlSeconds: options.tokenTtlSeconds });
  let plan = createFaultPlan(options.faults ?? []);
  const stats: FakeWclStats = {
    requests: 0,
    tokenRequests: 0,
    graphqlRequests: 0,
    treeRequests: 0,
    unauthorized: 0,
    pointsCharged: 0,
    faults: Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>,
    received: [],
    burstRejected: 0,
    oversize: [],
    largestAnswerBytes: 0,
    answeredQueries: [],
  };
  const profile = options.profile ?? FAST_LIVE_PROFILE;
  const burst = createBurstLimiter(profile.burst);

  /** The normal answer of either endpoint, with the faults that act on the API's state applied first. */
  const answer = (request: SeenRequest, fault: Fault | undefined): Reply => {
    if (request.endpoint === "token") return auth.issue({ authorization: request.headers.authorization, body: request.body });
    if (fault?.kind === "tokenExpiry") auth.expireAll();
    if (!auth.verify(request.headers.authorization)) {
      stats.unauthorized++;
      return UNAUTHORIZED;
    }
    if (fault?.kind === "rateLimitExhausted") responder.rateLimit.exhaust(fault.resetInMs ?? 2000);
    if (fault?.kind === "foreignSpend") responder.rateLimit.charge(fault.points);
    const reply = responder.respond(request.body);
    stats.pointsCharged = responder.rateLimit.totalCharged();
    if (fault?.kind === "rankingsError")
      injectRankingsError((reply.body as { data?: unknown }).data, fault.message ?? "Invalid difficulty setting specified.");
    return reply;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const request = seenRequest(++stats.requests, req, body);
    stats.received.push(request);
    if (request.endpoint === "token") stats.tokenRequests++;
    const admitted = request.endpoint === "other" || burst.admit();
    if (request.endpoint === "graphql" && admitted) stats.graphqlRequests++;
    if (!admitted) {
      // The live burst limit is reported to answer 429 without Retry-After.
      stats.burstRejected++;
      return send(res, 429, { "content-type": "application/json" }, '{"error":"Too Many Requests"}');
    }
    // The plan counts requests in arrival order, before any latency can reorder them.
    const fault = request.endpoint === "other" || request.method !== "POST" ? undefined : plan.next(request);
    if (fault !== undefined) stats.faults[fault.kind]++;
    const latency = typeof options.latencyMs === "function" ? options.latencyMs(request) : (options.latencyMs ?? 0);
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));

    const treeFile = request.method === "GET" ? treeFileAt(request.url.split("?")[0]!, TREES_PATH) : undefined;
    if (treeFile !== undefined) {
      stats.treeRequests++;
      return send(res, 200, { "content-type": "application/json" }, treeFile);
    }
    if (request.endpoint === "other") return send(res, 404, { "content-type": "text/plain" }, "Not Found");
    if (request.method !== "POST") return send(res, 405, { allow: "POST", "content-type": "text/plain" }, "Method Not Allowed");
    switch (fault?.kind) {
      case "hang":
        return;
      case "status429":
        return send(
          res,
          429,
          { "content-type": "application/json", "retry-after": String(fault.retryAfterSeconds ?? 1) },
          '{"error":"Too Many Requests"}',
        );
      case "status5xx": {
        const status = fault.status ?? 502;
        return send(res, status, { "content-type": "text/html" }, HTML_ERROR(status));
      }
      case "htmlPage":
        return send(res, 200, { "content-type": "text/html; charset=UTF-8" }, HTML_PAGE);
      case "graphqlErrors":
        return send(
          res,
          200,
          { "content-type": "application/json" },
          JSON.stringify({ data: null, errors: [{ message: fault.message ?? "Internal server error" }] }),
        );
    }
    const reply = answer(request, fault);
    if (fault?.kind === "truncatedJson") {
      const text = JSON.stringify(reply.body);
      return send(res, 200, { "content-type": "application/json" }, text.slice(0, Math.floor(text.length / 2)));
    }
    const text = JSON.stringify(reply.body);
    const bytes = Buffer.byteLength(text, "utf8");
    if (profile.maxAnswerBytes !== undefined && bytes > profile.maxAnswerBytes) {
      stats.oversize.push(request.n);
      if (profile.oversize === "hang") return;
      return send(res, profile.oversize, { "content-type": "text/html" }, HTML_ERROR(profile.oversize));
    }
    stats.largestAnswerBytes = Math.max(stats.largestAnswerBytes, bytes);
    const headers: Record<string, string> = { ...reply.headers };
    if (!profile.sendsRetryAfter) delete headers["retry-after"];
    if (
      request.endpoint === "graphql" &&
      reply.status === 200 &&
      request.query !== undefined &&
      (reply.body as { data?: unknown }).data != null
    ) {
      stats.answeredQueries.push(request.query);
    }
    send(res, reply.status, headers, text);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { "content-type": "text/plain" }, `fake server error: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${origin}${API_PATH}`,
    treesUrl: `${origin}${TREES_PATH}`,
    tokenUrl: `${origin}${TOKEN_PATH}`,
    clientId,
    clientSecret,
    stats,
    spend(points) {
      responder.rateLimit.charge(points);
      stats.pointsCharged = responder.rateLimit.totalCharged();
    },
    setFaults(rules) {
      plan = createFaultPlan(rules);
    },
    close() {
      return new Promise((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        // Hung requests and idle keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
      });
    },
  };
}
