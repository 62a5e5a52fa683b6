/**
 * The built addon loads through its .toc in fengari and in real Lua 5.1 with only the few client globals its main
 * chunk touches, creates no globals beyond its SavedVariables and SLASH_ATT1, and /att answers with the help.
 * (The full client is the simulator's job: tests/addon/sessions*.test.ts.)
 */
import { afterEach, describe, expect, it } from "vitest";
import { ALLOWED_ADDON_GLOBALS, loadAddon } from "../harness/addon-loader";
import { createFengari } from "../harness/fengari";
import { createLua51 } from "../harness/lua51";
import type { LuaRuntime } from "../harness/runtime";
import { enUS } from "../../packages/addon-ts/src/locale/enUS";
import { COMPARTMENT_FUNCS } from "../../build/addon-manifest";

/**
 * Just enough client for the main chunk: a locale, a frame that keeps its registrations and script in __bare
 * (made before the loader's global snapshot), the popup and slash tables. Same as tests/harness/lua/bare-client.lua
 * where the harness has it.
 */
const BARE_CLIENT = `
  __bare = { registered = {} }
  GetLocale = function() return "enUS" end
  CreateFrame = function()
    local frame = {}
    function frame:RegisterEvent(event) __bare.registered[#__bare.registered + 1] = event end
    function frame:SetScript(kind, handler) if kind == "OnEvent" then __bare.onEvent = handler end end
    return frame
  end
  StaticPopupDialogs = {}
  SlashCmdList = {}
  -- The client's call barrier: an error goes to the error handler (here: kept in __bare.errors), nothing returns.
  __bare.errors = {}
  securecallfunction = function(fn, ...)
    local results = { pcall(fn, ...) }
    if not results[1] then __bare.errors[#__bare.errors + 1] = tostring(results[2]); return end
    return unpack(results, 2)
  end
`;

/** Printed lines since the last call (an empty Lua table comes back from JSON as {}). */
const printed = (lua: LuaRuntime): string[] => {
  const lines = lua.takePrinted();
  return Array.isArray(lines) ? lines : [];
};

const runtimes: Record<string, () => LuaRuntime> = { fengari: createFengari, "lua5.1": createLua51 };

for (const [name, create] of Object.entries(runtimes)) {
  describe(`the built addon in a bare client on ${name}`, () => {
    let lua: LuaRuntime | undefined;
    afterEach(() => lua?.close());

    it("loads through the .toc without leaking globals and answers /att with the help", () => {
      lua = create();
      lua.run(BARE_CLIENT);
      const before = lua.json<string[]>("(function() local t = {} for k in pairs(_G) do t[#t+1] = k end return t end)()");
      const loaded = loadAddon(lua);
      expect(loaded.files).toEqual(["TalentData.lua", "Locales.lua", "AzerothsTopTalent.lua"]);
      const leaked = loaded.newGlobals.filter((g) => !ALLOWED_ADDON_GLOBALS.includes(g) && !before.includes(g) && !g.startsWith("__"));
      expect(leaked).toEqual([]);
      expect(loaded.newGlobals.filter((g) => !g.startsWith("__")).sort()).toEqual(
        ["SLASH_ATT1", ...Object.values(COMPARTMENT_FUNCS)].sort(),
      );
      expect(lua.run("return SLASH_ATT1")).toBe("/att");

      const registered = lua.json<string[]>("__bare.registered");
      for (const event of [
        "ADDON_LOADED",
        "PLAYER_ENTERING_WORLD",
        "TRAIT_CONFIG_LIST_UPDATED",
        "READY_CHECK",
        "ENCOUNTER_END",
        "CHALLENGE_MODE_START",
        "PLAYER_REGEN_ENABLED",
        "TRAIT_CONFIG_UPDATED",
        "CONFIG_COMMIT_FAILED",
        "ACTIVE_PLAYER_SPECIALIZATION_CHANGED",
        "ZONE_CHANGED_NEW_AREA",
        "BOSS_KILL",
      ]) {
        expect(registered).toContain(event);
      }

      lua.takePrinted();
      lua.run('SlashCmdList.ATT("")');
      expect(lua.takePrinted()).toEqual(enUS.HELP.map((line) => `${enUS.CHAT_PREFIX} ${line}`));
      lua.run('SlashCmdList.ATT("help")');
      expect(lua.takePrinted()).toHaveLength(enUS.HELP.length);
      lua.run('SlashCmdList.ATT("bogus")');
      expect(lua.takePrinted()).toEqual([`${enUS.CHAT_PREFIX} unknown command "bogus"; /att lists the commands.`]);
    });

    it("hands an error in one event handler to the error handler, names it in chat and keeps handling the next events", () => {
      lua = create();
      lua.run(BARE_CLIENT);
      loadAddon(lua);
      lua.takePrinted();
      // C_ClassTalents and friends are missing here, so the login check fails inside securecallfunction...
      lua.run('__bare.onEvent(nil, "PLAYER_ENTERING_WORLD", true, false)');
      const lines = printed(lua);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain("internal error in PLAYER_ENTERING_WORLD");
      const errors = lua.json<string[]>("__bare.errors");
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain("C_ClassTalents");
      // ...and the frame still delivers other events: the slash command and a harmless event still work.
      lua.run('__bare.onEvent(nil, "CHALLENGE_MODE_START", 2800)');
      expect(printed(lua)).toEqual([]);
      lua.run('SlashCmdList.ATT("")');
      expect(lua.takePrinted()).toHaveLength(enUS.HELP.length);
    });
  });
}
