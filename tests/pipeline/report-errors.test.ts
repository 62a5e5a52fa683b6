import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FetchFn } from "../../packages/pipeline/src/http/deps";
import { startFakeWcl, type FakeWcl } from "../fake-wcl/server";
import { runAgainst, smallDataset, runDirs } from "./helpers";

/**
 * A report alias can come back null with an error on its path. "Does not exist or is private" is for good:
 * its players have no string. Any other error (a timeout or server error inside one alias) is transient: it is
 * retried, and never stored as "no string" in the cache.
 */
const dataset = smallDataset({ seed: 9, specs: [62, 250], raidBosses: 2, dungeons: 2, rowsPerRanking: 20 });
let server: FakeWcl;
const dirs = runDirs();
const fresh = (label: string) => dirs.fresh(label);
const overrides = { batch: { rankings: 8, reports: 10, fights: 10 } };

beforeAll(async () => {
  server = await startFakeWcl({ dataset });
});
afterAll(async () => {
  await server.close();
  dirs.removeAll();
});

/** Nulls every report alias of the first `times` answers that match `kind`, with `message` on its path. */
function nullReports(kind: "talentImportCode" | "masterData", message: string, times: number): { fetch: FetchFn; hits: () => number } {
  let hits = 0;
  const wrapped: FetchFn = async (input, init) => {
    const response = await fetch(input, init);
    const text = await response.text();
    const query = typeof init.body === "string" ? init.body : "";
    if (hits < times && query.includes(kind)) {
      const body = JSON.parse(text) as { data?: { reportData?: Record<string, unknown> }; errors?: unknown[] };
      const reports = body.data?.reportData;
      if (reports !== undefined) {
        hits++;
        const errors = Object.keys(reports).map((alias) => ({ message, path: ["reportData", alias] }));
        for (const alias of Object.keys(reports)) reports[alias] = null;
        body.errors = [...(body.errors ?? []), ...errors];
        return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
      }
    }
    return new Response(text, { status: response.status, headers: response.headers });
  };
  return { fetch: wrapped, hits: () => hits };
}

describe("report aliases answered null with an error", () => {
  it.each(["talentImportCode", "masterData"] as const)(
    "a transient error on %s is retried, not remembered as 'no string'",
    async (kind) => {
      const clean = await runAgainst(server, fresh(`clean-${kind}`), overrides);
      const faulty = nullReports(kind, "Internal server error", 1);
      const d = fresh(`transient-${kind}`);
      const run = await runAgainst(server, d, overrides, faulty.fetch);
      expect(faulty.hits()).toBe(1);
      expect(run.log).toContain("Internal server error");
      expect(run.summary!.missingCodes).toBe(clean.summary!.missingCodes);
      expect(run.json).toBe(clean.json);
      // Nothing false was cached: a warm rerun agrees and asks nothing.
      const before = server.stats.requests;
      const warm = await runAgainst(server, d, overrides);
      expect(server.stats.requests).toBe(before);
      expect(warm.summary!.missingCodes).toBe(clean.summary!.missingCodes);
    },
  );

  it("a report that does not exist (or is private) is not retried: its players have no string", async () => {
    const faulty = nullReports("talentImportCode", "This report does not exist or is private.", 1);
    const run = await runAgainst(server, fresh("gone"), overrides, faulty.fetch);
    expect(faulty.hits()).toBe(1);
    expect(run.log).not.toMatch(/retry: import strings/);
    expect(run.summary!.lookupFailures).toBe(0);
  });
});
