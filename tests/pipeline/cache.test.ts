import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as fs from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { ResponseCache } from "../../packages/pipeline/src/cache/store";

const Schema = z.object({ rows: z.array(z.number()) });
let dir: string;
let now = 1_000_000;
const make = (options: { fresh?: boolean; maxAgeMs?: number } = {}) =>
  new ResponseCache({ dir, fresh: options.fresh ?? false, maxAgeMs: options.maxAgeMs }, fs, () => now);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "att-pipeline-cache-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("response cache", () => {
  it("round-trips a value and leaves no temp files", async () => {
    const cache = make();
    await cache.put("rankings/z1/s62-e3-pg1", { rows: [1, 2, 3] });
    expect(await cache.get("rankings/z1/s62-e3-pg1", Schema, true)).toEqual({ rows: [1, 2, 3] });
    expect(readdirSync(join(dir, "rankings/z1"))).toEqual(["s62-e3-pg1.json"]);
    expect(cache.stats).toMatchObject({ hits: 1, writes: 1, corrupt: 0 });
  });

  it("detects truncation, bit flips, foreign keys and schema drift; deletes the file and reports a miss", async () => {
    const cache = make();
    const damage: [string, (text: string) => string][] = [
      ["truncated", (t) => t.slice(0, t.length - 5)],
      ["header only", (t) => t.slice(0, t.indexOf("\n") + 1)],
      ["flipped body byte", (t) => t.replace("[1,2,3]", "[1,2,4]")],
      ["empty", () => ""],
      ["garbage", () => "\u0000\u0001not json"],
    ];
    for (const [label, mangle] of damage) {
      await cache.put("k", { rows: [1, 2, 3] });
      const file = cache.fileFor("k");
      writeFileSync(file, mangle(readFileSync(file, "utf8")));
      expect(await cache.get("k", Schema, true), label).toBeUndefined();
      expect(() => readFileSync(file), label).toThrow();
    }
    expect(cache.stats.corrupt).toBe(damage.length);
    // A valid file that no longer fits the schema is treated the same way.
    await cache.put("k", { rows: ["x"] });
    expect(await cache.get("k", Schema, true)).toBeUndefined();
  });

  it("expires entries older than max-age (only those marked as expiring), and --fresh ignores everything", async () => {
    await make().put("k", { rows: [1] });
    now += 13 * 3_600_000;
    expect(await make({ maxAgeMs: 12 * 3_600_000 }).get("k", Schema, true)).toBeUndefined();
    expect(await make({ maxAgeMs: 12 * 3_600_000 }).get("k", Schema, false)).toEqual({ rows: [1] });
    expect(await make({ maxAgeMs: 14 * 3_600_000 }).get("k", Schema, true)).toEqual({ rows: [1] });
    expect(await make({ fresh: true }).get("k", Schema, false)).toBeUndefined();
  });

  it("keeps keys with odd characters inside the cache directory", async () => {
    const cache = make();
    await cache.put("../../escape/ä b", { rows: [] });
    expect(cache.fileFor("../../escape/ä b").startsWith(dir)).toBe(true);
    expect(await cache.get("../../escape/ä b", Schema, false)).toEqual({ rows: [] });
  });
});
