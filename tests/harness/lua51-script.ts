/**
 * A standalone script for the lua5.1 interpreter that sets up what the client gives an addon — the base-library
 * shims, the simulated client, a character — and then runs the built addon's files in .toc order with
 * (addonName, ns). Used where the real interpreter must run the shipped Lua: the codec check and `npm run bench`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ADDON_NAME, parseToc } from "../../build/addon-manifest";
import { TINY_TREE } from "../wow-sim/fixtures";
import { simBundle } from "../wow-sim/driver/build";
import { luaString, toLua } from "../wow-sim/driver/lua-literal";
import { readHarnessLua } from "./runtime";

/** Lua source ending with the addon loaded; its namespace table is the local `ns`. */
export function addonPreludeFor(addonDir: string): string {
  const toc = parseToc(readFileSync(join(addonDir, `${ADDON_NAME}.toc`), "utf8"));
  const setup = { tree: TINY_TREE, character: { name: "Bench", realm: "Bench", classId: 6, specIds: [250, 251], activeSpecId: 250 } };
  const files = toc.files.map((file) => `assert(loadfile(${luaString(join(addonDir, file))}))(${luaString(ADDON_NAME)}, ns)`);
  return [
    "require = nil; package = nil",
    ...[readHarnessLua("wow-shims.lua"), readHarnessLua("harness.lua"), simBundle()].map(
      // Each as its own function body: a chunk may end in `return`, which must be the last statement of a block.
      (chunk) => `;(function(...)\n${chunk}\nend)()`,
    ),
    `assert(WowSim.control.setup(${toLua(setup)}) == nil)`,
    "local ns = {}",
    ...files,
  ].join("\n");
}
