/** Calls the codec compiled into the built addon (reached through the addon namespace) from a test. */
import type { LuaRuntime } from "./runtime";

const luaString = (value: string): string =>
  JSON.stringify(value).replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => {
    const code = parseInt(hex, 16);
    return code < 256 ? `\\${String(code).padStart(3, "0")}` : "?";
  });

/** A Lua string literal for an ASCII/UTF-8 JS string (JSON escapes are valid Lua escapes for these). */
export function toLuaLiteral(value: string): string {
  return luaString(value);
}

export function luaDecode(runtime: LuaRuntime, code: string): unknown {
  return runtime.json(`__addon_ns.codec.decodeLoadout(${toLuaLiteral(code)})`);
}

export function luaNormalize(runtime: LuaRuntime, code: string): unknown {
  return runtime.json(`__addon_ns.codec.normalizeCode(${toLuaLiteral(code)})`);
}

/** JSON shapes differ only where Lua cannot tell an empty array from an empty table: map both to null. */
export function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(comparable);
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return null;
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, comparable(v)]));
  }
  return value;
}

/** Decodes and normalises many strings in one Lua call (each call into fengari costs a chunk compile). */
export function luaDecodeMany(runtime: LuaRuntime, codes: readonly string[]): { decoded: unknown; normalized: unknown }[] {
  const list = codes.map(toLuaLiteral).join(",\n");
  const result = runtime.json<{ decoded: unknown; normalized: unknown }[]>(
    `(function(codes) local codec, out = __addon_ns.codec, {}
      for i, code in ipairs(codes) do out[i] = { decoded = codec.decodeLoadout(code), normalized = codec.normalizeCode(code) } end
      return out end)({${list}})`,
  );
  return result;
}
