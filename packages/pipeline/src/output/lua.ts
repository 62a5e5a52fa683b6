/**
 * The one Lua printer. Everything the pipeline writes as Lua goes through here, so escaping is decided once.
 *
 * - Strings are double-quoted; the bytes that could end or bend the literal (`"`, `\`), every control byte
 *   (< 32) and DEL (127) become three-digit decimal escapes (`\034`). Three digits always, so a following
 *   digit can never be read as part of the escape. No long brackets: `]]` in data is then harmless.
 *   Other bytes (UTF-8 of non-ASCII text) are written raw: Lua strings are byte strings.
 * - Table keys are sorted by code unit (as in the JSON), identifiers written bare, everything else as ["..."].
 * - Numbers use JS's shortest round-trip form, which Lua 5.1 reads back to the same double.
 * - null/undefined fields are omitted: a nil field and an absent one are the same thing in Lua.
 */
const LUA_KEYWORDS = new Set([
  "and",
  "break",
  "do",
  "else",
  "elseif",
  "end",
  "false",
  "for",
  "function",
  "goto",
  "if",
  "in",
  "local",
  "nil",
  "not",
  "or",
  "repeat",
  "return",
  "then",
  "true",
  "until",
  "while",
]);

export function luaString(value: string): string {
  const bytes = Buffer.from(value, "utf8");
  let out = '"';
  let runStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 32 || byte === 127 || byte === 34 || byte === 92) {
      out += bytes.subarray(runStart, i).toString("utf8");
      out += "\\" + String(byte).padStart(3, "0");
      runStart = i + 1;
    }
  }
  // Runs never split a multi-byte sequence: every escaped byte is ASCII.
  out += bytes.subarray(runStart).toString("utf8");
  return out + '"';
}

export function luaNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot print ${value} as a Lua number`);
  if (Object.is(value, -0)) return "0";
  return String(value);
}

function luaKey(key: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) && !LUA_KEYWORDS.has(key)) return key;
  return `[${luaString(key)}]`;
}

/** Prints a JSON-like value as a Lua expression, tab-indented, one field per line. */
export function luaValue(value: unknown, depth = 0): string {
  if (typeof value === "string") return luaString(value);
  if (typeof value === "number") return luaNumber(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value === null || value === undefined) return "nil";
  const inner = "\t".repeat(depth + 1);
  const close = "\t".repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return "{}";
    const lines = value.map((item) => `${inner}${luaValue(item, depth + 1)},`);
    return `{\n${lines.join("\n")}\n${close}}`;
  }
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== null && record[key] !== undefined)
      .sort();
    if (keys.length === 0) return "{}";
    const lines = keys.map((key) => `${inner}${luaKey(key)} = ${luaValue(record[key], depth + 1)},`);
    return `{\n${lines.join("\n")}\n${close}}`;
  }
  throw new Error(`cannot print a ${typeof value} as Lua`);
}

/** The addon data file: the addon's files receive (addonName, ns) as varargs and read ns.TalentData. */
export function talentDataLua(data: unknown): string {
  return `local _, ns = ...\nns.TalentData = ${luaValue(data)}\n`;
}
