/** The same sim on real Lua 5.1.5: login, a popup clicked, SavedVariables across /reload; and the built addon loads cleanly. */
import { afterEach, describe, expect, it } from "vitest";
import { SimulatedClient } from "./driver";
import { TINY_CHARACTER, testAddon } from "./fixtures";

const PROMPTER = testAddon(
  "Prompter",
  `
  local addonName = ...
  StaticPopupDialogs.PROMPTER_ASK = {
    text = "Switch to %s?", button1 = "Yes", button2 = "No", timeout = 30, hideOnEscape = true,
    OnAccept = function(dialog, data) PrompterDB.accepted = data end,
    OnCancel = function(dialog, data, reason) PrompterDB.cancelled = reason end,
  }
  local f = CreateFrame("Frame")
  f:RegisterEvent("ADDON_LOADED"); f:RegisterEvent("TRAIT_CONFIG_LIST_UPDATED")
  f:SetScript("OnEvent", function(self, event, name)
    if event == "ADDON_LOADED" and name == addonName then
      PrompterDB = PrompterDB or { logins = 0 }
      PrompterDB.logins = PrompterDB.logins + 1
    elseif event == "TRAIT_CONFIG_LIST_UPDATED" and not PrompterDB.accepted then
      local specID, specName = C_SpecializationInfo.GetSpecializationInfo(C_SpecializationInfo.GetSpecialization())
      StaticPopup_Show("PROMPTER_ASK", specName .. " raid build", nil, specID)
    end
  end)
  `,
  { savedVariables: "PrompterDB" },
);

let game: SimulatedClient | undefined;
afterEach(() => game?.close());

describe("real Lua 5.1", () => {
  it("login shows the popup, accepting is saved, and after /reload the popup does not come back", async () => {
    game = await SimulatedClient.start({ runtime: "lua5.1", addons: [PROMPTER], character: TINY_CHARACTER });
    game.login();
    expect(game.popups().map((p) => [p.text, p.buttons])).toEqual([["Switch to Blood raid build?", ["Yes", "No"]]]);
    game.clickPopup("PROMPTER_ASK", 1);
    game.reload();
    expect(game.lua.json("PrompterDB")).toEqual({ logins: 2, accepted: 250 });
    expect(game.popups()).toEqual([]);
    expect(game.luaErrors()).toEqual([]);
    expect(game.leakedGlobals()).toEqual([]);
  });

  it("loads the built addon from dist/ through its .toc, logs in and reloads without Lua errors or leaked globals", async () => {
    game = await SimulatedClient.start({ runtime: "lua5.1", character: TINY_CHARACTER });
    game.login();
    game.reload();
    expect(game.luaErrors()).toEqual([]);
    expect(game.leakedGlobals()).toEqual([]);
  });
});
