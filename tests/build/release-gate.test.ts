/**
 * The release job's decisions, pure: which sites a release reaches (build/release-sites.ts), its notes
 * (build/release-notes.ts), what the packager's zip must hold (build/package-check.ts) and when the refresh opens
 * its pull request (build/refresh-decision.ts).
 */
import { describe, expect, it } from "vitest";
import { ADDON_NAME, PACKAGER_VERSION_TOKEN } from "../../build/addon-manifest";
import { packageProblems } from "../../build/package-check";
import { changelogSection } from "../../build/release-notes";
import { releaseSites } from "../../build/release-sites";
import { DATE_BUMP_DAYS, refreshDecision } from "../../build/refresh-decision";

describe("releaseSites", () => {
  const set =
    (...names: string[]) =>
    (name: string): boolean =>
      names.includes(name);

  it("refuses a release that reaches no site, unless it is declared GitHub-only", () => {
    expect(releaseSites({}, set(), false).problems).toEqual([
      "no addon site would receive this release: set a site's project ID in package.json config and its secret, or set config.githubOnlyRelease to true",
    ]);
    expect(releaseSites({}, set(), true)).toEqual({ sites: [], problems: [], notes: [] });
  });

  it("refuses a site with an ID but no secret (the packager would skip it silently)", () => {
    const result = releaseSites({ curseProjectId: "123456", wagoProjectId: "abcd" }, set("CF_API_KEY"), false);
    expect(result.sites).toEqual(["CurseForge"]);
    expect(result.problems).toEqual(["Wago: package.json config.wagoProjectId is abcd, but the secret WAGO_API_TOKEN is not set"]);
  });

  it("names every site with an ID and a secret; a secret without an ID is a note", () => {
    const result = releaseSites(
      { curseProjectId: "1", wowiAddonId: " 2 ", wagoProjectId: "" },
      set("CF_API_KEY", "WOWI_API_TOKEN", "WAGO_API_TOKEN"),
      false,
    );
    expect(result).toEqual({
      sites: ["CurseForge", "WoWInterface"],
      problems: [],
      notes: ["Wago: the secret WAGO_API_TOKEN is set but config.wagoProjectId is empty: not uploaded there"],
    });
  });

  it("refuses GitHub-only together with a site that would receive the upload", () => {
    expect(releaseSites({ curseProjectId: "1" }, set("CF_API_KEY"), true).problems).toEqual([
      "config.githubOnlyRelease is true, but CurseForge would receive the upload: clear one or the other",
    ]);
  });
});

describe("changelogSection", () => {
  const changelog = [
    "# Changelog",
    "",
    "Preamble that is not release notes.",
    "",
    "## 0.3.0 - 2026-12-08",
    "",
    "### Added",
    "- C",
    "",
    "## v0.2.0",
    "- B",
    "## 0.1.0",
    "- A",
    "",
  ].join("\n");

  it("is the version's section only: no preamble, no other version", () => {
    expect(changelogSection(changelog, "0.3.0")).toBe("## 0.3.0 - 2026-12-08\n\n### Added\n- C\n");
    expect(changelogSection(changelog, "0.2.0")).toBe("## v0.2.0\n\n- B\n");
    expect(changelogSection(changelog, "0.1.0")).toBe("## 0.1.0\n\n- A\n");
  });

  it("is missing for a version without a section, an empty section, or a version that only starts the same", () => {
    expect(changelogSection(changelog, "0.4.0")).toBeUndefined();
    expect(changelogSection("## 0.5.0\n\n## 0.4.0\n- x\n", "0.5.0")).toBeUndefined();
    expect(changelogSection(changelog, "0.3")).toBeUndefined();
    expect(changelogSection("## 0.1.0.1\n- x\n", "0.1.0")).toBeUndefined();
  });
});

