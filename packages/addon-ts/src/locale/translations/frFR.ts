/**
 * frFR: the addon's own texts in this language. Empty keys show in English (locale/enUS.ts); the keys Blizzard's
 * global strings already cover come translated from the client (locale/blizzard.ts). To translate: add
 * "PATH": "text" lines, PATH as in enUS.ts ("MSG_APPLIED", "REASON.matching", "HELP.2"), keeping every {1}, {2}...
 * of the English text (a text whose placeholders differ is ignored); or use the CurseForge localization tool, whose
 * export the packager writes into Locales.lua (README, "Translations").
 */
import type { Translation } from "../translation";

export const frFR: Translation = {};
