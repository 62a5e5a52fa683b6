/**
 * `npm run bench:pipeline`: the full refresh (40 specs x 17 encounters = 9 raid bosses + 8 dungeons, top 50)
 * against the fake Warcraft Logs server with 300 ms latency per request, cold and warm, and the same work done
 * by a naive client (one request per ranking, two per written build) in the same run, on its own server so the
 * point budgets do not mix. Goals: <= 60 requests, <= 30 s cold; warm rerun 0 requests and <= 2 s.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SPECS } from "@att/contract";
import { COST_MODEL_TEXT, DEFAULT_DATASET, makeDataset } from "../packages/pipeline/src/sample/index";
import { DEFAULT_BATCH, DEFAULT_CONCURRENCY, runPipeline, type PipelineConfig } from "../packages/pipeline/src/run/pipeline";
import { LineReporter, silentReporter } from "../packages/pipeline/src/run/progress";
import { realClock } from "../packages/pipeline/src/http/deps";
import { DEFAULT_RETRY } from "../packages/pipeline/src/http/retry";
import { Redactor } from "../packages/pipeline/src/util/redact";
import { planZone } from "../packages/pipeline/src/wcl/discovery";
import { startFakeWcl } from "../tests/fake-wcl/server";
import { runNaive } from "./naive-client";

const LATENCY_MS = 300;
const TOP_N = 50;
const NAIVE_CONCURRENCY = 32;
const verbose = process.argv.includes("--verbose");

const dataset = makeDataset({ seed: DEFAULT_DATASET.seed, raidBosses: 9, dungeons: 8 });
const dir = mkdtempSync(join(tmpdir(), "att-bench-pipeline-"));

async function measurePipeline(): Promise<{ cold: Row; warm: Row }> {
  const server = await startFakeWcl({ dataset, latencyMs: LATENCY_MS });
  const config: PipelineConfig = {
    kind: "warcraftlogs",
    apiUrl: server.apiUrl,
    tokenUrl: server.tokenUrl,
    clientId: server.clientId,
    clientSecret: server.clientSecret,
    topN: TOP_N,
    raidDifficulties: ["heroic", "mythic"],
    selection: {},
    outDir: join(dir, "out"),
    cacheDir: join(dir, "cache"),
    fresh: false,
    dryRun: false,
    batch: DEFAULT_BATCH,
    concurrency: DEFAULT_CONCURRENCY,
    retry: DEFAULT_RETRY,
    timeoutMs: 30_000,
  };
  const run = async (): Promise<Row> => {
    const before = { requests: server.stats.requests, points: server.stats.pointsCharged };
    const started = performance.now();
    await runPipeline(config, {
      fetch: (input, init) => fetch(input, init),
      clock: realClock,
      random: Math.random,
      reporter: verbose ? new LineReporter({ write: (s) => void process.stderr.write(s) }, true) : silentReporter,
      redactor: new Redactor(),
      stdout: { write: (s) => void (verbose && process.stderr.write(s)) },
    });
    return { requests: server.stats.requests - before.requests, points: server.stats.pointsCharged - before.points, seconds: (performance.now() - started) / 1000 };
  };
  const cold = await run();
  const warm = await run();
  await server.close();
  return { cold, warm };
}

async function measureNaive(): Promise<Row & { builds: number }> {
  const server = await startFakeWcl({ dataset, latencyMs: LATENCY_MS });
  const zones = dataset.zones
    .filter((z) => z.id === 46 || z.id === 47)
    .map((z) => planZone(z.id === 46 ? "raid" : "mythicplus", { ...z, encounters: [...z.encounters], difficulties: [...z.difficulties], partitions: [...z.partitions] }, "mythic"));
  const started = performance.now();
  const result = await runNaive(server, zones, TOP_N, NAIVE_CONCURRENCY);
  const row = { requests: server.stats.requests, points: server.stats.pointsCharged, seconds: (performance.now() - started) / 1000, builds: result.builds };
  await server.close();
  return row;
}

interface Row {
  readonly requests: number;
  readonly points: number;
  readonly seconds: number;
}

const fmt = (row: Row): string => `${String(row.requests).padStart(8)}  ${String(Math.round(row.points * 10) / 10).padStart(8)}  ${row.seconds.toFixed(1).padStart(7)} s`;
const ratio = (a: number, b: number): string => (b === 0 ? "-" : `${(a / b).toFixed(1)}x`);

const encounters = dataset.zones.filter((z) => z.id === 46 || z.id === 47).reduce((n, z) => n + z.encounters.length, 0);
console.log(`pipeline bench: ${SPECS.length} specs x ${encounters} encounters, top ${TOP_N}, fake server latency ${LATENCY_MS} ms per request`);
console.log(`fake server cost model: ${COST_MODEL_TEXT}`);
console.log(`pipeline: up to ${DEFAULT_BATCH.rankings} rankings / ${DEFAULT_BATCH.reports} reports per request, ${DEFAULT_CONCURRENCY} requests in flight; naive: ${NAIVE_CONCURRENCY} in flight\n`);

const ours = await measurePipeline();
const naive = await measureNaive();
console.log(`${"".padEnd(34)}requests    points     wall`);
console.log(`${"this pipeline, cold cache".padEnd(34)}${fmt(ours.cold)}`);
console.log(`${"this pipeline, warm rerun".padEnd(34)}${fmt(ours.warm)}`);
console.log(`${`naive client (${naive.builds} builds looked up)`.padEnd(34)}${fmt(naive)}`);
console.log(`${"naive / this pipeline (cold)".padEnd(34)}${ratio(naive.requests, ours.cold.requests).padStart(8)}  ${ratio(naive.points, ours.cold.points).padStart(8)}  ${ratio(naive.seconds, ours.cold.seconds).padStart(9)}`);
console.log("\nRequests include the token request. The pipeline also fetches import strings for ranking rows without a talent");
console.log("list and retries other members when a string is missing or for the wrong spec; the naive client does neither.\n");

const goals: [string, boolean][] = [
  [`cold: <= 60 requests (${ours.cold.requests})`, ours.cold.requests <= 60],
  [`cold: <= 30 s (${ours.cold.seconds.toFixed(1)} s)`, ours.cold.seconds <= 30],
  [`warm: 0 requests (${ours.warm.requests})`, ours.warm.requests === 0],
  [`warm: <= 2 s (${ours.warm.seconds.toFixed(2)} s)`, ours.warm.seconds <= 2],
];
for (const [text, ok] of goals) console.log(`${ok ? "ok  " : "MISS"} ${text}`);
rmSync(dir, { recursive: true, force: true });
process.exitCode = goals.every(([, ok]) => ok) ? 0 : 1;
