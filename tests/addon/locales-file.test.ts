/**
 * Locales.lua, the file the packager fills with the CurseForge translations: one @localization line per client
 * language in CurseForge's lua_additive_table form (support.curseforge.com article 9000197354, "Localization
 * substitutions"), and, run in real Lua 5.1 the way the client runs it, the substituted lines of the player's
 * language end up in ns.translations (what main.ts hands to localeFor), other languages' lines do not.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_LOCALES } from "../../packages/addon-ts/src/locale/index";
import { createLua51 } from "../harness/lua51";
import type { LuaRuntime } from "../harness/runtime";

const SOURCE = readFileSync(join(import.meta.dirname, "..", "..", "packages", "addon-ts", "locales", "Locales.lua"), "utf8");
const keyword = (locale: string): string =>
  `--@localization(locale="${locale}", format="lua_additive_table", handle-unlocalized="ignore")@`;

let lua: LuaRuntime | undefined;
afterEach(() => {
  lua?.close();
  lua = undefined;
});

/** Runs the file as the client would, for a client language, after the packager replaced two languages' lines. */
async function run(clientLocale: string, substituted: Record<string, string>): Promise<unknown> {
  let source = SOURCE;
  for (const [locale, lines] of Object.entries(substituted)) source = source.replace(keyword(locale), lines);
  lua = await createLua51();
  lua.run(`__ns = {}; GetLocale = function() return ${JSON.stringify(clientLocale)} end`);
  lua.callChunk(source, "@AzerothsTopTalent/Locales.lua", ["AzerothsTopTalent"], ["__ns"]);
  return lua.json("__ns.translations");
}

describe("Locales.lua", () => {
  it("has one substitution line for each of the ten client languages", () => {
    for (const locale of CLIENT_LOCALES) expect(SOURCE.split(keyword(locale)).length - 1, locale).toBe(1);
    expect(SOURCE.match(/@localization\(/g)).toHaveLength(CLIENT_LOCALES.length);
  });

  it("the client language's packaged lines become ns.translations; another language's do not", async () => {
    const packaged = {
      deDE: 'L["MSG_APPLIED"] = "{1} angewendet."\nL["REASON.matching"] = "passt schon: {1}"',
      frFR: 'L["MSG_APPLIED"] = "{1} appliqué."',
    };
    expect(await run("deDE", packaged)).toEqual({ deDE: { MSG_APPLIED: "{1} angewendet.", "REASON.matching": "passt schon: {1}" } });
  });

  it("unsubstituted (a local build), the language gets an empty table", async () => {
    expect(await run("koKR", {})).toEqual({ koKR: {} });
  });
});
