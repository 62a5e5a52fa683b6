/**
 * The generated .toc: every field the client and the BigWigs packager read, in the form they read it.
 * Field names and semantics: Blizzard_Minimap AddonCompartment.lua (AddonCompartmentMixin:RegisterAddons reads
 * AddonCompartmentFunc / ...OnEnter / ...OnLeave and IconTexture via C_AddOns.GetAddOnMetadata), the packager's
 * README (@project-version@ substitution, comma-separated ## Interface values).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TRANSLATIONS } from "../../packages/addon-ts/src/locale/index";
import {
  ADDON_NAME,
  INTERFACE_VERSIONS,
  LOAD_ORDER,
  NOTES,
  PACKAGER_VERSION_TOKEN,
  parseToc,
  renderToc,
  zipName,
} from "../../build/addon-manifest";

const root = join(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string; license: string; homepage: string };

describe("the .toc", () => {
  const toc = renderToc({ version: "1.2.3", website: "https://example.org/att", license: "MIT" });
  const { metadata, files } = parseToc(toc);

  it("carries the metadata the addon list, the compartment and the sites read", () => {
    expect(metadata["Interface"]).toBe(INTERFACE_VERSIONS.join(", "));
    expect(metadata["Version"]).toBe("1.2.3");
    expect(metadata["X-License"]).toBe("MIT");
    expect(metadata["X-Website"]).toBe("https://example.org/att");
    expect(metadata["Category"]).toBe("Combat");
    expect(metadata["IconTexture"]).toBe("Interface\\Icons\\INV_Misc_Book_11");
    expect(metadata["AddonCompartmentFunc"]).toBe("AzerothsTopTalent_OnAddonCompartmentClick");
    expect(metadata["AddonCompartmentFuncOnEnter"]).toBe("AzerothsTopTalent_OnAddonCompartmentEnter");
    expect(metadata["AddonCompartmentFuncOnLeave"]).toBe("AzerothsTopTalent_OnAddonCompartmentLeave");
    expect(metadata["SavedVariables"]).toBe("AzerothsTopTalentDB");
    expect(metadata["SavedVariablesPerCharacter"]).toBe("AzerothsTopTalentCharDB");
    expect(files).toEqual(LOAD_ORDER);
  });

  it("has Notes-xxXX only for locales with a translation (today: every language's table is empty, so only ## Notes)", () => {
    expect(metadata["Notes"]).toBe(NOTES["enUS"]);
    const localized = Object.keys(metadata).filter((key) => /^(Notes|Title|Category)-/.test(key));
    expect(localized).toEqual(
      Object.keys(NOTES)
        .filter((l) => l !== "enUS")
        .map((l) => `Notes-${l}`),
    );
    const translated = Object.entries(TRANSLATIONS).filter(([, table]) => Object.keys(table).length > 0);
    expect(translated).toEqual([]);
  });

  it("leaves the version to the packager in its input", () => {
    const packaged = parseToc(renderToc({ version: PACKAGER_VERSION_TOKEN, website: pkg.homepage, license: pkg.license }));
    expect(packaged.metadata["Version"]).toBe("@project-version@");
  });

  it("uses interface numbers of the current retail major (12.x: Midnight)", () => {
    for (const n of INTERFACE_VERSIONS) expect(n).toBeGreaterThanOrEqual(120000);
    expect(INTERFACE_VERSIONS).toEqual([...INTERFACE_VERSIONS].sort((a, b) => a - b));
  });
});

describe("zip names", () => {
  it("mark sample data in the name", () => {
    expect(zipName("0.4.0", false)).toBe(`${ADDON_NAME}-0.4.0.zip`);
    expect(zipName("0.4.0", true)).toBe(`${ADDON_NAME}-0.4.0-sample.zip`);
  });
});

describe("package metadata", () => {
  it("LICENSE is the MIT licence package.json declares, and the .pkgmeta packages as the addon", () => {
    expect(pkg.license).toBe("MIT");
    expect(readFileSync(join(root, "LICENSE"), "utf8")).toMatch(/^MIT License\n/);
    const pkgmeta = readFileSync(join(root, ".pkgmeta"), "utf8");
    expect(pkgmeta).toMatch(/^package-as: AzerothsTopTalent$/m);
    expect(pkgmeta).toMatch(/^ {2}AzerothsTopTalent\/dist\/package\/AzerothsTopTalent: AzerothsTopTalent$/m);
    // The release notes: this version's CHANGELOG section, written by npm run release (build/release-notes.ts).
    expect(pkgmeta).toMatch(/^manual-changelog:\n {2}filename: dist\/release-notes\.md\n {2}markup-type: markdown$/m);
    // YAML forbids tabs, and the packager's line parser needs two-space indentation.
    expect(pkgmeta).not.toContain("\t");
  });
});
