/**
 * `--source sample`: a fetch-compatible function that answers the token URL and the API URL in-process, so the
 * pipeline's real HTTP client (auth, retries, paging, rate-limit handling) runs unchanged with no network and no
 * credentials. The URLs sit on a reserved `.invalid` host: should a request ever escape to the real fetch, it fails.
 */
import { createAuth, UNAUTHORIZED, type ClientCredentials } from "./auth";
import { SAMPLE_DATA_REVISION, DEFAULT_DATASET, makeDataset, type SampleDataset } from "./dataset";
import { sampleTreeFiles } from "./talents-json";
import { createResponder, type Reply, type ResponderOptions } from "./responder";

export const SAMPLE_ORIGIN = "https://sample.warcraftlogs.invalid";
export const SAMPLE_TOKEN_URL = `${SAMPLE_ORIGIN}/oauth/token`;
export const SAMPLE_API_URL = `${SAMPLE_ORIGIN}/api/v2/client`;
/** Where the sample's trees are served in Raidbots' layout (metadata.json, talents.json), like the live files. */
export const SAMPLE_TREES_URL = `${SAMPLE_ORIGIN}/static/data/live`;
/** Not secrets: fixed credentials of the synthetic API, the same on every machine. */
export const SAMPLE_CREDENTIALS: ClientCredentials = { clientId: "sample-client-id", clientSecret: "sample-client-secret" };

export interface SampleFetchOptions extends ResponderOptions {
  readonly tokenTtlSeconds?: number;
}

/** The sample's metadata.json / talents.json at SAMPLE_TREES_URL, or undefined for any other path. */
export function treeFileAt(path: string, base = SAMPLE_TREES_URL): string | undefined {
  if (path === `${base}/metadata.json`) return sampleTreeFiles().metadata;
  if (path === `${base}/talents.json`) return sampleTreeFiles().talents;
  return undefined;
}

function toResponse(reply: Reply): Response {
  return new Response(JSON.stringify(reply.body), { status: reply.status, headers: reply.headers });
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

export function createSampleFetch(dataset: SampleDataset, options: SampleFetchOptions = {}): typeof fetch {
  const responder = createResponder(dataset, options);
  const auth = createAuth({ ...SAMPLE_CREDENTIALS, tokenTtlSeconds: options.tokenTtlSeconds, now: options.now });
  return async (input, init) => {
    const request = new Request(input, init);
    if (request.signal.aborted) throw abortError(request.signal);
    const url = new URL(request.url);
    const path = `${url.origin}${url.pathname}`;
    if (url.origin !== SAMPLE_ORIGIN) {
      // What undici throws for a host that does not resolve.
      throw new TypeError("fetch failed", { cause: new Error(`getaddrinfo ENOTFOUND ${url.hostname}`) });
    }
    const treeFile = treeFileAt(path);
    if (treeFile !== undefined) return new Response(treeFile, { status: 200, headers: { "content-type": "application/json" } });
    if (path !== SAMPLE_TOKEN_URL && path !== SAMPLE_API_URL) return new Response("Not Found", { status: 404 });
    if (request.method !== "POST") return new Response("Method Not Allowed", { status: 405, headers: { allow: "POST" } });
    const body = await request.text();
    const authorization = request.headers.get("authorization");
    if (path === SAMPLE_TOKEN_URL) return toResponse(auth.issue({ authorization, body }));
    if (!auth.verify(authorization)) return toResponse(UNAUTHORIZED);
    return toResponse(responder.respond(body));
  };
}

export interface SampleSource extends ClientCredentials {
  readonly apiUrl: string;
  readonly tokenUrl: string;
  /** Base URL of the tree files (metadata.json, talents.json). */
  readonly treesUrl: string;
  readonly fetch: typeof fetch;
  readonly dataset: SampleDataset;
  /** Cache folder name: answers of another generator revision or seed are never mixed in. */
  readonly cacheNamespace: string;
}

/** Everything the pipeline needs for `--source sample`: the default data set behind a fresh sample fetch. */
export function createSampleSource(dataset: SampleDataset = makeDataset({ seed: DEFAULT_DATASET.seed })): SampleSource {
  const cacheNamespace = `sample-r${SAMPLE_DATA_REVISION}-seed${dataset.seed}`;
  return {
    ...SAMPLE_CREDENTIALS,
    apiUrl: SAMPLE_API_URL,
    tokenUrl: SAMPLE_TOKEN_URL,
    treesUrl: SAMPLE_TREES_URL,
    fetch: createSampleFetch(dataset),
    dataset,
    cacheNamespace,
  };
}
