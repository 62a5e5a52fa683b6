import type { SpecInfo } from "@att/contract";
import type { ResponseCache } from "../cache/store";
import type { QueryAnswer } from "../http/client";
import type { PlannedEncounter, PlannedZone } from "../core/plan-types";
import { aliasJsonAt, runAliasBatches, type BatchRunner, type ItemOutcome } from "./batch";
import { talentsKey } from "../core/identity";
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
  /** Best first, at most topN. */
  readonly rows: readonly CachedRow[];
  /** Rows within topN that did not fit the row schema. */
  readonly invalidRows: number;
  /** Talent names by talentID from the pages' talent lists. */
  readonly talentNames?: Readonly<Record<string, string>>;
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

/** Validates one alias: the JSON scalar (possibly a string), `{ "error": ... }`, rows one by one. */
export function extractRankings(r: RankingRequest, index: number, answer: QueryAnswer): ItemOutcome<CachedPage> {
  const scalar = aliasJsonAt(answer, ["worldData", `e${r.encounter.id}`, `a${index}`]);
  if (!scalar.ok) return scalar;
  const value = scalar.value;
  const apiError = RankingsErrorSchema.safeParse(value);
  if (apiError.success && apiError.data.error !== undefined && apiError.data.error !== null) {
    return { ok: false, message: `rankings answered {"error": ${JSON.stringify(apiError.data.error).slice(0, 200)}}` };
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
      rows.push({ ...rest, build: list.success ? talentsKey(list.data) : null });
      if (list.success) collectNames(talents as readonly unknown[], talentNames);
    } else invalidRows++;
  }
  // Without hasMorePages, only a full page can have a next one; reading past the end answers an empty page.
  const hasMorePages = page.data.hasMorePages ?? page.data.rankings.length >= PAGE_SIZE;
  return {
    ok: true,
    value: Object.keys(talentNames).length > 0 ? { hasMorePages, rows, invalidRows, talentNames } : { hasMorePages, rows, invalidRows },
  };
}

export function describeRequest(r: RankingRequest): string {
  return `${r.spec.specName} ${r.spec.className} @ ${r.encounter.name} (spec ${r.spec.specId}, encounter ${r.encounter.id}, page ${r.page})`;
}

/**
 * Top N rows for every (spec, encounter) pair: cached pages first, then the rest many pairs per request,
 * following pages only where N is not reached yet and the API says there are more.
 */
export async function fetchRankings(
  runner: BatchRunner,
  cache: ResponseCache,
  pairs: readonly Omit<RankingRequest, "page">[],
  options: { topN: number; maxPerRequest: number; onPage?: (fromCache: boolean) => void },
): Promise<PairRankings[]> {
  const pages = new Map<string, CachedPage[]>();
  const needsPage = (key: string): number | undefined => {
    const got = pages.get(key) ?? [];
    const rows = got.reduce((n, p) => n + p.rows.length + p.invalidRows, 0);
    const last = got[got.length - 1];
    if (last !== undefined && (!last.hasMorePages || rows >= options.topN)) return undefined;
    return got.length + 1;
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

  return pairs.map((pair) => {
    const got = pages.get(pairKey(pair)) ?? [];
    const rows = got.flatMap((p) => p.rows).slice(0, options.topN);
    const invalid = got.reduce((n, p) => n + p.invalidRows, 0);
    const talentNames = Object.assign({}, ...got.map((p) => p.talentNames ?? {})) as Record<string, string>;
    return { ...pair, rows, invalidRows: Math.min(invalid, Math.max(0, options.topN - rows.length)), talentNames };
  });
}
