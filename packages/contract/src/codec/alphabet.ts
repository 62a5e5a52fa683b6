/**
 * The loadout string alphabet: base64 letters carrying 6 bits each, with no byte framing and no padding `=`.
 * Lookup goes through character codes so the same code works on JS strings and Lua byte strings.
 */
export const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

const VALUE_BY_CODE: { [charCode: number]: number } = {};
for (let i = 0; i < ALPHABET.length; i++) {
  VALUE_BY_CODE[ALPHABET.charCodeAt(i)] = i;
}

/** 6-bit value of the character code, or undefined when it is not in the alphabet. */
export function charValue(charCode: number): number | undefined {
  return VALUE_BY_CODE[charCode];
}

/** The character for a 6-bit value (0..63). */
export function charFor(value: number): string {
  return ALPHABET.charAt(value);
}
