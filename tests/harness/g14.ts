/**
 * C's printf("%.14g"), which Lua 5.1 uses for tostring(number). fengari formats through JS and prints
 * 10/2 as "5.0" and 2^53 as "9007199254741000.0", so the fengari harness prints numbers with this instead.
 * glibc prints NaN as "-nan" or "nan" by sign; JS cannot see a NaN's sign, and 0/0 (the usual source) is "-nan".
 */
export function formatG14(value: number): string {
  if (Number.isNaN(value)) return "-nan";
  if (value === Infinity) return "inf";
  if (value === -Infinity) return "-inf";
  if (value === 0) return Object.is(value, -0) ? "-0" : "0";
  const [mantissa, exponentText] = value.toExponential(13).split("e") as [string, string];
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 14) {
    const trimmed = mantissa.includes(".") ? mantissa.replace(/0+$/, "").replace(/\.$/, "") : mantissa;
    const sign = exponent < 0 ? "-" : "+";
    return `${trimmed}e${sign}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  const fixed = value.toFixed(Math.max(0, 13 - exponent));
  return fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
}
