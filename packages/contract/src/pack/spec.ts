/**
 * One spec of the Lua data file as one string. A spec as Lua tables costs a table per build, slot, pick and entry
 * list (40 specs with alternatives and two raid difficulties came to well over the addon's memory goal); as one
 * string it costs its bytes, and the addon unpacks only the spec the player plays, when it needs it.
 *
 *   spec    = "3|" specId "|" text(className) "|" text(specName) "|" builds "|" content(heroic) "|" content(mythic) "|" content(mythicplus)
 *   builds  = "" | first *("," other)               build i is index i of SpecBuilds.builds
 *   first   = entries ["." talentCode]               entries: see entries.ts; at least one of the two non-empty
 *   other   = diff ["." talentCode]                  diff: see entries.ts, the entries that differ from the first
 *                                                    build's (ascending ID, rank here, 0 = not in this build); the
 *                                                    build's entries (the first's with the diff applied) or its
 *                                                    talent code non-empty; an empty diff is the first's entries
 *   content = "" (raid difficulty absent / mythicplus null) | general *(";" encounterId "=" slot)   encounter IDs ascending
 *   general = "-" (null) | slot
 *   slot    = pick ["+" pick]                        top, then the alternative
 *   pick    = build ":" count ":" near ":" sampleSize ":" players *flex   decimal, no leading zeros, at most 9 digits
 *   flex    = "~" varint(n) n * (varint(gap - 1) varint(taken))   the pick's flex talents, n >= 1, entry IDs ascending
 *             (gap: to the previous flex entry ID, the first's from 0); varints as in entries.ts
 *   count <= near <= sampleSize, players <= sampleSize, every taken <= sampleSize
 *   text    = any bytes, "\" and "|" written as "\\" and "\|"
 *
 * Builds of a spec share most talents (they differ by a few points), so every build after the first is written as
 * its difference against the first; a build known only by its talent code (no entries) is the removal of all of
 * the first build's entries, and keeps its code.
 *
 * Canonical: packSpec writes one string per SpecBuilds and unpackSpec refuses every other spelling, so an accepted
 * string packs back to itself. unpackSpec never throws: anything malformed (cut, foreign, edited) is undefined, and
 * the same undefined in Node and in the addon's Lua, because the reader only compares character codes of ASCII
 * separators (bytes of UTF-8 text never equal them) and slices between them, and never tells null from undefined
 * (both are nil in Lua).
 * Pure and TSTL-safe.
 */
import { charValue } from "../codec/alphabet";
import type { BuildDef, ContentBuilds, FlexTalent, Pick, Slot, SpecBuilds, TalentEntry } from "../schema";
import { MAX_ENTRY_ID, packEntries, packEntriesDiff, putVarint, readVarint, unpackEntries, unpackEntriesDiff } from "./entries";

export const PACK_FORMAT = "3";

const BAR = 124; // |
const BACKSLASH = 92; // \
const COMMA = 44;
const DOT = 46;
const SEMICOLON = 59;
const EQUALS = 61;
const PLUS = 43;
const COLON = 58;
const DASH = 45;
const TILDE = 126;
const ZERO = 48;
const NINE = 57;
const MAX_DIGITS = 9;

// ---------------------------------------------------------------------------------------------------------- pack

function escapeText(text: string): string {
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === BAR || code === BACKSLASH) {
      parts.push(text.substring(runStart, i), "\\", text.charAt(i));
      runStart = i + 1;
    }
  }
  parts.push(text.substring(runStart));
  return parts.join("");
}

function decimal(value: number, what: string): string {
  if (typeof value !== "number" || value !== Math.floor(value) || value < 0 || value > 999999999)
    throw new Error(`packSpec: ${what} must be a whole number 0..999999999 (got ${value})`);
  return `${value}`;
}

