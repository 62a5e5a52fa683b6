/**
 * `npm run fake-wcl`: the fake Warcraft Logs API (tests/fake-wcl, the same synthetic data set as `--source sample`)
 * as a standalone server, so anyone can try the live code path (OAuth, GraphQL, paging, points) without an account.
 * Prints the endpoints and the (fake, public) credentials as environment lines for the pipeline; runs until Ctrl+C.
 */
import { parseArgs } from "node:util";
import { DEFAULT_DATASET, makeDataset } from "../packages/pipeline/src/sample/index";
import { startFakeWcl } from "../tests/fake-wcl/server";

const HELP = `Usage: npm run fake-wcl -- [--latency <ms>] [--points-per-hour <n>]

Starts the fake Warcraft Logs API on 127.0.0.1 (a free port) and prints how to point the pipeline at it.
  --latency <ms>          delay before every answer (default 0; the live API answers in a few hundred ms)
  --points-per-hour <n>   the hourly point budget the fake enforces (default: the fake's own)
`;

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) {
    console.error(`fake-wcl: --${name} expects a non-negative number, got "${value}"`);
    process.exit(2);
  }
  return n;
}

let values;
try {
  ({ values } = parseArgs({
    args: process.argv.slice(2),
    options: { latency: { type: "string" }, "points-per-hour": { type: "string" }, help: { type: "boolean", short: "h" } },
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

const server = await startFakeWcl({
  dataset: makeDataset({ seed: DEFAULT_DATASET.seed }),
  latencyMs: number("latency", values.latency),
  pointsPerHour: number("points-per-hour", values["points-per-hour"]),
});
const port = new URL(server.apiUrl).port;
process.stdout.write(
  [
    `Fake Warcraft Logs API on port ${port} (synthetic data; these credentials are the fake's own, not secrets):`,
    `  WCL_API_URL=${server.apiUrl}`,
    `  WCL_TOKEN_URL=${server.tokenUrl}`,
    `  WCL_CLIENT_ID=${server.clientId}`,
    `  WCL_CLIENT_SECRET=${server.clientSecret}`,
    `In another shell, with those four set (export them, or put them in .env):`,
    `  npm run pipeline -- --out dist/fake-data      # keep fake data out of the tracked live data`,
    `Ctrl+C stops the server.`,
    "",
  ].join("\n"),
);

const stop = (): void => {
  process.stdout.write(`fake-wcl: ${server.stats.requests} requests served, ${server.stats.pointsCharged} points charged; stopping\n`);
  void server.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
