/**
 * What `npm start` runs, decided from the settings and the arguments alone (build/start.ts runs it): the source
 * (live when credentials are set, else the built-in sample) and the folder the pipeline writes and build:addon
 * packages. Only the live Warcraft Logs API writes the tracked data folder: sample data goes to dist/sample-data/,
 * data from any other WCL_API_URL (the fake server's lines in the environment, say) to dist/test-server-data/.
 * Pure.
 */
import { apiSource } from "../packages/pipeline/src/config/api-source";
import type { WclEnv } from "../packages/pipeline/src/config/env";
import { LIVE_OUT_DIR, SAMPLE_OUT_DIR, TEST_SERVER_OUT_DIR } from "../packages/pipeline/src/cli/options";

export interface StartPlan {
  readonly source: "wcl" | "sample";
  /** The folder the pipeline writes (and build:addon packages). */
  readonly out: string;
  /** The pipeline's arguments. */
  readonly pipelineArgs: readonly string[];
}

export function startPlan(env: WclEnv, passed: readonly string[]): StartPlan {
  const source = env.clientId !== undefined && env.clientSecret !== undefined ? "wcl" : "sample";
  const at = passed.findIndex((arg) => arg === "--out" || arg.startsWith("--out="));
  if (at >= 0) {
    const out = passed[at]!.startsWith("--out=") ? passed[at]!.slice("--out=".length) : (passed[at + 1] ?? "");
    return { source, out, pipelineArgs: ["--source", source, ...passed] };
  }
  const out = source === "sample" ? SAMPLE_OUT_DIR : isLive(env.apiUrl) ? LIVE_OUT_DIR : TEST_SERVER_OUT_DIR;
  return { source, out, pipelineArgs: ["--source", source, "--out", out, ...passed] };
}

function isLive(apiUrl: string): boolean {
  try {
    return apiSource(apiUrl).kind === "warcraftlogs";
  } catch {
    // Not a URL: the pipeline refuses it, naming the variable (exit 2), before anything is written.
    return true;
  }
}
