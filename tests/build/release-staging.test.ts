/**
 * The release path on every `npm test`: a copy of the repository's tracked files, `npm run release` into it (on the
 * release-check fixture: live-labelled, dated now), the staging command of release.yml, then the zip the BigWigs
 * packager would build from that checkout (tests/build/packager-model.ts) checked as release.yml checks the real one
 * (build/package-check.ts). Also: the release notes are this version's CHANGELOG section, and a staging step that
 * is lost makes a zip the check refuses.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADDON_NAME } from "../../build/addon-manifest";
import { packageProblems } from "../../build/package-check";
import { changelogSection, RELEASE_NOTES_FILE } from "../../build/release-notes";
import { packagerZip } from "./packager-model";
import { writeReleaseFixture } from "./release-fixture";

const root = join(import.meta.dirname, "../..");
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
const scratch = mkdtempSync(join(tmpdir(), "att-staging-"));
const repo = join(scratch, "repo");

function git(...args: string[]): string {
  return execFileSync("git", ["-C", repo, ...args], { encoding: "utf8" });
}

/** release.yml's steps, as its shell runs them: the build, then the staging line. */
const STAGE = "git add -f dist/package";

beforeAll(() => {
  // The checkout the release job sees: the tracked files only (no node_modules, no build output).
  for (const file of execFileSync("git", ["-C", root, "ls-files", "-z"], { encoding: "utf8" }).split("\0").filter(Boolean)) {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    copyFileSync(join(root, file), join(repo, file));
  }
  git("init", "-q");
  git("add", "-A");
  git("-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "checkout");
  const data = join(scratch, "talent-data.json");
  writeReleaseFixture(data);
  // `npm run release` with the data passed in and its output in the copy (the tracked data folder is empty here).
  const built = spawnSync(
    process.execPath,
    ["--import", "tsx", "build/build-addon.ts", "--release", "--data", data, "--out", join(repo, "dist")],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  expect(built.stderr).toBe("");
  expect(built.status).toBe(0);
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the release input, staged as release.yml stages it", () => {
  it("packages the addon folder, the .toc at the tag, its three Lua files, LICENSE and CHANGELOG, nothing else", () => {
    execFileSync("bash", ["-c", STAGE], { cwd: repo });
    for (const tag of [version, `v${version}`]) {
      const zip = packagerZip(repo, tag);
      expect(packageProblems(zip, tag)).toEqual([]);
      expect([...zip.keys()].sort()).toEqual(
        [`${ADDON_NAME}.lua`, `${ADDON_NAME}.toc`, "CHANGELOG.md", "LICENSE", "Locales.lua", "TalentData.lua"].map(
          (f) => `${ADDON_NAME}/${f}`,
        ),
      );
      // The translation lines the packager fills in from CurseForge reach it untouched.
      expect(zip.get(`${ADDON_NAME}/Locales.lua`)!.toString("utf8")).toContain('--@localization(locale="deDE"');
      expect(zip.get(`${ADDON_NAME}/${ADDON_NAME}.toc`)!.toString("utf8")).toContain(`## Version: ${tag}\n`);
    }
  });

  it("gives the packager this version's CHANGELOG section as the release notes, and the zip the whole CHANGELOG", () => {
    const changelog = readFileSync(join(root, "CHANGELOG.md"), "utf8");
    expect(readFileSync(join(repo, RELEASE_NOTES_FILE), "utf8")).toBe(changelogSection(changelog, version));
    expect(packagerZip(repo, version).get(`${ADDON_NAME}/CHANGELOG.md`)!.toString("utf8")).toBe(changelog);
  });

  it("without the staging step the packager's zip is the 2 KB one, and the check refuses it", () => {
    git("reset", "-q", "--", "dist/package");
    const zip = packagerZip(repo, version);
    expect([...zip.keys()].sort()).toEqual([`${ADDON_NAME}/CHANGELOG.md`, `${ADDON_NAME}/LICENSE`]);
    expect(packageProblems(zip, version)).toContain(`missing ${ADDON_NAME}/${ADDON_NAME}.toc`);
  });
});
