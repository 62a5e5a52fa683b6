import type { SpecInfo } from "@att/contract";
import type { ResponseCache } from "../cache/store";
import type { QueryAnswer } from "../http/client";
import type { PlannedEncounter, PlannedZone } from "../core/plan-types";
import { aliasJsonAt, runAliasBatches, type BatchRunner, type ItemOutcome } from "./batch";
import { talentsKey } from "../core/identity";
import { rowPlayerKey } from "../core/entry";
import { readTalentList } from "../core/talent-list";
import {
  CachedPageSchema,
  RankingRowSchema,
  RankingsErrorSchema,
  RankingsPageSchema,
  TalentListSchema,
  type CachedPage,
  type CachedRow,
} from "./schemas";

/** Warcraft Logs returns ranking pages of 100 rows. */
export const PAGE_SIZE = 100;

export interface RankingRequest {
  readonly zone: PlannedZone;
  readonly encounter: PlannedEncounter;
  readonly spec: SpecInfo;
  readonly page: number;
}

/** Names of a row's talents ({talentID, name} items), first seen wins. */
function collectNames(talents: readonly unknown[], into: Record<string, string>): void {
  for (const t of talents) {
    if (typeof t !== "object" || t === null) continue;
    const { talentID, name } = t as { talentID?: unknown; name?: unknown };
    if (typeof talentID === "number" && typeof name === "string" && name !== "" && into[String(talentID)] === undefined)
      into[String(talentID)] = name;
  }
}

export interface PairRankings {
  readonly zone: PlannedZone;
  readonly encounter: PlannedEncounter;
  readonly spec: SpecInfo;
  /**
   * Best first: every row up to the one that brings the topN-th distinct player with a usable talent list (a
   * Mythic+ board lists a character once per run, so that can take more than topN rows), or all rows read.
   */
  readonly rows: readonly CachedRow[];
  /** Rows within topN that did not fit the row schema. */
  readonly invalidRows: number;
  /** Talent names by talentID from the pages' talent lists. */
  readonly talentNames?: Readonly<Record<string, string>>;
  /** Rows (of `rows`) whose talent list named a talentID twice; each was kept once. */
  readonly repeatedIds?: number;
  /** The API's `{"error": ...}` text when it refused this ranking: `rows` is then empty (or holds the pages before). */
  readonly error?: string;
}

/** One ranking: a raid boss ranked at Heroic and at Mythic is two (the zone is planned once per difficulty). */
export function pairKey(p: { readonly zone: PlannedZone; readonly spec: SpecInfo; readonly encounter: PlannedEncounter }): string {
  return `${p.zone.zoneId}:${p.zone.difficultyId}:${p.spec.specId}:${p.encounter.id}`;
}

export function rankingsCacheKey(r: RankingRequest): string {
  const z = r.zone;
  return `rankings/z${z.zoneId}-p${z.partition}-d${z.difficultyId}/s${r.spec.specId}-e${r.encounter.id}-pg${r.page}`;
}

/** Raid: dps for damage dealers and tanks, hps for healers. Mythic+: run score. */
export function metricFor(zone: PlannedZone, spec: SpecInfo): string {
  if (zone.content === "mythicplus") return "playerscore";
  return spec.role === "healer" ? "hps" : "dps";
}

function rankingArgs(r: RankingRequest): string {
  const args = [
    `className: ${JSON.stringify(r.spec.wclClass)}`,
    `specName: ${JSON.stringify(r.spec.wclSpec)}`,
    `metric: ${metricFor(r.zone, r.spec)}`,
    `difficulty: ${r.zone.difficultyId}`,
    `partition: ${r.zone.partition}`,
    `page: ${r.page}`,
    "includeCombatantInfo: true",
  ];
  // Keystone leaderboards include runs without a log; those have no report to read an import string from.
  if (r.zone.content === "mythicplus") args.push("leaderboard: LogsOnly");
  return args.join(", ");
}

