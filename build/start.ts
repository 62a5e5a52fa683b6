/**
 * `npm start`, the main job: refresh the talent data and build the addon.
 * With Warcraft Logs credentials (environment or .env) the pipeline fetches live rankings; without them it runs
 * on the embedded sample data set, so a fresh machine with no credentials and no internet still gets a working
 * addon zip (its data plainly labelled "sample"). With WCL_API_URL pointing at a test server (the fake server's
 * lines in .env, say), the data goes to its own folder and is labelled "test-server", never the tracked live data.
 */
import { spawnSync } from "node:child_process";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { apiSource } from "../packages/pipeline/src/config/api-source";
import { readWclEnv } from "../packages/pipeline/src/config/env";
import { LIVE_OUT_DIR, SAMPLE_OUT_DIR, TEST_SERVER_OUT_DIR } from "../packages/pipeline/src/cli/options";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function step(label: string, args: string[]): void {
  console.log(`\n== ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The folder the pipeline writes when --out is not passed: the live one only for the live API. */
function defaultOut(env: ReturnType<typeof readWclEnv>, source: "wcl" | "sample"): string {
  if (source === "sample") return SAMPLE_OUT_DIR;
  let live = true;
  try {
    live = apiSource(env.apiUrl).kind === "warcraftlogs";
  } catch {
    // Not a URL: the pipeline refuses it with the variable named (exit 2) before anything is written.
  }
  return live ? LIVE_OUT_DIR : TEST_SERVER_OUT_DIR;
}

const tsx = join(root, "node_modules/tsx/dist/cli.mjs");
const env = readWclEnv(process.env, join(root, ".env"));
const source = env.clientId !== undefined && env.clientSecret !== undefined ? "wcl" : "sample";
if (source === "sample") {
  console.log(
    "No Warcraft Logs credentials (WCL_CLIENT_ID / WCL_CLIENT_SECRET in the environment or .env): using the embedded sample data.",
  );
}
const passed = process.argv.slice(2);
// Package exactly what the pipeline just wrote (sample and test-server data go to their own folders).
const outAt = passed.findIndex((arg) => arg === "--out" || arg.startsWith("--out="));
const out = outAt < 0 ? defaultOut(env, source) : passed[outAt]!.startsWith("--out=") ? passed[outAt]!.slice(6) : passed[outAt + 1]!;
if (source === "wcl" && out === TEST_SERVER_OUT_DIR && outAt < 0)
  console.log(`WCL_API_URL is not the live Warcraft Logs API: writing its data to ${TEST_SERVER_OUT_DIR}/ (labelled test-server).`);
step(`pipeline (--source ${source})`, [
  tsx,
  "packages/pipeline/src/cli.ts",
  "--source",
  source,
  ...(outAt < 0 ? ["--out", out] : []),
  ...passed,
]);
step("build:addon", [tsx, "build/build-addon.ts", "--data", join(out, "talent-data.json")]);
