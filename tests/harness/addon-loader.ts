/**
 * Loads the built addon the way the client does: reads the .toc, runs its files in order, each called with
 * (addonName, ns) where ns is one table shared by all the addon's files. Reports globals the addon created.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ADDON_NAME, COMPARTMENT_FUNCS, DATA_FILE, parseToc } from "../../build/addon-manifest";
import type { LuaRuntime } from "./runtime";

export const DIST_ADDON_DIR = resolve(import.meta.dirname, "../../dist", ADDON_NAME);

/**
 * Globals an addon may legitimately create: its SavedVariables, its slash command, one addon table, the functions
 * its .toc names for the addon compartment, and its prompt window (a named frame, so UISpecialFrames can close it).
 */
export const ALLOWED_ADDON_GLOBALS = [
  "AzerothsTopTalentDB",
  "AzerothsTopTalentCharDB",
  "SLASH_ATT1",
  "SLASH_ATT2",
  ADDON_NAME,
  ...Object.values(COMPARTMENT_FUNCS),
  `${ADDON_NAME}PromptFrame`,
];

export interface LoadOptions {
  readonly addonDir?: string;
  /** Replaces the shipped TalentData.lua (tests load data the pipeline produced for them). */
  readonly dataLua?: string;
}

export interface LoadedAddon {
  readonly metadata: Readonly<Record<string, string>>;
  readonly files: readonly string[];
  /** Globals that appeared while the addon's files ran. */
  readonly newGlobals: readonly string[];
}

export function loadAddon(runtime: LuaRuntime, options: LoadOptions = {}): LoadedAddon {
  const dir = options.addonDir ?? DIST_ADDON_DIR;
  const toc = parseToc(readFileSync(join(dir, `${ADDON_NAME}.toc`), "utf8"));
  runtime.run("__addon_ns = {}; __globals_before = {}; for k in pairs(_G) do __globals_before[k] = true end");
  for (const file of toc.files) {
    const source = file === DATA_FILE && options.dataLua !== undefined ? options.dataLua : readFileSync(join(dir, file), "utf8");
    runtime.callChunk(source, `@${ADDON_NAME}/${file}`, [ADDON_NAME], ["__addon_ns"]);
  }
  const newGlobals = runtime.json<string[] | Record<string, never>>(
    "(function() local t = {} for k in pairs(_G) do if not __globals_before[k] and k ~= '__globals_before' then t[#t+1] = tostring(k) end end table.sort(t) return t end)()",
  );
  return { metadata: toc.metadata, files: toc.files, newGlobals: Array.isArray(newGlobals) ? newGlobals : [] };
}
