/**
 * JS values as Lua source, for handing test data to the sim (the runtimes take only strings). Strings are written
 * byte by byte: printable ASCII as is, everything else (quotes, control characters, UTF-8 bytes) as \ddd, so the
 * Lua string holds exactly the UTF-8 bytes of the JS string.
 */
export function luaString(value: string): string {
  let out = '"';
  for (const byte of Buffer.from(value, "utf8")) {
    out += byte >= 32 && byte < 127 && byte !== 34 && byte !== 92 ? String.fromCharCode(byte) : `\\${String(byte).padStart(3, "0")}`;
  }
  return `${out}"`;
}

export function toLua(value: unknown): string {
  if (value === undefined || value === null) return "nil";
  switch (typeof value) {
    case "string":
      return luaString(value);
    case "number":
      if (!Number.isFinite(value)) throw new Error(`toLua: ${value} has no Lua literal`);
      return String(value);
    case "boolean":
      return value ? "true" : "false";
    case "object": {
      if (Array.isArray(value)) return `{${value.map(toLua).join(", ")}}`;
      const fields = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `[${luaString(k)}] = ${toLua(v)}`);
      return `{${fields.join(", ")}}`;
    }
    default:
      throw new Error(`toLua: cannot pass a ${typeof value} to Lua`);
  }
}

/** The harness's JSON encodes an empty Lua table as {}; lists come back as arrays only when non-empty. */
export function asList<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}
