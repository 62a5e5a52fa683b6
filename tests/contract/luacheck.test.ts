/**
 * luacheck (Debian package lua-check) over the built addon with the committed .luacheckrc: the shipped Lua reads
 * only the client API it declares and writes only the globals the .toc and the addon own. A control file with a
 * stray global proves the configuration still catches one.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const addonDir = join(root, "dist/AzerothsTopTalent");

function luacheck(files: string[]): { code: number; output: string } {
  try {
    const output = execFileSync("luacheck", ["--no-color", "--codes", "--config", join(root, ".luacheckrc"), ...files], {
      encoding: "utf8",
    });
    return { code: 0, output };
  } catch (error) {
    const e = error as { status?: number; stdout?: string };
    return { code: e.status ?? -1, output: e.stdout ?? "" };
  }
}

describe("luacheck over the built addon", () => {
  it("passes on every Lua file of the built addon", () => {
    const files = readdirSync(addonDir)
      .filter((f) => f.endsWith(".lua"))
      .map((f) => join(addonDir, f));
    expect(files.length).toBeGreaterThanOrEqual(2);
    const result = luacheck(files);
    expect(result.output).toMatch(/Total: 0 warnings \/ 0 errors in \d+ files/);
    expect(result.code).toBe(0);
  });

  it("flags a stray global write and an undeclared client call (the configuration is not vacuous)", () => {
    const dir = mkdtempSync(join(tmpdir(), "att-luacheck-"));
    const file = join(dir, "stray.lua");
    writeFileSync(file, "local _, ns = ...\nStrayGlobal = 1\nns.x = UnknownClientCall()\n");
    const result = luacheck([file]);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/W111.*StrayGlobal/);
    expect(result.output).toMatch(/W113.*UnknownClientCall/);
  });
});
