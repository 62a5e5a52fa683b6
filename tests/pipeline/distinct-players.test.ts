/**
 * The rankings fetcher samples the top N distinct players with a usable talent list, not the top N rows: a Mythic+
 * board lists a character once per run (a real 100-row page held 77 players), so a page can leave fewer than N and
 * the next one is read. Served by a stub API that answers one pair's pages from a table, through the real client.
 */
import * as fs from "node:fs/promises";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SPECS } from "@att/contract";
import { ResponseCache } from "../../packages/pipeline/src/cache/store";
import { TokenProvider } from "../../packages/pipeline/src/http/auth";
import { WclClient } from "../../packages/pipeline/src/http/client";
import { realClock, type FetchFn } from "../../packages/pipeline/src/http/deps";
import { LIVE_COSTS, RateBudget } from "../../packages/pipeline/src/http/rate-limit";
import { Redactor } from "../../packages/pipeline/src/util/redact";
import type { BatchRunner } from "../../packages/pipeline/src/wcl/batch";
import { distinctPlayerCut, fetchRankings, type RankingRequest } from "../../packages/pipeline/src/wcl/rankings";
import type { CachedRow } from "../../packages/pipeline/src/wcl/schemas";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const RETRY = { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2, rateLimitedBaseMs: 1, rateLimitedMaxMs: 2 };
const pair: Omit<RankingRequest, "page"> = {
  zone: { content: "mythicplus", zoneId: 47, name: "M+", partition: 2, difficultyId: 10, difficultyName: "mythicplus", encounters: [] },
  encounter: { id: 12660, name: "Ara-Kara", content: "mythicplus", zoneId: 47, order: 1, journalId: 0 },
  spec: SPECS.find((s) => s.specId === 256)!,
};

/** A row of player `who` (name "P<who>"): with a one-talent list unless `list` says otherwise. */
function row(who: number, list: unknown = [{ talentID: 1000 + (who % 7), points: 1 }]): Record<string, unknown> {
  return {
    name: `P${who}`,
    spec: "Discipline",
    startTime: 1_733_000_000_000,
    report: { code: `R${who}x${Math.random().toString(36).slice(2, 8)}`, fightID: 1 },
    server: { name: "Illidan", region: "US" },
    talents: list,
  };
}

/** Page 1: players 1-40 twice each (run-by-run), then 41-55 with no talent list and 56-60 with an empty one. */
const PAGE_1 = [
  ...Array.from({ length: 40 }, (_, i) => [row(i + 1), row(i + 1)]).flat(),
  ...Array.from({ length: 15 }, (_, i) => row(41 + i, null)),
  ...Array.from({ length: 5 }, (_, i) => row(56 + i, [])),
];
/** Page 2: players 61-160, and a hidden one (each hidden row is a player of its own). */
const PAGE_2 = [
  row(1),
  { ...row(0), name: "Anonymous", hidden: true, server: undefined, report: { code: "a:XYZ", fightID: 3 } },
  ...Array.from({ length: 98 }, (_, i) => row(61 + i)),
];

function stubApi(pages: Record<number, unknown[]>, more: (page: number) => boolean): { fetch: FetchFn; asked: number[] } {
  const asked: number[] = [];
  const fetch: FetchFn = async (url, init) => {
    if (url.endsWith("/token")) return Response.json({ access_token: "t", token_type: "Bearer", expires_in: 3600 });
    const { query } = JSON.parse(String(init.body)) as { query: string };
    const rateLimitData = { limitPerHour: 3600, pointsSpentThisHour: asked.length, pointsResetIn: 3000 };
    const aliases = [...query.matchAll(/(a\d+): characterRankings\([^)]*page: (\d+)/g)];
    const encounter: Record<string, unknown> = {};
    for (const [, alias, page] of aliases) {
      const n = Number(page);
      asked.push(n);
      encounter[alias!] = { page: n, hasMorePages: more(n), count: (pages[n] ?? []).length, rankings: pages[n] ?? [] };
    }
    return Response.json({ data: { rateLimitData, ...(aliases.length > 0 ? { worldData: { e12660: encounter } } : {}) } });
  };
  return { fetch, asked };
}

