/**
 * A translation is flat: "KEY" or "TABLE.key" (HELP lines as "HELP.1", "HELP.2", ...) -> text, the shape the
 * packager's localization export writes (`T["REASON.disabled"] = "..."`) and a translator can fill line by line.
 * Applying one copies the English table and replaces only texts whose {1}, {2}... placeholders are the English
 * text's: a translation that drops or invents an argument would print the wrong thing, so English stays there.
 */
import { nextBraces, smallNumber } from "../core/text";
import type { LocaleStrings } from "./strings";

export type Translation = { readonly [path: string]: string | undefined };

type Table = { [key: string]: unknown };

/** The sorted placeholder numbers of a template ("{2} of {1}" -> "1,2"), each once. */
export function placeholders(template: string): string {
  const seen: { [n: number]: boolean } = {};
  const found: number[] = [];
  let rest = template;
  for (;;) {
    const braces = nextBraces(rest);
    if (braces === undefined) break;
    if (braces.index !== undefined && seen[braces.index] !== true) {
      seen[braces.index] = true;
      found.push(braces.index);
    }
    rest = rest.slice(braces.close + 1);
  }
  found.sort((a, b) => a - b);
  return found.join(",");
}

function copy(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => copy(item));
  const out: Table = {};
  for (const [key, inner] of Object.entries(value as Table)) out[key] = copy(inner);
  return out;
}

/** Every text of a table by path: "KEY", "TABLE.key", "HELP.1" (1-based list positions). */
export function flatten(strings: LocaleStrings): { [path: string]: string } {
  const out: { [path: string]: string } = {};
  for (const [key, value] of Object.entries(strings as unknown as Table)) {
    if (typeof value === "string") {
      out[key] = value;
    } else if (Array.isArray(value)) {
      (value as string[]).forEach((line, i) => (out[`${key}.${i + 1}`] = line));
    } else if (typeof value === "object" && value !== null) {
      for (const [inner, text] of Object.entries(value as Table)) {
        if (typeof text === "string") out[`${key}.${inner}`] = text;
        else if (typeof text === "object" && text !== null)
          for (const [leaf, t] of Object.entries(text as Table)) if (typeof t === "string") out[`${key}.${inner}.${leaf}`] = t;
      }
    }
  }
  return out;
}

/** Sets one path's text in a (copied) table, where the English table has a text of the same placeholders. */
function setPath(root: Table, english: { [path: string]: string }, path: string, text: string): boolean {
  const base = english[path];
  if (base === undefined || placeholders(base) !== placeholders(text)) return false;
  const parts = path.split(".");
  let table = root;
  for (let i = 0; i < parts.length - 1; i++) table = table[parts[i]!] as Table;
  const last = parts[parts.length - 1]!;
  if (Array.isArray(table)) (table as string[])[(smallNumber(last) ?? 0) - 1] = text;
  else table[last] = text;
  return true;
}

/** English with the layers applied in order (later wins); texts that do not fit are skipped and counted. */
export function translate(english: LocaleStrings, layers: readonly Translation[]): { strings: LocaleStrings; skipped: string[] } {
  const paths = flatten(english);
  const root = copy(english) as Table;
  const skipped: string[] = [];
  for (const layer of layers) {
    for (const [path, text] of Object.entries(layer)) {
      if (typeof text !== "string" || text === "") continue;
      if (!setPath(root, paths, path, text)) skipped.push(path);
    }
  }
  return { strings: root as unknown as LocaleStrings, skipped };
}
