/**
 * `npm run bench:pipeline`: a full refresh (40 specs x 9 raid bosses at Heroic AND Mythic + 8 Mythic+ dungeons, top 50)
 * against the fake Warcraft Logs server's live profile (live point prices, readings that lag one request, an 8 MB
 * answer cap, a 2-requests-per-window burst limit answering 429 without Retry-After), cold then warm, and the same
 * work done by a naive client in the same run, each on its own server so the point budgets do not mix.
 *
 * Time runs SCALE times faster than live so the bench takes about a minute: latency, request spacing, burst window
 * and lockout are all divided by SCALE, and wall times are printed multiplied back ("live-equivalent"). Points and
 * bytes are not scaled.
 * Goals: points <= 1,200 (live-priced; import strings are encoded from the talent trees, no report lookups), fits one
 * free hour (3,600 points, no reset waited for), warm rerun 0 Warcraft Logs requests. The tree files (metadata.json
 * every run, talents.json when its hash changed) are not Warcraft Logs requests: counted apart.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SPECS } from "@att/contract";
import { COST_MODEL_TEXT, DEFAULT_DATASET, makeDataset } from "@att/sample-world";
import { runPipeline, type PipelineConfig } from "../packages/pipeline/src/run/pipeline";
import { DEFAULT_BATCH, DEFAULT_CONCURRENCY, DEFAULT_SPACING_MS } from "../packages/pipeline/src/run/defaults";
import { LineReporter, silentReporter, type Reporter } from "../packages/pipeline/src/run/progress";
import { formatBytes } from "../packages/pipeline/src/run/summary";
import { realClock } from "../packages/pipeline/src/http/deps";
import { DEFAULT_RETRY } from "../packages/pipeline/src/http/retry";
import { Redactor } from "../packages/pipeline/src/util/redact";
import { planZone } from "../packages/pipeline/src/wcl/discovery";
import { LIVE_PROFILE, startFakeWcl, type LiveProfile } from "../tests/fake-wcl/server";
import { runNaive } from "./naive-client";

const SCALE = 10;
/** Live answer time assumed per request (unverified; a 10-page answer is ~5 MB). */
const LIVE_LATENCY_MS = 1000;
const TOP_N = 50;
const NAIVE_CONCURRENCY = 16;
const HOUR_POINTS = 3600;
const verbose = process.argv.includes("--verbose");

const dataset = makeDataset({ seed: DEFAULT_DATASET.seed, raidBosses: 9, dungeons: 8 });
const dir = mkdtempSync(join(tmpdir(), "att-bench-pipeline-"));
const scaledProfile: LiveProfile = {
  ...LIVE_PROFILE,
  burst: { ...LIVE_PROFILE.burst!, windowMs: LIVE_PROFILE.burst!.windowMs / SCALE, penaltyMs: LIVE_PROFILE.burst!.penaltyMs / SCALE },
};

interface Row {
  readonly requests: number;
  /** GETs of the tree files (not Warcraft Logs requests). */
  readonly treeRequests?: number;
  readonly points: number;
  readonly largest: number;
  readonly seconds: number;
  readonly resetWaits?: number;
  readonly burst429?: number;
}

async function measurePipeline(): Promise<{ cold: Row; warm: Row }> {
  const server = await startFakeWcl({ dataset, latencyMs: LIVE_LATENCY_MS / SCALE, profile: scaledProfile });
  const base: PipelineConfig = {
    kind: "warcraftlogs",
    apiUrl: server.apiUrl,
    treesUrl: server.treesUrl,
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
    minSpacingMs: DEFAULT_SPACING_MS / SCALE,
    retry: { ...DEFAULT_RETRY, rateLimitedBaseMs: 30_000 / SCALE, rateLimitedMaxMs: 900_000 / SCALE },
    timeoutMs: 30_000,
  };
  // The refresh: one run, raid at Heroic and Mythic plus Mythic+ (a list, should a refresh ever take several runs).
  const refresh: Partial<PipelineConfig>[] = [{}];
  const run = async (scaled: boolean): Promise<Row> => {
    const before = {
      requests: server.stats.requests - server.stats.treeRequests,
      trees: server.stats.treeRequests,
      points: server.stats.pointsCharged,
      burst: server.stats.burstRejected,
    };
    const started = performance.now();
    let resetWaits = 0;
    let largest = 0;
    for (const overrides of refresh) {
      const lines: Reporter = verbose ? new LineReporter({ write: (s) => void process.stderr.write(s) }, true) : silentReporter;
      const reporter: Reporter = {
        phase: (name, total) => lines.phase(name, total),
        advance: (by, counters) => lines.advance(by, counters),
        countdown: (seconds, reason) => {
          if (reason.startsWith("rate limit:") && seconds === 0) resetWaits++;
          lines.countdown(seconds, reason);
        },
        info: (message) => lines.info(message),
        verbose: (message) => lines.verbose(message),
        warn: (message) => lines.warn(message),
        finish: () => lines.finish(),
      };
      const summary = await runPipeline(
        { ...base, ...overrides },
        {
          fetch: (input, init) => fetch(input, init),
          clock: realClock,
          random: Math.random,
          reporter,
          redactor: new Redactor(),
          stdout: { write: (s) => void (verbose && process.stderr.write(s)) },
        },
      );
      largest = Math.max(largest, summary?.largestAnswerBytes ?? 0);
      if (verbose)
        process.stderr.write(
          `run ${JSON.stringify(overrides)}: ${((performance.now() - started) / 1000).toFixed(1)} s so far, ${server.stats.requests - before.requests} requests, ${server.stats.burstRejected - before.burst} burst 429s\n`,
        );
    }
    return {
      requests: server.stats.requests - server.stats.treeRequests - before.requests,
      treeRequests: server.stats.treeRequests - before.trees,
      points: server.stats.pointsCharged - before.points,
      largest,
      seconds: ((performance.now() - started) / 1000) * (scaled ? SCALE : 1),
      resetWaits,
      burst429: server.stats.burstRejected - before.burst,
    };
  };
  const cold = await run(true);
  // No network in a warm rerun: its wall time is the machine's, not scaled.
  const warm = await run(false);
  await server.close();
  return { cold, warm };
}

