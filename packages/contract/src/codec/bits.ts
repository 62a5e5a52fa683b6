/**
 * The LSB-first 6-bit stream (see shared/reference/loadout-string.md §1) as a flat array of 0/1 numbers.
 * Plain functions over an array rather than a reader class: in the game's interpreted Lua 5.1 a method call per
 * bit dominated decoding, while indexing an array is cheap, and most records are a single 0 bit.
 * Arithmetic only (Lua 5.1 has no bitwise operators); every field is at most 16 bits wide.
 */

/** The six bits of every character value, least significant first, computed once. */
const PATTERNS: number[][] = [];
for (let value = 0; value < 64; value++) {
  const pattern: number[] = [];
  let rest = value;
  for (let i = 0; i < 6; i++) {
    const bit = rest % 2;
    pattern.push(bit);
    rest = (rest - bit) / 2;
  }
  PATTERNS.push(pattern);
}

/** Expands 6-bit character values into bits, least significant bit of each character first. */
export function expandBits(values: readonly number[]): number[] {
  const bits: number[] = [];
  let n = 0;
  for (const value of values) {
    // Unrolled on purpose: this loop is most of the decoding time in Lua.
    const p = PATTERNS[value]!;
    bits[n] = p[0]!;
    bits[n + 1] = p[1]!;
    bits[n + 2] = p[2]!;
    bits[n + 3] = p[3]!;
    bits[n + 4] = p[4]!;
    bits[n + 5] = p[5]!;
    n += 6;
  }
  return bits;
}

/** Reads `width` bits starting at `pos` as an unsigned integer, least significant first. Caller checks bounds. */
export function readField(bits: readonly number[], pos: number, width: number): number {
  let value = 0;
  for (let i = pos + width - 1; i >= pos; i--) {
    value = value * 2 + bits[i]!;
  }
  return value;
}

const POW2 = [1, 2, 4, 8, 16, 32];

/**
 * Builds character values directly while bits are written: a 1 bit adds its place value to the current
 * character, a run of 0 bits (unselected nodes) only moves the position. A plain record and free functions,
 * because in the game's Lua these run per bit.
 */
export interface CharPacker {
  readonly values: number[];
  count: number;
  current: number;
  /** Bit position inside the current character, 0..5. */
  pos: number;
}

export function newPacker(): CharPacker {
  return { values: [], count: 0, current: 0, pos: 0 };
}

function nextChar(packer: CharPacker): void {
  packer.values[packer.count] = packer.current;
  packer.count++;
  packer.current = 0;
  packer.pos = 0;
}

/** Appends the low `width` bits of a non-negative integer, least significant first. */
export function putField(packer: CharPacker, value: number, width: number): void {
  let rest = value;
  for (let i = 0; i < width; i++) {
    const bit = rest % 2;
    if (bit === 1) packer.current += POW2[packer.pos]!;
    packer.pos++;
    if (packer.pos === 6) nextChar(packer);
    rest = (rest - bit) / 2;
  }
}

/** Appends `count` 0 bits. */
export function putZeros(packer: CharPacker, count: number): void {
  let left = count;
  while (left > 0 && packer.pos !== 0) {
    packer.pos++;
    left--;
    if (packer.pos === 6) nextChar(packer);
  }
  while (left >= 6) {
    nextChar(packer);
    left -= 6;
  }
  packer.pos += left;
}

/** The character values, the last partial character with zero high bits. */
export function finishPacker(packer: CharPacker): number[] {
  if (packer.pos > 0) nextChar(packer);
  return packer.values;
}
