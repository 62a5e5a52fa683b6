import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeWcl, type FakeWcl } from "../fake-wcl/server";
import { removeDir, runAgainst, smallDataset, tempDir } from "./helpers";
import { aliasSignatures } from "./aliases";
import { DEFAULT_BATCH, DEFAULT_CONCURRENCY } from "../../packages/pipeline/src/run/defaults";

/**
 * kill -9 at random moments, then resume: the CLI runs as a child process against a fake server started here;
 * after several killed attempts a last run completes and must write exactly what an uninterrupted run writes.
 */
const root = join(import.meta.dirname, "../..");
const dataset = smallDataset({ seed: 21, specs: [62, 71, 250], raidBosses: 2, dungeons: 2, rowsPerRanking: 25 });
let server: FakeWcl;
const dirs: string[] = [];

beforeAll(async () => {
  server = await startFakeWcl({ dataset, latencyMs: 200, clientSecret: "kill-test-secret-5678" });
});
afterAll(async () => {
  await server.close();
  for (const d of dirs) removeDir(d);
});

function startCli(
  out: string,
  cache: string,
): { done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>; kill: () => void } {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "packages/pipeline/src/cli.ts", "--out", out, "--cache-dir", cache, "--top-n", "20", "--no-progress"],
    {
      cwd: root,
      env: {
        ...process.env,
        WCL_CLIENT_ID: server.clientId,
        WCL_CLIENT_SECRET: server.clientSecret,
        WCL_API_URL: server.apiUrl,
        WCL_TOKEN_URL: server.tokenUrl,
        WCL_TREES_URL: server.treesUrl,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stderr })),
  );
  return { done, kill: () => child.kill("SIGKILL") };
}

describe("kill -9 and resume", () => {
  it("produces byte-identical output to an uninterrupted run", async () => {
    const clean = { out: tempDir("kill-clean-out"), cache: tempDir("kill-clean-cache") };
    const killed = { out: tempDir("kill-out"), cache: tempDir("kill-cache") };
    dirs.push(clean.out, clean.cache, killed.out, killed.cache);

    // Reference: in-process, different batch sizes; the output must not depend on how requests were cut.
    const reference = await runAgainst(server, clean, { topN: 20 });

    const cliFrom = server.stats.answeredQueries.length;
    let seed = 1234;
    const random = (): number => ((seed = (seed * 48271) % 2147483647), seed / 2147483647);
    const kills: number[] = [];
    for (let i = 0; i < 4; i++) {
      const run = startCli(killed.out, killed.cache);
      // Later kills come later: each resumed run gets past what the previous one cached, so kills land in every phase.
      const delay = 700 + i * 500 + Math.floor(random() * 400);
      const timer = setTimeout(run.kill, delay);
      const result = await run.done;
      clearTimeout(timer);
      if (result.signal === "SIGKILL") kills.push(delay);
    }
    expect(kills.length).toBeGreaterThanOrEqual(2);

    const requestsBefore = server.stats.graphqlRequests;
    const final = await startCli(killed.out, killed.cache).done;
    expect(final.code, final.stderr).toBe(0);
    expect(readFileSync(join(killed.out, "TalentData.lua"), "utf8")).toBe(reference.lua);
    expect(readFileSync(join(killed.out, "talent-data.json"), "utf8")).toBe(reference.json);

    // A kill repeats at most the requests that were in flight: every alias answered twice was in one of them.
    const counts = new Map<string, number>();
    for (const query of server.stats.answeredQueries.slice(cliFrom))
      for (const sig of aliasSignatures(query)) counts.set(sig, (counts.get(sig) ?? 0) + 1);
    const repeated = [...counts.values()].reduce((n, c) => n + c - 1, 0);
    expect(counts.size).toBeGreaterThan(0);
    expect(repeated).toBeLessThanOrEqual(kills.length * DEFAULT_CONCURRENCY * DEFAULT_BATCH.rankings);

    // And a rerun after that needs nothing from the API (only the trees' metadata.json, whose hash is unchanged).
    const apiRequests = (): number => server.stats.requests - server.stats.treeRequests;
    const warmBefore = apiRequests();
    const warm = await startCli(killed.out, killed.cache).done;
    expect(warm.code).toBe(0);
    expect(apiRequests()).toBe(warmBefore);
    expect(server.stats.graphqlRequests).toBeGreaterThanOrEqual(requestsBefore);
  }, 60_000);
});