async function measureNaive(): Promise<Row & { builds: number }> {
  // No burst limit and an hour without end for the naive client: it handles neither, and its points are what we compare.
  const server = await startFakeWcl({
    dataset,
    latencyMs: LIVE_LATENCY_MS / SCALE,
    profile: { ...LIVE_PROFILE, burst: undefined },
    pointsPerHour: 1e9,
  });
  const source = dataset.zones.filter((z) => z.id === 46 || z.id === 47);
  const plain = (z: (typeof source)[number]) => ({
    ...z,
    encounters: [...z.encounters],
    difficulties: [...z.difficulties],
    partitions: [...z.partitions],
  });
  const zones = source.flatMap((z) =>
    z.id === 46
      ? [planZone("raid", plain(z), "mythic"), planZone("raid", plain(z), "heroic")]
      : [planZone("mythicplus", plain(z), "mythic")],
  );
  const started = performance.now();
  const result = await runNaive(server, zones, TOP_N, NAIVE_CONCURRENCY);
  const row = {
    requests: server.stats.requests,
    points: server.stats.pointsCharged,
    largest: server.stats.largestAnswerBytes,
    seconds: ((performance.now() - started) / 1000) * SCALE,
    builds: result.builds,
  };
  await server.close();
  return row;
}

const fmt = (row: Row): string =>
  `${String(Math.round(row.points * 10) / 10).padStart(8)}  ${String(row.requests).padStart(8)}  ${formatBytes(row.largest).padStart(9)}  ${formatSecondsShort(row.seconds).padStart(9)}`;
const ratio = (a: number, b: number): string => (b === 0 ? "-" : `${(a / b).toFixed(1)}x`);
function formatSecondsShort(s: number): string {
  return s >= 120 ? `${(s / 60).toFixed(1)} min` : `${s.toFixed(1)} s`;
}

const raid = dataset.zones.find((z) => z.id === 46)!.encounters.length;
const dungeons = dataset.zones.find((z) => z.id === 47)!.encounters.length;
console.log(`pipeline bench: ${SPECS.length} specs x (${raid} raid bosses x Heroic + Mythic, ${dungeons} dungeons), top ${TOP_N}`);
console.log(
  `fake server: live profile (${COST_MODEL_TEXT}); answer cap ${formatBytes(LIVE_PROFILE.maxAnswerBytes!)}; burst ${LIVE_PROFILE.burst!.maxRequests} requests / ${LIVE_PROFILE.burst!.windowMs} ms`,
);
console.log(
  `time scaled 1:${SCALE} (latency ${LIVE_LATENCY_MS} ms live); cold wall times are live-equivalent (measured x ${SCALE}, which also`,
);
console.log(`multiplies this machine's CPU time, so they overstate); the warm rerun's is measured`);
console.log(
  `pipeline: up to ${DEFAULT_BATCH.rankings} aliases per request, ${DEFAULT_CONCURRENCY} in flight, ${DEFAULT_SPACING_MS} ms spacing, import strings encoded from the trees; naive: ${NAIVE_CONCURRENCY} in flight, one alias per request\n`,
);

const ours = await measurePipeline();
const naive = await measureNaive();
console.log(`${"".padEnd(36)}  points  requests    largest       wall`);
console.log(`${"this pipeline, cold cache".padEnd(36)}${fmt(ours.cold)}`);
console.log(`${"this pipeline, warm rerun".padEnd(36)}${fmt(ours.warm)}`);
console.log(`${`naive client (${naive.builds} builds looked up)`.padEnd(36)}${fmt(naive)}`);
console.log(
  `${"naive / this pipeline (cold)".padEnd(36)}${ratio(naive.points, ours.cold.points).padStart(8)}  ${ratio(naive.requests, ours.cold.requests).padStart(8)}  ${ratio(naive.largest, ours.cold.largest).padStart(9)}  ${ratio(naive.seconds, ours.cold.seconds).padStart(9)}`,
);
console.log(`\nburst-limit 429s met by the pipeline: ${ours.cold.burst429 ?? 0} cold, ${ours.warm.burst429 ?? 0} warm`);
console.log(`tree files fetched (not counted above): ${ours.cold.treeRequests ?? 0} cold, ${ours.warm.treeRequests ?? 0} warm`);
console.log("Points are what the fake server billed at live prices; requests include token requests, rate-limit probes and");
console.log("429s. The naive client ignores the burst limit and the hour (its server enforces neither); the pipeline obeys both.\n");

const goals: [string, boolean][] = [
  [`cold: <= 1,200 live points (${Math.round(ours.cold.points)})`, ours.cold.points <= 1200],
  [
    `cold: fits one free hour (${Math.round(ours.cold.points)} of ${HOUR_POINTS} points, ${ours.cold.resetWaits ?? 0} reset waits)`,
    ours.cold.points <= HOUR_POINTS && (ours.cold.resetWaits ?? 0) === 0,
  ],
  [`warm: 0 Warcraft Logs requests (${ours.warm.requests})`, ours.warm.requests === 0],
];
for (const [text, ok] of goals) console.log(`${ok ? "ok  " : "MISS"} ${text}`);
rmSync(dir, { recursive: true, force: true });
process.exitCode = goals.every(([, ok]) => ok) ? 0 : 1;
