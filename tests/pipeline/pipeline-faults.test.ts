import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FetchFn } from "../../packages/pipeline/src/http/deps";
import { isRankingsQuery, startFakeWcl, type FakeWcl, type FaultKind, type FaultRule } from "../fake-wcl/server";
import { runAgainst, smallDataset, runDirs, TEST_RETRY } from "./helpers";

/**
 * Every fault kind the fake server can inject, at several points of a run (discovery, rankings, token):
 * the run must complete and write exactly what a clean run writes.
 */
const dataset = smallDataset({ seed: 9, specs: [62, 250], raidBosses: 2, dungeons: 2, rowsPerRanking: 20 });
let server: FakeWcl;
let clean: Awaited<ReturnType<typeof runAgainst>>;
const dirs = runDirs();
const fresh = (label: string) => dirs.fresh(label);
// Small batches so the run makes enough requests for faults to land in every phase.
const overrides = { batch: { rankings: 8 }, timeoutMs: 400 };

beforeAll(async () => {
  server = await startFakeWcl({ dataset });
  clean = await runAgainst(server, fresh("clean"), overrides);
});
afterAll(async () => {
  await server.close();
  dirs.removeAll();
});

const CASES: [FaultKind, FaultRule[]][] = [
  ["status429", [{ fault: { kind: "status429", retryAfterSeconds: 1 }, nth: 2, times: 2 }]],
  ["status5xx", [{ fault: { kind: "status5xx", status: 503 }, nth: 2, times: 3 }]],
  ["hang", [{ fault: { kind: "hang" }, nth: 3 }]],
  [
    "truncatedJson",
    [
      { fault: { kind: "truncatedJson" }, where: isRankingsQuery, nth: 2 },
      { fault: { kind: "truncatedJson" }, endpoint: "token" },
    ],
  ],
  ["htmlPage", [{ fault: { kind: "htmlPage" }, where: isRankingsQuery, nth: 2 }]],
  ["graphqlErrors", [{ fault: { kind: "graphqlErrors" }, nth: 1, times: 2 }]],
  ["tokenExpiry", [{ fault: { kind: "tokenExpiry" }, nth: 3 }]],
  ["rateLimitExhausted", [{ fault: { kind: "rateLimitExhausted", resetInMs: 300 }, where: isRankingsQuery, nth: 2 }]],
];

describe("faults: the run completes and its output equals a clean run", () => {
  it.each(CASES)("%s", async (kind, rules) => {
    server.setFaults(rules);
    try {
      const run = await runAgainst(server, fresh(kind), overrides);
      expect(server.stats.faults[kind]).toBeGreaterThan(0);
      expect(run.lua).toBe(clean.lua);
      expect(run.json).toBe(clean.json);
      expect(run.log).toMatch(/retry|401|rate limit/);
    } finally {
      server.setFaults([]);
    }
  });

  it('{"error": ...} inside a rankings alias (HTTP 200) empties that ranking only: the run completes and says so in a note', async () => {
    // The fake server's rankingsError fault targets an unaliased characterRankings field; the pipeline aliases
    // every field, so this test rewrites one alias of a real answer the way the API reports an error.
    let injected = 0;
    const faulty: FetchFn = async (input, init) => {
      const response = await fetch(input, init);
      const text = await response.text();
      if (injected < 1 && text.includes('"a0":{')) {
        const body = JSON.parse(text) as { data: { worldData: Record<string, Record<string, { rankings?: unknown[]; error?: string }>> } };
        // The first alias that has rows: the refusal must cost the run a ranking it would otherwise have had.
        const hit = Object.values(body.data.worldData)
          .flatMap((e) => Object.keys(e).map((alias) => [e, alias] as const))
          .find(([e, alias]) => (e[alias]?.rankings?.length ?? 0) > 0);
        if (hit !== undefined) {
          hit[0][hit[1]] = { error: "Invalid difficulty setting or size specified." };
          injected++;
          return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
        }
      }
      return new Response(text, { status: response.status, headers: response.headers });
    };
    const dirsFor = fresh("rankings-error");
    const run = await runAgainst(server, dirsFor, overrides, faulty);
    expect(injected).toBe(1);
    expect(run.summary?.rows?.refused).toBe(1);
    expect(run.summary?.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^rankings: 1 answered \{"error": "Invalid difficulty setting or size specified\."\} and count as empty: \w+/,
        ),
      ]),
    );
    expect(run.stdout).toContain('1 ranking refused with {"error"} (empty)');
    // Not retried (the same question gets the same refusal): one ranking fewer is covered than in the clean run.
    const covered = (r: typeof run) => r.summary!.contents.reduce((n, c) => n + c.covered, 0);
    expect(covered(run)).toBe(covered(clean) - 1);
    expect(run.json).not.toBe("");
  });

  it("a fault that does not go away: halved down to one alias, then that alias (whichever fails first) fails the run naming spec, encounter and attempt", async () => {
    server.setFaults([{ fault: { kind: "status5xx", status: 502 }, where: isRankingsQuery, times: 100 }]);
    try {
      await expect(
        runAgainst(server, fresh("persistent"), { ...overrides, retry: { ...TEST_RETRY, maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20 } }),
      ).rejects.toThrow(
        /rankings \(1 item: (\w+ [\w ]+ @ Sample [\w' ]+ \(spec \d+, encounter \d+, page 1\))\).*attempt 3 of 3: server-error: HTTP 502[^]*items in this request: \1$/,
      );
    } finally {
      server.setFaults([]);
    }
  });
});
