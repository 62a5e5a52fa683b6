/**
 * Who a sample entry stands for. An encounter's sample is its top N distinct players, one build each: a ranking
 * can list a character more than once (real Mythic+ boards do: 100 rows held 77 players), and one player's second
 * run must not count twice. A general slot is the union of its encounters' samples, one entry per (player,
 * encounter), so its counts are of rankings and the data also states the distinct players behind them. Pure.
 */
import type { Sample } from "./aggregate";
import { compareMembers } from "./aggregate";
import { isAnonymous } from "./entry";

/**
 * The character behind a ranking row across encounters: name and server. A hidden player ("Anonymous") cannot be
 * told from another, so each of their rows stands for a player of its own (the row's member key).
 */
export function playerKey(row: { readonly name: string; readonly server: string; readonly member: string }): string {
  return isAnonymous(row.name) ? `row:${row.member}` : `${row.name.toLowerCase()}#${row.server.toLowerCase()}`;
}

/**
 * One encounter's sample: each distinct player once, with their best-ranked row (rank, then encounter order, then
 * member key), best first, at most `topN` of them (all when undefined). Rows without a usable build are not
 * samples, so they never take a place in the top N.
 */
export function encounterSample(samples: readonly Sample[], topN?: number): Sample[] {
  const sorted = [...samples].sort(compareMembers);
  const seen = new Set<string>();
  const out: Sample[] = [];
  for (const sample of sorted) {
    if (topN !== undefined && out.length >= topN) break;
    if (seen.has(sample.player)) continue;
    seen.add(sample.player);
    out.push(sample);
  }
  return out;
}
