/**
 * The compact form of a build's talent list, for the Lua data file: entries sorted by entry ID, each written as one
 * unsigned number, (delta - 1) * 4 + (rank - 1), where delta is the gap to the previous entry ID (the first one's gap
 * is from 0). Rank 4 and above write 3 in the low part and the rank - 4 as a second number. Numbers are base64
 * varints: each character (loadout alphabet) carries 5 bits, least significant group first, value 32 set while more
 * characters follow. Entry IDs of one tree lie close together, so most entries cost 2 characters instead of ~9.
 *
 * A difference list (a spec's builds after its first, written against that first build, the base) has the same
 * layout, one number per entry ID (ascending) whose rank differs from the base's: (delta - 1) * 4 + low, where low is
 * the rank in this build for ranks 0..2 (0: the base has the entry, this build does not) and 3 for rank 3 and above,
 * followed by rank - 3 as a second number. Builds of one spec share most talents, so a difference is a few entries.
 *
 * Canonical: the packer writes exactly one string per list and the reader refuses every other string (an
 * over-long varint, a zero high group, a gap past MAX_ENTRY_ID; in a difference list also an entry whose rank equals
 * the base's, which covers removing an entry the base lacks), so a string that reads also packs back to itself.
 * Pure and TSTL-safe: arithmetic only (Lua 5.1 has no bitwise operators), characters through their codes.
 */
import { charFor, charValue } from "../codec/alphabet";
import type { TalentEntry } from "../schema";

/**
 * Every number the format writes stays below 2^30 (6 varint characters), so decoding never leaves 31-bit integers:
 * exact in Lua 5.1's doubles and also in fengari, whose integers are 32-bit. That caps entry IDs at 2^28
 * (268,435,456); trait entry IDs are six-digit numbers today, so the cap leaves a thousandfold margin.
 */
const MAX_VARINT_CHARS = 6;
export const MAX_ENTRY_ID = 268435456;
/** No talent has this many ranks; a larger number is damage. */
export const MAX_ENTRY_RANK = 100;

export function putVarint(out: string[], value: number): void {
  let rest = value;
  for (;;) {
    const low = rest % 32;
    rest = (rest - low) / 32;
    if (rest === 0) {
      out.push(charFor(low));
      return;
    }
    out.push(charFor(low + 32));
  }
}

/** Reads a varint of `text` from `pos` up to `end` (exclusive): [value, next position], or undefined when malformed. */
export function readVarint(text: string, pos: number, end: number): [number, number] | undefined {
  let value = 0;
  let scale = 1;
  let p = pos;
  for (let n = 0; n < MAX_VARINT_CHARS; n++) {
    if (p >= end) return undefined;
    const v = charValue(text.charCodeAt(p));
    if (v === undefined) return undefined;
    p++;
    if (v < 32) {
      // A last group of 0 after others would be a second spelling of a shorter number.
      if (v === 0 && n > 0) return undefined;
      return [value + v * scale, p];
    }
    value += (v - 32) * scale;
    scale *= 32;
  }
  return undefined;
}

/** Throws unless entries are sorted by entryId, unique, IDs 1..MAX_ENTRY_ID and ranks 1..MAX_ENTRY_RANK. */
function checkEntries(entries: readonly TalentEntry[]): void {
  let previous = 0;
  for (const entry of entries) {
    const { entryId, rank } = entry;
    if (!isWhole(entryId) || entryId <= previous || entryId > MAX_ENTRY_ID)
      throw new Error(`packEntries: entry IDs must be ascending whole numbers 1..${MAX_ENTRY_ID} (got ${entryId} after ${previous})`);
    if (!isWhole(rank) || rank < 1 || rank > MAX_ENTRY_RANK)
      throw new Error(`packEntries: rank ${rank} of entry ${entryId} is outside 1..${MAX_ENTRY_RANK}`);
    previous = entryId;
  }
}

