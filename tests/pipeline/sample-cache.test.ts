/**
 * `--source sample` caches like the live source, but in a folder named after the generator's revision and seed,
 * so a cache warmed by an older generator is never served as today's sample data.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../packages/pipeline/src/cli/main";
import { DEFAULT_DATASET, SAMPLE_DATA_REVISION } from "@att/sample-world";

const dir = mkdtempSync(join(tmpdir(), "att-sample-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(): Promise<number> {
  const sink = new Writable({ write: (_c, _e, done) => done() }) as unknown as NodeJS.WriteStream;
  const argv = [
    "--source",
    "sample",
    "--spec",
    "250",
    "--content",
    "raid",
    "--out",
    join(dir, "out"),
    "--cache-dir",
    join(dir, "cache"),
    "--no-progress",
  ];
  return main({ argv, env: {}, stdout: sink, stderr: sink, dotenvPath: undefined });
}

describe("sample cache", () => {
  it("lives under the generator revision and seed, and is reused by a rerun", async () => {
    expect(await run()).toBe(0);
    const folder = `sample-r${SAMPLE_DATA_REVISION}-seed${DEFAULT_DATASET.seed}`;
    expect(readdirSync(join(dir, "cache"))).toEqual([folder]);
    const files = readdirSync(join(dir, "cache", folder), { recursive: true }).length;
    expect(files).toBeGreaterThan(0);
    expect(await run()).toBe(0);
    expect(readdirSync(join(dir, "cache", folder), { recursive: true }).length).toBe(files);
    expect(existsSync(join(dir, "out", "TalentData.lua"))).toBe(true);
  });
});
