/**
 * LSB-first 6-bit stream reader and writer (see shared/reference/loadout-string.md §1).
 * Arithmetic only: Lua 5.1 has no bitwise operators, and every field is at most 16 bits wide,
 * so Math.floor and % are exact in JS doubles, Lua 5.1 doubles and fengari's 32-bit integers alike.
 */
const POW2: number[] = [];
for (let i = 0, p = 1; i <= 16; i++, p = p * 2) {
  POW2.push(p);
}

export class BitReader {
  private pos = 0;
  readonly totalBits: number;

  constructor(private readonly values: readonly number[]) {
    this.totalBits = values.length * 6;
  }

  get position(): number {
    return this.pos;
  }

  remaining(): number {
    return this.totalBits - this.pos;
  }

  /** Reads a field of `width` bits (<= 16); undefined when the stream has fewer bits left. */
  read(width: number): number | undefined {
    if (this.pos + width > this.totalBits) return undefined;
    let value = 0;
    let shift = 0;
    let left = width;
    while (left > 0) {
      const charIndex = Math.floor(this.pos / 6);
      const offset = this.pos % 6;
      const take = Math.min(6 - offset, left);
      const chunk = Math.floor((this.values[charIndex] ?? 0) / POW2[offset]!) % POW2[take]!;
      value += chunk * POW2[shift]!;
      shift += take;
      left -= take;
      this.pos += take;
    }
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
