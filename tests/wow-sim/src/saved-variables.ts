/**
 * The client's SavedVariables writer: at logout each variable named in the .toc is written as Lua text
 * (`Name = { ["key"] = value, ... }`) and executed again at the next login before ADDON_LOADED. Strings are
 * escaped byte by byte (quotes, backslashes, control characters; UTF-8 passes through), keys are sorted so the
 * text is stable, and values the client cannot save (functions, userdata, secret values) are left out.
 */
import { isSecret, recordSecretAccess } from "./secrets";
import { getGlobal } from "./globals";

const ESCAPES: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

export function quoteString(value: string): string {
  const [escaped] = string.gsub(value, '[%c"\\]', (c: string) => ESCAPES[c] ?? string.format("\\%03d", string.byte(c)));
  return `"${escaped}"`;
}

function formatNumber(value: number): string | undefined {
  if (value !== value || value === math.huge || value === -math.huge) return undefined;
  if (value === Math.floor(value) && Math.abs(value) < 2 ** 53) return string.format("%.0f", value);
  const short = string.format("%.14g", value);
  return tonumber(short) === value ? short : string.format("%.17g", value);
}

function formatKey(key: unknown): string | undefined {
  if (typeof key === "string") return `[${quoteString(key)}]`;
  if (typeof key === "number") {
    const text = formatNumber(key);
    return text === undefined ? undefined : `[${text}]`;
  }
  if (typeof key === "boolean") return `[${tostring(key)}]`;
  return undefined;
}

/** Numbers before strings, each ascending, so the text does not depend on the table's hash order. */
function keyOrder(a: unknown, b: unknown): number {
  const ta = type(a);
  const tb = type(b);
  if (ta !== tb) return ta < tb ? -1 : 1;
  const [x, y] = ta === "number" || ta === "string" ? [a as number, b as number] : [tostring(a), tostring(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function formatValue(value: unknown, indent: string, seen: LuaTable<object, boolean>, path: string): string | undefined {
  if (isSecret(value)) {
    recordSecretAccess(value, `saved in SavedVariables at ${path}`);
    return undefined;
  }
  switch (type(value)) {
    case "string":
      return quoteString(value as string);
    case "number":
      return formatNumber(value as number);
    case "boolean":
      return tostring(value);
    case "table": {
      const tbl = value as LuaTable<AnyNotNil, unknown>;
      if (seen.get(tbl)) error(`SavedVariables: ${path} refers to itself; the client cannot save cycles`);
      seen.set(tbl, true);
      const keys: AnyNotNil[] = [];
      for (const [key] of tbl) keys.push(key);
      keys.sort((a, b) => keyOrder(a, b));
      const inner = `${indent}\t`;
      const lines: string[] = ["{"];
      for (const key of keys) {
        const keyText = formatKey(key);
        const valueText = formatValue(tbl.get(key), inner, seen, `${path}.${tostring(key)}`);
        if (keyText !== undefined && valueText !== undefined) lines.push(`${inner}${keyText} = ${valueText},`);
      }
      lines.push(`${indent}}`);
      seen.delete(tbl);
      return lines.join("\n");
    }
    default:
      return undefined;
  }
}

/** Lua text that recreates one value (a table constructor, a literal, or "nil"). */
export function serializeValue(value: unknown): string {
  return formatValue(value, "", new LuaTable(), "value") ?? "nil";
}

/** The file the client writes for a list of globals, one assignment each. */
export function serializeGlobals(names: readonly string[]): string {
  const parts: string[] = [];
  for (const name of names) parts.push(`${name} = ${serializeValue(getGlobal(name))}\n`);
  return parts.join("");
}
