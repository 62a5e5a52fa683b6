/**
 * `npm run fake-wcl`: the fake Warcraft Logs API (tests/fake-wcl, the same synthetic data set as `--source sample`)
 * as a standalone server, so anyone can try the live code path (OAuth, GraphQL, paging, points) without an account.
 * Prints the endpoints and the (fake, public) credentials as environment lines for the pipeline; runs until Ctrl+C.
 */
import { parseArgs } from "node:util";
import { DEFAULT_DATASET, makeDataset } from "@att/sample-world";
import { FAST_LIVE_PROFILE, LIVE_PROFILE, PLAIN_PROFILE, startFakeWcl } from "../tests/fake-wcl/server";

const PROFILES = { live: LIVE_PROFILE, fast: FAST_LIVE_PROFILE, plain: PLAIN_PROFILE } as const;

const HELP = `Usage: npm run fake-wcl -- [options]

Starts the fake Warcraft Logs API on 127.0.0.1 (a free port) and prints how to point the pipeline at it.
  --latency <ms>          delay before every answer (default 0; the live API answers in a few hundred ms)
  --points-per-hour <n>   the hourly point budget the fake enforces (default: the fake's own)
  --profile <name>        live (answer-size cap, 2 requests/s burst limit with a 60 s lockout), fast (the same
                          with a 20x faster burst clock; default) or plain (neither)
  --bosses <n>            raid bosses in the season (default ${DEFAULT_DATASET.raidBosses})
  --dungeons <n>          Mythic+ dungeons in the season (default ${DEFAULT_DATASET.dungeons})
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
const server = await startFakeWcl({
  dataset: makeDataset({
    seed: DEFAULT_DATASET.seed,
    raidBosses: number("bosses", values.bosses, 1),
    dungeons: number("dungeons", values.dungeons, 1),
  }),
  profile: PROFILES[profileName as keyof typeof PROFILES],
  latencyMs: number("latency", values.latency),
  pointsPerHour: number("points-per-hour", values["points-per-hour"]),
});
const port = new URL(server.apiUrl).port;
process.stdout.write(
  [
    `Fake Warcraft Logs API on port ${port} (${profileName} profile, synthetic data; the credentials are the fake's own, not secrets):`,
    `  WCL_API_URL=${server.apiUrl}`,
    `  WCL_TOKEN_URL=${server.tokenUrl}`,
    `  WCL_CLIENT_ID=${server.clientId}`,
    `  WCL_CLIENT_SECRET=${server.clientSecret}`,
    `  WCL_TREES_URL=${server.treesUrl}`,
    `In another shell, with those five set (export them, or put them in .env):`,
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
