/**
 * 10,000 random and mutated strings through the built addon's hasMatchingBuild and apply inside the simulated
 * client, on real Lua 5.1: no Lua error, exactly one result per apply, a known reason for every answer, and no
 * protected call in combat. Most strings are mutations of legal builds, so they get past the decoder and exercise
 * the header checks and the fit to the tree, not just the codec. The 10,000 run on the sim's 15-node tree, where
 * every string is cheap; 2,000 more run on a full-size generated tree.
 */
import { afterEach, describe, expect, it } from "vitest";
import { ALPHABET, decodeLoadout, encodeLoadout, type Loadout } from "@att/contract";
import { createRng, makeClassTree, mixSeeds, randomLegalBuild, type ClassTreeDef, type NodeState, type Rng } from "@att/sample-world/trees";
import { TINY_TREE } from "../wow-sim/fixtures";
import { toLua } from "../wow-sim/driver/lua-literal";
import { enUS } from "../../packages/addon-ts/src/locale/enUS";

const LOADOUT_MESSAGES = enUS.LOADOUT;
import { codeOf, LoadoutSession, TINY_A, TINY_B, TINY_C } from "./loadout-sim-support";

const REASONS = new Set(Object.keys(LOADOUT_MESSAGES));

const TINY_BUILDS: NodeState[][] = [TINY_A, TINY_B, TINY_C];

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const int = (rng: Rng, n: number): number => Math.floor(rng() * n);
const ODD_CHARS = ["=", " ", "\t", "\n", "]", "-", "_", "é", "€", "!", "\\", '"', "\u0001", "~"];

function reheader(code: string, change: (l: Loadout) => Loadout): string {
  const decoded = decodeLoadout(code);
  if (!decoded.ok) return code;
  const encoded = encodeLoadout(change(decoded.value));
  return encoded.ok ? encoded.value : code;
}

/** One string: a legal build mutated in one of many ways, or noise. */
function fuzzString(rng: Rng, bases: readonly string[]): string {
  const base = pick(rng, bases);
  const at = int(rng, base.length);
  switch (int(rng, 12)) {
    case 0:
      return base.slice(0, int(rng, base.length + 1));
    case 1:
      return base.slice(0, at) + pick(rng, ALPHABET.split("")) + base.slice(at + 1);
    case 2: {
      // several content characters changed: other ranks, choices, nodes
      let out = base;
      for (let i = 1 + int(rng, 4); i > 0; i--) {
        const p = 25 + int(rng, Math.max(1, out.length - 25));
        out = out.slice(0, p) + pick(rng, ALPHABET.split("")) + out.slice(p + 1);
      }
      return out;
    }
    case 3:
      return base.slice(0, at) + pick(rng, ODD_CHARS) + base.slice(at + 1);
    case 4:
      return base + Array.from({ length: 1 + int(rng, 30) }, () => pick(rng, ALPHABET.split(""))).join("");
    case 5:
      return reheader(base, (l) => ({ ...l, specId: int(rng, 65536) }));
    case 6:
      return reheader(base, (l) => ({ ...l, version: pick(rng, [1, 2]) }));
    case 7:
      return reheader(base, (l) => ({ ...l, treeHash: l.treeHash.map((b, i) => (i === int(rng, 16) ? (b + 1) % 256 : b)) }));
    case 8:
      return Array.from({ length: int(rng, 200) }, () => pick(rng, ALPHABET.split(""))).join("");
    case 9:
      return pick(rng, [" ", "\n", "\t"]) + base + pick(rng, ["", " ", "\r\n"]);
    case 10:
      return pick(rng, ["", " ", "C", "CoPAAAAAAAAAAAAAAAAAAAAAAAAA", "A".repeat(700), base.repeat(8)]);
    default:
      return base;
  }
}

