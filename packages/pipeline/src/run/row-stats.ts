import { isHiddenRow } from "../core/entry";
import type { PairRankings } from "../wcl/rankings";

/** What the ranking rows of a run looked like: the messes real rows carry, counted so the summary can say so. */
export interface RowStats {
  /** Rows the samples were drawn from (each ranking up to its N-th distinct player). */
  readonly rows: number;
  /** Hidden players ("Anonymous", no server, report code "a:..."): each counts as a player of its own. */
  readonly hidden: number;
  /** Rows whose talent list was empty (or bought nothing): no build. */
  readonly emptyLists: number;
  /** Rows without a talent list at all: no build. */
  readonly noLists: number;
  /** Rows whose talent list named a talentID twice: kept once. */
  readonly repeatedIds: number;
  /** Rankings the API refused with `{"error": ...}`: counted as empty. */
  readonly refused: number;
}

/**
 * Counts over every ranking of the run, and one note per distinct `{"error"}` text naming (some of) its rankings;
 * a ranking refused on a later page keeps the rows before it, and its note says after how many. Pure.
 */
export function rankingRowStats(rankings: readonly PairRankings[]): { stats: RowStats; notes: string[] } {
  let rows = 0;
  let hidden = 0;
  let emptyLists = 0;
  let noLists = 0;
  let repeatedIds = 0;
  const refused = new Map<string, string[]>();
  for (const pair of rankings) {
    rows += pair.rows.length;
    repeatedIds += pair.repeatedIds ?? 0;
    for (const row of pair.rows) {
      if (isHiddenRow(row)) hidden++;
      if (row.build === null) noLists++;
      else if (row.build === "") emptyLists++;
    }
    if (pair.error !== undefined) {
      const list = refused.get(pair.error) ?? [];
      // A refusal of a later page leaves the pages before it: those rows stay in the sample.
      const kept = pair.rows.length > 0 ? `, after ${pair.rows.length} row${pair.rows.length === 1 ? "" : "s"}` : "";
      list.push(`${pair.spec.specName} ${pair.spec.className} @ ${pair.encounter.name} (${pair.zone.difficultyName}${kept})`);
      refused.set(pair.error, list);
    }
  }
  const notes = [...refused].map(([error, which]) => {
    const named = which.slice(0, 3).join("; ") + (which.length > 3 ? `; and ${which.length - 3} more` : "");
    return `rankings: ${which.length} answered {"error": ${JSON.stringify(error)}} and count as empty: ${named}`;
  });
  const refusedCount = [...refused.values()].reduce((n, list) => n + list.length, 0);
  return { stats: { rows, hidden, emptyLists, noLists, repeatedIds, refused: refusedCount }, notes };
}

/** The summary's line about rows, e.g. "ranking rows: 2400 read; 12 hidden players, 1 listing a talentID twice (kept once)". */
export function formatRowStats(s: RowStats): string {
  const parts = [
    s.hidden > 0 ? `${s.hidden} hidden player${s.hidden === 1 ? "" : "s"} (each counted as its own player)` : "",
    s.emptyLists > 0 ? `${s.emptyLists} with an empty talent list (no build)` : "",
    s.noLists > 0 ? `${s.noLists} without a talent list (no build)` : "",
    s.repeatedIds > 0 ? `${s.repeatedIds} listing a talentID twice (kept once)` : "",
    s.refused > 0 ? `${s.refused} ranking${s.refused === 1 ? "" : "s"} refused with {"error"} (empty)` : "",
  ].filter((p) => p !== "");
  return `ranking rows: ${s.rows} read${parts.length > 0 ? `; ${parts.join(", ")}` : ""}`;
}
