import { parse as parseDotenv } from "dotenv";
import * as fs from "node:fs";

export const DEFAULT_TOKEN_URL = "https://www.warcraftlogs.com/oauth/token";
/** Raidbots' published talent trees of the live game (see packages/pipeline/README.md, "Talent trees"). */
export const DEFAULT_TREES_URL = "https://www.raidbots.com/static/data/live";
export const DEFAULT_API_URL = "https://www.warcraftlogs.com/api/v2/client";

export interface WclEnv {
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly tokenUrl: string;
  readonly apiUrl: string;
  /** Base URL of the talent tree files (Raidbots' metadata.json and talents.json). */
  readonly treesUrl: string;
}

/**
 * Settings from the environment, with a `.env` file as fallback (real environment variables win, as with
 * dotenv's default). Read without mutating process.env, so nothing else in the process sees the secret.
 */
export function readWclEnv(env: NodeJS.ProcessEnv, dotenvPath?: string): WclEnv {
  let file: Record<string, string> = {};
  if (dotenvPath !== undefined) {
    try {
      file = parseDotenv(fs.readFileSync(dotenvPath));
    } catch {
      file = {};
    }
  }
  const get = (name: string): string | undefined => {
    const value = env[name] ?? file[name];
    return value === undefined || value.trim() === "" ? undefined : value.trim();
  };
  return {
    clientId: get("WCL_CLIENT_ID"),
    clientSecret: get("WCL_CLIENT_SECRET"),
    tokenUrl: get("WCL_TOKEN_URL") ?? DEFAULT_TOKEN_URL,
    apiUrl: get("WCL_API_URL") ?? DEFAULT_API_URL,
    treesUrl: get("WCL_TREES_URL") ?? DEFAULT_TREES_URL,
  };
}

export const MISSING_CREDENTIALS = [
  "Warcraft Logs API credentials are missing: set WCL_CLIENT_ID and WCL_CLIENT_SECRET",
  "(in the environment or in a .env file; see .env.example).",
  "",
  "To get them: sign in at https://www.warcraftlogs.com, open https://www.warcraftlogs.com/api/clients/,",
  "create a client (any name; the redirect URL is not used) and copy its client ID and secret.",
  "",
  "No credentials? `npm run pipeline -- --source sample` runs the same pipeline against built-in",
  'synthetic data (labelled "sample" in the output).',
].join("\n");