/** `worldData { e<id>: encounter(id: <id>) { a<i>: characterRankings(...) ... } ... }` */
export function renderRankings(batch: readonly RankingRequest[]): string {
  const byEncounter = new Map<number, string[]>();
  batch.forEach((r, i) => {
    const list = byEncounter.get(r.encounter.id) ?? [];
    list.push(`a${i}: characterRankings(${rankingArgs(r)})`);
    byEncounter.set(r.encounter.id, list);
  });
  const parts = [...byEncounter].map(([id, fields]) => `e${id}: encounter(id: ${id}) {\n${fields.join("\n")}\n}`);
  return `worldData {\n${parts.join("\n")}\n}`;
}

/**
 * Validates one alias: the JSON scalar (possibly a string), rows one by one. `{ "error": ... }` (HTTP 200, e.g.
 * "Invalid difficulty setting or size specified.", ../shared/testdata/wcl-real/2026-09-rankings-error-scalar.json) is
 * the API's answer for this ranking, not a failed request: an empty last page carrying the error, so one refused
 * ranking does not fail a run that has spent its points on all the others.
 */
export function extractRankings(r: RankingRequest, index: number, answer: QueryAnswer): ItemOutcome<CachedPage> {
  const scalar = aliasJsonAt(answer, ["worldData", `e${r.encounter.id}`, `a${index}`]);
  if (!scalar.ok) return scalar;
  const value = scalar.value;
  const apiError = RankingsErrorSchema.safeParse(value);
  if (apiError.success && apiError.data.error !== undefined && apiError.data.error !== null) {
    const text = typeof apiError.data.error === "string" ? apiError.data.error : JSON.stringify(apiError.data.error);
    return { ok: true, value: { hasMorePages: false, rows: [], invalidRows: 0, error: text.slice(0, 200) } };
  }
  const page = RankingsPageSchema.safeParse(value);
  if (!page.success) return { ok: false, message: "rankings value is not a rankings page" };
  const rows: CachedRow[] = [];
  const talentNames: Record<string, string> = {};
  let invalidRows = 0;
  for (const raw of page.data.rankings) {
    const row = RankingRowSchema.safeParse(raw);
    if (row.success) {
      const { talents, ...rest } = row.data;
      const list = TalentListSchema.safeParse(talents);
      if (!list.success) {
        rows.push({ ...rest, build: null });
        continue;
      }
      const read = readTalentList(list.data);
      rows.push(read.repeated ? { ...rest, build: talentsKey(read.picks), repeatedId: true } : { ...rest, build: talentsKey(read.picks) });
      collectNames(talents as readonly unknown[], talentNames);
    } else invalidRows++;
  }
  // Without hasMorePages, only a full page can have a next one; reading past the end answers an empty page.
  const hasMorePages = page.data.hasMorePages ?? page.data.rankings.length >= PAGE_SIZE;
  const out: CachedPage = { hasMorePages, rows, invalidRows };
  if (Object.keys(talentNames).length > 0) out.talentNames = talentNames;
  return { ok: true, value: out };
}

export function describeRequest(r: RankingRequest): string {
  return `${r.spec.specName} ${r.spec.className} @ ${r.encounter.name} (spec ${r.spec.specId}, encounter ${r.encounter.id}, page ${r.page})`;
}

/** A row whose talent list is a build (a list with at least one talent bought). */
function usable(row: CachedRow): boolean {
  return row.build !== null && row.build !== "";
}

/**
 * How many rows of `rows` make the first `topN` distinct players with a usable talent list, and how many such
 * players they hold: a board that repeats characters (Mythic+: one row per run) needs more rows than players.
 */
export function distinctPlayerCut(rows: readonly CachedRow[], topN: number): { rows: number; players: number } {
  const seen = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (!usable(row)) continue;
    seen.add(rowPlayerKey(row));
    if (seen.size >= topN) return { rows: i + 1, players: seen.size };
  }
  return { rows: rows.length, players: seen.size };
}

