/**
 * Fault plans for the fake Warcraft Logs server. A rule names a fault and the requests it hits: the requests to an
 * endpoint that pass an optional predicate, counted from 1; the rule fires on the `nth` such request and the
 * `times - 1` after it, then never again. Because every rule is bounded, a client that retries always finishes.
 */
export type Fault =
  /** HTTP 429 with a Retry-After header (seconds). */
  | { readonly kind: "status429"; readonly retryAfterSeconds?: number }
  /** A 5xx with an HTML body, as a gateway sends it. */
  | { readonly kind: "status5xx"; readonly status?: number }
  /** Never answers: the client has to time out. The socket is released when the client gives up or the server closes. */
  | { readonly kind: "hang" }
  /** The real answer cut in half: HTTP 200, application/json, not parseable. */
  | { readonly kind: "truncatedJson" }
  /** HTTP 200 with an HTML page instead of JSON (maintenance page, proxy error). */
  | { readonly kind: "htmlPage" }
  /** HTTP 200, `{data: null, errors: [...]}`. */
  | { readonly kind: "graphqlErrors"; readonly message?: string }
  /** The real answer with the first characterRankings payload replaced by `{error: message}`. */
  | { readonly kind: "rankingsError"; readonly message?: string }
  /** Every issued token expires now: this request and later ones get 401 until the client fetches a new token. */
  | { readonly kind: "tokenExpiry" }
  /** The hour's points are spent now and reset after `resetInMs`; costly requests get 429 until then. */
  | { readonly kind: "rateLimitExhausted"; readonly resetInMs?: number }
  /** Another client on the same key (or a killed run's request still in flight) is billed `points` now; then the normal answer. */
  | { readonly kind: "foreignSpend"; readonly points: number };

export type FaultKind = Fault["kind"];

export const FAULT_KINDS: readonly FaultKind[] = [
  "status429",
  "status5xx",
  "hang",
  "truncatedJson",
  "htmlPage",
  "graphqlErrors",
  "rankingsError",
  "tokenExpiry",
  "rateLimitExhausted",
  "foreignSpend",
];

/** A request as the fault plan and the stats see it. */
export interface SeenRequest {
  /** 1-based over all requests the server received. */
  readonly n: number;
  readonly endpoint: "token" | "graphql" | "other";
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** GraphQL requests with a JSON body: the query text and variables. */
  readonly query?: string;
  readonly variables?: Readonly<Record<string, unknown>>;
}

export interface FaultRule {
  readonly fault: Fault;
  /** Which endpoint's requests are counted; default "graphql". */
  readonly endpoint?: "token" | "graphql";
  /** Only requests passing this are counted. */
  readonly where?: (request: SeenRequest) => boolean;
  /** Fire on the nth counted request (1-based); default 1. */
  readonly nth?: number;
  /** Fire this many times in a row from the nth; default 1. */
  readonly times?: number;
}

/** Predicate: the GraphQL query text contains `text` (e.g. a field name such as "characterRankings"). */
export function mentions(text: string): (request: SeenRequest) => boolean {
  return (request) => request.query?.includes(text) === true;
}

/** A per-spec rankings request (the pipeline's rankings phase), not discovery's all-specs probe (no className). */
export const isRankingsQuery = (request: SeenRequest): boolean => mentions("characterRankings")(request) && mentions("className")(request);
/** Discovery's probe: one all-specs rankings page per candidate zone and difficulty. */
export const isProbeQuery = (request: SeenRequest): boolean => mentions("characterRankings")(request) && !mentions("className")(request);
export const isReportQuery = mentions("reportData");

export interface FaultPlan {
  /** The fault to apply to this request, if any; counts the request against every rule it matches. */
  next(request: SeenRequest): Fault | undefined;
}

export function createFaultPlan(rules: readonly FaultRule[]): FaultPlan {
  const seen = rules.map(() => 0);
  return {
    next(request) {
      let chosen: Fault | undefined;
      rules.forEach((rule, i) => {
        if (request.endpoint !== (rule.endpoint ?? "graphql")) return;
        if (rule.where !== undefined && !rule.where(request)) return;
        const count = ++seen[i]!;
        const first = rule.nth ?? 1;
        if (chosen === undefined && count >= first && count < first + (rule.times ?? 1)) chosen = rule.fault;
      });
      return chosen;
    },
  };
}
