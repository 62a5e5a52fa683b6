import { Command, InvalidArgumentError, Option } from "commander";
import { RAID_DIFFICULTIES, type ContentType, type RaidDifficulty } from "@att/contract";
import { EXIT_CODES_HELP } from "../http/errors";
import { DEFAULT_MIN_COVERAGE } from "../output/guard";
import { DEFAULT_BATCH, DEFAULT_CONCURRENCY, DEFAULT_SPACING_MS, DEFAULT_TOP_N } from "../run/defaults";
import { parseDuration } from "../util/duration";

/** Where live data goes: tracked in git, so every refresh is a reviewable diff (README: refresh). */
export const LIVE_OUT_DIR = "packages/addon-ts/data";
/** Where sample data goes: build output, never the tracked live data folder. */
export const SAMPLE_OUT_DIR = "dist/sample-data";

export interface CliOptions {
  readonly source: "wcl" | "sample";
  readonly fresh: boolean;
  readonly class?: string[];
  readonly spec?: string[];
  readonly encounter?: string[];
  readonly content?: ContentType;
  readonly topN: number;
  readonly out: string;
  readonly cacheDir: string;
  readonly maxAge?: number;
  readonly dryRun: boolean;
  readonly verbose: boolean;
  /** Raid difficulties ranked, each its own section of the data (default: Heroic and Mythic). */
  readonly raidDifficulties: readonly RaidDifficulty[];
  readonly raidZone?: number[];
  readonly mplusZone?: number;
  readonly generatedAt?: string;
  readonly progress?: boolean;
  readonly timeout: number;
  readonly retries: number;
  readonly batchSize?: number;
  readonly concurrency?: number;
  readonly minSpacing?: number;
  readonly force: boolean;
  readonly minCoverage: number;
  readonly trees?: string;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("expected a positive integer");
  return n;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number >= 0");
  return n;
}

function duration(value: string): number {
  const ms = parseDuration(value);
  if (ms === undefined) throw new InvalidArgumentError('expected a duration like "90m", "12h" or "2d"');
  return ms;
}

function isoDate(value: string): string {
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new InvalidArgumentError("expected an ISO-8601 date, e.g. 2026-03-01T00:00:00Z");
  return new Date(t).toISOString();
}

function fraction(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 1)
    throw new InvalidArgumentError("expected a fraction from 0 to 1, e.g. 0.8");
  return n;
}

/** "heroic,mythic" -> the list; each must be a difficulty the data holds. */
function difficulties(value: string, previous: RaidDifficulty[] | undefined): RaidDifficulty[] {
  const out = [...(previous ?? [])];
  for (const part of value
    .split(",")
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v.length > 0)) {
    const found = RAID_DIFFICULTIES.find((d) => d === part);
    if (found === undefined)
      throw new InvalidArgumentError(`"${part}" is not a raid difficulty the data holds (${RAID_DIFFICULTIES.join(", ")})`);
    if (!out.includes(found)) out.push(found);
  }
  return out;
}

function collect(value: string, previous: string[] | undefined): string[] {
  const parts = value
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
  return [...(previous ?? []), ...parts];
}

