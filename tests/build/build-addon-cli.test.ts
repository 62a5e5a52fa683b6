/**
 * `build:addon` as a maintainer runs it: --help, and bad input answered with one clear line and exit 2 before
 * anything is built.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

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
});
