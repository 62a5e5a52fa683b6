/** The talent config model on the tiny hand-laid tree (fengari): rules, staged vs committed, commit, combat, specs, export. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeLoadout, encodeLoadout, zeroHash } from "@att/contract";
import { SimulatedClient } from "./driver";
import { TINY_CHARACTER, testAddon } from "./fixtures";

/** Logs talent events with their payload, so tests see exactly what the client fired. */
const TALENT_WATCHER = testAddon(
  "Watcher",
  `
  TalentEvents = {}
  local f = CreateFrame("Frame")
  for _, e in ipairs({ "TRAIT_CONFIG_UPDATED", "CONFIG_COMMIT_FAILED", "UNIT_SPELLCAST_SUCCEEDED", "UNIT_SPELLCAST_INTERRUPTED",
                       "ACTIVE_PLAYER_SPECIALIZATION_CHANGED" }) do f:RegisterEvent(e) end
  f:SetScript("OnEvent", function(self, event, a, b, c)
    TalentEvents[#TalentEvents + 1] = event .. " " .. tostring(a) .. (c and (" " .. tostring(c)) or "")
  end)
  function Buy(id) return C_Traits.PurchaseRank(C_ClassTalents.GetActiveConfigID(), id) end
  function Refund(id) return C_Traits.RefundRank(C_ClassTalents.GetActiveConfigID(), id) end
  function Choose(id, entry) return C_Traits.SetSelection(C_ClassTalents.GetActiveConfigID(), id, entry) end
  function Info(id) return C_Traits.GetNodeInfo(C_ClassTalents.GetActiveConfigID(), id) end
  `,
);

let game: SimulatedClient;
const CONFIG = 4000250;
beforeEach(async () => {
  game = await SimulatedClient.start({ addons: [TALENT_WATCHER], character: TINY_CHARACTER });
  game.login();
});
afterEach(() => game.close());

const lua = <T>(expression: string): T => game.lua.json<T>(expression);
const events = (): string[] => {
  const value = lua<unknown>("TalentEvents");
  return Array.isArray(value) ? (value as string[]) : [];
};

describe("tree and config info", () => {
  it("describes the config, the tree and its nodes like the client", () => {
    expect(lua("C_ClassTalents.GetActiveConfigID()")).toBe(CONFIG);
    expect(lua(`C_Traits.GetConfigInfo(${CONFIG})`)).toEqual({
      ID: CONFIG,
      type: 1,
      name: "Blood",
      treeIDs: [790],
      usesSharedActionBars: false,
    });
    expect(lua("C_Traits.GetTreeNodes(790)")).toEqual([101, 102, 103, 104, 201, 202, 203, 301, 302, 400, 401, 402, 411, 450, 451]);
    expect(lua("C_Traits.GetTreeHash(790)")).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(lua("C_Traits.GetLoadoutSerializationVersion()")).toBe(2);
    expect(lua("C_ClassTalents.GetTraitTreeForSpec(251)")).toBe(790);
    expect(
      lua(
        "(function() local a, b, c, d, e, f = C_SpecializationInfo.GetSpecializationInfo(1); return {C_SpecializationInfo.GetSpecialization(), a, b, c, d, e, f} end)()",
      ),
    ).toEqual([1, 250, "Blood", "Blood Death Knight", 135250, "TANK", 1]);
    const granted = lua<Record<string, unknown>>("Info(201)");
    expect(granted).toMatchObject({
      ID: 201,
      isVisible: true,
      ranksPurchased: 0,
      ranksGranted: 1,
      activeRank: 1,
      currentRank: 1,
      maxRanks: 1,
      type: 0,
    });
    expect(lua("Info(302).isVisible")).toBe(false);
    expect(lua("Info(103)")).toMatchObject({ type: 2, entryIDs: [1031, 1032], isAvailable: false, meetsEdgeRequirements: false });
    expect(lua("Info(101).visibleEdges")).toEqual([
      { targetNode: 102, type: 2, visualStyle: 1, isActive: false },
      { targetNode: 103, type: 2, visualStyle: 1, isActive: false },
    ]);
    expect(lua(`C_Traits.GetEntryInfo(${CONFIG}, 4002)`)).toMatchObject({ subTreeID: 2, maxRanks: 1 });
    expect(lua(`C_Traits.GetSubTreeInfo(${CONFIG}, 1)`)).toEqual({
      ID: 1,
      name: "Deathbringer",
      isActive: false,
      subTreeSelectionNodeIDs: [400],
      traitCurrencyID: 3001,
    });
    expect(lua("Info(99999).ID")).toBe(0);
  });
});