/** A build: the first one (no base) with its entries, any other one as its difference against the first's entries. */
function packBuild(build: BuildDef, base: readonly TalentEntry[] | undefined): string {
  const entries = base === undefined ? packEntries(build.entries) : packEntriesDiff(base, build.entries);
  const code = build.talentCode ?? "";
  for (let i = 0; i < code.length; i++) {
    if (charValue(code.charCodeAt(i)) === undefined)
      throw new Error(`packSpec: talent code "${code}" has a character outside the loadout alphabet`);
  }
  if (build.entries.length === 0 && code === "") throw new Error("packSpec: a build needs entries or a talent code");
  return code === "" ? entries : `${entries}.${code}`;
}

function packPick(pick: Pick, builds: number): string {
  if (pick.build >= builds) throw new Error(`packSpec: pick of build ${pick.build} but the spec has ${builds} builds`);
  if (pick.count > pick.near || pick.near > pick.sampleSize)
    throw new Error(`packSpec: counts must be count ${pick.count} <= near ${pick.near} <= sample size ${pick.sampleSize}`);
  if (pick.players > pick.sampleSize) throw new Error(`packSpec: players ${pick.players} exceed sample size ${pick.sampleSize}`);
  const parts = [
    `${decimal(pick.build, "build")}:${decimal(pick.count, "count")}:${decimal(pick.near, "near")}:${decimal(pick.sampleSize, "sampleSize")}:${decimal(pick.players, "players")}`,
  ];
  // Flex talents are most of a spec's text when written in decimals (a slot lists several, every slot has some):
  // as varints of the gap between entry IDs and of the count they cost 3-4 characters each instead of ~10.
  const flexList = pick.flex ?? [];
  if (flexList.length > 0) {
    parts.push("~");
    putVarint(parts, flexList.length);
  }
  let previous = 0;
  for (const flex of flexList) {
    if (flex.entryId <= previous || flex.entryId > MAX_ENTRY_ID || flex.entryId !== Math.floor(flex.entryId))
      throw new Error(`packSpec: flex entry IDs must ascend within 1..${MAX_ENTRY_ID} (${flex.entryId} after ${previous})`);
    if (flex.taken > pick.sampleSize) throw new Error(`packSpec: flex taken ${flex.taken} exceeds sample size ${pick.sampleSize}`);
    putVarint(parts, flex.entryId - previous - 1);
    putVarint(parts, Number(decimal(flex.taken, "flex taken")));
    previous = flex.entryId;
  }
  return parts.join("");
}

function packSlot(slot: Slot, builds: number): string {
  const top = packPick(slot.top, builds);
  return slot.alternative === undefined ? top : `${top}+${packPick(slot.alternative, builds)}`;
}

function packContent(content: ContentBuilds | null | undefined, builds: number): string {
  if (content === null || content === undefined) return "";
  const parts: string[] = [content.general === null ? "-" : packSlot(content.general, builds)];
  const ids: number[] = [];
  for (const key of Object.keys(content.encounters)) {
    const id = Number(key);
    if (decimal(id, "encounter ID") !== key) throw new Error(`packSpec: encounter key "${key}" is not a decimal ID`);
    ids.push(id);
  }
  ids.sort((a, b) => a - b);
  for (const id of ids) parts.push(`;${id}=${packSlot(content.encounters[`${id}`]!, builds)}`);
  return parts.join("");
}

/** The packed string of a spec. Throws on data that breaks the contract (the pipeline's bug, not the player's). */
export function packSpec(spec: SpecBuilds): string {
  const n = spec.builds.length;
  return [
    PACK_FORMAT,
    decimal(spec.specId, "specId"),
    escapeText(spec.className),
    escapeText(spec.specName),
    spec.builds.map((build, i) => packBuild(build, i === 0 ? undefined : spec.builds[0]!.entries)).join(","),
    packContent(spec.raid.heroic, n),
    packContent(spec.raid.mythic, n),
    packContent(spec.mythicplus, n),
  ].join("|");
}

// -------------------------------------------------------------------------------------------------------- unpack

/** Position of the first `code` in text[pos, end), or end. */
function findChar(text: string, code: number, pos: number, end: number): number {
  for (let p = pos; p < end; p++) if (text.charCodeAt(p) === code) return p;
  return end;
}

