import { CommanderError } from "commander";
import { MISSING_CREDENTIALS, readWclEnv } from "../config/env";
import { realClock } from "../http/deps";
import { PipelineError } from "../http/errors";
import { BarReporter, LineReporter, type Reporter } from "../run/progress";
import { DEFAULT_BATCH, DEFAULT_CONCURRENCY, runPipeline, type PipelineConfig } from "../run/pipeline";
import { Redactor } from "../util/redact";
import { resolve } from "node:path";
import { LIVE_OUT_DIR, optionsFrom, pipelineCommand } from "./options";

export interface CliIo {
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  /** `.env` location; undefined to skip. */
  readonly dotenvPath?: string;
}

/** Exit codes: 0 done, 1 the run failed, 2 usage or configuration error. */
export async function main(io: CliIo): Promise<number> {
  const command = pipelineCommand()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  try {
    command.parse([...io.argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const options = optionsFrom(command);
  if (options.source === "sample" && resolve(options.out) === resolve(LIVE_OUT_DIR)) {
    io.stderr.write(`pipeline: sample data is never written to ${LIVE_OUT_DIR} (the tracked live data); use another --out\n`);
    return 2;
  }
  const redactor = new Redactor();

  let source: { kind: PipelineConfig["kind"]; apiUrl: string; tokenUrl: string; clientId: string; clientSecret: string; fetch: typeof fetch; cacheNamespace?: string };
  if (options.source === "sample") {
    // Loaded only when asked for: the synthetic data set is built at import time of its module graph.
    const sample = await import("../sample/index");
    const s = sample.createSampleSource();
    source = { kind: "sample", apiUrl: s.apiUrl, tokenUrl: s.tokenUrl, clientId: s.clientId, clientSecret: s.clientSecret, fetch: s.fetch, cacheNamespace: s.cacheNamespace };
  } else {
    const env = readWclEnv(io.env, io.dotenvPath);
    if (env.clientId === undefined || env.clientSecret === undefined) {
      io.stderr.write(MISSING_CREDENTIALS + "\n");
      return 2;
    }
    redactor.addCredentials(env.clientId, env.clientSecret);
    source = { kind: "warcraftlogs", apiUrl: env.apiUrl, tokenUrl: env.tokenUrl, clientId: env.clientId, clientSecret: env.clientSecret, fetch: globalThis.fetch };
  }

  const reporter: Reporter =
    io.stderr.isTTY === true && options.progress !== false ? new BarReporter(io.stderr, options.verbose) : new LineReporter(io.stderr, options.verbose);
  const config: PipelineConfig = {
    kind: source.kind,
    apiUrl: source.apiUrl,
    tokenUrl: source.tokenUrl,
    clientId: source.clientId,
    clientSecret: source.clientSecret,
    topN: options.topN,
    raidDifficulty: options.raidDifficulty,
    selection: { classes: options.class, specs: options.spec, encounters: options.encounter, content: options.content },
    raidZone: options.raidZone,
    mplusZone: options.mplusZone,
    outDir: options.out,
    cacheDir: options.cacheDir,
    cacheNamespace: source.cacheNamespace,
    fresh: options.fresh,
    maxAgeMs: options.maxAge,
    dryRun: options.dryRun,
    generatedAt: options.generatedAt,
    batch: options.batchSize === undefined ? DEFAULT_BATCH : { rankings: options.batchSize, reports: options.batchSize, fights: options.batchSize },
    concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    minSpacingMs: options.minSpacing,
    retry: { maxAttempts: options.retries, baseDelayMs: 500, maxDelayMs: 30_000 },
    timeoutMs: options.timeout,
  };
  try {
    await runPipeline(config, { fetch: source.fetch, clock: realClock, random: Math.random, reporter, redactor, stdout: io.stdout });
    return 0;
  } catch (error) {
    reporter.finish();
    const message = error instanceof PipelineError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`pipeline failed: ${redactor.redact(message)}\n`);
    return 1;
  }
}
