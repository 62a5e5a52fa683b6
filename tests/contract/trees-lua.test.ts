/**
 * The tree model compiled by TypeScriptToLua gives the same trees, builds and loadouts in real Lua 5.1 and in
 * fengari (the simulated client's runtime, with 32-bit integers) as in Node: catches JS/Lua differences in the
 * PRNG, array order, optional fields and integer arithmetic before the simulated client depends on them.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildToLoadout, createRng, isLegalBuild, makeClassTree, mutateBuild, randomLegalBuild } from "@att/sample-world/trees";
import { comparable } from "../harness/codec-in-lua";
import { createFengari } from "../harness/fengari";
import { createLua51 } from "../harness/lua51";
import type { LuaRuntime } from "../harness/runtime";

const root = resolve(import.meta.dirname, "../..");
let outDir = "";
let bundle = "";

/** Compiles packages/sample-world/src/trees (and the contract it imports) into one Lua chunk that returns the module's exports. */
function compileTrees(): string {
  outDir = mkdtempSync(join(tmpdir(), "att-trees-lua-"));
  const config = {
    extends: join(root, "tsconfig.base.json"),
    compilerOptions: {
      target: "ESNext",
      lib: ["ESNext"],
      composite: false,
      declaration: false,
      emitDeclarationOnly: false,
      noEmitOnError: true,
      rootDir: join(root, "packages"),
      outDir,
      typeRoots: [join(root, "node_modules")],
      types: ["@typescript-to-lua/language-extensions", "lua-types/5.1"],
      // The tree model reads the spec table and loadout type from the contract, bundled alongside.
      // Relative to this config file: TSTL's require resolver joins path mappings onto the config's folder.
      paths: { "@att/contract": [relative(outDir, join(root, "packages/contract/src/index.ts"))] },
    },
    include: [join(root, "packages/sample-world/src/trees")],
    tstl: {
      luaTarget: "5.1",
      noImplicitSelf: true,
      noImplicitGlobalVariables: true,
      luaLibImport: "require-minimal",
      luaBundle: "trees.lua",
      luaBundleEntry: join(root, "packages/sample-world/src/trees/index.ts"),
      noHeader: true,
    },
  };
  const configPath = join(outDir, "tstl.json");
  writeFileSync(configPath, JSON.stringify(config));
  const result = spawnSync(process.execPath, [join(root, "node_modules/typescript-to-lua/dist/tstl.js"), "-p", configPath], {
    cwd: root,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`tstl failed:\n${result.stdout}\n${result.stderr}`);
  return readFileSync(join(outDir, "trees.lua"), "utf8");
}

beforeAll(() => {
  bundle = compileTrees();
}, 60_000);
afterAll(() => {
  if (outDir !== "") rmSync(outDir, { recursive: true, force: true });
});

/** The same calls in Node, for one class, tree seed, spec and build seed. */
function inNode(classId: number, treeSeed: number, specId: number, buildSeed: number): unknown {
  const tree = makeClassTree(classId, { seed: treeSeed });
  const rng = createRng(buildSeed);
  const build = randomLegalBuild(tree, specId, rng);
  const variant = mutateBuild(tree, specId, build, rng);
  const draws: number[] = [];
  const probe = createRng(buildSeed);
  for (let i = 0; i < 5; i++) draws.push(Math.round(probe() * 2147483646));
  return {
    tree,
    build,
    variant,
    loadout: buildToLoadout(tree, specId, build),
    legal: isLegalBuild(tree, specId, variant, { full: true }),
    draws,
  };
}

function inLua(lua: LuaRuntime, classId: number, treeSeed: number, specId: number, buildSeed: number): unknown {
  return lua.json(`(function()
    local T = __trees
    local tree = T.makeClassTree(${classId}, { seed = ${treeSeed} })
    local rng = T.createRng(${buildSeed})
    local build = T.randomLegalBuild(tree, ${specId}, rng)
    local variant = T.mutateBuild(tree, ${specId}, build, rng)
    local draws, probe = {}, T.createRng(${buildSeed})
    for i = 1, 5 do draws[i] = math.floor(probe() * 2147483646 + 0.5) end
    return { tree = tree, build = build, variant = variant, loadout = T.buildToLoadout(tree, ${specId}, build),
      legal = T.isLegalBuild(tree, ${specId}, variant, { full = true }), draws = draws }
  end)()`);
}

const CASES: readonly [classId: number, treeSeed: number, specId: number, buildSeed: number][] = [
  [6, 0, 250, 1],
  [11, 5, 105, 424242],
  [13, 77, 1473, 9],
];

const runtimes: Record<string, () => LuaRuntime> = { "lua5.1": createLua51, fengari: createFengari };

for (const [name, create] of Object.entries(runtimes)) {
  describe(`tree model compiled to Lua, on ${name}`, () => {
    let lua: LuaRuntime;
    beforeAll(() => {
      lua = create();
      lua.run(`__trees = (function(...)\n${bundle}\nend)()`, "@trees.lua");
    });
    afterAll(() => lua.close());

    it.each(CASES)(
      "class %i seed %i, spec %i, build seed %i: same tree, build, variant and loadout as Node",
      (classId, treeSeed, specId, buildSeed) => {
        const node = inNode(classId, treeSeed, specId, buildSeed);
        expect(comparable(inLua(lua, classId, treeSeed, specId, buildSeed))).toEqual(comparable(node));
      },
      60_000,
    );
  });
}
