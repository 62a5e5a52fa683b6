/**
 * The shipped artefact itself: the release zip unpacks to one addon folder, every Lua file parses with the real
 * Lua 5.1 compiler, the code sets no global beyond what the .toc declares, and the addon loads through its .toc
 * into the simulated client in fengari and Lua 5.1. The codec in it also runs under the lua5.1 interpreter.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { normalizeCode } from "@att/contract";
import { ADDON_NAME, DOC_FILES, LOAD_ORDER, zipName } from "../../build/addon-manifest";
import { ALLOWED_ADDON_GLOBALS } from "../harness/addon-loader";
import { addonPreludeFor } from "../harness/lua51-script";
import { SimulatedClient } from "../wow-sim/driver";
import { TINY_CHARACTER } from "./sim-character";
import { unzipTo } from "../harness/unzip";
import { VECTORS } from "./fixtures";

const root = join(import.meta.dirname, "../..");
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
// `npm test` builds first: from the tracked live data when there is some, else from sample data (a -sample zip).
const sample = !existsSync(join(root, "packages/addon-ts/data/talent-data.json"));
let addonDir = "";

beforeAll(async () => {
  const target = mkdtempSync(join(tmpdir(), "att-zip-"));
  const names = await unzipTo(join(root, "dist", zipName(version, sample)), target);
  expect(names.every((name) => name.startsWith(`${ADDON_NAME}/`))).toBe(true);
  addonDir = join(target, ADDON_NAME);
});

describe("release zip", () => {
  it("holds the .toc and the files it lists, with the package version", () => {
    const files = readdirSync(addonDir).sort();
    expect(files).toEqual([...LOAD_ORDER, ...DOC_FILES, `${ADDON_NAME}.toc`].sort());
    const toc = readFileSync(join(addonDir, `${ADDON_NAME}.toc`), "utf8");
    expect(toc).toContain(`## Version: ${version}${sample ? "-sample" : ""}\n`);
    expect(toc).toMatch(/## Interface: 12\d{4}/);
    expect(toc).toContain("## SavedVariables: AzerothsTopTalentDB");
    expect(toc).toContain("## SavedVariablesPerCharacter: AzerothsTopTalentCharDB");
  });

  it("contains Lua that the real Lua 5.1 compiler accepts, with no require left and no stray global writes", () => {
    for (const file of LOAD_ORDER) {
      const path = join(addonDir, file);
      execFileSync("luac5.1", ["-p", path]);
      const listing = execFileSync("luac5.1", ["-l", "-p", path], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
      const globalsSet = new Set([...listing.matchAll(/SETGLOBAL\s.*;\s*(\S+)/g)].map((m) => m[1]!));
      for (const name of globalsSet) expect(ALLOWED_ADDON_GLOBALS).toContain(name);
      // The bundle's own local require must resolve every module: the client has no global require.
      const source = readFileSync(path, "utf8");
      const defined = new Set(
        [
          ...source.matchAll(/^____modules\[?\s*=?\s*\{?\s*\["([^"]+)"\]\s*=/gm),
          ...source.matchAll(/^\s*\["([^"]+)"\] = function\(/gm),
        ].map((m) => m[1]!),
      );
      for (const [, name] of source.matchAll(/require\("([^"]+)"/g)) expect(defined).toContain(name);
    }
  });
});

describe.each(["fengari", "lua5.1"] as const)("the unzipped addon in the simulated client on %s", (runtime) => {
  it("loads through its .toc, logs in without a Lua error and leaks no globals", async () => {
    const game = await SimulatedClient.start({ runtime, addonDir, character: TINY_CHARACTER });
    game.login();
    expect(game.luaErrors()).toEqual([]);
    expect(game.leakedGlobals().filter((name) => !ALLOWED_ADDON_GLOBALS.includes(name))).toEqual([]);
    expect(game.lua.run("return type(__addon_ns.codec.decodeLoadout)")).toBe("function");
    game.close();
  });
});

describe("the codec under the lua5.1 interpreter", () => {
  it("normalises real strings to Node's canonical strings", () => {
    const sample = VECTORS.filter((_, i) => i % 20 === 0);
    const dir = mkdtempSync(join(tmpdir(), "att-lua51-"));
    const script = join(dir, "run.lua");
    writeFileSync(
      script,
      [
        addonPreludeFor(addonDir),
        `for line in io.lines(${JSON.stringify(join(dir, "codes.txt"))}) do`,
        `  local r = ns.codec.normalizeCode(line)`,
        `  io.write(r.ok and r.value or ("error:" .. r.error.kind), "\\n")`,
        `end`,
      ].join("\n"),
    );
    writeFileSync(join(dir, "codes.txt"), sample.map((v) => v.code).join("\n") + "\n");
    const output = execFileSync("lua5.1", [script], { encoding: "utf8" }).trim().split("\n");
    expect(output).toEqual(
      sample.map((v) => {
        const n = normalizeCode(v.code);
        return n.ok ? n.value : "";
      }),
    );
  });
});