/** Entries (sorted by entryId, unique, rank >= 1) -> their compact text. Throws on a list that breaks those rules. */
export function packEntries(entries: readonly TalentEntry[]): string {
  checkEntries(entries);
  const out: string[] = [];
  let previous = 0;
  for (const entry of entries) {
    const { entryId, rank } = entry;
    const low = rank <= 3 ? rank - 1 : 3;
    putVarint(out, (entryId - previous - 1) * 4 + low);
    if (rank > 3) putVarint(out, rank - 4);
    previous = entryId;
  }
  return out.join("");
}

/**
 * One item of an entry list at p: its entry ID (the gap from `previous`) and its rank, the low two bits plus
 * `rankBase` (1 in a plain list, 0 in a difference list, where 0 is "removed"), 3 in them announcing a second varint
 * with the rest: [entryId, rank, next position], or undefined when malformed or out of range.
 */
function readItem(text: string, p: number, end: number, previous: number, rankBase: number): [number, number, number] | undefined {
  const read = readVarint(text, p, end);
  if (read === undefined) return undefined;
  const low = read[0] % 4;
  const entryId = previous + (read[0] - low) / 4 + 1;
  if (entryId > MAX_ENTRY_ID) return undefined;
  if (low < 3) return [entryId, low + rankBase, read[1]];
  const extra = readVarint(text, read[1], end);
  if (extra === undefined) return undefined;
  const rank = extra[0] + 3 + rankBase;
  return rank > MAX_ENTRY_RANK ? undefined : [entryId, rank, extra[1]];
}

/** The entries of text[pos, end), or undefined when it is not a canonical entry list. */
export function unpackEntries(text: string, pos: number, end: number): TalentEntry[] | undefined {
  const entries: TalentEntry[] = [];
  let previous = 0;
  let p = pos;
  while (p < end) {
    const item = readItem(text, p, end, previous, 1);
    if (item === undefined) return undefined;
    entries.push({ entryId: item[0], rank: item[1] });
    previous = item[0];
    p = item[2];
  }
  return entries;
}

/** Entries -> their difference list against base (both sorted, unique, rank >= 1). Throws on a list that breaks those rules. */
export function packEntriesDiff(base: readonly TalentEntry[], entries: readonly TalentEntry[]): string {
  checkEntries(base);
  checkEntries(entries);
  const out: string[] = [];
  let previous = 0;
  let i = 0;
  let j = 0;
  while (i < base.length || j < entries.length) {
    const b = i < base.length ? base[i]! : undefined;
    const e = j < entries.length ? entries[j]! : undefined;
    let entryId: number;
    let rank: number;
    if (e === undefined || (b !== undefined && b.entryId < e.entryId)) {
      entryId = b!.entryId; // in the base only: removed
      rank = 0;
      i++;
    } else if (b === undefined || e.entryId < b.entryId) {
      entryId = e.entryId; // in this build only: added
      rank = e.rank;
      j++;
    } else {
      i++;
      j++;
      if (b.rank === e.rank) continue;
      entryId = e.entryId;
      rank = e.rank;
    }
    putVarint(out, (entryId - previous - 1) * 4 + (rank <= 2 ? rank : 3));
    if (rank > 2) putVarint(out, rank - 3);
    previous = entryId;
  }
  return out.join("");
}

/** The entries of the difference list text[pos, end) against base (a list unpackEntries read), or undefined when it is not canonical. */
export function unpackEntriesDiff(text: string, pos: number, end: number, base: readonly TalentEntry[]): TalentEntry[] | undefined {
  const entries: TalentEntry[] = [];
  let previous = 0;
  let i = 0;
  let p = pos;
  while (p < end) {
    const item = readItem(text, p, end, previous, 0);
    if (item === undefined) return undefined;
    const [entryId, rank] = item;
    p = item[2];
    while (i < base.length && base[i]!.entryId < entryId) {
      entries.push(base[i]!);
      i++;
    }
    let baseRank = 0;
    if (i < base.length && base[i]!.entryId === entryId) {
      baseRank = base[i]!.rank;
      i++;
    }
    if (rank === baseRank) return undefined;
    if (rank > 0) entries.push({ entryId, rank });
    previous = entryId;
  }
  while (i < base.length) {
    entries.push(base[i]!);
    i++;
  }
  return entries;
}

function isWhole(value: number): boolean {
  return typeof value === "number" && value === Math.floor(value) && value >= 0;
}