async function fetchWith(api: { fetch: FetchFn }, topN: number) {
  const dir = mkdtempSync(join(tmpdir(), "att-distinct-"));
  dirs.push(dir);
  const httpDeps = { fetch: api.fetch, random: () => 0.5, now: realClock.now, sleep: realClock.sleep };
  const redactor = new Redactor();
  const auth = new TokenProvider(
    { tokenUrl: "http://stub/token", clientId: "i", clientSecret: "s", timeoutMs: 1000, retry: RETRY },
    httpDeps,
    redactor,
  );
  const budget = new RateBudget(realClock, () => {}, LIVE_COSTS);
  const client = new WclClient({ apiUrl: "http://stub/api", timeoutMs: 1000, retry: RETRY }, httpDeps, auth, budget, redactor);
  const runner: BatchRunner = { client, clock: realClock, random: () => 0.5, retry: RETRY };
  const cache = new ResponseCache({ dir, fresh: false }, fs, Date.now);
  const [ranking] = await fetchRankings(runner, cache, [pair], { topN, maxPerRequest: 10 });
  return ranking!;
}

describe("top N distinct players", () => {
  it("reads a further page when repeated players and rows without a usable list leave the first short of N", async () => {
    const api = stubApi({ 1: PAGE_1, 2: PAGE_2 }, (page) => page < 3);
    const ranking = await fetchWith(api, 50);
    expect(api.asked).toEqual([1, 2]);
    // Page 1 gives 40 players; page 2 repeats P1, then the hidden player (41st) and P61..P69 (the 50th is P69).
    expect(ranking.rows).toHaveLength(100 + 11);
    expect(ranking.rows.at(-1)!.name).toBe("P69");
    expect(distinctPlayerCut(ranking.rows, 50)).toEqual({ rows: 111, players: 50 });
  });

  it("stops at the first page when it holds N such players, and cuts the rows after the N-th", async () => {
    const api = stubApi({ 1: PAGE_1, 2: PAGE_2 }, (page) => page < 3);
    const ranking = await fetchWith(api, 30);
    expect(api.asked).toEqual([1]);
    // Players 1..30 each ranked twice in a row: the 30th first appears at row 59.
    expect(ranking.rows).toHaveLength(59);
  });

  it("keeps every row of a board that ends before N players", async () => {
    const api = stubApi({ 1: PAGE_1 }, () => false);
    const ranking = await fetchWith(api, 50);
    expect(api.asked).toEqual([1]);
    expect(ranking.rows).toHaveLength(100);
  });

  it("reads at most one page beyond those N rows fill, however short of N players the board stays", async () => {
    const noLists = Array.from({ length: 100 }, (_, i) => row(1000 + i, null));
    const api = stubApi({ 1: noLists, 2: noLists, 3: noLists, 4: noLists }, () => true);
    const ranking = await fetchWith(api, 50);
    expect(api.asked).toEqual([1, 2]);
    expect(ranking.rows).toHaveLength(200);
  });

  it("counts a hidden row as a player of its own and never a row without a build", () => {
    const rows = (list: Record<string, unknown>[]): CachedRow[] =>
      list.map((r) => ({ ...(r as unknown as CachedRow), build: Array.isArray(r.talents) ? (r.talents.length > 0 ? "1:1" : "") : null }));
    const hidden = { name: "Anonymous", hidden: true, report: { code: "a:1", fightID: 1 }, talents: [{ talentID: 1, points: 1 }] };
    expect(distinctPlayerCut(rows([hidden, { ...hidden, report: { code: "a:2", fightID: 1 } }]), 5).players).toBe(2);
    expect(distinctPlayerCut(rows([row(1, null), row(2, []), row(3)]), 5)).toEqual({ rows: 3, players: 1 });
  });
});
