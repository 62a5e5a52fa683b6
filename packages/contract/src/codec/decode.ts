import { charValue } from "./alphabet";
import { expandBits, readField } from "./bits";
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
      return fail(
        "bad-character",
        `invalid character '${code.charAt(i)}' at position ${i + 1}: a loadout string uses only A-Z a-z 0-9 + /`,
      );
    }
    values.push(value);
  }
  return ok(values);
}

/**
 * Reads the selected record that starts at `pos` (whose first bit is 1). Returns the record and where the next
 * one starts, or undefined when the string ends inside it.
 */
function readSelected(
  bits: readonly number[],
  total: number,
  pos: number,
  version: number,
  index: number,
): [NodeRecord, number] | undefined {
  let p = pos + 1;
  if (version >= 2) {
    if (p >= total) return undefined;
    // A selected node that is not purchased is granted: the game assumes one free rank and no more bits follow.
    if (bits[p] === 0) return [{ index, purchased: false }, p + 1];
    p++;
  }
  if (p >= total) return undefined;
  let ranks: number | undefined;
  if (bits[p] === 1) {
    if (p + 7 > total) return undefined;
    ranks = readField(bits, p + 1, 6);
    p += 7;
  } else {
    p++;
  }
  if (p >= total) return undefined;
  let choice: number | undefined;
  if (bits[p] === 1) {
    if (p + 3 > total) return undefined;
    choice = readField(bits, p + 1, 2);
    p += 3;
  } else {
    p++;
  }
  return [{ index, purchased: true, ranks, choice }, p];
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
  const bits = expandBits(values.value);
  const total = bits.length;
  if (total < HEADER_BITS) {
    return fail("too-short", `the talent string is ${code.length} characters long; its header alone needs ${Math.ceil(HEADER_BITS / 6)}`);
  }
  const version = readField(bits, 0, 8);
  if (!SUPPORTED_VERSIONS.includes(version)) {
    return fail(
      "unsupported-version",
      `unsupported loadout serialization version ${version} (supported: ${SUPPORTED_VERSIONS.join(", ")})`,
    );
  }
  const specId = readField(bits, 8, 16);
  const treeHash: number[] = [];
  for (let i = 0; i < TREE_HASH_BYTES; i++) treeHash.push(readField(bits, 24 + 8 * i, 8));

  const nodes: NodeRecord[] = [];
  let recordCount = 0;
  let pos = HEADER_BITS;
  while (pos < total) {
    if (bits[pos] === 0) {
      pos++;
    } else {
      const read = readSelected(bits, total, pos, version, recordCount);
      if (read === undefined) {
        return fail("truncated", `the talent string is truncated: it ends inside the record of node ${recordCount + 1}`);
      }
      nodes.push(read[0]);
      pos = read[1];
    }
    recordCount++;
  }
  return ok({ version, specId, treeHash, recordCount, nodes });
}
