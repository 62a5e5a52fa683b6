/**
 * The loadout string alphabet: base64 letters carrying 6 bits each, with no byte framing and no padding `=`.
 * Lookup goes through character codes so the same code works on JS strings and Lua byte strings.
 */
export const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

const VALUE_BY_CODE: { [charCode: number]: number } = {};
/** Characters by value, so encoding indexes an array instead of slicing the alphabet per character. */
const CHAR_BY_VALUE: string[] = [];
for (let i = 0; i < ALPHABET.length; i++) {
  VALUE_BY_CODE[ALPHABET.charCodeAt(i)] = i;
  CHAR_BY_VALUE.push(ALPHABET.charAt(i));
}

/** 6-bit value of the character code, or undefined when it is not in the alphabet. */
export function charValue(charCode: number): number | undefined {
  return VALUE_BY_CODE[charCode];
}

/** The character for a 6-bit value (0..63). */
export function charFor(value: number): string {
  return CHAR_BY_VALUE[value]!;
}
