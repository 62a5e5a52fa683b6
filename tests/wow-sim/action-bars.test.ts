/**
 * The sim's action bars and cursor (src/action-bars.ts), as Blizzard's action bar code uses them: GetActionInfo,
 * C_Spell.PickupSpell of known spells only, PlaceAction swapping with what the slot held, ClearCursor,
 * FindSpellActionButtons answering nil for a spell on no button, and PlaceAction refused under combat lockdown.
 * On the tiny hand-laid tree, in fengari.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SimulatedClient } from "./driver";
import { TINY_CHARACTER, testAddon } from "./fixtures";

const HELPERS = testAddon(
  "Helpers",
  `
  function Cfg() return C_ClassTalents.GetActiveConfigID() end
  function Info(slot) local t, id, sub = GetActionInfo(slot); return { t = t, id = id, sub = sub } end
  `,
);

let game: SimulatedClient;
beforeEach(async () => {
  game = await SimulatedClient.start({ addons: [HELPERS], character: TINY_CHARACTER });
  game.login();
  // Commit class talents 101 and the choice 103 = entry 1032: their spells 9001032 (active) etc. become known.
  game.lua.json("{C_Traits.PurchaseRank(Cfg(), 101), C_Traits.SetSelection(Cfg(), 103, 1032), C_ClassTalents.CommitConfig()}");
  game.advance(2);
});
afterEach(() => game.close());
const lua = <T>(expression: string): T => game.lua.json<T>(expression);

describe("action bars", () => {
  it("GetActionInfo reads type, ID and sub-type; an empty slot reads nil", () => {
    game.setActionSlot(1, { type: "spell", id: 901032 });
    game.setActionSlot(2, { type: "macro", id: 7 });
    expect(lua("Info(1)")).toEqual({ t: "spell", id: 901032, sub: "spell" });
    expect(lua("Info(2)")).toEqual({ t: "macro", id: 7 });
    expect(lua("Info(3)")).toEqual({});
    expect(lua("{C_ActionBar.HasAction(1), C_ActionBar.HasAction(3)}")).toEqual([true, false]);
  });

  it("PickupSpell takes only a known spell; PlaceAction puts it on the slot and hands back what was there", () => {
    game.setActionSlot(5, { type: "spell", id: 901031 });
    // 901031 is the other entry of the choice node: not known, so nothing is picked up and nothing placed.
    lua("C_Spell.PickupSpell(901031)");
    expect(game.cursor()).toBeUndefined();
    lua("C_Spell.PickupSpell(901032)");
    expect(game.cursor()).toEqual({ type: "spell", id: 901032 });
    lua("PlaceAction(5)");
    expect(game.actionSlots()).toEqual({ 5: "spell:901032" });
    expect(game.cursor()).toEqual({ type: "spell", id: 901031 });
    lua("ClearCursor()");
    expect(game.cursor()).toBeUndefined();
    expect(game.events().filter((e) => e.event === "ACTIONBAR_SLOT_CHANGED")).toHaveLength(2);
  });

  it("FindSpellActionButtons lists the slots holding a spell, nil when there is none", () => {
    game.setActionSlot(3, { type: "spell", id: 901032 });
    game.setActionSlot(40, { type: "spell", id: 901032 });
    expect(lua("C_ActionBar.FindSpellActionButtons(901032)")).toEqual([3, 40]);
    expect(lua("{ C_ActionBar.FindSpellActionButtons(901011) == nil }")).toEqual([true]);
  });

  it("in combat PlaceAction is refused: the slot stays and a blocked action is recorded", () => {
    game.setActionSlot(5, { type: "spell", id: 901031 });
    game.enterCombat();
    lua("C_Spell.PickupSpell(901032)");
    lua("PlaceAction(5)");
    expect(game.actionSlots()).toEqual({ 5: "spell:901031" });
    expect(game.blockedActions().map((b) => [b.api, b.reason])).toEqual([["PlaceAction", "combat"]]);
  });

  it("passive or active: the sim's rule, entry IDs divisible by 3 are active", () => {
    expect(lua("{C_Spell.IsSpellPassive(901032), C_Spell.IsSpellPassive(901031)}")).toEqual([false, true]);
    expect([game.isActiveTalentSpell(901032), game.isActiveTalentSpell(901031)]).toEqual([true, false]);
  });

  it("the bars outlive a /reload", () => {
    game.setActionSlot(7, { type: "spell", id: 901032 });
    game.reload();
    expect(game.actionSlots()).toEqual({ 7: "spell:901032" });
  });
});
