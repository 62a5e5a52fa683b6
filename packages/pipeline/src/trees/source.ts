/**
 * Where the talent trees come from: `--trees FILE` (a Raidbots talents.json; tests use the pinned copies), or the
 * published files at a base URL (Raidbots' live folder by default, WCL_TREES_URL elsewhere; the sample source and the
 * fake server serve the sample world's trees the same way). Raidbots asks tools to cache: metadata.json (~1 KB) is
 * asked every run, talents.json (~3 MB) only when its contentHash changed, and the last good copy is kept in the
 * cache folder. Unreachable or invalid tree data never fails a run: the cached copy serves, or the run goes on
 * without strings and names and says so once. A bad `--trees FILE` is a usage error (the user named it).
 */
import * as fs from "node:fs/promises";
import * as path from "node:path";
import type { FetchFn } from "../http/deps";
import { PipelineError } from "../http/errors";
import { treeSetOf, type TreeSet } from "./model";
import { TalentsFileSchema, TreeMetadataSchema, type TreeMetadata } from "./schema";

export interface TreeSourceOptions {
  /** `--trees FILE`. */
  readonly file?: string;
  /** Base URL of metadata.json and talents.json. */
  readonly url: string;
  /** The folder the two files are kept in. */
  readonly cacheDir: string;
  /** `--fresh`: download talents.json even when the cached copy has the published hash. */
  readonly fresh: boolean;
  /** Per attempt; at least TREES_MIN_TIMEOUT_MS (a ~3 MB file, unlike the API answers `--timeout` is tuned for). */
  readonly timeoutMs: number;
  /** Waits between attempts (the run's clock). */
  readonly sleep: (ms: number) => Promise<void>;
}

/** Attempts per file, and the wait before the second and third. */
const ATTEMPTS = 3;
const RETRY_DELAY_MS = 1_000;
export const TREES_MIN_TIMEOUT_MS = 60_000;

export interface LoadedTrees {
  readonly trees?: TreeSet;
  /** Where they came from, for the summary: "file", "download", "cache". */
  readonly origin: "file" | "download" | "cache" | "none";
  /** One line to tell the user (a stale or missing copy), when there is something to tell. */
  readonly note?: string;
}

function problemOf(error: unknown): string {
  if (error instanceof SyntaxError) return `not JSON (${error.message})`;
  if (error !== null && typeof error === "object" && "issues" in error && Array.isArray(error.issues)) {
    const issue = error.issues[0] as { message?: string; path?: unknown[] } | undefined;
    return `not Raidbots tree data: ${issue?.path?.join(".") ?? ""} ${issue?.message ?? ""}`.trim();
  }
  return error instanceof Error ? error.message : String(error);
}

/** Parses and validates a talents.json text; throws with what is wrong. */
export function parseTalents(text: string, wowBuild?: string): TreeSet {
  return treeSetOf(TalentsFileSchema.parse(JSON.parse(text)), wowBuild);
}

class HttpStatusError extends Error {}

/** The file's text; a network failure or a 5xx is tried again, a 4xx is an answer. */
async function fetchText(fetchFn: FetchFn, url: string, options: TreeSourceOptions): Promise<string> {
  const timeoutMs = Math.max(options.timeoutMs, TREES_MIN_TIMEOUT_MS);
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetchFn(url, { method: "GET", signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) throw new HttpStatusError(`${url} answered HTTP ${response.status}`);
      return await response.text();
    } catch (error) {
      const final = error instanceof HttpStatusError && !/HTTP 5\d\d$/.test(error.message);
      if (final || attempt >= ATTEMPTS) throw error;
      await options.sleep(RETRY_DELAY_MS * attempt);
    }
  }
}

async function readCached(dir: string): Promise<{ meta: TreeMetadata; trees: TreeSet } | undefined> {
  try {
    const meta = TreeMetadataSchema.parse(JSON.parse(await fs.readFile(path.join(dir, "metadata.json"), "utf8")));
    const trees = parseTalents(await fs.readFile(path.join(dir, "talents.json"), "utf8"), meta.wowBuild);
    return { meta, trees };
  } catch {
    return undefined;
  }
}

async function writeAtomic(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, text);
  await fs.rename(temp, file);
}

export async function loadTrees(options: TreeSourceOptions, fetchFn: FetchFn): Promise<LoadedTrees> {
  if (options.file !== undefined) {
    let text: string;
    try {
      text = await fs.readFile(options.file, "utf8");
    } catch (error) {
      throw new PipelineError(`--trees ${options.file}: cannot read it (${problemOf(error)})`, { kind: "usage" });
    }
    try {
      return { trees: parseTalents(text), origin: "file" };
    } catch (error) {
      throw new PipelineError(`--trees ${options.file}: ${problemOf(error)}`, {
        kind: "usage",
        hint: "give a Raidbots talents.json (https://www.raidbots.com/static/data/live/talents.json)",
      });
    }
  }
  const cached = await readCached(options.cacheDir);
  const fallback = (why: string): LoadedTrees =>
    cached !== undefined
      ? {
          trees: cached.trees,
          origin: "cache",
          note: `tree data: ${why}; using the cached copy${cached.meta.wowBuild !== undefined ? ` (game build ${cached.meta.wowBuild})` : ""}`,
        }
      : {
          origin: "none",
          note: `tree data: ${why} and none is cached; builds are written without import strings, talent names and tree checks`,
        };
  let meta: TreeMetadata;
  try {
    meta = TreeMetadataSchema.parse(JSON.parse(await fetchText(fetchFn, `${options.url}/metadata.json`, options)));
  } catch (error) {
    return fallback(`metadata.json could not be had (${problemOf(error)})`);
  }
  const same = cached !== undefined && meta.contentHash !== undefined && cached.meta.contentHash === meta.contentHash;
  if (same && !options.fresh) return { trees: cached.trees, origin: "cache" };
  let text: string;
  let trees: TreeSet;
  try {
    text = await fetchText(fetchFn, `${options.url}/talents.json`, options);
    trees = parseTalents(text, meta.wowBuild);
  } catch (error) {
    return fallback(`talents.json could not be used (${problemOf(error)})`);
  }
  // talents.json first: a crash between the two leaves the old hash, so the next run downloads again.
  await fs.mkdir(options.cacheDir, { recursive: true });
  await writeAtomic(path.join(options.cacheDir, "talents.json"), text);
  await writeAtomic(path.join(options.cacheDir, "metadata.json"), JSON.stringify(meta));
  return { trees, origin: "download" };
}
