/**
 * The differential test: the codec compiled into the shipped addon gives the same answers in fengari (made to act
 * like 5.1) and real Lua 5.1 as the TypeScript does in Node, on every real string and on fuzzed strings.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeLoadout, normalizeCode } from "@att/contract";
import { comparable, luaDecode, luaDecodeMany } from "../harness/codec-in-lua";
import type { LuaRuntime, RuntimeKind } from "../harness/runtime";
import { SimulatedClient } from "../wow-sim/driver";
import { INVALID_VECTORS, VECTORS } from "./fixtures";
import { TINY_CHARACTER } from "./sim-character";

/** Mutations of real strings: cut, extended, a character swapped, plus arbitrary printable ASCII. */
const fuzzedString = fc.oneof(
  fc
    .tuple(fc.constantFrom(...VECTORS.map((v) => v.code)), fc.nat(), fc.nat(), fc.constantFrom(..."ABCZaz09+/=]! -é".split("")))
    .map(([code, cut, at, ch]) => {
      const kind = cut % 4;
      if (kind === 0) return code.slice(0, cut % (code.length + 1));
      if (kind === 1) return code + code.slice(0, at % 40);
      const pos = at % code.length;
      return code.slice(0, pos) + ch + code.slice(pos + 1);
    }),
  fc.string({ unit: fc.constantFrom(..."ABCDabcd0123+/ .=]xyzQRS".split("")), maxLength: 200 }),
);

for (const name of ["fengari", "lua5.1"] as RuntimeKind[]) {
  describe(`codec in the built addon on ${name}`, () => {
    let game: SimulatedClient;
    let lua: LuaRuntime;
    beforeAll(async () => {
      game = await SimulatedClient.start({ runtime: name, character: TINY_CHARACTER });
      game.login();
      lua = game.lua;
    });
    afterAll(() => game.close());

    it("decodes every real string exactly as Node does, with the listed spec, and canonicalises the same", () => {
      const inLua = luaDecodeMany(
        lua,
        VECTORS.map((v) => v.code),
      );
      expect(inLua).toHaveLength(VECTORS.length);
      VECTORS.forEach((vector, i) => {
        const node = decodeLoadout(vector.code);
        expect(node.ok && node.value.specId).toBe(vector.specID);
        expect(comparable(inLua[i]!.decoded)).toEqual(comparable(node));
        expect(inLua[i]!.normalized).toEqual(normalizeCode(vector.code));
      });
    }, 120_000); // fengari interprets Lua in JS: ~25 ms per string for decode, normalise and the JSON round trip

    it("gives the same typed errors as Node on the real broken strings", () => {
      for (const vector of INVALID_VECTORS) {
        expect(comparable(luaDecode(lua, vector.code))).toEqual(comparable(decodeLoadout(vector.code)));
      }
    });

    it("makes the same accept/reject decision as Node on fuzzed strings", () => {
      fc.assert(
        fc.property(fuzzedString, (code) => {
          const node = decodeLoadout(code);
          const inLua = luaDecode(lua, code) as { ok: boolean; error?: { kind: string } };
          expect(inLua.ok).toBe(node.ok);
          if (!node.ok) expect(inLua.error?.kind).toBe(node.error.kind);
          else expect(comparable(inLua)).toEqual(comparable(node));
        }),
        { numRuns: name === "fengari" ? 150 : 400, seed: 20261128 },
      );
    });
  });
}
