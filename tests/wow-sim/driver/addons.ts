/**
 * Addons as the client loads them: the .toc's files in order, each called with (addonName, ns) where ns is one
 * table per addon, then its SavedVariables text, then ADDON_LOADED(name). An addon is the built one from dist/
 * (the default) or a test addon given as strings.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ADDON_NAME, DATA_FILE, parseToc } from "../../../build/addon-manifest";
import { DIST_ADDON_DIR } from "../../harness/addon-loader";
import type { LuaRuntime } from "../../harness/runtime";
import { toLua } from "./lua-literal";

export interface InlineAddon {
  readonly name: string;
  /** The .toc text (## fields and file names). */
  readonly toc: string;
  /** File name -> Lua source. */
  readonly files: Readonly<Record<string, string>>;
}

export interface ParsedAddon {
  readonly name: string;
  readonly metadata: Readonly<Record<string, string>>;
  readonly files: readonly string[];
  readonly read: (file: string) => string;
  readonly savedVariables: readonly string[];
  readonly savedVariablesPerCharacter: readonly string[];
}

function listField(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function parsed(name: string, tocText: string, read: (file: string) => string): ParsedAddon {
  const toc = parseToc(tocText);
  return {
    name,
    metadata: toc.metadata,
    files: toc.files,
    read,
    savedVariables: listField(toc.metadata.SavedVariables),
    savedVariablesPerCharacter: listField(toc.metadata.SavedVariablesPerCharacter),
  };
}

/** The built addon from a directory (dist/AzerothsTopTalent by default), optionally with test data in place of TalentData.lua. */
export function addonFromDir(dir = DIST_ADDON_DIR, dataLua?: string): ParsedAddon {
  const toc = readFileSync(join(dir, `${ADDON_NAME}.toc`), "utf8");
  return parsed(ADDON_NAME, toc, (file) => (file === DATA_FILE && dataLua !== undefined ? dataLua : readFileSync(join(dir, file), "utf8")));
}

export function inlineAddon(addon: InlineAddon): ParsedAddon {
  return parsed(addon.name, addon.toc, (file) => {
    const source = addon.files[file];
    if (source === undefined) throw new Error(`test addon ${addon.name}: its .toc lists ${file}, which was not given`);
    return source;
  });
}

/** The global holding an addon's namespace table; the first addon's is __addon_ns, as the harness helpers expect. */
export function namespaceGlobal(position: number): string {
  return position === 0 ? "__addon_ns" : `__addon_ns_${position + 1}`;
}

/**
 * Runs the addon's files and SavedVariables in the state, then fires ADDON_LOADED. A file that fails to load is
 * a Lua error the client reports; loading goes on with the next file.
 */
export function loadAddonInto(runtime: LuaRuntime, addon: ParsedAddon, position: number, savedText: readonly string[]): void {
  const ns = namespaceGlobal(position);
  runtime.run(`${ns} = {}`);
  const fields = Object.fromEntries(Object.entries(addon.metadata));
  runtime.run(`WowSim.control.setAddonMetadata(${toLua(addon.name)}, ${toLua(fields)})`);
  for (const file of addon.files) {
    try {
      runtime.callChunk(addon.read(file), `@Interface/AddOns/${addon.name}/${file}`, [addon.name], [ns]);
    } catch (error) {
      runtime.run(`WowSim.control.recordError(${toLua(String((error as Error).message))}, ${toLua(`loading ${addon.name}/${file}`)})`);
    }
  }
  for (const text of savedText) runtime.run(text, `@WTF/SavedVariables/${addon.name}.lua`);
  runtime.run(`WowSim.control.addonLoaded(${toLua(addon.name)})`);
}
