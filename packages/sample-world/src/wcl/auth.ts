/**
 * The OAuth2 client-credentials token endpoint of the sample API and the bearer check of its GraphQL endpoint,
 * shared by the in-process sample fetch and the test server. Accepts the credentials as HTTP Basic auth (what
 * Warcraft Logs documents) or as form fields (what some clients send).
 */
import { randomUUID } from "node:crypto";
import type { Reply } from "./responder";

export interface ClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

export interface AuthOptions extends ClientCredentials {
  readonly tokenTtlSeconds?: number;
  readonly now?: () => number;
}

export interface TokenRequest {
  readonly authorization?: string | null;
  readonly body: string;
}

export interface Auth {
  /** Answers a POST to the token URL. */
  issue(request: TokenRequest): Reply;
  /** True when the Authorization header carries a live token. */
  verify(authorization: string | null | undefined): boolean;
  /** Makes every issued token invalid, as if they had all expired. */
  expireAll(): void;
}

const JSON_HEADERS = { "content-type": "application/json" };

/** What the API answers without a valid bearer token. */
export const UNAUTHORIZED: Reply = { status: 401, headers: JSON_HEADERS, body: { error: "Unauthenticated." } };

function basicCredentials(authorization: string | null | undefined): ClientCredentials | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(authorization ?? "");
  if (match === null) return undefined;
  const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  // RFC 6749 2.3.1: the ID and secret are form-urlencoded before base64.
  try {
    return { clientId: decodeURIComponent(decoded.slice(0, colon)), clientSecret: decodeURIComponent(decoded.slice(colon + 1)) };
  } catch {
    return undefined;
  }
}

export function createAuth(options: AuthOptions): Auth {
  const ttl = options.tokenTtlSeconds ?? 360 * 24 * 3600;
  const now = options.now ?? Date.now;
  const tokens = new Map<string, number>();
  return {
    issue({ authorization, body }) {
      const form = new URLSearchParams(body);
      if (form.get("grant_type") !== "client_credentials") {
        return {
          status: 400,
          headers: JSON_HEADERS,
          body: { error: "unsupported_grant_type", error_description: "Only client_credentials is supported." },
        };
      }
      const fromForm = form.has("client_id")
        ? { clientId: form.get("client_id") ?? "", clientSecret: form.get("client_secret") ?? "" }
        : undefined;
      const given = basicCredentials(authorization) ?? fromForm;
      if (given === undefined || given.clientId !== options.clientId || given.clientSecret !== options.clientSecret) {
        return {
          status: 401,
          headers: JSON_HEADERS,
          body: { error: "invalid_client", error_description: "Client authentication failed", message: "Client authentication failed" },
        };
      }
      const token = `sample-${randomUUID()}`;
      tokens.set(token, now() + ttl * 1000);
      return { status: 200, headers: JSON_HEADERS, body: { token_type: "Bearer", expires_in: ttl, access_token: token } };
    },
    verify(authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
      const expiresAt = match === null ? undefined : tokens.get(match[1]!);
      return expiresAt !== undefined && now() < expiresAt;
    },
    expireAll() {
      tokens.clear();
    },
  };
}
