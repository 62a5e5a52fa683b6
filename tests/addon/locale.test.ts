/**
 * The locale tables: for each of the client's ten other languages every English key resolves to a text with the
 * same {n} placeholders, each language's own table names only English keys with matching placeholders, and a
 * translation that changes the placeholders is ignored (English stays). Blizzard's global strings fill the keys
 * locale/blizzard.ts maps.
 */
import { describe, expect, it } from "vitest";
import { BLIZZARD_STRINGS } from "../../packages/addon-ts/src/locale/blizzard";
import { enUS } from "../../packages/addon-ts/src/locale/enUS";
import { CLIENT_LOCALES, localeFor, TRANSLATIONS } from "../../packages/addon-ts/src/locale/index";
import { translate } from "../../packages/addon-ts/src/locale/translation";

/** Test-side: every text by path ("KEY", "TABLE.key", "HELP.1"), written here rather than taken from the addon. */
function paths(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") {
    out.set(prefix, value);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => paths(v, `${prefix}.${i + 1}`).forEach((t, p) => out.set(p, t)));
  } else if (typeof value === "object" && value !== null) {
    for (const [key, v] of Object.entries(value)) paths(v, prefix === "" ? key : `${prefix}.${key}`).forEach((t, p) => out.set(p, t));
  }
  return out;
}
const args = (text: string): string => [...new Set(text.match(/\{\d{1,2}\}/g) ?? [])].sort().join("");
const ENGLISH = paths(enUS);

describe("locales", () => {
  it("covers the client's ten other languages", () => {
    expect([...CLIENT_LOCALES].sort()).toEqual(["deDE", "esES", "esMX", "frFR", "itIT", "koKR", "ptBR", "ruRU", "zhCN", "zhTW"]);
    expect(Object.keys(TRANSLATIONS).sort()).toEqual([...CLIENT_LOCALES].sort());
  });

  it.each(CLIENT_LOCALES)("%s: every key resolves to a non-empty text with the English placeholders", (locale) => {
    const strings = paths(localeFor(locale, (name) => `${name}@${locale}`));
    expect([...strings.keys()].sort()).toEqual([...ENGLISH.keys()].sort());
    for (const [path, text] of strings) {
      expect(text, path).not.toBe("");
      expect(args(text), path).toBe(args(ENGLISH.get(path)!));
    }
    // The keys Blizzard's strings cover come from the client.
    for (const [path, name] of Object.entries(BLIZZARD_STRINGS)) expect(strings.get(path), path).toBe(`${name}@${locale}`);
  });

  it.each(CLIENT_LOCALES)("%s: its own table names only English keys, with their placeholders", (locale) => {
    for (const [path, text] of Object.entries(TRANSLATIONS[locale]!)) {
      expect(ENGLISH.has(path), path).toBe(true);
      expect(args(text!), path).toBe(args(ENGLISH.get(path)!));
    }
  });

  it("Blizzard's strings stand only for placeholder-free English texts", () => {
    for (const path of Object.keys(BLIZZARD_STRINGS)) expect(args(ENGLISH.get(path) ?? "{missing}"), path).toBe("");
  });

  it("a translation is applied by path; one with other placeholders, or an unknown key, is skipped", () => {
    const { strings, skipped } = translate(enUS, [
      {
        MSG_APPLIED: "{1} angewendet.",
        "REASON.matching": "passt schon: {1}",
        "HELP.2": "/att check - jetzt prüfen",
        MSG_APPLY_FAILED: "Fehler: {1}",
        NO_SUCH_KEY: "x",
      },
    ]);
    expect(strings.MSG_APPLIED).toBe("{1} angewendet.");
    expect(strings.REASON.matching).toBe("passt schon: {1}");
    expect(strings.HELP[1]).toBe("/att check - jetzt prüfen");
    expect(strings.MSG_APPLY_FAILED).toBe(enUS.MSG_APPLY_FAILED);
    expect(skipped.sort()).toEqual(["MSG_APPLY_FAILED", "NO_SUCH_KEY"]);
    // English itself is untouched.
    expect(enUS.MSG_APPLIED).toBe("{1} applied.");
  });

  it("English and unknown locales get the English table as it is", () => {
    expect(localeFor("enUS", (name) => `${name}!`)).toBe(enUS);
    expect(localeFor("xxXX")).toBe(enUS);
  });
});
