/**
 * What a pipeline run is told (PipelineConfig) and what it may touch (PipelineDeps), apart from the run itself so
 * the modules the run uses (the plan text, for one) can name them without importing the run.
 */
import type { Clock, FetchFn } from "../http/deps";
import type { RetryPolicy } from "../http/retry";
import type { Redactor } from "../util/redact";
import type { Reporter, Sink } from "./progress";
import type { Selection } from "./selection";

export interface PipelineConfig {
  readonly kind: "warcraftlogs" | "sample";
  readonly apiUrl: string;
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly topN: number;
  /** Raid difficulties ranked; the same raid zone at each is its own planned zone and section of the data. */
  readonly raidDifficulties: readonly string[];
  readonly selection: Selection;
  /** `--raid-zone` (repeatable): rank these raid zones instead of the discovered ones. */
  readonly raidZones?: readonly number[];
  readonly mplusZone?: number;
  readonly outDir: string;
  readonly cacheDir: string;
  /** Subfolder of cacheDir for this source's answers; default the source kind. */
  readonly cacheNamespace?: string;
  readonly fresh: boolean;
  readonly maxAgeMs?: number;
  readonly dryRun: boolean;
  readonly generatedAt?: string;
  readonly batch: { readonly rankings: number };
  /** Requests in flight at once. */
  readonly concurrency: number;
  /** Minimum gap between request starts (ms), to stay under the reported burst limit; default DEFAULT_SPACING_MS. */
  readonly minSpacingMs?: number;
  /** `--trees FILE`: a Raidbots talents.json instead of the published files. */
  readonly treesFile?: string;
  /** Base URL of the published tree files (metadata.json, talents.json); default DEFAULT_TREES_URL. */
  readonly treesUrl?: string;
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  /** Write even when the new output covers less than the previous one (see output/guard.ts). */
  readonly force?: boolean;
  /** Share of the previous output's builds, per content, the new output must reach; default DEFAULT_MIN_COVERAGE. */
  readonly minCoverage?: number;
}

export interface PipelineDeps {
  readonly fetch: FetchFn;
  readonly clock: Clock;
  readonly random: () => number;
  readonly reporter: Reporter;
  readonly redactor: Redactor;
  /** Where the plan and the summary go (stdout in the CLI). */
  readonly stdout: Sink;
}
