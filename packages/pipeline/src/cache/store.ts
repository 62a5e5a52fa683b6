import { createHash } from "node:crypto";
import * as path from "node:path";
import type { z } from "zod";

/** The file operations the cache needs (node:fs/promises fits); injected so tests can break them. */
export interface CacheFs {
  readFile(file: string, encoding: "utf8"): Promise<string>;
  writeFile(file: string, data: string, encoding: "utf8"): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  mkdir(dir: string, options: { recursive: true }): Promise<string | undefined>;
}

export interface CacheOptions {
  readonly dir: string;
  /** Ignore what is on disk (still write). */
  readonly fresh: boolean;
  /** Entries older than this are refetched; undefined: never expire. Applies to entries marked `expires`. */
  readonly maxAgeMs?: number;
}

export interface CacheStats {
  hits: number;
  misses: number;
  corrupt: number;
  expired: number;
  writes: number;
}

const FORMAT = 3;

/**
 * Validated API answers on disk, one file per key. Each file is a one-line JSON header (key, time, SHA-256 and
 * length of the body) followed by the body JSON; the body is not re-escaped inside the header, so reading a
 * warm cache parses every byte once. Files are written to a temp file and renamed into place, so a reader
 * sees either nothing or a complete file (a kill -9 cannot leave a half-written entry under the real name). A file that does not parse, does not match its checksum or no longer fits the schema is
 * deleted and reported as a miss: the run refetches it instead of failing or trusting it.
 */
export class ResponseCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, corrupt: 0, expired: 0, writes: 0 };
  private tempCounter = 0;

  constructor(
    private readonly options: CacheOptions,
    private readonly fs: CacheFs,
    private readonly now: () => number,
  ) {}

  fileFor(key: string): string {
    const safe = key.replace(/[^A-Za-z0-9._/-]/g, "_").replace(/\.\.+/g, "_");
    return path.join(this.options.dir, `${safe}.json`);
  }

  async get<S extends z.ZodType>(key: string, schema: S, expires: boolean): Promise<z.infer<S> | undefined> {
    if (this.options.fresh) {
      this.stats.misses++;
      return undefined;
    }
    const file = this.fileFor(key);
    let text: string;
    try {
      text = await this.fs.readFile(file, "utf8");
    } catch {
      this.stats.misses++;
      return undefined;
    }
    const body = this.unwrap(text, key, expires);
    if (body === "expired") {
      this.stats.expired++;
      this.stats.misses++;
      return undefined;
    }
    if (body !== undefined) {
      const parsed = schema.safeParse(safeJson(body));
      if (parsed.success) {
        this.stats.hits++;
        return parsed.data;
      }
    }
    this.stats.corrupt++;
    this.stats.misses++;
    await this.fs.unlink(file).catch(() => undefined);
    return undefined;
  }

  async put(key: string, value: unknown): Promise<void> {
    const body = JSON.stringify(value);
    const envelope = `${JSON.stringify({ format: FORMAT, key, savedAt: this.now(), sha256: sha256(body), length: body.length })}\n${body}`;
    const file = this.fileFor(key);
    await this.fs.mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.tmp-${process.pid}-${++this.tempCounter}`;
    await this.fs.writeFile(temp, envelope, "utf8");
    await this.fs.rename(temp, file);
    this.stats.writes++;
  }

  /** The verified body string, "expired", or undefined when the file is damaged. */
  private unwrap(text: string, key: string, expires: boolean): string | "expired" | undefined {
    const newline = text.indexOf("\n");
    if (newline < 0) return undefined;
    const header = safeJson(text.slice(0, newline));
    if (header === null || typeof header !== "object") return undefined;
    const body = text.slice(newline + 1);
    const { format, key: storedKey, savedAt, sha256: sum, length } = header as Record<string, unknown>;
    // An entry written by another cache format is outdated, not damaged: refetched and overwritten, not reported.
    if (typeof format === "number" && format !== FORMAT) return "expired";
    if (format !== FORMAT || storedKey !== key || typeof savedAt !== "number" || length !== body.length) return undefined;
    if (sum !== sha256(body)) return undefined;
    if (expires && this.options.maxAgeMs !== undefined && this.now() - savedAt > this.options.maxAgeMs) return "expired";
    return body;
  }
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
