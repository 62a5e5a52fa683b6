/**
 * The contract's build codec (entries <-> records, apex nodes as one record) compiled by TypeScriptToLua gives the
 * same answers in real Lua 5.1 and fengari as in Node, on the real 12.0.1 trees and the real strings of that build.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeBuild, decodeLoadout, encodeBuild, encodeLoadout, type CodecTree } from "@att/contract/trees";
import { bundleToLua, type LuaBundle } from "../harness/bundle-to-lua";
import { comparable, toLuaLiteral } from "../harness/codec-in-lua";
import { createFengari } from "../harness/fengari";
import { createLua51 } from "../harness/lua51";
import type { LuaRuntime } from "../harness/runtime";
import { pinnedTrees, stringsOf } from "../support/treedata";

let compiled: LuaBundle | undefined;
let bundle = "";

/** A Lua table constructor for plain JSON-like data; object keys that are numbers stay numbers. */
function luaValue(value: unknown): string {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return toLuaLiteral(value);
  if (Array.isArray(value)) return `{${value.map(luaValue).join(",")}}`;
  const parts = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => (/^\d+$/.test(k) ? `[${k}]=${luaValue(v)}` : `${k}=${luaValue(v)}`));
  return `{${parts.join(",")}}`;
}

const trees = pinnedTrees("12.0.1");
const strings = stringsOf("12.0.1");
const specIds = [...new Set(strings.map((s) => s.specID))];

/** For each string: its entries on the tree, and the canonical string encoded back from them. */
function inNode(): unknown[] {
  return strings.map((s) => {
    const tree = trees.specs.get(s.specID)!.codec;
    const decoded = decodeLoadout(s.code);
    const entries = decoded.ok ? decodeBuild(tree, decoded.value) : decoded;
    if (!entries.ok) return entries;
    const loadout = encodeBuild(tree, 2, s.specID, entries.value);
    return { entries: entries.value, code: loadout.ok ? encodeLoadout(loadout.value) : loadout };
  });
}

function inLua(lua: LuaRuntime): unknown[] {
  const treeTable = (tree: CodecTree): string => luaValue({ order: tree.order, nodes: tree.nodes });
  lua.run(`__trees = {${specIds.map((id) => `[${id}]=${treeTable(trees.specs.get(id)!.codec)}`).join(",\n")}}`, "@trees-data");
  return lua.json<unknown[]>(`(function(list)
    local C, out = __contract, {}
    for i, s in ipairs(list) do
      local tree = __trees[s[2]]
      local decoded = C.decodeLoadout(s[1])
      local entries = decoded.ok and C.decodeBuild(tree, decoded.value) or decoded
      if not entries.ok then out[i] = entries else
        local loadout = C.encodeBuild(tree, 2, s[2], entries.value)
        out[i] = { entries = entries.value, code = loadout.ok and C.encodeLoadout(loadout.value) or loadout }
      end
    end
    return out end)({${strings.map((s) => `{${toLuaLiteral(s.code)},${s.specID}}`).join(",\n")}})`);
}

beforeAll(() => {
  compiled = bundleToLua("packages/contract/src", "packages/contract/src/trees.ts");
  bundle = compiled.lua;
}, 60_000);
afterAll(() => {
  compiled?.dispose();
});

const runtimes: Record<string, () => LuaRuntime> = { "lua5.1": createLua51, fengari: createFengari };

for (const [name, create] of Object.entries(runtimes)) {
  describe(`build codec compiled to Lua, on ${name}`, () => {
    let lua: LuaRuntime;
    beforeAll(() => {
      lua = create();
      lua.run(`__contract = (function(...)\n${bundle}\nend)()`, "@contract.lua");
    });
    afterAll(() => lua.close());

    it("decodes every real 12.0.1 string to the same entries and encodes the same canonical string as Node", () => {
      const node = inNode();
      expect(node.every((r) => (r as { ok?: boolean }).ok !== false)).toBe(true);
      expect(comparable(inLua(lua))).toEqual(comparable(node));
    }, 60_000);
  });
}
