import type { TalentPick } from "./entry";

/**
 * A build's identity: the sorted (talentID, points) list. Two players with the same list play the same build,
 * whatever order the API listed the talents in. `tuple` is the numeric form used to break ties.
 */
export interface BuildIdentity {
  readonly key: string;
  readonly tuple: readonly number[];
}

export function identityOfTalents(talents: readonly TalentPick[]): BuildIdentity | null {
  if (talents.length === 0) return null;
  const sorted = [...talents].sort((a, b) => a.talentID - b.talentID || a.points - b.points);
  const tuple: number[] = [];
  for (const t of sorted) tuple.push(t.talentID, t.points);
  return { key: sorted.map((t) => `${t.talentID}:${t.points}`).join(","), tuple };
}

/**
 * Identity for an entry whose build is known only from its (canonical) import string.
 * Such identities sort after every talent-list identity of the same length; they only meet talent-list
 * identities when one sample mixes rows with and without combatant info.
 */
export function identityOfCode(canonicalCode: string): BuildIdentity {
  return { key: `code:${canonicalCode}`, tuple: [] };
}

/** Numeric comparison of identities ("the smaller identity wins a tie"), the key string as last resort. */
export function compareIdentity(a: BuildIdentity, b: BuildIdentity): number {
  const n = Math.min(a.tuple.length, b.tuple.length);
  for (let i = 0; i < n; i++) {
    const d = a.tuple[i]! - b.tuple[i]!;
    if (d !== 0) return d;
  }
  if (a.tuple.length !== b.tuple.length) return a.tuple.length - b.tuple.length;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
