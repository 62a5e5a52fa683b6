/**
 * The spec packer compiled into the shipped addon agrees with Node in fengari and real Lua 5.1: Lua unpacks what
 * Node packed to the same spec, packs it back to the same string, and accepts or refuses damaged strings exactly
 * as Node does (never with a Lua error).
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packSpec, unpackSpec } from "@att/contract";
import { toLuaLiteral } from "../harness/codec-in-lua";
import type { LuaRuntime, RuntimeKind } from "../harness/runtime";
import { SimulatedClient } from "../wow-sim/driver";
import { damaged, specBuilds } from "./pack-fixtures";
import { TINY_CHARACTER } from "./sim-character";

interface LuaAnswer {
  readonly ok: boolean;
  readonly spec?: unknown;
  readonly repacked?: string;
  readonly error?: string;
}

/**
 * Unpacks (and re-packs) many strings, a batch per Lua call (one chunk of all of them outgrows the WebAssembly Lua's
 * memory); pcall so a Lua error shows up as a failed answer.
 */
function unpackInLua(lua: LuaRuntime, texts: readonly string[]): LuaAnswer[] {
  const BATCH = 200;
  const out: LuaAnswer[] = [];
  for (let i = 0; i < texts.length; i += BATCH) out.push(...unpackBatch(lua, texts.slice(i, i + BATCH)));
  return out;
}

function unpackBatch(lua: LuaRuntime, texts: readonly string[]): LuaAnswer[] {
  const list = texts.map(toLuaLiteral).join(",\n");
  return lua.json<LuaAnswer[]>(
    `(function(texts) local codec, out = __addon_ns.codec, {}
      for i, text in ipairs(texts) do
        local ok, spec = pcall(codec.unpackSpec, text)
        if not ok then out[i] = { ok = false, error = tostring(spec) }
        elseif spec == nil then out[i] = { ok = true }
        else
          local packedOk, repacked = pcall(codec.packSpec, spec)
          out[i] = { ok = packedOk, spec = spec, repacked = packedOk and repacked or nil, error = (not packedOk) and tostring(repacked) or nil }
        end
      end
      return out end)({${list}})`,
  );
}

/** JSON of a Lua table cannot tell nil from null, nor an empty list from an empty map: compare with those folded. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(comparable);
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
    if (entries.length === 0) return null;
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, comparable(v)]));
  }
  return value ?? null;
}

for (const name of ["fengari", "lua5.1"] as RuntimeKind[]) {
  describe(`packed specs in the built addon on ${name}`, () => {
    let game: SimulatedClient;
    beforeAll(async () => {
      game = await SimulatedClient.start({ runtime: name, character: TINY_CHARACTER });
      game.login();
    });
    afterAll(() => game.close());

    it("unpacks what Node packed to the same spec and packs it back to the same string", () => {
      const specs = fc.sample(specBuilds, { numRuns: name === "fengari" ? 60 : 200, seed: 17 });
      const texts = specs.map(packSpec);
      const answers = unpackInLua(game.lua, texts);
      answers.forEach((answer, i) => {
        expect(answer.error).toBeUndefined();
        expect(comparable(answer.spec)).toEqual(comparable(specs[i]));
        expect(answer.repacked).toBe(texts[i]);
      });
    }, 60_000);

    it("accepts and refuses damaged strings exactly as Node does, without a Lua error", () => {
      const texts = fc.sample(damaged(specBuilds.map(packSpec)), { numRuns: name === "fengari" ? 300 : 1000, seed: 19 });
      const answers = unpackInLua(game.lua, texts);
      let refused = 0;
      answers.forEach((answer, i) => {
        expect(answer.ok, answer.error).toBe(true);
        const node = unpackSpec(texts[i]);
        if (node === undefined) refused++;
        expect(comparable(answer.spec ?? null)).toEqual(comparable(node ?? null));
        if (node !== undefined) expect(answer.repacked).toBe(texts[i]);
      });
      // The damage must actually reach the refusal paths.
      expect(refused).toBeGreaterThan(texts.length / 4);
    }, 60_000);
  });
}
