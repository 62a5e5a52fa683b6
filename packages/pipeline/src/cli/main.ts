import { CommanderError } from "commander";
import { MISSING_CREDENTIALS, readWclEnv } from "../config/env";
import { realClock } from "../http/deps";
import { EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, PipelineError } from "../http/errors";
import { BarReporter, LineReporter, type Reporter } from "../run/progress";
import { DEFAULT_BATCH, DEFAULT_CONCURRENCY, runPipeline, type PipelineConfig } from "../run/pipeline";
import { Redactor } from "../util/redact";
import { resolve } from "node:path";
import { checkUrl, ensureWritableDir } from "./dirs";
import { describeFailure } from "./failure";
import { LIVE_OUT_DIR, optionsFrom, pipelineCommand } from "./options";

export interface CliIo {
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  /** `.env` location; undefined to skip. */
  readonly dotenvPath?: string;
  /** Subscribes to Ctrl-C (SIGINT in the CLI); returns the unsubscribe. */
  readonly onInterrupt?: (handler: () => void) => () => void;
}

/** Shows the cursor again (the progress bar hides it). */
const SHOW_CURSOR = "\x1b[?25h";

/**
 * Exit codes (documented in --help and the README): 0 done, 1 the run failed, 2 usage or configuration error,
 * 130 interrupted. Every failure is one `error:` line and at most one `hint:` line on stderr.
 */
export async function main(io: CliIo): Promise<number> {
  const command = pipelineCommand()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  try {
    command.parse([...io.argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw error;
  }
  const options = optionsFrom(command);
  const redactor = new Redactor();
  const folders = { "--out": options.out, "--cache-dir": options.cacheDir };
  const fail = (error: unknown): number => {
    const report = describeFailure(error, redactor, folders, options.verbose);
    io.stderr.write(report.lines.join("\n") + "\n");
    return report.exitCode;
  };
  if (options.source === "sample" && resolve(options.out) === resolve(LIVE_OUT_DIR)) {
    return fail(
      new PipelineError(`sample data is never written to ${LIVE_OUT_DIR} (the tracked live data)`, {
        kind: "usage",
        hint: "use another --out",
      }),
    );
  }

  let source: {
    kind: PipelineConfig["kind"];
    apiUrl: string;
    tokenUrl: string;
    clientId: string;
    clientSecret: string;
    fetch: typeof fetch;
    cacheNamespace?: string;
    treesUrl: string;
  };
  try {
    if (options.source === "sample") {
      // Loaded only when asked for: the synthetic data set is built at import time of its module graph.
      const sample = await import("@att/sample-world");
      const s = sample.createSampleSource();
      source = {
        kind: "sample",
        apiUrl: s.apiUrl,
        tokenUrl: s.tokenUrl,
        clientId: s.clientId,
        clientSecret: s.clientSecret,
        fetch: s.fetch,
        cacheNamespace: s.cacheNamespace,
        treesUrl: s.treesUrl,
      };
    } else {
      const env = readWclEnv(io.env, io.dotenvPath);
      if (env.clientId === undefined || env.clientSecret === undefined) {
        io.stderr.write(MISSING_CREDENTIALS + "\n");
        return EXIT_USAGE;
      }
      redactor.addCredentials(env.clientId, env.clientSecret);
      checkUrl(env.tokenUrl, "WCL_TOKEN_URL");
      checkUrl(env.apiUrl, "WCL_API_URL");
      checkUrl(env.treesUrl, "WCL_TREES_URL");
      source = {
        kind: "warcraftlogs",
        apiUrl: env.apiUrl,
        tokenUrl: env.tokenUrl,
        clientId: env.clientId,
        clientSecret: env.clientSecret,
        fetch: globalThis.fetch,
        treesUrl: env.treesUrl,
      };
    }
    await ensureWritableDir(options.cacheDir, "--cache-dir");
    if (!options.dryRun) await ensureWritableDir(options.out, "--out");
  } catch (error) {
    return fail(error);
  }

  const tty = io.stderr.isTTY === true && options.progress !== false;
  const reporter: Reporter = tty ? new BarReporter(io.stderr, options.verbose) : new LineReporter(io.stderr, options.verbose);
  const config: PipelineConfig = {
    kind: source.kind,
    apiUrl: source.apiUrl,
    tokenUrl: source.tokenUrl,
    clientId: source.clientId,
    clientSecret: source.clientSecret,
    topN: options.topN,
    raidDifficulties: options.raidDifficulties,
    selection: { classes: options.class, specs: options.spec, encounters: options.encounter, content: options.content },
    raidZones: options.raidZone,
    mplusZone: options.mplusZone,
    outDir: options.out,
    cacheDir: options.cacheDir,
    cacheNamespace: source.cacheNamespace,
    fresh: options.fresh,
    maxAgeMs: options.maxAge,
    dryRun: options.dryRun,
    generatedAt: options.generatedAt,
    batch: options.batchSize === undefined ? DEFAULT_BATCH : { rankings: options.batchSize },
    concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    // The burst limit is the live API's; the sample source answers in-process, so it is not paced unless asked.
    minSpacingMs: options.minSpacing ?? (source.kind === "sample" ? 0 : undefined),
    treesFile: options.trees,
    treesUrl: source.treesUrl,
    retry: { maxAttempts: options.retries, baseDelayMs: 500, maxDelayMs: 30_000 },
    timeoutMs: options.timeout,
    force: options.force,
    minCoverage: options.minCoverage,
  };

  // Ctrl-C: stop the bar (it restores the cursor), say that nothing fetched is lost, and exit 130. Every cache entry
  // and the output pair are written temp-then-rename, so stopping mid-request leaves nothing half written.
  let unsubscribe = (): void => {};
  const interrupted = new Promise<"interrupted">((resolve) => {
    unsubscribe = io.onInterrupt?.(() => resolve("interrupted")) ?? unsubscribe;
  });
  const run = runPipeline(config, {
    fetch: source.fetch,
    clock: realClock,
    random: Math.random,
    reporter,
    redactor,
    stdout: io.stdout,
  }).then(
    () => "done" as const,
    (error: unknown) => ({ error }),
  );
  try {
    const outcome = await Promise.race([run, interrupted]);
    if (outcome === "done") return EXIT_OK;
    reporter.finish();
    if (tty) io.stderr.write(SHOW_CURSOR);
    if (outcome === "interrupted") {
      io.stderr.write(`\ninterrupted: nothing is lost, a rerun resumes from the cache in ${options.cacheDir}\n`);
      return EXIT_INTERRUPTED;
    }
    return fail(outcome.error);
  } finally {
    unsubscribe();
  }
}