/** A canonical decimal at pos: [value, next], or undefined. */
function readDecimal(text: string, pos: number, end: number): [number, number] | undefined {
  let p = pos;
  let value = 0;
  while (p < end && p - pos < MAX_DIGITS + 1) {
    const c = text.charCodeAt(p);
    if (c < ZERO || c > NINE) break;
    value = value * 10 + (c - ZERO);
    p++;
  }
  const digits = p - pos;
  if (digits === 0 || digits > MAX_DIGITS) return undefined;
  if (digits > 1 && text.charCodeAt(pos) === ZERO) return undefined;
  return [value, p];
}

/** Escaped text up to the next unescaped "|" (or end): [text, position of that "|"], or undefined. */
function readText(text: string, pos: number, end: number): [string, number] | undefined {
  const parts: string[] = [];
  let runStart = pos;
  let p = pos;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c === BAR) break;
    if (c === BACKSLASH) {
      if (p + 1 >= end) return undefined;
      const next = text.charCodeAt(p + 1);
      if (next !== BAR && next !== BACKSLASH) return undefined;
      parts.push(text.substring(runStart, p));
      runStart = p + 1; // the escaped character starts the next run
      p += 2;
      continue;
    }
    p++;
  }
  parts.push(text.substring(runStart, p));
  return [parts.join(""), p];
}

function readBuilds(text: string, pos: number, end: number): BuildDef[] | undefined {
  const builds: BuildDef[] = [];
  if (pos === end) return builds;
  let p = pos;
  for (;;) {
    const stop = findChar(text, COMMA, p, end);
    const dot = findChar(text, DOT, p, stop);
    const entries = builds.length === 0 ? unpackEntries(text, p, dot) : unpackEntriesDiff(text, p, dot, builds[0]!.entries);
    if (entries === undefined) return undefined;
    if (dot < stop) {
      if (dot + 1 === stop) return undefined;
      for (let q = dot + 1; q < stop; q++) if (charValue(text.charCodeAt(q)) === undefined) return undefined;
      builds.push({ entries, talentCode: text.substring(dot + 1, stop) });
    } else {
      if (entries.length === 0) return undefined;
      builds.push({ entries });
    }
    if (stop === end) return builds;
    p = stop + 1;
  }
}

/** A decimal at pos followed by a ":" inside the field: [value, position after the ":"], or undefined. */
function readField(text: string, pos: number, end: number): [number, number] | undefined {
  const value = readDecimal(text, pos, end);
  if (value === undefined || value[1] >= end || text.charCodeAt(value[1]) !== COLON) return undefined;
  return [value[0], value[1] + 1];
}

/** The flex talents after a pick's counts (none is an empty list): [list, next], or undefined when malformed. */
function readFlex(text: string, pos: number, end: number, sampleSize: number): [FlexTalent[], number] | undefined {
  const flex: FlexTalent[] = [];
  if (pos >= end || text.charCodeAt(pos) !== TILDE) return [flex, pos];
  const n = readVarint(text, pos + 1, end);
  if (n === undefined || n[0] === 0) return undefined;
  let p = n[1];
  let previous = 0;
  for (let i = 0; i < n[0]; i++) {
    const gap = readVarint(text, p, end);
    if (gap === undefined) return undefined;
    const entryId = previous + gap[0] + 1;
    if (entryId > MAX_ENTRY_ID) return undefined;
    const taken = readVarint(text, gap[1], end);
    if (taken === undefined || taken[0] > sampleSize) return undefined;
    flex.push({ entryId, taken: taken[0] });
    previous = entryId;
    p = taken[1];
  }
  return [flex, p];
}

function readPick(text: string, pos: number, end: number, builds: number): [Pick, number] | undefined {
  const build = readField(text, pos, end);
  if (build === undefined || build[0] >= builds) return undefined;
  const count = readField(text, build[1], end);
  if (count === undefined) return undefined;
  const near = readField(text, count[1], end);
  if (near === undefined) return undefined;
  const sampleSize = readField(text, near[1], end);
  if (sampleSize === undefined || count[0] > near[0] || near[0] > sampleSize[0]) return undefined;
  const players = readDecimal(text, sampleSize[1], end);
  if (players === undefined || players[0] > sampleSize[0]) return undefined;
  const flex = readFlex(text, players[1], end, sampleSize[0]);
  if (flex === undefined) return undefined;
  const pick = { build: build[0], count: count[0], near: near[0], sampleSize: sampleSize[0], players: players[0] };
  return [flex[0].length === 0 ? pick : { ...pick, flex: flex[0] }, flex[1]];
}