describe("purchase rules", () => {
  it("enforces edges, ranks, caps and refunds that would strand children", () => {
    expect(lua("{Buy(102), Buy(101), Buy(102), Buy(102), Buy(102)}")).toEqual([false, true, true, true, false]);
    expect(lua("{Info(102).ranksPurchased, Info(102).canPurchaseRank, Info(104).isAvailable}")).toEqual([2, false, true]);
    expect(lua("{Buy(104), Choose(103, 1031)}")).toEqual([true, false]); // 4 of 4 class points spent
    expect(lua("{Refund(101), Refund(102)}")).toEqual([false, false]); // children depend on them
    expect(lua("{Refund(104), Choose(103, 1031), Refund(102), Info(103).activeEntry.entryID}")).toEqual([true, true, true, 1031]);
  });

  it("refuses a refund above a gate that a bought node behind it needs", () => {
    expect(lua("{Buy(101), Choose(103, 1032), Buy(102), Buy(104)}")).toEqual([true, true, true, true]);
    expect(lua("{Info(102).canRefundRank, Refund(102)}")).toEqual([false, false]);
    expect(lua("{Choose(103, 1031), Info(103).activeEntry.entryID}")).toEqual([true, 1031]); // swapping a choice keeps the point
    expect(lua(`C_Traits.RefundRank(${CONFIG}, 102, true)`)).toBe(true); // clearEdges also refunds 104
    expect(lua("{Info(102).ranksPurchased, Info(104).ranksPurchased}")).toEqual([0, 0]);
  });

  it("buys spec nodes of the active spec only, up to the spec cap", () => {
    expect(lua("{Buy(302), Buy(203), Buy(202), Buy(203)}")).toEqual([false, false, true, true]);
    expect(lua("Info(203).canPurchaseRank")).toBe(false);
  });

  it("buys hero nodes only in the chosen sub-tree; switching sub-trees refunds the old one", () => {
    expect(lua("{Buy(401), Choose(400, 4501), Choose(400, 4001), Buy(401), Buy(402)}")).toEqual([false, false, true, true, true]);
    expect(lua(`{C_Traits.GetSubTreeInfo(${CONFIG}, 1).isActive, Info(401).subTreeActive, Info(411).subTreeActive}`)).toEqual([
      true,
      true,
      false,
    ]);
    expect(lua("{Choose(400, 4002), Info(401).ranksPurchased, Info(402).ranksPurchased, Buy(411)}")).toEqual([true, 0, 0, true]);
  });

  it("ResetTree clears staged purchases and choices", () => {
    lua("{Buy(101), Choose(400, 4001), Buy(202)}");
    expect(
      lua(`{C_Traits.ResetTree(${CONFIG}, 790), C_Traits.ResetTree(${CONFIG}, 1), Info(101).ranksPurchased, Info(400).activeEntry == nil}`),
    ).toEqual([true, false, 0, true]);
  });
});

describe("staged and committed", () => {
  it("keeps edits staged until commit; rollback restores the committed state", () => {
    const before = game.exportActiveLoadout();
    expect(
      lua(`{Buy(101), C_Traits.ConfigHasStagedChanges(${CONFIG}), Info(101).activeRank, Info(101).currentRank, Info(101).ranksIncreased}`),
    ).toEqual([true, true, 0, 1, 1]);
    expect(game.exportActiveLoadout()).toBe(before);
    expect(lua(`{C_Traits.RollbackConfig(${CONFIG}), C_Traits.ConfigHasStagedChanges(${CONFIG}), Info(101).currentRank}`)).toEqual([
      true,
      false,
      0,
    ]);
  });

  it("commits after the cast delay: UNIT_SPELLCAST_SUCCEEDED 384255 then TRAIT_CONFIG_UPDATED(configID)", () => {
    expect(lua(`{Buy(101), C_ClassTalents.CanChangeTalents()}`)).toEqual([true, true, true]);
    expect(lua(`C_Traits.CommitConfig(${CONFIG})`)).toBe(true);
    expect(lua(`{Buy(102), C_Traits.CommitConfig(${CONFIG})}`)).toEqual([false, false]); // locked while casting
    game.advance(1.4);
    expect(events()).toEqual([]);
    game.advance(0.1);
    expect(events()).toEqual(["UNIT_SPELLCAST_SUCCEEDED player 384255", `TRAIT_CONFIG_UPDATED ${CONFIG}`]);
    expect(lua(`{Info(101).activeRank, C_Traits.ConfigHasStagedChanges(${CONFIG}), C_Traits.CommitConfig(${CONFIG})}`)).toEqual([
      1,
      false,
      false,
    ]);
    const exported = decodeLoadout(game.exportActiveLoadout()!);
    expect(exported.ok && exported.value.nodes.map((n) => [n.index, n.purchased])).toEqual([
      [0, true],
      [4, false],
    ]);
    expect(lua(`C_Traits.GenerateImportString(${CONFIG})`)).toBe(game.exportActiveLoadout());
  });

  it("fails the commit with CONFIG_COMMIT_FAILED on an injected failure or when combat starts during the cast; edits stay staged", () => {
    game.injectCommitFailure();
    lua(`{Buy(101), C_ClassTalents.CommitConfig()}`);
    game.advance(2);
    expect(events()).toEqual(["UNIT_SPELLCAST_INTERRUPTED player 384255", `CONFIG_COMMIT_FAILED ${CONFIG}`]);
    expect(lua(`{Info(101).activeRank, C_Traits.ConfigHasStagedChanges(${CONFIG})}`)).toEqual([0, true]);
    expect(lua(`C_ClassTalents.CommitConfig()`)).toBe(true);
    game.advance(0.5);
    game.enterCombat();
    game.advance(2);
    expect(events().slice(2)).toEqual(["UNIT_SPELLCAST_INTERRUPTED player 384255", `CONFIG_COMMIT_FAILED ${CONFIG}`]);
    expect(game.blockedActions()).toEqual([]);
  });
});