/**
 * The top N distinct players with a usable talent list for every (spec, encounter) pair: cached pages first, then
 * the rest many pairs per request, following pages only where the pages read hold fewer than N such players and
 * the API says there are more (repeated characters and rows without a list leave a 100-row page short of N), and
 * never more than one page beyond those N rows fill.
 */
export async function fetchRankings(
  runner: BatchRunner,
  cache: ResponseCache,
  pairs: readonly Omit<RankingRequest, "page">[],
  options: { topN: number; maxPerRequest: number; onPage?: (fromCache: boolean) => void },
): Promise<PairRankings[]> {
  const pages = new Map<string, CachedPage[]>();
  // Pages beyond those N rows fill: one more at most. A board whose rows lack talent lists (an API change) would
  // otherwise be read to its end, thousands of rows at a point a page.
  const maxPages = Math.ceil(options.topN / PAGE_SIZE) + 1;
  const needsPage = (key: string): number | undefined => {
    const got = pages.get(key) ?? [];
    const last = got[got.length - 1];
    if (last === undefined) return 1;
    if (!last.hasMorePages || got.length >= maxPages) return undefined;
    const players = distinctPlayerCut(
      got.flatMap((p) => p.rows),
      options.topN,
    ).players;
    return players >= options.topN ? undefined : got.length + 1;
  };
  const store = (r: RankingRequest, page: CachedPage): void => {
    const key = pairKey(r);
    const list = pages.get(key) ?? [];
    list[r.page - 1] = page;
    pages.set(key, list);
  };

  // Cached pages (following each pair's chain, pairs read in parallel), then the rest goes to the network.
  const firstMissing = await Promise.all(
    pairs.map(async (pair): Promise<RankingRequest | undefined> => {
      const key = pairKey(pair);
      for (let page = needsPage(key); page !== undefined; page = needsPage(key)) {
        const request = { ...pair, page };
        const cached = await cache.get(rankingsCacheKey(request), CachedPageSchema, true);
        if (cached === undefined) return request;
        store(request, cached);
        options.onPage?.(true);
      }
      return undefined;
    }),
  );
  const toFetch = firstMissing.filter((r): r is RankingRequest => r !== undefined);

  await runAliasBatches(runner, toFetch, {
    kind: "rankings",
    maxPerRequest: options.maxPerRequest,
    render: renderRankings,
    extract: extractRankings,
    describe: describeRequest,
    onDone: async (r, page) => {
      await cache.put(rankingsCacheKey(r), page);
      store(r, page);
      options.onPage?.(false);
      const key = pairKey(r);
      // A later page can already be on disk when an earlier run was killed between pages.
      for (let next = needsPage(key); next !== undefined; next = needsPage(key)) {
        const request = { ...r, page: next };
        const cached = await cache.get(rankingsCacheKey(request), CachedPageSchema, true);
        if (cached === undefined) return [request];
        store(request, cached);
        options.onPage?.(true);
      }
      return [];
    },
  });

  return pairs.map((pair): PairRankings => {
    const got = pages.get(pairKey(pair)) ?? [];
    const all = got.flatMap((p) => p.rows);
    const cut = distinctPlayerCut(all, options.topN);
    const rows = all.slice(0, cut.rows);
    const invalid = got.reduce((n, p) => n + p.invalidRows, 0);
    const talentNames = Object.assign({}, ...got.map((p) => p.talentNames ?? {})) as Record<string, string>;
    const repeatedIds = rows.filter((r) => r.repeatedId === true).length;
    const error = got.find((p) => p.error !== undefined)?.error;
    return {
      ...pair,
      rows,
      invalidRows: Math.min(invalid, Math.max(0, options.topN - cut.players)),
      talentNames,
      repeatedIds,
      ...(error !== undefined ? { error } : {}),
    };
  });
}