describe("packageProblems", () => {
  const good = (): Map<string, Buffer> =>
    new Map([
      [`${ADDON_NAME}/`, Buffer.alloc(0)],
      [
        `${ADDON_NAME}/${ADDON_NAME}.toc`,
        Buffer.from("## Interface: 120007\n## Version: v0.2.0\n\nTalentData.lua\nLocales.lua\nAzerothsTopTalent.lua\n"),
      ],
      [`${ADDON_NAME}/${ADDON_NAME}.lua`, Buffer.alloc(200_000, 0x20)],
      [`${ADDON_NAME}/TalentData.lua`, Buffer.alloc(90_000, 0x20)],
      [`${ADDON_NAME}/Locales.lua`, Buffer.from("local _, ns = ...\n")],
      [`${ADDON_NAME}/LICENSE`, Buffer.from("MIT")],
      [`${ADDON_NAME}/CHANGELOG.md`, Buffer.from("# Changelog")],
    ]);

  it("accepts the addon folder with the .toc at the tag's version, its three Lua files, LICENSE and CHANGELOG", () => {
    expect(packageProblems(good(), "v0.2.0")).toEqual([]);
  });

  it("refuses the 2 KB zip a lost staging step makes: only the LICENSE and the changelog", () => {
    const lost = new Map([...good()].filter(([name]) => name.endsWith("LICENSE") || name.endsWith("CHANGELOG.md")));
    expect(packageProblems(lost, "v0.2.0")).toEqual([
      `missing ${ADDON_NAME}/${ADDON_NAME}.toc`,
      `missing ${ADDON_NAME}/TalentData.lua`,
      `missing ${ADDON_NAME}/Locales.lua`,
      `missing ${ADDON_NAME}/${ADDON_NAME}.lua`,
    ]);
  });

  it("refuses a token left in the .toc, another version, stray files and a stub Lua file", () => {
    const files = good();
    files.set(`${ADDON_NAME}/${ADDON_NAME}.toc`, Buffer.from(`## Version: ${PACKAGER_VERSION_TOKEN}\n\nTalentData.lua\n`));
    files.set(`${ADDON_NAME}/TalentData.lua`, Buffer.from("ns.TalentData = {}"));
    files.set(`${ADDON_NAME}/dist/release-notes.md`, Buffer.from("x"));
    files.set(`${ADDON_NAME}/src/main.ts`, Buffer.from("x"));
    expect(packageProblems(files, "v0.2.0")).toEqual([
      `unexpected files: ${ADDON_NAME}/dist/release-notes.md, ${ADDON_NAME}/src/main.ts`,
      `the .toc still says ## Version: ${PACKAGER_VERSION_TOKEN} (not replaced)`,
      `the .toc does not load Locales.lua`,
      `the .toc does not load ${ADDON_NAME}.lua`,
      `${ADDON_NAME}/TalentData.lua is 18 bytes (the addon's is far larger)`,
    ]);
    expect(packageProblems(good(), "v0.3.0")).toEqual(["the .toc says ## Version: v0.2.0, the release is v0.3.0"]);
  });
});

describe("refreshDecision", () => {
  const day = (d: number): string => new Date(Date.UTC(2026, 11, d, 6)).toISOString();

  it("opens the pull request when builds changed, and when there is no tracked data", () => {
    expect(refreshDecision(day(7), day(8), true)).toEqual({ open: true, reason: "builds changed" });
    expect(refreshDecision(undefined, day(8), false).open).toBe(true);
  });

  it(`opens a date-only pull request once the tracked data is ${DATE_BUMP_DAYS} days older than the run's, not before`, () => {
    expect(refreshDecision(day(6), day(8), false).open).toBe(false);
    const bump = refreshDecision(day(5), day(8), false);
    expect(bump.open).toBe(true);
    expect(bump.reason).toBe(
      "no build changed, but the tracked data is 3 days older than this run's (a release allows 7): the pull request brings the new date",
    );
  });

  it("keeps a quiet stretch releasable: with daily runs, the tracked data never ages past the release limit unmerged", () => {
    // 18 quiet days, a run each day; the maintainer merges each pull request the day it opens.
    let tracked = day(1);
    let oldest = 0;
    for (let d = 2; d <= 19; d++) {
      if (refreshDecision(tracked, day(d), false).open) tracked = day(d);
      oldest = Math.max(oldest, (Date.parse(day(d)) - Date.parse(tracked)) / 86_400_000);
    }
    expect(oldest).toBeLessThan(DATE_BUMP_DAYS);
  });
});
