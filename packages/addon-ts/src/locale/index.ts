import { BLIZZARD_STRINGS } from "./blizzard";
import { enUS } from "./enUS";
import type { LocaleStrings } from "./strings";
import { translate, type Translation } from "./translation";
import { deDE } from "./translations/deDE";
import { esES } from "./translations/esES";
import { esMX } from "./translations/esMX";
import { frFR } from "./translations/frFR";
import { itIT } from "./translations/itIT";
import { koKR } from "./translations/koKR";
import { ptBR } from "./translations/ptBR";
import { ruRU } from "./translations/ruRU";
import { zhCN } from "./translations/zhCN";
import { zhTW } from "./translations/zhTW";

export type { LocaleStrings } from "./strings";
export type { Translation } from "./translation";

/** The client languages besides English (GetLocale(); enGB clients report enUS). */
export const CLIENT_LOCALES = ["deDE", "esES", "esMX", "frFR", "itIT", "koKR", "ptBR", "ruRU", "zhCN", "zhTW"] as const;

/** Each language's own table; keys it leaves out fall back to Blizzard's string (where one says the same), then English. */
export const TRANSLATIONS: { readonly [locale: string]: Translation } = {
  deDE,
  esES,
  esMX,
  frFR,
  itIT,
  koKR,
  ptBR,
  ruRU,
  zhCN,
  zhTW,
};

/** Blizzard's global strings for our keys, as the client has them (wow/global-strings.ts). */
function blizzardLayer(globalString: (this: void, name: string) => string | undefined): Translation {
  const layer: { [path: string]: string } = {};
  for (const [path, name] of Object.entries(BLIZZARD_STRINGS)) {
    const text = globalString(name);
    if (text !== undefined) layer[path] = text;
  }
  return layer;
}

/**
 * The texts for a client locale: English, then Blizzard's strings for the keys they cover, then the language's own
 * table, then `extra` (the packager's export of the CurseForge translations). English clients and unknown locales
 * get English as it is.
 */
export function localeFor(
  locale: string | undefined,
  globalString: (this: void, name: string) => string | undefined = () => undefined,
  extra: Translation = {},
): LocaleStrings {
  const own = locale === undefined ? undefined : TRANSLATIONS[locale];
  if (own === undefined) return enUS;
  return translate(enUS, [blizzardLayer(globalString), own, extra]).strings;
}