describe("combat", () => {
  it("refuses talent changes in combat and records each as a blocked action; queries are not blocked", () => {
    game.enterCombat();
    expect(
      lua(
        `{InCombatLockdown(), Buy(101), Choose(400, 4001), C_Traits.CanPurchaseRank(${CONFIG}, 101, 1010), C_Traits.ResetTree(${CONFIG}, 790), C_ClassTalents.CanEditTalents()}`,
      ),
    ).toEqual([true, false, false, false, false, false, "You can't do that while in combat."]);
    expect(game.blockedActions().map((b) => [b.api, b.reason])).toEqual([
      ["C_Traits.PurchaseRank", "combat"],
      ["C_Traits.SetSelection", "combat"],
      ["C_Traits.ResetTree", "combat"],
    ]);
    game.leaveCombat();
    expect(lua("{InCombatLockdown(), Buy(101)}")).toEqual([false, true]);
  });

  it("fires PLAYER_REGEN_DISABLED before lockdown and PLAYER_REGEN_ENABLED after it, as the client does", () => {
    game.lua.run(`
      Lockdown = {}
      local f = CreateFrame("Frame"); f:RegisterEvent("PLAYER_REGEN_DISABLED"); f:RegisterEvent("PLAYER_REGEN_ENABLED")
      f:SetScript("OnEvent", function(self, event) Lockdown[#Lockdown + 1] = event .. "=" .. tostring(InCombatLockdown()) end)
    `);
    game.enterCombat();
    game.leaveCombat();
    expect(lua("Lockdown")).toEqual(["PLAYER_REGEN_DISABLED=false", "PLAYER_REGEN_ENABLED=false"]);
  });
});

describe("specs", () => {
  it("switching spec switches the active config and fires the spec events; staged edits of the old spec are dropped", () => {
    lua("Buy(101)");
    game.changeSpec(251);
    expect(events()).toEqual(["ACTIVE_PLAYER_SPECIALIZATION_CHANGED nil", `TRAIT_CONFIG_UPDATED ${4000251}`]);
    expect(
      lua("{C_ClassTalents.GetActiveConfigID(), C_SpecializationInfo.GetSpecialization(), Info(302).isVisible, Info(202).isVisible}"),
    ).toEqual([4000251, 2, true, false]);
    expect(lua("{Buy(302), Choose(450, 4501), Buy(451)}")).toEqual([true, true, true]);
    game.changeSpec(250);
    expect(lua("Info(101).currentRank")).toBe(0);
  });

  it("a spec change during the cast fails the commit", () => {
    lua("{Buy(101), C_ClassTalents.CommitConfig()}");
    game.changeSpec(251);
    game.advance(2);
    expect(events()).toContain(`CONFIG_COMMIT_FAILED ${CONFIG}`);
  });
});

describe("starting builds", () => {
  it("imports a committed build from a loadout string and exports it back identically", async () => {
    lua(`{Buy(101), Buy(102), Buy(102), Choose(103, 1032), Buy(202), Choose(400, 4001), Buy(401), C_ClassTalents.CommitConfig()}`);
    game.advance(2);
    const code = game.exportActiveLoadout()!;
    const other = await SimulatedClient.start({ addons: [TALENT_WATCHER], character: { ...TINY_CHARACTER, committedBuild: code } });
    other.login();
    expect(other.exportActiveLoadout()).toBe(code);
    expect(other.lua.json("{C_ClassTalents.GetActiveHeroTalentSpec(), Info(103).activeEntry.entryID, Info(102).activeRank}")).toEqual([
      1, 1032, 2,
    ]);
    other.close();
  });

  it("refuses a starting build the rules do not allow", async () => {
    // Node 104 (index 3) without its parents.
    const encoded = encodeLoadout({
      version: 2,
      specId: 250,
      treeHash: zeroHash(),
      recordCount: 15,
      nodes: [{ index: 3, purchased: true }],
    });
    const illegal = encoded.ok ? encoded.value : "";
    await expect(
      SimulatedClient.start({ addons: [TALENT_WATCHER], character: { ...TINY_CHARACTER, committedBuild: illegal } }),
    ).rejects.toThrow(/starting build/);
  });
});
