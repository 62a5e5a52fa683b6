import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdaptiveSize } from "../../packages/pipeline/src/wcl/batch";
import { startFakeWcl, type FakeWcl } from "../fake-wcl/server";
import { runAgainst, runDirs, smallDataset } from "./helpers";

/** The dry-run plan against the budget, the code budget, and batch sizes growing back. */
const dataset = smallDataset({ seed: 13, specs: [62, 250], raidBosses: 2, dungeons: 2, rowsPerRanking: 20 });
const base = { selection: { specs: ["62", "250"] }, batch: { rankings: 8, reports: 8, fights: 8 } };
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
    server.spend(3520); // ~70 left: discovery probes fit, the run (up to ~100 points) does not
    const tight = await runAgainst(server, dirs.fresh("plan-tight"), { ...base, dryRun: true });
    expect(tight.stdout).toMatch(/budget: \d+ of 3600 points left this hour, .*does not fit; needs 1 hourly reset \(the run waits/);
    expect(tight.stdout).toMatch(/expected wall time: 60m.*waits for resets included/);
  });
});

describe("code budget", () => {
  it("a small budget serves general builds first and stops at the budget", async () => {
    const local = await startFakeWcl({ dataset });
    try {
      const before = local.stats.pointsCharged;
      const run = await runAgainst(local, dirs.fresh("code-small"), { ...base, codeBudget: 7 });
      // Rankings pages (discovery's probes included) cost 1 each; the rest is import-string lookups.
      const pages = local.stats.answeredQueries.join("\n").match(/characterRankings\(/g)?.length ?? 0;
      const reportPoints = local.stats.pointsCharged - before - pages;
      expect(reportPoints).toBeGreaterThan(0);
      expect(reportPoints).toBeLessThanOrEqual(7 + 0.5); // estimates at live prices; 0.1 per extra import string
      expect(run.stdout).toMatch(/code budget \(7 points\) was reached/);
      const data = JSON.parse(run.json) as {
        specs: Record<
          string,
          {
            builds: { talentCode?: string }[];
            mythicplus: { general: { top: { build: number } } | null } | null;
            raid: Record<string, { general: { top: { build: number } } | null }>;
          }
        >;
      };
      // Every build that got a string is some spec's general build.
      for (const spec of Object.values(data.specs)) {
        const generals = new Set([spec.mythicplus?.general?.top.build, ...Object.values(spec.raid).map((c) => c.general?.top.build)]);
        spec.builds.forEach((b, i) => {
          if (b.talentCode !== undefined) expect(generals.has(i), `build ${i} has a string but is no general build`).toBe(true);
        });
      }
    } finally {
      await local.close();
    }
  });
});

describe("code budget 0", () => {
  it("writes every slot from trait entries alone, with no import-string lookup", async () => {
    const local = await startFakeWcl({ dataset });
    try {
      const withCodes = JSON.parse((await runAgainst(local, dirs.fresh("code-default"), base)).json) as SlotsOnly;
      const queriesBefore = local.stats.answeredQueries.length;
      const run = await runAgainst(local, dirs.fresh("code-zero"), { ...base, codeBudget: 0 });
      // Its own cache folder, so the rankings are fetched again; but nothing is asked of any report.
      expect(local.stats.answeredQueries.slice(queriesBefore).filter((q) => q.includes("reportData"))).toEqual([]);
      const data = JSON.parse(run.json) as SlotsOnly;
      for (const [specId, spec] of Object.entries(data.specs)) {
        expect(spec.builds.length).toBeGreaterThan(0);
        for (const build of spec.builds) {
          expect(build.talentCode).toBeUndefined();
          expect(build.entries.length).toBeGreaterThan(0);
        }
        // The same slots as the run that looked strings up: a missing string never drops a build.
        const reference = withCodes.specs[specId]!;
        expect(Object.keys(spec.mythicplus?.encounters ?? {})).toEqual(Object.keys(reference.mythicplus?.encounters ?? {}));
        for (const difficulty of Object.keys(reference.raid)) {
          expect(Object.keys(spec.raid[difficulty]?.encounters ?? {})).toEqual(Object.keys(reference.raid[difficulty]!.encounters));
        }
      }
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
