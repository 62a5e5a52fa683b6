import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdaptiveSize } from "../../packages/pipeline/src/wcl/batch";
import { startFakeWcl, type FakeWcl } from "../fake-wcl/server";
import { runAgainst, runDirs, smallDataset } from "./helpers";

/** The dry-run plan against the budget, import strings at no cost, and batch sizes growing back. */
const dataset = smallDataset({ seed: 13, specs: [62, 250], raidBosses: 2, dungeons: 2, rowsPerRanking: 20 });
const base = { selection: { specs: ["62", "250"] }, batch: { rankings: 8 } };
const dirs = runDirs();
let server: FakeWcl;

beforeAll(async () => {
  server = await startFakeWcl({ dataset });
});
afterAll(async () => {
  await server.close();
  dirs.removeAll();
});

describe("dry-run plan against the hour's budget", () => {
  it("says whether the run fits what is left, the resets it needs and the expected wall time", async () => {
    const fits = await runAgainst(server, dirs.fresh("plan-fits"), { ...base, dryRun: true });
    expect(fits.stdout).toMatch(/budget: \d+ of 3600 points left this hour, reset in .*: fits, no reset needed/);
    expect(fits.stdout).toMatch(/expected wall time: \d+s-\d+s \(30 ms between requests, ~2 s per answer assumed\)/);
    server.spend(3575); // ~25 left: the discovery probes (~12) fit, the run (16 ranking pages, no lookups) does not
    const tight = await runAgainst(server, dirs.fresh("plan-tight"), { ...base, dryRun: true });
    expect(tight.stdout).toMatch(/budget: \d+ of 3600 points left this hour, .*does not fit; needs 1 hourly reset \(the run waits/);
    expect(tight.stdout).toMatch(/expected wall time: 60m.*waits for resets included/);
  });
});

describe("import strings from the talent trees", () => {
  it("cost no request and no point: the run asks nothing of any report, and every written build has a string", async () => {
    const local = await startFakeWcl({ dataset });
    try {
      const at = dirs.fresh("strings");
      const run = await runAgainst(local, at, base);
      expect(local.stats.answeredQueries.filter((q) => q.includes("reportData"))).toEqual([]);
      // metadata.json and talents.json, once each; a warm rerun with the same hash asks only for metadata.json.
      expect(local.stats.treeRequests).toBe(2);
      const data = JSON.parse(run.json) as SlotsOnly;
      for (const spec of Object.values(data.specs)) {
        expect(spec.builds.length).toBeGreaterThan(0);
        for (const build of spec.builds) expect(build.talentCode, JSON.stringify(build.entries)).toMatch(/^C[A-Za-z0-9+/]+$/);
      }
      expect(run.stdout).toMatch(/import strings: (\d+) of \1 picks encoded\n/);
      const warm = await runAgainst(local, at, base);
      expect(local.stats.treeRequests).toBe(3);
      expect(warm.json).toBe(run.json);
    } finally {
      await local.close();
    }
  });
});

interface SlotsOnly {
  specs: Record<
    string,
    {
      builds: { talentCode?: string; entries: unknown[] }[];
      mythicplus: { encounters: Record<string, unknown> } | null;
      raid: Record<string, { encounters: Record<string, unknown> }>;
    }
  >;
}

describe("adaptive batch size", () => {
  it("halves on a size failure, grows back after successes, not to a size that failed, up to the maximum", () => {
    const size = new AdaptiveSize();
    expect(size.current(10)).toBe(10);
    size.failed(10);
    expect(size.current(10)).toBe(5);
    size.succeeded(10);
    expect(size.current(10)).toBe(5);
    size.succeeded(10);
    expect(size.current(10)).toBe(9); // doubled, but below the size that failed
    for (let i = 0; i < 60; i++) size.succeeded(10);
    expect(size.current(10)).toBe(10); // the failed size is forgotten after many successes
    size.failed(1);
    expect(size.current(10)).toBe(1);
  });
});
