/**
 * The one source of the addon's .toc: metadata and the files in load order.
 * WoW loads the listed files in order and calls each with (addonName, namespace table).
 */
export const ADDON_NAME = "AzerothsTopTalent";

/**
 * Retail interface numbers (major*10000 + minor*100 + patch): 12.1.0 (live, Midnight Season 2) and 12.1.5 (PTR); a
 * comma list lets one file serve both. 12.0.x (120007) is dropped: no client runs it once 12.1 is live. The numbers
 * come from public addons' .toc files of Sep-Oct 2026 (one declaring "120100, 120105", others targeting "12.1.0 /
 * 120100"), not from the client itself (unverified in game: check with `/dump select(4, GetBuildInfo())`). Bump per
 * patch (README, "Interface-number bump"): the BigWigs packager reads every value here as a supported game version.
 */
export const INTERFACE_VERSIONS = [120100, 120105];

export const DATA_FILE = "TalentData.lua";
export const CODE_FILE = `${ADDON_NAME}.lua`;
/** The translations the packager fills in from CurseForge (packages/addon-ts/locales/Locales.lua; README "Translations"). */
export const LOCALES_FILE = "Locales.lua";

/** Data and translations first: the code reads ns.TalentData and ns.translations when it runs. */
export const LOAD_ORDER = [DATA_FILE, LOCALES_FILE, CODE_FILE];

/** Shipped next to the Lua in every zip (local and packaged): the licence and the release notes. */
export const DOC_FILES = ["LICENSE", "CHANGELOG.md"];

/**
 * Global functions the minimap's addon compartment calls (Blizzard_Minimap AddonCompartment.lua reads these three
 * .toc fields with C_AddOns.GetAddOnMetadata and calls `_G[name](addonName, ...)`); the addon defines them.
 */
export const COMPARTMENT_FUNCS = {
  AddonCompartmentFunc: `${ADDON_NAME}_OnAddonCompartmentClick`,
  AddonCompartmentFuncOnEnter: `${ADDON_NAME}_OnAddonCompartmentEnter`,
  AddonCompartmentFuncOnLeave: `${ADDON_NAME}_OnAddonCompartmentLeave`,
} as const;

/**
 * The addon-list description per client locale. enUS is the plain `## Notes`; any other locale becomes
 * `## Notes-xxXX`, so add one here only together with a translation in packages/addon-ts/src/locale.
 */
export const NOTES: { readonly [locale: string]: string } = {
  enUS: "Offers the talent build top players use for each raid boss and Mythic+ dungeon, and applies it in place.",
};

/** The BigWigs packager replaces this with the tag it packages (README: release). */
export const PACKAGER_VERSION_TOKEN = "@project-version@";

export interface TocOptions {
  /** What `## Version` says: a real version for a local zip, PACKAGER_VERSION_TOKEN for the packager's input. */
  readonly version: string;
  /** `## X-Website` (package.json homepage). */
  readonly website: string;
  /** `## X-License` (package.json license). */
  readonly license: string;
  /** Addon-site project IDs (package.json "config"); the packager uploads to each site that has one. */
  readonly sites?: SiteIds;
}

export interface SiteIds {
  readonly curseProjectId?: string;
  readonly wowiAddonId?: string;
  readonly wagoProjectId?: string;
}

/** The packager's .toc fields for the sites (its README: "Customizing the build"); empty IDs are left out. */
function siteLines(sites: SiteIds = {}): string[] {
  const fields: [string, string | undefined][] = [
    ["X-Curse-Project-ID", sites.curseProjectId],
    ["X-WoWI-ID", sites.wowiAddonId],
    ["X-Wago-ID", sites.wagoProjectId],
  ];
  return fields.filter(([, id]) => id !== undefined && id.trim() !== "").map(([field, id]) => `## ${field}: ${id!.trim()}`);
}

export function renderToc({ version, website, license, sites }: TocOptions): string {
  const notes = Object.entries(NOTES)
    .filter(([locale]) => locale !== "enUS")
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([locale, text]) => `## Notes-${locale}: ${text}`);
  const lines = [
    `## Interface: ${INTERFACE_VERSIONS.join(", ")}`,
    `## Title: Azeroth's Top Talent`,
    `## Notes: ${NOTES["enUS"]}`,
    ...notes,
    `## Author: AzerothsTopTalent contributors`,
    `## Version: ${version}`,
    `## X-License: ${license}`,
    `## X-Website: ${website}`,
    ...siteLines(sites),
    // The addon list groups by Category (11.1+); an untranslated value shows as is in every locale.
    `## Category: Combat`,
    `## IconTexture: Interface\\Icons\\INV_Misc_Book_11`,
    ...Object.entries(COMPARTMENT_FUNCS).map(([field, fn]) => `## ${field}: ${fn}`),
    `## SavedVariables: AzerothsTopTalentDB`,
    `## SavedVariablesPerCharacter: AzerothsTopTalentCharDB`,
    "",
    ...LOAD_ORDER,
    "",
  ];
  return lines.join("\n");
}

/**
 * Name of the zip `build:addon` writes; sample and test-server data say so in the name, so it never passes for a
 * release (`true` is "sample", kept for the callers that only know sample from live).
 */
export function zipName(version: string, marker: boolean | "sample" | "test-server"): string {
  const suffix = marker === true ? "sample" : marker === false ? "" : marker;
  return `${ADDON_NAME}-${version}${suffix === "" ? "" : `-${suffix}`}.zip`;
}

/** The marker a build of this data carries in its version and zip name ("" for live Warcraft Logs data). */
export function dataMarker(kind: "warcraftlogs" | "sample" | "test-server"): "" | "sample" | "test-server" {
  return kind === "warcraftlogs" ? "" : kind;
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
