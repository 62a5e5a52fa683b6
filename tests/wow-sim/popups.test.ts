/** StaticPopup as the client runs it: text with arguments, buttons, keep-open, escape, timeout, override. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SimulatedClient } from "./driver";
import { TINY_CHARACTER, testAddon } from "./fixtures";

const POPUP_ADDON = testAddon(
  "Pop",
  `
  Calls = {}
  local function log(...) local t = {} for i = 1, select("#", ...) do t[i] = tostring((select(i, ...))) end Calls[#Calls + 1] = table.concat(t, " ") end
  StaticPopupDialogs.POP_TEST = {
    text = "Use %s build (%s)?", button1 = "Raid", button2 = "Keep", button3 = "Mythic+", timeout = 30, hideOnEscape = true,
    OnAccept = function(dialog, data) log("accept", data, dialog.data) end,
    OnCancel = function(dialog, data, reason) log("cancel", data, reason) end,
    OnAlt = function(dialog, data) log("alt", data) end,
    OnShow = function(dialog, data) log("show", data) end,
    OnHide = function(dialog, data) log("hide", data) end,
  }
  StaticPopupDialogs.POP_STICKY = { text = "Sticky", button1 = "Ok", OnAccept = function() log("sticky"); return true end }
  function ShowPop(data) return StaticPopup_Show("POP_TEST", "the raid", "42 %", data) end
  `,
);

let game: SimulatedClient;
beforeEach(async () => {
  game = await SimulatedClient.start({ addons: [POPUP_ADDON], character: TINY_CHARACTER });
  game.login();
});
afterEach(() => game.close());

const calls = (): string[] => {
  const value = game.lua.json("Calls");
  return Array.isArray(value) ? (value as string[]) : [];
};

describe("StaticPopup", () => {
  it("shows the text with its arguments and the button labels, and accepts with button 1", () => {
    game.lua.run('ShowPop("d1")');
    expect(game.popups()).toEqual([
      expect.objectContaining({
        index: 1,
        which: "POP_TEST",
        text: "Use the raid build (42 %)?",
        buttons: ["Raid", "Keep", "Mythic+"],
        expiresIn: 30,
      }),
    ]);
    game.clickPopup("POP_TEST", 1);
    expect(calls()).toEqual(["show d1", "accept d1 d1", "hide d1"]);
    expect(game.popups()).toEqual([]);
  });

  it("cancels with reason clicked on button 2 and calls OnAlt on button 3", () => {
    game.lua.run('ShowPop("a")');
    game.clickPopup(1, 2);
    game.lua.run('ShowPop("b")');
    game.clickPopup("POP_TEST", 3);
    expect(calls()).toEqual(["show a", "cancel a clicked", "hide a", "show b", "alt b", "hide b"]);
  });

  it("times out after `timeout` seconds on the clock with reason timeout", () => {
    game.lua.run('ShowPop("t")');
    game.advance(29.9);
    expect(game.popups()).toHaveLength(1);
    game.advance(0.1);
    expect(game.popups()).toEqual([]);
    expect(calls()).toEqual(["show t", "cancel t timeout", "hide t"]);
  });

  it("closes on escape when hideOnEscape, and a replaced popup is cancelled with reason override", () => {
    game.lua.run('ShowPop("first")');
    game.lua.run('ShowPop("second")');
    expect(game.popups().map((p) => p.which)).toEqual(["POP_TEST"]);
    expect(game.pressEscape()).toBe(1);
    expect(calls()).toEqual(["show first", "cancel first override", "hide first", "show second", "cancel second clicked", "hide second"]);
    // The old dialog's timeout must not fire for the new one.
    game.advance(60);
    expect(calls()).toHaveLength(6);
  });

  it("keeps a dialog open when its callback returns true, and StaticPopup_Hide / Visible work", () => {
    game.lua.run('StaticPopup_Show("POP_STICKY")');
    game.clickPopup("POP_STICKY", 1);
    expect(game.popups().map((p) => p.which)).toEqual(["POP_STICKY"]);
    expect(game.lua.json('(StaticPopup_Visible("POP_STICKY"))')).toBe("StaticPopup1");
    expect(game.pressEscape()).toBe(0);
    game.lua.run('StaticPopup_Hide("POP_STICKY")');
    expect(game.lua.json('StaticPopup_Visible("POP_STICKY")')).toBeNull();
    expect(game.lua.json('StaticPopup_Show("NOT_DEFINED")')).toBeNull();
  });

  it("refuses clicks on buttons a dialog does not have", () => {
    game.lua.run('StaticPopup_Show("POP_STICKY")');
    expect(() => game.clickPopup("POP_STICKY", 2)).toThrow(/has no button2/);
  });
});
