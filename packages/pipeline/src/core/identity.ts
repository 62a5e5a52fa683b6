import type { TalentEntry } from "@att/contract";
import type { TalentPick } from "./entry";

/**
 * A build's identity: the sorted (talentID, points) list, written "talentID:points,..." so that two players
 * with the same list have the same key whatever order the API listed the talents in. The key is computed once,
 * when a ranking page is stored, so a warm run compares strings instead of rebuilding lists.
 */
export interface BuildIdentity {
  readonly key: string;
}

/**
 * The identity key of a talent list; "" for an empty list (which is not a usable build). Talents listed with
 * 0 points are not part of the build (nothing is bought in them), so they are left out.
 */
export function talentsKey(talents: readonly TalentPick[]): string {
  return talents
    .filter((t) => t.points > 0)
    .sort((a, b) => a.talentID - b.talentID || a.points - b.points)
    .map((t) => `${t.talentID}:${t.points}`)
    .join(",");
}

export function identityOfKey(key: string | null): BuildIdentity | null {
  return key === null || key === "" ? null : { key };
}

export function identityOfTalents(talents: readonly TalentPick[]): BuildIdentity | null {
  return identityOfKey(talentsKey(talents));
}

/**
 * Identity for an entry whose build is known only from its (canonical) import string. Such identities sort
 * after every talent-list identity; they only meet those when one sample mixes rows with and without talent lists.
 */
export function identityOfCode(canonicalCode: string): BuildIdentity {
  return { key: `code:${canonicalCode}` };
}

function tupleOf(identity: BuildIdentity): number[] | undefined {
  if (identity.key.startsWith("code:")) return undefined;
  return identity.key.split(/[,:]/).map(Number);
}

/** "The smaller identity wins a tie": element-wise numeric comparison of the lists, the key string last. */
export function compareIdentity(a: BuildIdentity, b: BuildIdentity): number {
  const ta = tupleOf(a);
  const tb = tupleOf(b);
  if (ta !== undefined && tb !== undefined) {
    for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
      const d = ta[i]! - tb[i]!;
      if (d !== 0) return d;
    }
    if (ta.length !== tb.length) return ta.length - tb.length;
  } else if (ta !== undefined || tb !== undefined) {
    return ta !== undefined ? -1 : 1;
  }
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * The talent entries of a build identity: its "talentID:points" pairs with points > 0; none for a string-only identity.
 * A talent a row listed twice (1 in 200 real rows) is kept once, at its higher rank: an entry appears once in a build.
 */
export function entriesOfIdentity(identity: BuildIdentity): TalentEntry[] {
  const key = identity.key;
  if (key.startsWith("code:")) return [];
  // Read digit by digit: a general slot parses hundreds of builds of ~70 pairs, and split/map made this the
  // consensus pick's main cost.
  const entries: TalentEntry[] = [];
  let id = 0;
  let value = 0;
  let digits = 0;
  let bad = false;
  for (let i = 0; i <= key.length; i++) {
    const c = i < key.length ? key.charCodeAt(i) : 44; // a "," closes the last pair
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
    } else if (c === 58) {
      if (digits === 0) bad = true;
      id = value;
      value = 0;
      digits = 0;
    } else if (c === 44) {
      // Only positive entry IDs with positive points are talents of the build.
      if (!bad && digits > 0 && id > 0 && value > 0) entries.push({ entryId: id, rank: value });
      id = 0;
      value = 0;
      digits = 0;
      bad = false;
    } else {
      bad = true; // a sign or anything else: not a pair a ranking row gives
    }
  }
  entries.sort((a, b) => a.entryId - b.entryId || b.rank - a.rank);
  return entries.filter((e, i) => i === 0 || entries[i - 1]!.entryId !== e.entryId);
}
