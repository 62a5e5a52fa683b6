import type { ResponseCache } from "../cache/store";
import type { QueryAnswer } from "../http/client";
import { dig, errorAt, runAliasBatches, type BatchRunner, type ItemOutcome } from "./batch";
import { admitLookups, type CodeAllowance } from "./code-allowance";
import { CachedActorsSchema, CachedCodeSchema, ReportActorsSchema, type CachedActors } from "./schemas";
import { createHash } from "node:crypto";
import { z } from "zod";

/** Set on values produced by onGiveUp: used for this run, never cached, so the next run asks again. */
const GAVE_UP = Symbol("gave-up");
type CodesValue = Map<number, string | null> & { [GAVE_UP]?: true };
type ActorsValue = CachedActors & { [GAVE_UP]?: true };

/** A ranked player whose import string is wanted. */
export interface CodeLookup {
  /** memberKey of the entry. */
  readonly member: string;
  readonly reportCode: string;
  readonly fightId: number;
  readonly name: string;
  readonly server: string;
}

export interface LookupStats {
  /** Players not found among the report's actors. */
  unmatched: number;
  /** Lookups given up after the last attempt (reported, treated as "no string"). */
  failed: number;
  failures: string[];
}

/** Names compared in one Unicode form, case-insensitively ("Zoë" may arrive composed or decomposed). */
function normName(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s'’-]/g, "");
}

/**
 * Servers compared loosely: the ranking shows "Argent Dawn", master data may show "ArgentDawn" or a slug-like
 * "argent-dawn", and slugs drop accents ("Pozzo dell'Eternità" -> "pozzo-delleternita"): letters and digits only.
 */
