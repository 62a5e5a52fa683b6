/**
 * LSB-first 6-bit stream reader and writer (see shared/reference/loadout-string.md §1).
 * Arithmetic only: Lua 5.1 has no bitwise operators, and every field is at most 16 bits wide,
 * so Math.floor and % are exact in JS doubles, Lua 5.1 doubles and fengari's 32-bit integers alike.
 */
const POW2: number[] = [];
for (let i = 0, p = 1; i <= 16; i++, p = p * 2) {
  POW2.push(p);
}

/**
 * Reads fields from the stream. The characters are expanded to single bits once: reading is then plain array
 * indexing, which matters in the game's Lua where every arithmetic step is interpreted.
 * No getters or setters here: TSTL implements them with a metatable __index function that slows every lookup.
 */
export class BitReader {
  private pos = 0;
  private readonly bits: number[] = [];
  readonly totalBits: number;

  constructor(values: readonly number[]) {
    const bits = this.bits;
    for (const value of values) {
      let rest = value;
      for (let i = 0; i < 6; i++) {
        const bit = rest % 2;
        bits.push(bit);
        rest = (rest - bit) / 2;
      }
    }
    this.totalBits = bits.length;
  }

  remaining(): number {
    return this.totalBits - this.pos;
  }

  /** Reads a field of `width` bits (<= 16), least significant first; undefined when fewer bits are left. */
  read(width: number): number | undefined {
    const start = this.pos;
    if (start + width > this.totalBits) return undefined;
    const bits = this.bits;
    let value = 0;
    for (let i = width - 1; i >= 0; i--) {
      value = value * 2 + bits[start + i]!;
    }
    this.pos = start + width;
    return value;
  }
}

export class BitWriter {
  private readonly values: number[] = [];
  private current = 0;
  private pos = 0;

  /** Appends the low `width` bits (<= 16) of a non-negative integer `value`. */
  write(value: number, width: number): void {
    let rest = value;
    let left = width;
    while (left > 0) {
      const offset = this.pos % 6;
      const take = Math.min(6 - offset, left);
      const chunk = rest % POW2[take]!;
      this.current += chunk * POW2[offset]!;
      rest = Math.floor(rest / POW2[take]!);
      left -= take;
      this.pos += take;
      if (this.pos % 6 === 0) {
        this.values.push(this.current);
        this.current = 0;
      }
    }
  }

  /** The 6-bit values, the last partial character flushed with zero high bits. */
  finish(): number[] {
    const out = [...this.values];
    if (this.pos % 6 !== 0) out.push(this.current);
    return out;
  }
}
