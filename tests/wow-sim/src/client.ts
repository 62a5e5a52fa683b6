/** Small client facts addons read: locale and build. */
import { installGlobalStrings } from "./global-strings";
import { setGlobal } from "./globals";

let locale = "enUS";

export function setLocale(value: string): void {
  locale = value;
  installGlobalStrings(value);
}

const getLocale: typeof GetLocale = () => locale;

export function installClient(): void {
  setGlobal("GetLocale", getLocale);
  installGlobalStrings(locale);
  // version, build, date, interface version (12.0.7 live).
  setGlobal("GetBuildInfo", () => $multi("12.1.0", "66000", "Nov 1 2026", 120100));
}
