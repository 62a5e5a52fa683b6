/**
 * Where the trees come from: a published folder (metadata.json + talents.json) downloaded once per content hash and
 * cached, the cached copy when the folder cannot be reached or serves bad data, no trees (and one note) when neither
 * exists, and `--trees FILE` as a usage error when the file is not tree data.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PipelineError } from "../../packages/pipeline/src/http/errors";
import { loadTrees } from "../../packages/pipeline/src/trees/source";
import { PINNED } from "../support/treedata";

const URL = "https://trees.example.invalid/static/data/live";
const TALENTS = readFileSync(PINNED["12.0.1"], "utf8");
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function dir(): string {
  const d = mkdtempSync(join(tmpdir(), "att-trees-"));
  dirs.push(d);
  return d;
}

/** A stand-in for the published folder: answers what `files` holds, counts what was asked. */
function server(files: Record<string, string | number>) {
  const asked: string[] = [];
  const fetchFn = async (input: string): Promise<Response> => {
    const name = input.slice(URL.length + 1);
    asked.push(name);
    const body = files[name];
    if (body === undefined) throw new TypeError("fetch failed");
    return typeof body === "number" ? new Response("no", { status: body }) : new Response(body, { status: 200 });
  };
  return { fetchFn, asked };
}

const options = (cacheDir: string, extra: object = {}) => ({
  url: URL,
  cacheDir,
  fresh: false,
  timeoutMs: 1000,
  sleep: () => Promise.resolve(),
  ...extra,
});
const meta = (hash: string) => JSON.stringify({ wowBuild: "12.0.1.65940", contentHash: hash });

describe("the published tree files", () => {
  it("downloads talents.json, keeps it, and asks only for metadata.json while the hash stays", async () => {
    const cache = dir();
    const live = server({ "metadata.json": meta("h1"), "talents.json": TALENTS });
    const first = await loadTrees(options(cache), live.fetchFn);
    expect(first.origin).toBe("download");
    expect(first.trees?.wowBuild).toBe("12.0.1.65940");
    expect(first.trees?.specs.size).toBe(40);
    const again = await loadTrees(options(cache), live.fetchFn);
    expect(again.origin).toBe("cache");
    expect(again.note).toBeUndefined();
    expect(live.asked).toEqual(["metadata.json", "talents.json", "metadata.json"]);
    // A new hash downloads again; --fresh does too.
    const moved = server({ "metadata.json": meta("h2"), "talents.json": TALENTS });
    expect((await loadTrees(options(cache), moved.fetchFn)).origin).toBe("download");
    expect((await loadTrees(options(cache, { fresh: true }), moved.fetchFn)).origin).toBe("download");
  });

  it("keeps the last good copy when the folder is unreachable or serves something else, and says so once", async () => {
    const cache = dir();
    await loadTrees(options(cache), server({ "metadata.json": meta("h1"), "talents.json": TALENTS }).fetchFn);
    const down = await loadTrees(options(cache), server({}).fetchFn);
    expect(down.origin).toBe("cache");
    expect(down.trees?.specs.size).toBe(40);
    expect(down.note).toMatch(/^tree data: metadata\.json could not be had .*; using the cached copy \(game build 12\.0\.1\.65940\)$/);
    const broken = await loadTrees(options(cache), server({ "metadata.json": meta("h3"), "talents.json": "[]" }).fetchFn);
    expect(broken.origin).toBe("cache");
    expect(broken.note).toMatch(/talents\.json could not be used \(not Raidbots tree data: .*no tree for spec 71, 72/);
    // The bad file did not replace the good one.
    expect(readFileSync(join(cache, "talents.json"), "utf8")).toBe(TALENTS);
  });

  it("tries a failed download again before giving up", async () => {
    let failures = 2;
    const flaky = async (input: string): Promise<Response> => {
      if (failures-- > 0) throw new TypeError("fetch failed");
      return server({ "metadata.json": meta("h1"), "talents.json": TALENTS }).fetchFn(input);
    };
    expect((await loadTrees(options(dir()), flaky)).origin).toBe("download");
  });

  it("without a reachable folder or a cached copy: no trees, one note", async () => {
    const none = await loadTrees(options(dir()), server({ "metadata.json": 503 }).fetchFn);
    expect(none.trees).toBeUndefined();
    expect(none.origin).toBe("none");
    expect(none.note).toBe(
      "tree data: metadata.json could not be had (https://trees.example.invalid/static/data/live/metadata.json answered HTTP 503) and none is cached; builds are written without import strings, talent names and tree checks",
    );
  });
});

describe("--trees FILE", () => {
  it("reads a pinned copy without asking the network", async () => {
    const live = server({});
    const loaded = await loadTrees(options(dir(), { file: PINNED["12.0.0"] }), live.fetchFn);
    expect(loaded.origin).toBe("file");
    expect(loaded.trees?.specs.get(250)?.codec.order).toHaveLength(205);
    expect(live.asked).toEqual([]);
  });

  it("is a usage error when the file is missing or not tree data", async () => {
    const bad = join(dir(), "talents.json");
    writeFileSync(bad, '{"not": "trees"}');
    const error = await loadTrees(options(dir(), { file: bad }), server({}).fetchFn).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PipelineError);
    expect((error as PipelineError).exitCode).toBe(2);
    expect((error as PipelineError).message).toMatch(/^--trees .*talents\.json: not Raidbots tree data/);
    const missing = await loadTrees(options(dir(), { file: join(dir(), "nope.json") }), server({}).fetchFn).catch((e: unknown) => e);
    expect((missing as PipelineError).message).toMatch(/cannot read it/);
  });
});