/** The batch loop in Lua: every string through hasMatchingBuild and apply, each call under pcall. */
const BATCH = `
  function __fuzz(codes, advanceOnCommit)
    local m, out = __addon_ns.loadout, { errors = {}, reasons = {}, applied = 0, calls = 0 }
    local function note(reason) out.reasons[tostring(reason)] = (out.reasons[tostring(reason)] or 0) + 1 end
    for _, code in ipairs(codes) do
      local ok, result = pcall(m.hasMatchingBuild, m, code)
      if not ok then out.errors[#out.errors + 1] = "hasMatchingBuild: " .. tostring(result)
      elseif type(result) ~= "table" or type(result.message) ~= "string" then out.errors[#out.errors + 1] = "bad match result"
      else note(result.reason) end
      local results = 0
      local okApply, status = pcall(m.apply, m, code, function(r)
        results = results + 1
        note(r.reason)
        if type(r.message) ~= "string" or r.message == "" then out.errors[#out.errors + 1] = "empty message for " .. tostring(r.reason) end
      end)
      if not okApply then out.errors[#out.errors + 1] = "apply: " .. tostring(status)
      else
        if status == "queued" then m:cancel() end
        if status == "committing" then
          if advanceOnCommit then WowSim.control.advance(2) else out.errors[#out.errors + 1] = "committing in combat" end
        end
        if results ~= 1 then out.errors[#out.errors + 1] = "apply gave " .. results .. " results (" .. tostring(status) .. ") for " .. code end
      end
      out.calls = out.calls + 1
    end
    return out
  end
`;

interface BatchOutcome {
  errors: string[] | Record<string, never>;
  reasons: Record<string, number>;
  calls: number;
}

let session: LoadoutSession | undefined;
afterEach(() => {
  session?.close();
  session = undefined;
});

async function run(
  tree: ClassTreeDef,
  classId: number,
  bases: string[],
  count: number,
  seed: number,
  inCombat: boolean,
): Promise<Record<string, number>> {
  session = await LoadoutSession.start({ tree, classId, activeSpecId: 250, startCode: bases[0] });
  session.game.lua.run(BATCH);
  if (inCombat) session.game.enterCombat();
  const rng = createRng(seed);
  const reasons: Record<string, number> = {};
  for (let done = 0; done < count; done += 500) {
    const codes = Array.from({ length: Math.min(500, count - done) }, () => fuzzString(rng, bases));
    const outcome = session.game.lua.json<BatchOutcome>(`__fuzz(${toLua(codes)}, ${!inCombat})`);
    expect(outcome.errors).toEqual({}); // an empty Lua list comes back as {}
    expect(outcome.calls).toBe(codes.length);
    for (const [reason, n] of Object.entries(outcome.reasons)) reasons[reason] = (reasons[reason] ?? 0) + n;
  }
  for (const reason of Object.keys(reasons)) expect(REASONS.has(reason), reason).toBe(true);
  expect(session.game.luaErrors()).toEqual([]);
  expect(session.game.blockedActions()).toEqual([]);
  return reasons;
}

describe("10,000 fuzzed strings through hasMatchingBuild and apply (real Lua 5.1)", () => {
  const tinyBases = [
    ...TINY_BUILDS.map((b) => codeOf(TINY_TREE, 250, b)),
    codeOf(TINY_TREE, 251, [{ nodeId: 301, ranks: 0, granted: true }]),
  ];

  it("in combat: every string answered with a reason, nothing protected called, valid ones queued", async () => {
    const reasons = await run(TINY_TREE, 6, tinyBases, 10_000, 1, true);
    // The mix reaches every layer: codec, header checks, tree fit, and real differences.
    for (const reason of ["invalid-string", "wrong-spec", "version-mismatch", "tree-changed", "tree-mismatch", "differs", "match"]) {
      expect(reasons[reason] ?? 0, reason).toBeGreaterThan(0);
    }
  }, 300_000);

  it("out of combat: strings that fit are applied and verified, the rest refused, never an error", async () => {
    const reasons = await run(TINY_TREE, 6, tinyBases, 2_000, 2, false);
    expect(reasons.applied ?? 0).toBeGreaterThan(0);
  }, 300_000);

  it("on a full-size tree (Death Knight), 2,000 more", async () => {
    const tree = makeClassTree(6);
    const bases = [0, 1, 2].map((i) => codeOf(tree, 250, randomLegalBuild(tree, 250, createRng(mixSeeds(250, i)))));
    await run(tree, 6, bases, 2_000, 3, true);
  }, 300_000);
});
