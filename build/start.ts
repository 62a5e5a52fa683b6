/**
 * `npm start`, the main job: refresh the talent data and build the addon (build/start-plan.ts decides the source
 * and the folder). With Warcraft Logs credentials (environment or .env) the pipeline fetches live rankings;
 * without them it runs on the embedded sample data set, so a fresh machine with no credentials and no internet
 * still gets a working addon zip (its data plainly labelled "sample"). With WCL_API_URL pointing at a test server,
 * the data goes to its own folder, labelled "test-server", never the tracked live data.
 */
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readWclEnv } from "../packages/pipeline/src/config/env";
import { TEST_SERVER_OUT_DIR } from "../packages/pipeline/src/cli/options";
import { startPlan } from "./start-plan";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function step(label: string, args: string[]): void {
  console.log(`\n== ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const tsx = join(root, "node_modules/tsx/dist/cli.mjs");
const plan = startPlan(readWclEnv(process.env, join(root, ".env")), process.argv.slice(2));
if (plan.source === "sample") {
  console.log(
    "No Warcraft Logs credentials (WCL_CLIENT_ID / WCL_CLIENT_SECRET in the environment or .env): using the embedded sample data.",
  );
} else if (plan.out === TEST_SERVER_OUT_DIR) {
  console.log(`WCL_API_URL is not the live Warcraft Logs API: writing its data to ${TEST_SERVER_OUT_DIR}/ (labelled test-server).`);
}
step(`pipeline (--source ${plan.source})`, [tsx, "packages/pipeline/src/cli.ts", ...plan.pipelineArgs]);
// Package exactly what the pipeline just wrote.
step("build:addon", [tsx, "build/build-addon.ts", "--data", join(plan.out, "talent-data.json")]);
