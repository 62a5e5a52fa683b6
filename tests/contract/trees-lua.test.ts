/**
 * The tree model compiled by TypeScriptToLua gives the same trees, builds and loadouts in real Lua 5.1 and in
 * fengari (the simulated client's runtime, with 32-bit integers) as in Node: catches JS/Lua differences in the
 * PRNG, array order, optional fields and integer arithmetic before the simulated client depends on them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildToLoadout, createRng, isLegalBuild, makeClassTree, mutateBuild, randomLegalBuild } from "@att/sample-world/trees";
import { bundleToLua, type LuaBundle } from "../harness/bundle-to-lua";
import { comparable } from "../harness/codec-in-lua";
import { createFengari } from "../harness/fengari";
import { createLua51 } from "../harness/lua51";
import type { LuaRuntime } from "../harness/runtime";

let compiled: LuaBundle | undefined;
let bundle = "";

beforeAll(() => {
  compiled = bundleToLua("packages/sample-world/src/trees", "packages/sample-world/src/trees/index.ts", { contractAlias: true });
  bundle = compiled.lua;
}, 60_000);
afterAll(() => {
  compiled?.dispose();
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
