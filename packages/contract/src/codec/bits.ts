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

/** Appends the low `width` bits of a non-negative integer; returns the new length. */
export function writeField(bits: number[], length: number, value: number, width: number): number {
  let rest = value;
  let n = length;
  for (let i = 0; i < width; i++) {
    const bit = rest % 2;
    bits[n] = bit;
    n++;
    rest = (rest - bit) / 2;
  }
  return n;
}

/**
 * Packs bits into 6-bit character values; the last partial character gets zero high bits. Positions never
 * written count as 0, so writers can skip runs of unselected nodes by advancing their length.
 */
export function packBits(bits: readonly (number | undefined)[], length: number): number[] {
  const values: number[] = [];
  for (let start = 0; start < length; start += 6) {
    let value = 0;
    const end = Math.min(start + 6, length);
    for (let i = end - 1; i >= start; i--) value = value * 2 + (bits[i] ?? 0);
    values.push(value);
  }
  return values;
}
