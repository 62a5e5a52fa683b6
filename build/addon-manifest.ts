/**
 * The one source of the addon's .toc: metadata and the files in load order.
 * WoW loads the listed files in order and calls each with (addonName, namespace table).
 */
export const ADDON_NAME = "AzerothsTopTalent";

/** Retail interface numbers: 12.0.7 (live) and 12.1.0; a comma list lets one file serve both. */
export const INTERFACE_VERSIONS = [120007, 120100];

export const DATA_FILE = "TalentData.lua";
export const CODE_FILE = `${ADDON_NAME}.lua`;

/** Data first: the code reads ns.TalentData when it runs. */
export const LOAD_ORDER = [DATA_FILE, CODE_FILE];

export interface TocOptions {
  readonly version: string;
}

export function renderToc({ version }: TocOptions): string {
  const lines = [
    `## Interface: ${INTERFACE_VERSIONS.join(", ")}`,
    `## Title: Azeroth's Top Talent`,
    `## Notes: Offers the talent build top players use for each raid boss and Mythic+ dungeon, and applies it in place.`,
    `## Author: AzerothsTopTalent contributors`,
    `## Version: ${version}`,
    `## IconTexture: Interface\\Icons\\INV_Misc_Book_11`,
    `## Category: Combat`,
    `## Category-enUS: Combat`,
    `## SavedVariables: AzerothsTopTalentDB`,
    `## SavedVariablesPerCharacter: AzerothsTopTalentCharDB`,
    "",
    ...LOAD_ORDER,
    "",
  ];
  return lines.join("\n");
}

/** Parses a .toc into its metadata and file list (used by the test harness to load the addon as the client does). */
export function parseToc(text: string): { readonly metadata: Readonly<Record<string, string>>; readonly files: readonly string[] } {
  const metadata: Record<string, string> = {};
  const files: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "") continue;
    const meta = /^##\s*([^:]+):\s*(.*)$/.exec(line);
    if (meta) {
      metadata[meta[1]!.trim()] = meta[2]!.trim();
    } else if (!line.startsWith("#")) {
      files.push(line.replace(/\\/g, "/"));
    }
  }
  return { metadata, files };
}
