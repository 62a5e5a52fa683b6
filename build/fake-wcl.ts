/**
 * `npm run fake-wcl`: the fake Warcraft Logs API (tests/fake-wcl, the same synthetic data set as `--source sample`)
 * as a standalone server, so anyone can try the live code path (OAuth, GraphQL, paging, points) without an account.
 * Prints the endpoints and the (fake, public) credentials as environment lines for the pipeline; runs until Ctrl+C,
 * SIGTERM, or until the process that started it is gone: `npm run fake-wcl` runs it under npm, a shell and tsx, and
 * none of them passes a SIGTERM sent to npm on, so a server that only listened for signals kept its port forever.
 * Its point budget outlives the process, as the live API's does (per client and hour): the window's spend is kept
 * in a file and resumed by the next start within the hour. `--port` keeps the endpoint, and so the pipeline's
 * cache folder, across restarts.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_DATASET, makeDataset, type BudgetWindow } from "@att/sample-world";
import { FAST_LIVE_PROFILE, LIVE_PROFILE, PLAIN_PROFILE, startFakeWcl } from "../tests/fake-wcl/server";
import { TEST_SERVER_OUT_DIR } from "../packages/pipeline/src/cli/options";
import { watchAncestors } from "./watch-ancestors";

const PROFILES = { live: LIVE_PROFILE, fast: FAST_LIVE_PROFILE, plain: PLAIN_PROFILE } as const;
const BUDGET_FILE = ".cache/fake-wcl/budget.json";
/** How often the spend is written while the server runs (a kill -9 loses at most this much of it). */
const SAVE_EVERY_MS = 1000;

function readBudget(file: string): BudgetWindow | undefined {
  try {
    const value = JSON.parse(readFileSync(file, "utf8")) as Partial<BudgetWindow>;
    return typeof value.spent === "number" && typeof value.windowEnd === "number"
      ? { spent: value.spent, windowEnd: value.windowEnd }
      : undefined;
  } catch {
    return undefined;
  }
}

function writeBudget(file: string, window: BudgetWindow): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, JSON.stringify(window));
  renameSync(temp, file);
}

const HELP = `Usage: npm run fake-wcl -- [options]

Starts the fake Warcraft Logs API on 127.0.0.1 (a free port) and prints how to point the pipeline at it.
  --latency <ms>          delay before every answer (default 0; the live API answers in a few hundred ms)
  --points-per-hour <n>   the hourly point budget the fake enforces (default: the fake's own)
  --profile <name>        live (answer-size cap, 2 requests/s burst limit with a 60 s lockout), fast (the same
                          with a 20x faster burst clock; default) or plain (neither)
  --bosses <n>            raid bosses in the season (default ${DEFAULT_DATASET.raidBosses})
  --dungeons <n>          Mythic+ dungeons in the season (default ${DEFAULT_DATASET.dungeons})
  --port <n>              port to listen on (default: a free one); the same port keeps the pipeline's cache folder
  --budget-file <file>    where the hour's point spend is kept across restarts (default ${BUDGET_FILE})
`;

function number(name: string, value: string | undefined, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || (min > 0 && !Number.isInteger(n))) {
    console.error(`fake-wcl: --${name} expects ${min > 0 ? "a positive whole number" : "a non-negative number"}, got "${value}"`);
    process.exit(2);
  }
  return n;
}

let values;
try {
  ({ values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      latency: { type: "string" },
      "points-per-hour": { type: "string" },
      profile: { type: "string" },
      bosses: { type: "string" },
      dungeons: { type: "string" },
      port: { type: "string" },
      "budget-file": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  }));
} catch (error) {
  console.error(`fake-wcl: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
if (values.help === true) {
  process.stdout.write(HELP);
  process.exit(0);
}

const profileName = values.profile ?? "fast";
if (!(profileName in PROFILES)) {
  console.error(`fake-wcl: --profile expects live, fast or plain, got "${profileName}"`);
  process.exit(2);
}
const budgetFile = values["budget-file"] ?? BUDGET_FILE;
const wantedPort = number("port", values.port, 1);
const resumed = readBudget(budgetFile);
let server;
try {
  server = await startFakeWcl({
    dataset: makeDataset({
      seed: DEFAULT_DATASET.seed,
      raidBosses: number("bosses", values.bosses, 1),
      dungeons: number("dungeons", values.dungeons, 1),
    }),
    profile: PROFILES[profileName as keyof typeof PROFILES],
    latencyMs: number("latency", values.latency),
    pointsPerHour: number("points-per-hour", values["points-per-hour"]),
    budget: resumed,
    port: wantedPort,
  });
} catch (error) {
  console.error(
    `fake-wcl: cannot listen${wantedPort !== undefined ? ` on port ${wantedPort}` : ""}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
const port = new URL(server.apiUrl).port;
process.stdout.write(
  [
    `Fake Warcraft Logs API on port ${port} (${profileName} profile, synthetic data; the credentials are the fake's own, not secrets):`,
    `  WCL_API_URL=${server.apiUrl}`,
    `  WCL_TOKEN_URL=${server.tokenUrl}`,
    `  WCL_CLIENT_ID=${server.clientId}`,
    `  WCL_CLIENT_SECRET=${server.clientSecret}`,
    `  WCL_TREES_URL=${server.treesUrl}`,
    `In another shell, with those five exported (not in .env: that is where your real credentials go):`,
    `  npm run pipeline -- --out ${TEST_SERVER_OUT_DIR}`,
    `Its data is labelled "test-server": never written to the tracked data, never released.`,
    resumed !== undefined && resumed.windowEnd > Date.now()
      ? `Point budget: ${Math.round(resumed.spent)} points already spent this hour (kept in ${budgetFile}).`
      : `Point budget: a new hour (kept in ${budgetFile}).`,
    `Ctrl+C stops the server.`,
    "",
  ].join("\n"),
);

const saver = setInterval(() => writeBudget(budgetFile, server.budget()), SAVE_EVERY_MS);
saver.unref();

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  clearInterval(saver);
  writeBudget(budgetFile, server.budget());
  process.stdout.write(`fake-wcl: ${server.stats.requests} requests served, ${server.stats.pointsCharged} points charged; stopping\n`);
  void server.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
watchAncestors(stop);
