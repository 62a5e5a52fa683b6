/**
 * The sim's talent rules against the shared tree model (packages/sample-world/src/trees) on every synthetic class
 * tree, in real Lua 5.1: a random legal build loads as a starting build and exports to the same loadout, and the
 * same build applied from scratch through the C_Traits API (reset, passes of purchases and choices, commit)
 * ends committed and exported identically. Both sides must agree on what is legal.
 */
import { describe, expect, it } from "vitest";
import { encodeLoadout, normalizeCode, SPECS } from "@att/contract";
import { buildToLoadout, createRng, makeClassTree, randomLegalBuild } from "@att/sample-world/trees";
import type { NodeState } from "@att/sample-world/trees";
import { SimulatedClient } from "./driver";
import { toLua } from "./driver/lua-literal";
import { testAddon } from "./fixtures";

/** A test-only applier in Lua, the way peers apply builds: reset, then passes until a pass changes nothing. */
const APPLIER = testAddon(
  "Applier",
  `
  function ApplyBuild(target)
    local config = C_ClassTalents.GetActiveConfigID()
    local treeID = C_Traits.GetConfigInfo(config).treeIDs[1]
    assert(C_Traits.ResetTree(config, treeID), "reset")
    local progress = true
    while progress do
      progress = false
      for _, want in ipairs(target) do
        local info = C_Traits.GetNodeInfo(config, want.nodeId)
        if want.entryId and (info.activeEntry == nil or info.activeEntry.entryID ~= want.entryId) then
          if C_Traits.SetSelection(config, want.nodeId, want.entryId) then progress = true end
        elseif info.ranksPurchased < want.ranks then
          if C_Traits.PurchaseRank(config, want.nodeId) then progress = true end
        end
      end
    end
    return C_Traits.CommitConfig(config)
  end
  `,
);

function code(tree: ReturnType<typeof makeClassTree>, specId: number, build: readonly NodeState[]): string {
  const encoded = encodeLoadout(buildToLoadout(tree, specId, build));
  if (!encoded.ok) throw new Error(encoded.error.message);
  return encoded.value;
}

const canonical = (value: string | undefined): unknown => (value === undefined ? undefined : normalizeCode(value));
const CLASSES = [...new Set(SPECS.map((s) => s.classId))];

describe("generated class trees in real Lua 5.1", () => {
  for (const classId of CLASSES) {
    it(`class ${classId}: a random legal build loads, exports and re-applies through C_Traits identically`, async () => {
      const tree = makeClassTree(classId);
      const specIds = SPECS.filter((s) => s.classId === classId).map((s) => s.specId);
      // One spec per class keeps the file fast; which one rotates with the class so every spec position is covered.
      for (const specId of [specIds[classId % specIds.length]!]) {
        const rng = createRng(classId * 100 + specId);
        const start = randomLegalBuild(tree, specId, rng);
        const target = randomLegalBuild(tree, specId, rng);
        const game = await SimulatedClient.start({
          runtime: "lua5.1",
          addons: [APPLIER],
          character: { classId, specIds, activeSpecId: specId, tree, committedBuild: code(tree, specId, start) },
        });
        try {
          game.login();
          expect(canonical(game.exportActiveLoadout())).toEqual(canonical(code(tree, specId, start)));
          const wanted = target.filter((n) => !n.granted).map((n) => ({ nodeId: n.nodeId, ranks: n.ranks, entryId: n.entryId }));
          expect(game.lua.json(`ApplyBuild(${toLua(wanted)})`)).toBe(true);
          game.advance(2);
          expect(canonical(game.exportActiveLoadout())).toEqual(canonical(code(tree, specId, target)));
          // The export carries the tree's hash, as the client's does.
          expect(game.exportActiveLoadout()).toBe(game.lua.json("C_Traits.GenerateImportString(C_ClassTalents.GetActiveConfigID())"));
          expect(game.luaErrors()).toEqual([]);
          expect(game.blockedActions()).toEqual([]);
        } finally {
          game.close();
        }
      }
    });
  }
});
