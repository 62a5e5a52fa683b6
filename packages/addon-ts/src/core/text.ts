/**
 * Small text helpers shared by the core and the edges. Written with indexOf/slice only: they run unchanged in
 * Node tests and compiled to Lua (no regular expressions, no string.format).
 */

/** The next "{...}" in text: its braces' positions and, when it holds a placeholder number (1-2 digits), that number. */
export function nextBraces(text: string): { open: number; close: number; index: number | undefined } | undefined {
  const open = text.indexOf("{");
  if (open < 0) return undefined;
  const close = text.indexOf("}", open);
  if (close < 0) return undefined;
  return { open, close, index: smallNumber(text.slice(open + 1, close)) };
}

/** Replaces {1}, {2}, ... with the arguments; unknown placeholders stay as they are. */
export function fill(template: string, args: readonly (string | number)[]): string {
  let out = "";
  let rest = template;
  for (;;) {
    const braces = nextBraces(rest);
    if (braces === undefined) break;
    const { open, close, index } = braces;
    const value = index === undefined ? undefined : args[index - 1];
    out += rest.slice(0, open) + (value === undefined ? rest.slice(open, close + 1) : `${value}`);
    rest = rest.slice(close + 1);
  }
  return out + rest;
}

/** A number of one or two digits ("7", "12"), as placeholders and list positions are written; else undefined. */
export function smallNumber(text: string): number | undefined {
  if (text.length === 0 || text.length > 2) return undefined;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = "0123456789".indexOf(text.charAt(i));
    if (digit < 0) return undefined;
    n = n * 10 + digit;
  }
  return n;
}

/** 0.4166 -> 42 (whole percent, rounded half up). */
export function wholePercent(fraction: number): number {
  return Math.floor(fraction * 100 + 0.5);
}

/** Joins non-empty parts with a separator. */
export function joinNonEmpty(parts: readonly string[], separator: string): string {
  let out = "";
  for (const part of parts) {
    if (part.length === 0) continue;
    out = out.length === 0 ? part : out + separator + part;
  }
  return out;
}
