/**
 * What the sim models from Blizzard's talent frame code (12.0.1): ResetTree clearing the hero tree, resets by
 * currency keeping it, the tree's currencies, the granted hero keystone, saved loadouts + the dropdown, the Starter
 * Build, slow commits and reads that return nothing. On the tiny hand-laid tree, in fengari.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SimulatedClient } from "./driver";
import { TINY_CHARACTER, testAddon } from "./fixtures";

const HELPERS = testAddon(
  "Helpers",
  `
  function Cfg() return C_ClassTalents.GetActiveConfigID() end
  function Buy(id) return C_Traits.PurchaseRank(Cfg(), id) end
  function Choose(id, entry) return C_Traits.SetSelection(Cfg(), id, entry) end
  function Info(id) return C_Traits.GetNodeInfo(Cfg(), id) end
  function Currencies()
    local out = {}
    for i, c in ipairs(C_Traits.GetTreeCurrencyInfo(Cfg(), 790, false)) do out[i] = c.traitCurrencyID .. ":" .. c.spent end
    return out
  end
  `,
);

let game: SimulatedClient;
beforeEach(async () => {
  game = await SimulatedClient.start({ addons: [HELPERS], character: TINY_CHARACTER });
  game.login();
});
afterEach(() => game.close());
const lua = <T>(expression: string): T => game.lua.json<T>(expression);

describe("resets", () => {
  it("ResetTree clears the hero tree's choice and talents too", () => {
    lua("{Buy(101), Choose(400, 4001), Buy(401)}");
    expect(lua("{C_Traits.ResetTree(Cfg(), 790), Info(400).activeEntry == nil, Info(401).currentRank}")).toEqual([true, true, 0]);
  });

  it("ResetTreeByCurrency clears one currency's talents: class and spec resets keep the hero tree", () => {
    lua("{Buy(101), Buy(202), Choose(400, 4001), Buy(401)}");
    expect(lua("Currencies()")).toEqual(["9001:1", "9002:1", "3001:1", "3002:0"]);
    expect(lua("{C_Traits.ResetTreeByCurrency(Cfg(), 790, 9001), C_Traits.ResetTreeByCurrency(Cfg(), 790, 9002)}")).toEqual([true, true]);
    expect(lua("{Info(101).currentRank, Info(202).currentRank, Info(400).activeEntry.entryID, Info(401).currentRank}")).toEqual([
      0, 0, 4001, 1,
    ]);
    expect(lua("{C_Traits.ResetTreeByCurrency(Cfg(), 790, 3001), Info(401).currentRank, Info(400).activeEntry.entryID}")).toEqual([
      true,
      0,
      4001,
    ]);
    expect(lua("C_Traits.ResetTreeByCurrency(Cfg(), 790, 12345)")).toBe(false);
  });
});

describe("saved loadouts, the dropdown and the Starter Build", () => {
  it("CommitConfig(savedConfigID) also writes the named loadout; without one it does not", () => {
    const start = game.exportActiveLoadout()!;
    const id = game.addSavedLoadout("My raid", start, true);
    expect(game.talentFrame().dropdown).toBe("My raid");
    expect(lua(`{C_ClassTalents.GetConfigIDsBySpecID(250)[1], C_ClassTalents.GetLastSelectedSavedConfigID(250)}`)).toEqual([id, id]);
    lua("{Buy(101), C_ClassTalents.CommitConfig()}");
    game.advance(2);
    expect(game.savedLoadoutCode(id)).toBe(start);
    lua(`{Buy(102), C_ClassTalents.CommitConfig(${id})}`);
    game.advance(2);
    expect(game.savedLoadoutCode(id)).toBe(game.exportActiveLoadout());
    lua("C_ClassTalents.UpdateLastSelectedSavedConfigID(250, nil)");
    expect(game.talentFrame().dropdown).toBe("Default Loadout");
  });

  it("the Starter Build shows in the dropdown while on; turning it off drops staged edits", () => {
    game.setStarterBuild(true, true);
    expect(game.talentFrame()).toMatchObject({ dropdown: "Starter Build", starterBuildActive: true });
    expect(
      lua(
        "{C_ClassTalents.GetHasStarterBuild(), C_ClassTalents.GetStarterBuildActive(), Constants.TraitConsts.STARTER_BUILD_TRAIT_CONFIG_ID}",
      ),
    ).toEqual([true, true, -2]);
    lua("Buy(101)");
    expect(lua("{C_ClassTalents.SetStarterBuildActive(false), Info(101).currentRank, C_ClassTalents.GetStarterBuildActive()}")).toEqual([
      3,
      0,
      false,
    ]);
  });
});

describe("the hero keystone and reads that return nothing", () => {
  it("reports the committed hero tree", () => {
    lua("{Choose(400, 4002), C_ClassTalents.CommitConfig()}");
    game.advance(2);
    expect(game.talentFrame().heroTree).toBe(2);
    expect(lua("C_ClassTalents.GetActiveHeroTalentSpec()")).toBe(2);
  });

  it("returns nothing where the docs allow it (MayReturnNothing), when a test asks", () => {
    game.setNilReads(["GetTreeNodes", "GetNodeInfo", "GetEntryInfo", "GetSubTreeInfo", "GetTreeCurrencyInfo"]);
    expect(
      lua(
        "{C_Traits.GetTreeNodes(790) == nil, Info(101) == nil, C_Traits.GetEntryInfo(Cfg(), 1010) == nil, C_Traits.GetSubTreeInfo(Cfg(), 1) == nil, #C_Traits.GetTreeCurrencyInfo(Cfg(), 790, false)}",
      ),
    ).toEqual([true, true, true, true, 0]);
  });
});