/** The `npm run pipeline` command line (commander only parses; the run itself lives in run/pipeline.ts). */
export function pipelineCommand(): Command {
  return new Command("pipeline")
    .description("Warcraft Logs -> consensus talent builds of top players -> TalentData.lua + talent-data.json")
    .addOption(
      new Option("--source <source>", "where rankings come from: wcl (the API, needs credentials) or sample (built-in synthetic data)")
        .choices(["wcl", "sample"])
        .default("wcl"),
    )
    .option("--fresh", "ignore cached answers (they are still rewritten)", false)
    .option("--class <names>", 'only these classes (comma-separated or repeated), e.g. Mage,"Death Knight"', collect)
    .option("--spec <specs>", 'only these specs: spec ID or "Frost Mage" (comma-separated or repeated)', collect)
    .option("--encounter <encounters>", "only these encounters: ID or name (comma-separated or repeated)", collect)
    .addOption(new Option("--content <content>", "only raid or only mythicplus").choices(["raid", "mythicplus"]))
    .option("--top-n <n>", "top N players per spec and encounter", positiveInt, DEFAULT_TOP_N)
    .option("--out <dir>", `output directory (default: ${LIVE_OUT_DIR}; with --source sample: ${SAMPLE_OUT_DIR})`)
    .option("--cache-dir <dir>", "cache directory", ".cache")
    .option("--max-age <duration>", "refetch cached rankings older than this (e.g. 12h)", duration)
    .option("--dry-run", "print the plan (encounters, specs, request and point estimate) and stop", false)
    .option("--verbose", "log every request and retry", false)
    .option(
      "--raid-difficulty <list>",
      `raid difficulties to rank, each its own section of the data (comma-separated: ${RAID_DIFFICULTIES.join(", ")}; default both)`,
      difficulties,
    )
    .option(
      "--raid-zone <id>",
      "rank this raid zone instead of the discovered ones (repeatable)",
      (v: string, prev: number[] | undefined) => [...(prev ?? []), positiveInt(v)],
    )
    .option("--mplus-zone <id>", "use this Mythic+ zone instead of discovering the current one", positiveInt)
    .option("--generated-at <iso>", "timestamp written as generatedAt (default: newest ranking in the data)", isoDate)
    .option("--no-progress", "plain progress lines even on a terminal")
    .option("--timeout <ms>", "per-request timeout in milliseconds", positiveInt, 30_000)
    .option("--retries <n>", "attempts per request before giving up", positiveInt, 6)
    .option(
      "--batch-size <n>",
      `aliases per request at most (default ${DEFAULT_BATCH.rankings}; halved on size failures, grown back)`,
      positiveInt,
    )
    .option("--concurrency <n>", `requests in flight at once (default ${DEFAULT_CONCURRENCY})`, positiveInt)
    .option(
      "--min-spacing <ms>",
      `minimum gap between request starts in ms (default ${DEFAULT_SPACING_MS}, burst limit ~2/s; 0 with --source sample)`,
      nonNegativeInt,
    )
    .option("--force", "write the output even when it covers less than the previous output (see --min-coverage)", false)
    .option(
      "--min-coverage <fraction>",
      "keep the previous output (exit 1) when the new one has fewer builds than this share of it, per content",
      fraction,
      DEFAULT_MIN_COVERAGE,
    )
    .option(
      "--trees <file>",
      "talent trees from this Raidbots talents.json instead of the published files (default: WCL_TREES_URL, cached)",
    )
    .addHelpText(
      "after",
      [
        "",
        "Environment (or .env): WCL_CLIENT_ID, WCL_CLIENT_SECRET (https://www.warcraftlogs.com/api/clients/),",
        "WCL_TOKEN_URL, WCL_API_URL (default: the public Warcraft Logs endpoints), WCL_TREES_URL (default: Raidbots'",
        "live talent trees, https://www.raidbots.com/static/data/live).",
        "",
        "Examples:",
        "  npm run pipeline -- --source sample",
        "  npm run pipeline -- --dry-run",
        '  npm run pipeline -- --spec "Frost Mage" --content raid',
        "",
        EXIT_CODES_HELP,
      ].join("\n"),
    );
}

export function optionsFrom(command: Command): CliOptions {
  const o = command.opts<Record<string, unknown>>();
  return {
    source: o["source"] === "sample" ? "sample" : "wcl",
    fresh: o["fresh"] === true,
    class: strings(o["class"]),
    spec: strings(o["spec"]),
    encounter: strings(o["encounter"]),
    content: o["content"] === "raid" || o["content"] === "mythicplus" ? o["content"] : undefined,
    topN: typeof o["topN"] === "number" ? o["topN"] : DEFAULT_TOP_N,
    out: typeof o["out"] === "string" ? o["out"] : o["source"] === "sample" ? SAMPLE_OUT_DIR : LIVE_OUT_DIR,
    cacheDir: typeof o["cacheDir"] === "string" ? o["cacheDir"] : ".cache",
    maxAge: typeof o["maxAge"] === "number" ? o["maxAge"] : undefined,
    dryRun: o["dryRun"] === true,
    verbose: o["verbose"] === true,
    raidDifficulties:
      Array.isArray(o["raidDifficulty"]) && o["raidDifficulty"].length > 0 ? (o["raidDifficulty"] as RaidDifficulty[]) : RAID_DIFFICULTIES,
    raidZone: Array.isArray(o["raidZone"]) && o["raidZone"].every((v) => typeof v === "number") ? (o["raidZone"] as number[]) : undefined,
    mplusZone: typeof o["mplusZone"] === "number" ? o["mplusZone"] : undefined,
    generatedAt: typeof o["generatedAt"] === "string" ? o["generatedAt"] : undefined,
    progress: o["progress"] !== false,
    timeout: typeof o["timeout"] === "number" ? o["timeout"] : 30_000,
    retries: typeof o["retries"] === "number" ? o["retries"] : 6,
    batchSize: typeof o["batchSize"] === "number" ? o["batchSize"] : undefined,
    concurrency: typeof o["concurrency"] === "number" ? o["concurrency"] : undefined,
    minSpacing: typeof o["minSpacing"] === "number" ? o["minSpacing"] : undefined,
    force: o["force"] === true,
    minCoverage: typeof o["minCoverage"] === "number" ? o["minCoverage"] : DEFAULT_MIN_COVERAGE,
    trees: typeof o["trees"] === "string" ? o["trees"] : undefined,
  };
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === "string") ? value : undefined;
}