function normServer(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

export function matchActor(actors: CachedActors["actors"], name: string, server: string): number | undefined {
  const byName = actors.filter((a) => normName(a.name) === normName(name));
  const exact = byName.filter((a) => normServer(a.server) === normServer(server));
  if (exact.length === 1) return exact[0]!.id;
  // Actors without a server (or a server spelt differently) still match when the name is unique in the report.
  if (exact.length === 0 && byName.length === 1) return byName[0]!.id;
  return undefined;
}

/**
 * Import strings for ranked players, two requests per round at most: the players of every report involved
 * (masterData actors, many reports per request), then talentImportCode for the matched actors, one alias per
 * (report, fight) with one field alias per actor. The two cannot share one alias: talentImportCode needs the actor
 * ID that masterData gives (Schema: ReportFight.talentImportCode(actorID: Int!)). Both answers are cached: report
 * contents do not change. With an allowance, lookups are admitted strictly in the order given (their priority) while their
 * aliases (cached or not) fit: from the first one that does not, none is (admitLookups). The rest are left out of the
 * result (not looked up); every admitted one gets its string or null.
 */
export async function lookupImportCodes(
  runner: BatchRunner,
  cache: ResponseCache,
  lookups: readonly CodeLookup[],
  options: { maxReportsPerRequest: number; maxFightsPerRequest: number; allowance?: CodeAllowance },
  stats: LookupStats,
): Promise<Map<string, string | null>> {
  const result = new Map<string, string | null>();
  const pending: CodeLookup[] = [];
  const allowed = options.allowance === undefined ? lookups : admitLookups(lookups, options.allowance);
  const cachedCodes = await Promise.all(allowed.map((lookup) => cache.get(codeKey(lookup), CachedCodeSchema, false)));
  allowed.forEach((lookup, i) => {
    const cached = cachedCodes[i];
    if (cached !== undefined) result.set(lookup.member, cached.code);
    else pending.push(lookup);
  });
  if (pending.length === 0) return result;

  const admitted = pending;
  const actors = await loadActors(runner, cache, [...new Set(admitted.map((l) => l.reportCode))], options, stats);

  // Group by (report, fight): one alias per fight, one talentImportCode alias per actor.
  const fights = new Map<string, { reportCode: string; fightId: number; players: { lookup: CodeLookup; actorId: number }[] }>();
  for (const lookup of admitted) {
    const actorId = matchActor(actors.get(lookup.reportCode) ?? [], lookup.name, lookup.server);
    if (actorId === undefined) {
      stats.unmatched++;
      result.set(lookup.member, null);
      continue;
    }
    const key = `${lookup.reportCode}#${lookup.fightId}`;
    const fight = fights.get(key) ?? { reportCode: lookup.reportCode, fightId: lookup.fightId, players: [] };
    fight.players.push({ lookup, actorId });
    fights.set(key, fight);
  }

  await runAliasBatches(runner, [...fights.values()], {
    kind: "importCodes",
    maxPerRequest: options.maxFightsPerRequest,
    render: (batch) =>
      `reportData {\n${batch
        .map((f, i) => {
          const fields = [...new Set(f.players.map((p) => p.actorId))].map((id) => `p${id}: talentImportCode(actorID: ${id})`);
          return `f${i}: report(code: ${JSON.stringify(f.reportCode)}) { fights(fightIDs: [${f.fightId}]) { id ${fields.join(" ")} } }`;
        })
        .join("\n")}\n}`,
    extract: (f, i, answer) => extractCodes(f, i, answer),
    describe: (f) => `import strings of report ${f.reportCode} fight ${f.fightId} (${f.players.map((p) => p.lookup.name).join(", ")})`,
    onGiveUp: (_fight, message) => {
      stats.failed++;
      if (stats.failures.length < 20) stats.failures.push(message);
      const value: CodesValue = new Map<number, string | null>();
      value[GAVE_UP] = true;
      return value;
    },
    onDone: async (f, codes: CodesValue) => {
      for (const { lookup, actorId } of f.players) {
        const code = codes.get(actorId) ?? null;
        if (codes[GAVE_UP] !== true) await cache.put(codeKey(lookup), { code });
        result.set(lookup.member, code);
      }
      return [];
    },
  });
  for (const lookup of admitted) if (!result.has(lookup.member)) result.set(lookup.member, null);
  return result;
}

function extractCodes(
  f: { reportCode: string; fightId: number; players: { actorId: number }[] },
  index: number,
  answer: QueryAnswer,
): ItemOutcome<CodesValue> {
  const path = ["reportData", `f${index}`];
  const error = errorAt(answer, path);
  const report = dig(answer.data, path);
  // A report that is gone or private answers null: its players have no string. Any other error is retried.
  if (report === null && isPermanentReportError(error)) return { ok: true, value: new Map() };
  if (error !== undefined) return { ok: false, message: `GraphQL error: ${error}` };
  const fights = z.array(z.record(z.string(), z.unknown())).safeParse(dig(report, ["fights"]));
  if (!fights.success) return { ok: false, message: "report.fights is not a list" };
  const fight = fights.data.find((x) => x["id"] === f.fightId) ?? fights.data[0];
  const codes = new Map<number, string | null>();
  for (const { actorId } of f.players) {
    const value = fight?.[`p${actorId}`];
    codes.set(actorId, typeof value === "string" && value.length > 0 ? value : null);
  }
  return { ok: true, value: codes };
}

async function loadActors(
  runner: BatchRunner,
  cache: ResponseCache,
  reportCodes: readonly string[],
  options: { maxReportsPerRequest: number },
  stats: LookupStats,
): Promise<Map<string, CachedActors["actors"]>> {
  const out = new Map<string, CachedActors["actors"]>();
  const missing: string[] = [];
  const codes = [...reportCodes].sort();
  const cached = await Promise.all(codes.map((code) => cache.get(`reports/${code}/actors`, CachedActorsSchema, false)));
  codes.forEach((code, i) => {
    const hit = cached[i];
    if (hit !== undefined) out.set(code, hit.actors);
    else missing.push(code);
  });
  await runAliasBatches(runner, missing, {
    kind: "reportActors",
    maxPerRequest: options.maxReportsPerRequest,
    render: (batch) =>
      `reportData {\n${batch.map((code, i) => `r${i}: report(code: ${JSON.stringify(code)}) { masterData { actors(type: "Player") { id name server } } }`).join("\n")}\n}`,
    extract: (_code, i, answer): ItemOutcome<ActorsValue> => {
      const path = ["reportData", `r${i}`];
      const report = dig(answer.data, path);
      const error = errorAt(answer, path);
      if (report === null && isPermanentReportError(error)) return { ok: true, value: { actors: [] } };
      if (error !== undefined) return { ok: false, message: `GraphQL error: ${error}` };
      const parsed = ReportActorsSchema.safeParse(report);
      if (!parsed.success) return { ok: false, message: "report master data does not fit the schema" };
      const actors = (parsed.data.masterData?.actors ?? []).flatMap((a) =>
        typeof a.id === "number" && typeof a.name === "string" ? [{ id: a.id, name: a.name, server: a.server ?? "" }] : [],
      );
      return { ok: true, value: { actors } };
    },
    describe: (code) => `players of report ${code}`,
    onGiveUp: (_code, message) => {
      stats.failed++;
      if (stats.failures.length < 20) stats.failures.push(message);
      const value: ActorsValue = { actors: [] };
      value[GAVE_UP] = true;
      return value;
    },
    onDone: async (code, value: ActorsValue) => {
      if (value[GAVE_UP] !== true) await cache.put(`reports/${code}/actors`, { actors: value.actors });
      out.set(code, value.actors);
      return [];
    },
  });
  return out;
}

/**
 * A null report is for good (cached as "no players / no strings") when no error explains it or the error says the
 * report is missing, private or archived. Other errors on its path (timeouts, server errors inside one alias) are
 * transient: retried, and after the last attempt reported without being cached.
 */
export function isPermanentReportError(error: string | undefined): boolean {
  return error === undefined || /does not exist|private|archived|not found|no longer available|permission/i.test(error);
}

function codeKey(l: CodeLookup): string {
  // Hashed: player names hold any Unicode, and two names must never share a file.
  const who = createHash("sha256").update(`${l.name}\u0000${l.server}`).digest("hex").slice(0, 20);
  return `reports/${l.reportCode}/f${l.fightId}-${who}`;
}
