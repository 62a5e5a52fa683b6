import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  FAST_LIVE_PROFILE,
  isRankingsQuery,
  PLAIN_PROFILE,
  startFakeWcl,
  type FakeWcl,
  type FakeWclOptions,
  type SeenRequest,
} from "../fake-wcl/server";
import { aliasSignatures } from "./aliases";
import { runAgainst, runDirs, smallDataset, type RunOutcome } from "./helpers";

/**
 * The pipeline against the fake server's live profile (answer-size cap, burst limit, live prices, lagging readings,
 * short hours): every run must write exactly what a run without these limits writes, without fetching anything twice.
 */
const dataset = smallDataset({ seed: 11, specs: [62, 250], raidBosses: 2, dungeons: 2, rowsPerRanking: 20 });
// Only the two specs with rows: every rankings page is a real ~0.14 MB page.
const base = { selection: { specs: ["62", "250"] }, batch: { rankings: 8 } };
const dirs = runDirs();
let reference: RunOutcome;
let fullAnswer = 0;

function answeredTwice(server: FakeWcl): string[] {
  const seen = new Map<string, number>();
  for (const query of server.stats.answeredQueries) for (const sig of aliasSignatures(query)) seen.set(sig, (seen.get(sig) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([sig]) => sig);
}

async function withServer<T>(options: Partial<FakeWclOptions>, work: (server: FakeWcl) => Promise<T>): Promise<T> {
  const server = await startFakeWcl({ dataset, ...options });
  try {
    return await work(server);
  } finally {
    await server.close();
  }
}

beforeAll(async () => {
  await withServer({ profile: PLAIN_PROFILE }, async (server) => {
    reference = await runAgainst(server, dirs.fresh("reference"), base);
    fullAnswer = server.stats.largestAnswerBytes;
  });
  expect(reference.lua).toContain("TalentData");
});
afterAll(() => dirs.removeAll());

describe("answer-size cap: batches are halved, never resent whole", () => {
  it.each<["504" | "hang", FakeWclOptions["profile"]]>([
    ["504", { oversize: 504, sendsRetryAfter: false }],
    ["hang", { oversize: "hang", sendsRetryAfter: false }],
  ])("an over-cap answer (%s) splits the batch down to what fits; output identical", async (_, profile) => {
    // A third of the full 8-page answer: 2 pages fit, 4 do not.
    const cap = Math.floor(fullAnswer / 3);
    await withServer({ profile: { ...profile!, maxAnswerBytes: cap } }, async (capped) => {
      const run = await runAgainst(capped, dirs.fresh(`cap-${String(profile!.oversize)}`), { ...base, timeoutMs: 400 });
      expect(run.lua).toBe(reference.lua);
      expect(run.json).toBe(reference.json);
      expect(capped.stats.oversize.length).toBeGreaterThan(0);
      const received = capped.stats.received;
      for (const n of capped.stats.oversize) {
        const failed = received[n - 1]!;
        const later = received.slice(n).filter((r: SeenRequest) => r.query === failed.query);
        expect(later, `request ${n} was resent whole`).toEqual([]);
      }
      expect(answeredTwice(capped)).toEqual([]);
      expect(run.log).toMatch(/split: a rankings request of 8 aliases failed/);
      expect(run.summary!.largestAnswerBytes).toBeLessThanOrEqual(cap);
      expect(run.stdout).toMatch(/largest answer: \d+(\.\d)? KB/);
    });
  });
});

describe("burst limit and points", () => {
  it("without spacing the burst limit answers 429 (no Retry-After); the run waits and writes the same output", async () => {
    // One page a request, three at once: the third start within the window is over the limit, whatever the machine's speed.
    await withServer({ profile: { ...FAST_LIVE_PROFILE, burst: { maxRequests: 2, windowMs: 300, penaltyMs: 200 } } }, async (server) => {
      const run = await runAgainst(server, dirs.fresh("burst"), {
        ...base,
        batch: { rankings: 1 },
        minSpacingMs: 0,
        concurrency: 3,
      });
      expect(server.stats.burstRejected).toBeGreaterThan(0);
      expect(run.log).toMatch(/rate-limited: HTTP 429 Too Many Requests \(waiting/);
      expect(run.lua).toBe(reference.lua);
      expect(answeredTwice(server)).toEqual([]);
    });
  });

  it("the points in the summary are the points the server billed for this run, not what was spent before it", async () => {
    await withServer({}, async (server) => {
      server.spend(1500); // killed runs or another client, earlier this hour
      const before = server.stats.pointsCharged;
      const run = await runAgainst(server, dirs.fresh("points"), base);
      expect(run.summary!.points).toBeCloseTo(server.stats.pointsCharged - before, 6);
      expect(run.summary!.pointsLeft).toBeCloseTo(3600 - server.stats.pointsCharged, 6);
      expect(run.lua).toBe(reference.lua);
    });
  });

  it("a foreign spend billed between two readings does not inflate the learned price into a wait for the reset", async () => {
    // 100 spent before, 40 by another client between our 1st and 2nd rankings request (2 pages each): ~100 points are
    // left for the run, which costs ~83 (its pages, the previous tier's probes, two 1-point rate-limit probes, and
    // import strings: nearly every build is a player's own, so few share a lookup). A price learned as (40 + 2) / 2
    // = 21 per page (42 a request) would wait for the reset.
    await withServer(
      { pointsPerHour: 240, rateWindowMs: 8000, faults: [{ fault: { kind: "foreignSpend", points: 40 }, where: isRankingsQuery, nth: 2 }] },
      async (server) => {
        server.spend(100);
        const run = await runAgainst(server, dirs.fresh("foreign"), {
          ...base,
          batch: { rankings: 2 },
          concurrency: 1,
        });
        expect(server.stats.faults.foreignSpend).toBe(1);
        expect(run.log).not.toMatch(/waiting for the reset/);
        expect(run.lua).toBe(reference.lua);
      },
    );
  });

  it("a refresh that needs hourly resets waits with a countdown, resumes by itself, fetches nothing twice, same output", async () => {
    // A 2 s "hour" with 10 points: the run (8 pages, then import strings) needs resets.
    await withServer({ pointsPerHour: 10, rateWindowMs: 2000 }, async (server) => {
      const run = await runAgainst(server, dirs.fresh("reset"), { ...base, batch: { rankings: 3 }, concurrency: 2 });
      expect(run.log).toMatch(/points left this hour, next request needs ~\d+; waiting for the reset/);
      expect(run.lua).toBe(reference.lua);
      expect(run.json).toBe(reference.json);
      expect(answeredTwice(server)).toEqual([]);
    });
  }, 30_000);
});
