/**
 * `npm start`, the main job: refresh the talent data and build the addon.
 * With Warcraft Logs credentials (environment or .env) the pipeline fetches live rankings; without them it runs
 * on the embedded sample data set, so a fresh machine with no credentials and no internet still gets a working
 * addon zip (its data plainly labelled "sample").
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "dotenv";
import { LIVE_OUT_DIR, SAMPLE_OUT_DIR } from "../packages/pipeline/src/cli/options";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function hasCredentials(): boolean {
  const fromFile = existsSync(join(root, ".env")) ? parse(readFileSync(join(root, ".env"))) : {};
  const id = process.env.WCL_CLIENT_ID ?? fromFile.WCL_CLIENT_ID;
  const secret = process.env.WCL_CLIENT_SECRET ?? fromFile.WCL_CLIENT_SECRET;
  return Boolean(id && secret);
}

function step(label: string, args: string[]): void {
  console.log(`\n== ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const tsx = join(root, "node_modules/tsx/dist/cli.mjs");
const source = hasCredentials() ? "wcl" : "sample";
if (source === "sample") {
  console.log(
    "No Warcraft Logs credentials (WCL_CLIENT_ID / WCL_CLIENT_SECRET in the environment or .env): using the embedded sample data.",
  );
}
const passed = process.argv.slice(2);
step(`pipeline (--source ${source})`, [tsx, "packages/pipeline/src/cli.ts", "--source", source, ...passed]);
// Package exactly what the pipeline just wrote (sample data goes to its own folder, never to the live one).
const outAt = passed.findIndex((arg) => arg === "--out" || arg.startsWith("--out="));
const out =
  outAt < 0
    ? source === "sample"
      ? SAMPLE_OUT_DIR
      : LIVE_OUT_DIR
    : passed[outAt]!.startsWith("--out=")
      ? passed[outAt]!.slice(6)
      : passed[outAt + 1]!;
step("build:addon", [tsx, "build/build-addon.ts", "--data", join(out, "talent-data.json")]);
