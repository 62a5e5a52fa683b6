import type { ContentType } from "@att/contract";
import type { SectionKey } from "./section";

/** One talent from a ranking row's combatant info. */
export interface TalentPick {
  readonly talentID: number;
  readonly points: number;
}

/** One ranking row, reduced to what aggregation and import-string lookup need. */
export interface RankedEntry {
  readonly specId: number;
  readonly encounterId: number;
  readonly content: ContentType;
  /** The raid difficulty (or Mythic+) the row was ranked in: heroic and mythic rows of one boss are separate samples. */
  readonly section: SectionKey;
  /** The encounter's position in its zone, used to order members of pooled samples deterministically. */
  readonly encounterOrder: number;
  /** 1-based position in the (spec, encounter) ranking. */
  readonly rank: number;
  readonly name: string;
  readonly server: string;
  readonly reportCode: string;
  readonly fightId: number;
  readonly startTime: number;
  /**
   * The talent list as a build identity key (see identity.ts); null when the row came without combatant info,
   * "" when the list was empty. Without a key the build must come from the entry's own import string.
   */
  readonly build: string | null;
}

/** The player behind an entry, as a stable string: what the import-string lookup is keyed by. */
export function memberKey(entry: Pick<RankedEntry, "reportCode" | "fightId" | "name" | "server">): string {
  return `${entry.reportCode}#${entry.fightId}#${entry.name}#${entry.server}`;
}

/**
 * Names Warcraft Logs shows for hidden players. They cannot be matched to a report actor, so they are
 * never looked up (a request that can only fail would cost points and a round).
 */
export function isAnonymous(name: string): boolean {
  return name === "" || /^anonymous$/i.test(name) || /^Character \d+-\d+$/.test(name);
}

/**
 * Whether a ranking row is a hidden player. Real rows (../shared/testdata/wcl-real, the Discipline page rows 26 and
 * 97) say so three ways at once: `"hidden": true`, the name "Anonymous", no `server`, and an anonymised report code
 * `"a:..."` that no report lookup knows. Any one of them is enough.
 */
export function isHiddenRow(row: {
  readonly name: string;
  readonly hidden?: boolean;
  readonly report: { readonly code: string };
}): boolean {
  return row.hidden === true || row.report.code.startsWith("a:") || isAnonymous(row.name);
}

/**
 * The character behind a ranking row, for counting distinct players on a board (Mythic+ boards list a character
 * once per run: 100 real rows held 77 players): name and server, case-folded. A hidden row cannot be told from
 * another hidden one, so it stands for a player of its own.
 */
export function rowPlayerKey(row: {
  readonly name: string;
  readonly hidden?: boolean;
  readonly server?: { readonly name: string } | null;
  readonly report: { readonly code: string; readonly fightID: number };
}): string {
  const server = row.server?.name ?? "";
  if (isHiddenRow(row)) return `row:${row.report.code}#${row.report.fightID}#${row.name}#${server}`;
  return `${row.name.toLowerCase()}#${server.toLowerCase()}`;
}
