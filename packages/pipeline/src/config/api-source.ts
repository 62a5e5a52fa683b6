import { createHash } from "node:crypto";
import { DEFAULT_API_URL } from "./env";

/** What an API URL makes of the data and the cache: which kind the output is, and where its answers are kept. */
export interface ApiSource {
  /** "warcraftlogs" only for the live Warcraft Logs endpoint; every other URL is a test server (fake or not). */
  readonly kind: "warcraftlogs" | "test-server";
  /** "test-server" only: scheme, host and port, for the data's `source.apiOrigin` (no path, query or credentials). */
  readonly apiOrigin?: string;
  /** Cache subfolder of the endpoint: answers from one endpoint are never served to a run against another. */
  readonly folder: string;
}

/**
 * Decides from the API URL alone (checkUrl has accepted it). The live endpoint keeps the plain `warcraftlogs`
 * cache folder; any other endpoint gets `test-server/<host>-<port>-<hash of the whole URL>`, so a fake server on a
 * new port, or two test servers on one host, never share answers, and none of them lands in the live folder.
 */
export function apiSource(apiUrl: string): ApiSource {
  if (canonical(new URL(apiUrl)) === canonical(new URL(DEFAULT_API_URL))) return { kind: "warcraftlogs", folder: "warcraftlogs" };
  const url = new URL(apiUrl);
  const port = url.port !== "" ? url.port : url.protocol === "https:" ? "443" : "80";
  const host = url.hostname.replace(/[^A-Za-z0-9.-]/g, "_");
  return { kind: "test-server", apiOrigin: url.origin, folder: `test-server/${host}-${port}-${sha256(canonical(url)).slice(0, 12)}` };
}

/**
 * The cache folder of one endpoint and one pair of credentials. A run with other credentials (wrong ones
 * included) finds nothing cached, so its first request asks for a token and a refusal ends it (exit 2), even when
 * the right credentials' answers are all on disk. The name keeps 48 bits of a SHA-256 of the pair: enough to tell
 * pairs apart; it only confirms a guessed secret, and Warcraft Logs' secrets are 40 random characters.
 */
export function cacheNamespace(source: ApiSource, clientId: string, clientSecret: string): string {
  return `${source.folder}/client-${sha256(`att-cache-credentials\0${clientId}\0${clientSecret}`).slice(0, 12)}`;
}

/** Scheme, host, port, path and query: URL lower-cases the host and drops a default port; a trailing slash is dropped. */
function canonical(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}${url.search}`;
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
