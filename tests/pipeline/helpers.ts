/** Shared setup for the pipeline's integration tests: small data sets, a run against a fake server, file reads. */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeDataset, type DatasetOptions, type SampleDataset } from "@att/sample-world";
import { runPipeline, type PipelineConfig } from "../../packages/pipeline/src/run/pipeline";
import { LineReporter } from "../../packages/pipeline/src/run/progress";
import type { RunSummary } from "../../packages/pipeline/src/run/summary";
import { realClock, type FetchFn } from "../../packages/pipeline/src/http/deps";
import { Redactor } from "../../packages/pipeline/src/util/redact";
import type { FakeWcl } from "../fake-wcl/server";

/** Short backoffs; a 429 waits a little longer than the fast profile's burst lockout. */
export const TEST_RETRY = { maxAttempts: 6, baseDelayMs: 10, maxDelayMs: 200, rateLimitedBaseMs: 300, rateLimitedMaxMs: 1500 };
/** 30 ms between request starts: at most 2 per 50 ms, the fast live profile's burst window (live: 500 ms, 2/s). */
export const TEST_SPACING_MS = 30;

export const SMALL: DatasetOptions = { seed: 42, specs: [62, 71, 105, 250, 581], raidBosses: 3, dungeons: 2, rowsPerRanking: 30 };

export function smallDataset(overrides: Partial<DatasetOptions> = {}): SampleDataset {
  return makeDataset({ ...SMALL, ...overrides });
}

export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `att-pipeline-${label}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Output and cache folders for the runs of one test file, removed together at the end. */
export function runDirs(): { fresh(label: string): { out: string; cache: string }; removeAll(): void } {
  const dirs: string[] = [];
  return {
    fresh(label) {
      const out = tempDir(`${label}-out`);
      const cache = tempDir(`${label}-cache`);
      dirs.push(out, cache);
      return { out, cache };
    },
    removeAll() {
      for (const dir of dirs.splice(0)) removeDir(dir);
    },
  };
}

export interface RunOutcome {
  readonly summary: RunSummary | undefined;
  readonly log: string;
  readonly stdout: string;
  readonly lua: string;
  readonly json: string;
}

/** Runs the pipeline in-process against a fake server: real HTTP, real clock, short backoffs and timeouts. */
export async function runAgainst(
  server: FakeWcl,
  dirs: { out: string; cache: string },
  overrides: Partial<PipelineConfig> = {},
  fetchImpl: FetchFn = (input, init) => fetch(input, init),
): Promise<RunOutcome> {
  let log = "";
  let stdout = "";
  const config: PipelineConfig = {
    kind: "warcraftlogs",
    apiUrl: server.apiUrl,
    tokenUrl: server.tokenUrl,
    clientId: server.clientId,
    clientSecret: server.clientSecret,
    treesUrl: server.treesUrl,
    topN: 20,
    raidDifficulties: ["heroic", "mythic"],
    selection: {},
    outDir: dirs.out,
    cacheDir: dirs.cache,
    fresh: false,
    dryRun: false,
    batch: { rankings: 12 },
    concurrency: 3,
    retry: TEST_RETRY,
    timeoutMs: 1000,
    // The fake server's burst limit runs 20x faster than the live one (FAST_LIVE_PROFILE), so does the spacing.
    minSpacingMs: TEST_SPACING_MS,
    ...overrides,
  };
  const summary = await runPipeline(config, {
    fetch: fetchImpl,
    clock: realClock,
    random: () => 0.5,
    reporter: new LineReporter({ write: (s) => void (log += s) }, true),
    redactor: new Redactor(),
    stdout: { write: (s) => void (stdout += s) },
  });
  const read = (name: string): string => {
    try {
      return readFileSync(join(dirs.out, name), "utf8");
    } catch {
      return "";
    }
  };
  return { summary, log, stdout, lua: read("TalentData.lua"), json: read("talent-data.json") };
}

/** Every file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    out = statSync(full).isDirectory() ? [...out, ...filesUnder(full)] : [...out, full];
  }
  return out;
}
