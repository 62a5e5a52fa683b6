import { enUS } from "./enUS";
import type { LocaleStrings } from "./strings";

export type { LocaleStrings } from "./strings";

/**
 * Translations by client locale (GetLocale()). Each may be partial: missing keys fall back to enUS, so a new
 * string never shows up blank in a language that has not caught up yet.
 */
const TRANSLATIONS: { readonly [locale: string]: Partial<LocaleStrings> } = {};

export function localeFor(locale: string | undefined): LocaleStrings {
  const translation = locale === undefined ? undefined : TRANSLATIONS[locale];
  if (translation === undefined) return enUS;
  return { ...enUS, ...translation };
}
