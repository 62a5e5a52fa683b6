import { charValue } from "./alphabet";
import { BitReader } from "./bits";
import { fail, ok, type Result } from "./errors";
import { HEADER_BITS, MAX_CODE_LENGTH, SUPPORTED_VERSIONS, TREE_HASH_BYTES, type Loadout, type NodeRecord } from "./loadout";

/** ASCII whitespace only, so JS and Lua (whose %s is ASCII) trim the same bytes. */
function isSpace(charCode: number): boolean {
  return charCode === 32 || (charCode >= 9 && charCode <= 13);
}

/** Removes leading and trailing ASCII whitespace, as players often paste strings with a stray space or newline. */
export function trimCode(code: string): string {
  let start = 0;
  let end = code.length;
  while (start < end && isSpace(code.charCodeAt(start))) start++;
  while (end > start && isSpace(code.charCodeAt(end - 1))) end--;
  return code.substring(start, end);
}

/** Decodes the 6-bit character values, or says which character is not part of a loadout string. */
function toValues(code: string): Result<number[]> {
  const values: number[] = [];
  for (let i = 0; i < code.length; i++) {
    const value = charValue(code.charCodeAt(i));
    if (value === undefined) {
      return fail("bad-character", `invalid character '${code.charAt(i)}' at position ${i + 1}: a loadout string uses only A-Z a-z 0-9 + /`);
    }
    values.push(value);
  }
  return ok(values);
}

/** Reads one node record; undefined when the string ends inside it. */
function readRecord(reader: BitReader, version: number, index: number): NodeRecord | "unselected" | undefined {
  const selected = reader.read(1);
  if (selected === undefined) return undefined;
  if (selected === 0) return "unselected";
  let purchased = true;
  if (version >= 2) {
    const purchasedBit = reader.read(1);
    if (purchasedBit === undefined) return undefined;
    // A selected node that is not purchased is granted: the game assumes one free rank and no more bits follow.
    if (purchasedBit === 0) return { index, purchased: false };
  }
  const partial = reader.read(1);
  if (partial === undefined) return undefined;
  let ranks: number | undefined;
  if (partial === 1) {
    ranks = reader.read(6);
    if (ranks === undefined) return undefined;
  }
  const isChoice = reader.read(1);
  if (isChoice === undefined) return undefined;
  let choice: number | undefined;
  if (isChoice === 1) {
    choice = reader.read(2);
    if (choice === undefined) return undefined;
  }
  return { index, purchased, ranks, choice };
}

/**
 * Decodes a loadout string into its header and selected node records.
 * Reads records until the string ends (the game does the same: it stops at the tree's last node and treats
 * a short string's missing nodes as unselected), so padding bits become trailing unselected records.
 */
export function decodeLoadout(input: string): Result<Loadout> {
  const code = trimCode(input);
  if (code.length === 0) return fail("empty", "the talent string is empty");
  if (code.length > MAX_CODE_LENGTH) {
    return fail("too-long", `the talent string is ${code.length} characters long; a loadout string has at most ${MAX_CODE_LENGTH}`);
  }
  const values = toValues(code);
  if (!values.ok) return values;
  const reader = new BitReader(values.value);
  if (reader.totalBits < HEADER_BITS) {
    return fail("too-short", `the talent string is ${code.length} characters long; its header alone needs ${Math.ceil(HEADER_BITS / 6)}`);
  }
  const version = reader.read(8)!;
  if (!SUPPORTED_VERSIONS.includes(version)) {
    return fail("unsupported-version", `unsupported loadout serialization version ${version} (supported: ${SUPPORTED_VERSIONS.join(", ")})`);
  }
  const specId = reader.read(16)!;
  const treeHash: number[] = [];
  for (let i = 0; i < TREE_HASH_BYTES; i++) treeHash.push(reader.read(8)!);

  const nodes: NodeRecord[] = [];
  let recordCount = 0;
  while (reader.remaining() > 0) {
    const record = readRecord(reader, version, recordCount);
    if (record === undefined) {
      return fail("truncated", `the talent string is truncated: it ends inside the record of node ${recordCount + 1}`);
    }
    if (record !== "unselected") nodes.push(record);
    recordCount++;
  }
  return ok({ version, specId, treeHash, recordCount, nodes });
}
