/** SavedVariables written as Lua text at logout and read back at the next login, across a real /reload. */
import { afterEach, describe, expect, it } from "vitest";
import { SimulatedClient } from "./driver";
import { toLua } from "./driver/lua-literal";
import { TINY_CHARACTER, testAddon } from "./fixtures";

const SV_ADDON = testAddon(
  "Saver",
  `
  local f = CreateFrame("Frame")
  f:RegisterEvent("ADDON_LOADED"); f:RegisterEvent("PLAYER_LOGOUT")
  f:SetScript("OnEvent", function(self, event, name)
    if event == "ADDON_LOADED" and name == "Saver" then
      SaverDB = SaverDB or { loads = 0 }
      SaverDB.loads = SaverDB.loads + 1
      SaverCharDB = SaverCharDB or {}
      LoadedAtAddonLoaded = SaverDB.loads
    elseif event == "PLAYER_LOGOUT" then
      SaverDB.lastEvent = "logout"
    end
  end)
  `,
  { savedVariables: "SaverDB", perCharacter: "SaverCharDB" },
);

const TRICKY = ['quote " and \\ backslash', "line1\nline2\r\t", "unicode é ☃ 𝄞", "\u0000nul and \u007f del", "]] long bracket [[", ""];

let game: SimulatedClient | undefined;
afterEach(() => game?.close());

describe("SavedVariables", () => {
  for (const runtime of ["fengari", "lua5.1"] as const) {
    it(`round-trips strings, numbers, booleans and nested tables through /reload (${runtime})`, async () => {
      game = await SimulatedClient.start({ runtime, addons: [SV_ADDON], character: TINY_CHARACTER });
      game.login();
      game.lua.run(`
        SaverDB.strings = ${toLua(TRICKY)}
        SaverDB.numbers = { 0, -1, 3.25, 1e15, 2^53, 0.1, 1/3 }
        SaverDB.flags = { yes = true, no = false }
        SaverDB.nested = { a = { b = { c = "deep" } }, [10] = "ten", ["with space"] = 1 }
        SaverDB.skipped = function() end
        SaverCharDB["250:raid"] = true
      `);
      const before = game.lua.json("SaverDB");
      game.reload();
      expect(game.lua.json("LoadedAtAddonLoaded")).toBe(2);
      const after = game.lua.json<Record<string, unknown>>("SaverDB");
      expect(after.lastEvent).toBe("logout");
      expect({ ...after, loads: 1, lastEvent: undefined }).toEqual({ ...(before as object), loads: 1, lastEvent: undefined });
      expect(game.lua.json("SaverDB.strings")).toEqual(TRICKY);
      expect(game.lua.json("{SaverDB.numbers[5] == 2^53, SaverDB.numbers[6] == 0.1, SaverDB.numbers[7] == 1/3}")).toEqual([
        true,
        true,
        true,
      ]);
      expect(game.lua.json('SaverCharDB["250:raid"]')).toBe(true);
      expect(game.luaErrors()).toEqual([]);
    });
  }

  it("writes the client's text format, per account and per character, and loads it into a new session", async () => {
    game = await SimulatedClient.start({ addons: [SV_ADDON], character: TINY_CHARACTER });
    game.login();
    game.lua.run('SaverDB.note = "hi"');
    const saved = game.logout();
    expect(saved.Saver?.account).toBe('SaverDB = {\n\t["lastEvent"] = "logout",\n\t["loads"] = 1,\n\t["note"] = "hi",\n}\n');
    expect(saved.Saver?.character).toBe("SaverCharDB = {\n}\n");
    game.close();
    game = await SimulatedClient.start({ addons: [SV_ADDON], character: TINY_CHARACTER, savedVariables: saved });
    game.login();
    expect(game.lua.json("{SaverDB.loads, SaverDB.note}")).toEqual([2, "hi"]);
  });

  it("keeps server-side state across /reload: clock, committed talents, location, kills", async () => {
    game = await SimulatedClient.start({ addons: [SV_ADDON], character: TINY_CHARACTER });
    game.login();
    game.enterInstance({ instanceId: 2657, name: "Nerub-ar Palace", instanceType: "raid", difficultyId: 16, mapId: 2292 });
    game.setBossKilled(2657, 16, 2902);
    game.advance(10);
    game.reload();
    const status = game.status();
    expect(status.now).toBe(12);
    expect(status.location.instanceId).toBe(2657);
    expect(game.lua.json("C_RaidLocks.IsEncounterComplete(2657, 2902, 16)")).toBe(true);
    expect(game.events().filter((e) => e.event === "PLAYER_ENTERING_WORLD")).toHaveLength(1);
    expect(game.lua.json("{GetInstanceInfo()}")).toEqual(["Nerub-ar Palace", "raid", 16, "Mythic", 20, 0, false, 2657, 1]);
  });
});