function readSlot(text: string, pos: number, end: number, builds: number): [Slot, number] | undefined {
  const top = readPick(text, pos, end, builds);
  if (top === undefined) return undefined;
  if (top[1] < end && text.charCodeAt(top[1]) === PLUS) {
    const alternative = readPick(text, top[1] + 1, end, builds);
    if (alternative === undefined) return undefined;
    return [{ top: top[0], alternative: alternative[0] }, alternative[1]];
  }
  return [{ top: top[0] }, top[1]];
}

/**
 * text[pos, end) as a content: `{}` for an empty field, `{ content }` otherwise, undefined when malformed.
 * Wrapped because in Lua null and undefined are both nil: "absent" and "malformed" must not share a value.
 */
function readContent(text: string, pos: number, end: number, builds: number): { readonly content?: ContentBuilds } | undefined {
  if (pos === end) return {};
  let general: Slot | null = null;
  let p = pos;
  if (text.charCodeAt(p) === DASH) {
    p++;
  } else {
    const slot = readSlot(text, p, end, builds);
    if (slot === undefined) return undefined;
    general = slot[0];
    p = slot[1];
  }
  const encounters: { [encounterId: string]: Slot } = {};
  let previous = -1;
  while (p < end) {
    if (text.charCodeAt(p) !== SEMICOLON) return undefined;
    const id = readDecimal(text, p + 1, end);
    if (id === undefined || id[0] <= previous || id[1] >= end || text.charCodeAt(id[1]) !== EQUALS) return undefined;
    const slot = readSlot(text, id[1] + 1, end, builds);
    if (slot === undefined) return undefined;
    encounters[text.substring(p + 1, id[1])] = slot[0];
    previous = id[0];
    p = slot[1];
  }
  return { content: { general, encounters } };
}

/** The spec a packed string holds, or undefined when the string is not one packSpec could have written. */
export function unpackSpec(packed: unknown): SpecBuilds | undefined {
  if (typeof packed !== "string") return undefined;
  const text = packed;
  const end = text.length;
  if (end < 2 || text.substring(0, 2) !== `${PACK_FORMAT}|`) return undefined;
  const specId = readDecimal(text, 2, end);
  if (specId === undefined || specId[1] >= end || text.charCodeAt(specId[1]) !== BAR) return undefined;
  const className = readText(text, specId[1] + 1, end);
  if (className === undefined || className[1] >= end) return undefined;
  const specName = readText(text, className[1] + 1, end);
  if (specName === undefined || specName[1] >= end) return undefined;
  const buildsStart = specName[1] + 1;
  const buildsEnd = findChar(text, BAR, buildsStart, end);
  if (buildsEnd >= end) return undefined;
  const builds = readBuilds(text, buildsStart, buildsEnd);
  if (builds === undefined) return undefined;
  const heroicEnd = findChar(text, BAR, buildsEnd + 1, end);
  if (heroicEnd >= end) return undefined;
  const mythicEnd = findChar(text, BAR, heroicEnd + 1, end);
  if (mythicEnd >= end) return undefined;
  if (findChar(text, BAR, mythicEnd + 1, end) !== end) return undefined;
  const n = builds.length;
  const heroic = readContent(text, buildsEnd + 1, heroicEnd, n);
  const mythic = readContent(text, heroicEnd + 1, mythicEnd, n);
  const mythicplus = readContent(text, mythicEnd + 1, end, n);
  if (heroic === undefined || mythic === undefined || mythicplus === undefined) return undefined;
  const raid: { heroic?: ContentBuilds; mythic?: ContentBuilds } = {};
  if (heroic.content !== undefined) raid.heroic = heroic.content;
  if (mythic.content !== undefined) raid.mythic = mythic.content;
  return { specId: specId[0], className: className[0], specName: specName[0], builds, raid, mythicplus: mythicplus.content ?? null };
}
