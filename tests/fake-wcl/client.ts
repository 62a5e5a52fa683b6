/** A minimal client for the fake-server tests: just enough HTTP to poke the endpoints, no retries. */

/** A parsed answer: the tests walk arbitrary JSON, so its shape is not typed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyJson = any;

export interface Endpoints {
  readonly tokenUrl: string;
  readonly apiUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

export function basicAuth(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`;
}

export async function getToken(api: Endpoints, doFetch: typeof fetch = fetch): Promise<string> {
  const res = await doFetch(api.tokenUrl, {
    method: "POST",
    headers: { authorization: basicAuth(api.clientId, api.clientSecret), "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  if (res.status !== 200) throw new Error(`token request failed: ${res.status}`);
  const body = (await res.json()) as { access_token: string };
  return body.access_token;
}

export interface RawAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

export async function postQuery(
  api: Endpoints,
  token: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
  init: { doFetch?: typeof fetch; signal?: AbortSignal } = {},
): Promise<RawAnswer> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const res = await (init.doFetch ?? fetch)(api.apiUrl, {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
    signal: init.signal,
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** Posts and parses; fails the test if the answer is not JSON. */
export async function gql(
  api: Endpoints,
  token: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
  doFetch?: typeof fetch,
): Promise<{ status: number; body: AnyJson }> {
  const answer = await postQuery(api, token, query, variables, { doFetch });
  return { status: answer.status, body: JSON.parse(answer.text) };
}

/** A characterRankings selection for one spec, for building aliased queries. */
export function rankingsField(className: string, specName: string, args = ""): string {
  return `characterRankings(className: "${className}", specName: "${specName}"${args ? `, ${args}` : ""})`;
}
