/**
 * `build:addon` as a maintainer runs it: --help, and bad input answered with one clear line and exit 2 before
 * anything is built.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeTalentData } from "../report/fixture";

const root = join(import.meta.dirname, "../..");

function buildAddon(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "build/build-addon.ts", ...args], { cwd: root, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("build:addon command line", () => {
  it("--help lists the options and exits 0", () => {
    const r = buildAddon(["--help"]);
    expect(r.status).toBe(0);
    for (const option of ["--data <file>", "--release", "--max-age-days", "--out <dir>"]) expect(r.stdout).toContain(option);
    expect(r.stdout).toContain("-sample.zip");
  });

  it.each([
    ["an unknown option", ["--bogus"], /^build:addon: Unknown option '--bogus'/],
    ["a missing data file", ["--data", "no/such/talent-data.json"], /^build:addon: cannot read .*no\/such\/talent-data\.json$/],
    ["a bad --max-age-days", ["--release", "--max-age-days", "soon"], /^build:addon: --max-age-days expects a positive number/],
  ])("%s: one line, exit 2", (_, args, message) => {
    const r = buildAddon(args);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
  });

  it("data that is not JSON or not talent data: one line, exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "att-build-cli-"));
    writeFileSync(join(dir, "broken.json"), "{ not json");
    writeFileSync(join(dir, "other.json"), JSON.stringify({ hello: "world" }));
    const broken = buildAddon(["--data", join(dir, "broken.json")]);
    expect(broken.status).toBe(2);
    expect(broken.stderr.trim()).toBe(`build:addon: ${join(dir, "broken.json")} is not JSON`);
    const other = buildAddon(["--data", join(dir, "other.json")]);
    expect(other.status).toBe(2);
    expect(other.stderr.trim()).toMatch(new RegExp(`^build:addon: ${join(dir, "other.json")} is not talent data: \\S+`));
    expect(other.stderr).not.toContain("    at ");
  });

  it("data the Lua data file cannot hold: one line, exit 2, before compiling", () => {
    const dir = mkdtempSync(join(tmpdir(), "att-build-cli-"));
    const data = makeTalentData({ kind: "sample", specs: [64] });
    const bad = {
      ...data,
      specs: {
        "64": { ...data.specs["64"]!, builds: [{ entries: [], talentCode: "not a loadout!" }, ...data.specs["64"]!.builds.slice(1)] },
      },
    };
    writeFileSync(join(dir, "bad.json"), JSON.stringify(bad));
    const r = buildAddon(["--data", join(dir, "bad.json"), "--out", join(dir, "out")]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^build:addon: .*bad\.json cannot be packaged: .*loadout alphabet/);
    expect(r.stderr).not.toContain("    at ");
  });
});

describe("the tracked live data", () => {
  it("git tracks talent-data.json in packages/addon-ts/data and ignores everything else there (TalentData.lua is built)", () => {
    const check = (path: string): number | null => spawnSync("git", ["check-ignore", "-q", path], { cwd: root }).status;
    expect(check("packages/addon-ts/data/talent-data.json")).toBe(1);
    expect(check("packages/addon-ts/data/TalentData.lua")).toBe(0);
    expect(check("packages/addon-ts/data/talent-data.json.tmp-123")).toBe(0);
    expect(check("dist/sample-data/talent-data.json")).toBe(0);
  });
});

describe("sample data", () => {
  const dir = mkdtempSync(join(tmpdir(), "att-build-sample-"));
  const sample = join(dir, "talent-data.json");
  writeFileSync(sample, JSON.stringify(makeTalentData({ kind: "sample", generatedAt: new Date().toISOString() })));

  it("--release refuses it, says why, and builds nothing", () => {
    const r = buildAddon(["--release", "--data", sample, "--out", join(dir, "release")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("build:addon --release: refused, this data must not be published:");
    expect(r.stderr).toContain("  - the data is SAMPLE data (synthetic builds), not Warcraft Logs rankings");
    expect(existsSync(join(dir, "release"))).toBe(false);
    expect(buildAddon(["--release", "--check", "--data", sample]).status).toBe(1);
  });

  it("a plain build names the zip -sample and warns", { timeout: 120_000 }, () => {
    const r = buildAddon(["--data", sample, "--out", join(dir, "out")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("data:       SAMPLE (synthetic)");
    expect(r.stderr).toContain("WARNING: this zip holds SAMPLE data");
    expect(readdirSync(join(dir, "out")).filter((f) => f.endsWith(".zip"))).toEqual([
      expect.stringMatching(/^AzerothsTopTalent-\d+\.\d+\.\d+-sample\.zip$/),
    ]);
  });
});
