/**
 * A few of Blizzard's global strings (the client defines thousands, in its own language). English: their usual
 * English texts (the client's GlobalStrings file is not in the public interface code snapshot, so these values
 * are unverified). Any other locale: a synthetic marker, "NAME (xxXX)", standing in for the client's translation,
 * so a test can see which texts an addon takes from the client rather than from its own tables.
 */
import { setGlobal } from "./globals";

const ENGLISH: { readonly [name: string]: string } = {
  APPLY: "Apply",
  CANCEL: "Cancel",
  RAID: "Raid",
  TALENTS: "Talents",
  PLAYER_DIFFICULTY1: "Normal",
  PLAYER_DIFFICULTY2: "Heroic",
  PLAYER_DIFFICULTY6: "Mythic",
  PLAYER_DIFFICULTY_MYTHIC_PLUS: "Mythic+",
};

export function installGlobalStrings(locale: string): void {
  for (const [name, text] of Object.entries(ENGLISH)) setGlobal(name, locale === "enUS" ? text : `${name} (${locale})`);
}
