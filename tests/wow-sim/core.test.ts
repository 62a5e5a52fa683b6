/** The sim's core on fengari: login order, events, errors, timers, chat, slash, settings, metadata, deprecated globals. */
import { afterEach, describe, expect, it } from "vitest";
import { SimulatedClient } from "./driver";
import { EVENT_LOGGER, TINY_CHARACTER, testAddon } from "./fixtures";

let game: SimulatedClient | undefined;
afterEach(() => game?.close());

async function session(main: string, extra: Partial<Parameters<typeof SimulatedClient.start>[0]> = {}): Promise<SimulatedClient> {
  game = await SimulatedClient.start({ addons: [testAddon("T", main)], character: TINY_CHARACTER, ...extra });
  return game;
}

describe("login", () => {
  it("fires ADDON_LOADED, PLAYER_LOGIN, PLAYER_ENTERING_WORLD(true, false), then TRAIT_CONFIG_LIST_UPDATED once talents are readable", async () => {
    game = await SimulatedClient.start({ addons: [EVENT_LOGGER], character: TINY_CHARACTER });
    game.login({ awaitTalents: false });
    expect(game.lua.json("EventLoggerLog")).toEqual([
      "ADDON_LOADED EventLogger false config=false",
      "PLAYER_LOGIN config=false",
      "PLAYER_ENTERING_WORLD true false config=false",
    ]);
    expect(game.lua.json("C_ClassTalents.GetActiveConfigID()")).toBeNull();
    game.advance(1);
    expect(game.lua.json<string[]>("EventLoggerLog").at(-1)).toBe("TRAIT_CONFIG_LIST_UPDATED config=true");
    expect(game.luaErrors()).toEqual([]);
    expect(game.leakedGlobals()).toEqual(["EventLoggerLog"]);
  });

  it("fires ADDON_LOADED for each addon after its own files ran, in load order", async () => {
    const second = testAddon("Second", "SecondLoaded = true");
    game = await SimulatedClient.start({ addons: [EVENT_LOGGER, second], character: TINY_CHARACTER });
    game.login();
    const log = game.lua.json<string[]>("EventLoggerLog");
    expect(log.slice(0, 2)).toEqual(["ADDON_LOADED EventLogger false config=false", "ADDON_LOADED Second false config=false"]);
  });
});

describe("frames and events", () => {
  it("raises the client's error for an unknown event name and records it when it happens in addon code", async () => {
    await session(`CreateFrame("Frame"):RegisterEvent("PLAYER_LOGIN_TYPO")`);
    game!.login();
    const errors = game!.luaErrors();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('Attempt to register unknown event "PLAYER_LOGIN_TYPO"');
    expect(errors[0]!.context).toBe("loading T/main.lua");
  });

  it("records an error in one handler and still runs the other handlers", async () => {
    await session(`
      Seen = {}
      local a = CreateFrame("Frame"); a:RegisterEvent("PLAYER_LOGIN"); a:SetScript("OnEvent", function() error("boom") end)
      local b = CreateFrame("Frame"); b:RegisterEvent("PLAYER_LOGIN"); b:SetScript("OnEvent", function(self, event) Seen[#Seen + 1] = event end)
    `);
    game!.login();
    expect(game!.lua.json("Seen")).toEqual(["PLAYER_LOGIN"]);
    expect(game!.luaErrors().map((e) => [e.context, e.message.includes("boom")])).toEqual([["event PLAYER_LOGIN", true]]);
  });

  it("securecallfunction returns the function's results, and on an error calls the current error handler and goes on", async () => {
    await session(`
      local f = CreateFrame("Frame"); f:RegisterEvent("PLAYER_LOGIN")
      f:SetScript("OnEvent", function()
        Out = { results = { securecallfunction(function(a, b) return a + b, nil, "x" end, 2, 3) } }
        Out.count = select("#", securecallfunction(function(...) return ... end, 1, nil, 3))
        Out.failed = select("#", securecallfunction(function() error("kaboom") end))
        Out.defaultIsSet = type(geterrorhandler()) == "function"
        local caught = {}
        local previous = geterrorhandler()
        seterrorhandler(function(message) caught[#caught + 1] = message end)
        Out.afterError = securecallfunction(function() error("second") end) == nil and "went on"
        Out.caught = caught
        Out.sameHandler = geterrorhandler() ~= previous
        seterrorhandler(previous)
        Out.badUsage = select(2, pcall(seterrorhandler, 42))
      end)
    `);
    game!.login();
    const out = game!.lua.json<Record<string, unknown>>("Out");
    expect(out).toMatchObject({
      results: { "1": 5, "3": "x" },
      count: 3,
      failed: 0,
      defaultIsSet: true,
      afterError: "went on",
      sameHandler: true,
    });
    expect((out.caught as string[]).map((m) => m.includes("second"))).toEqual([true]);
    expect(out.badUsage).toContain("Usage: seterrorhandler(errfunc)");
    // The default handler recorded the first error, under what the client was running (the event's handler).
    expect(game!.luaErrors().map((e) => [e.context, e.message.includes("kaboom")])).toEqual([["event PLAYER_LOGIN", true]]);
  });

  it("stops delivering after UnregisterEvent and passes the frame as self", async () => {
    await session(`
      Count = 0
      local f = CreateFrame("Frame", "MyNamedFrame")
      f:RegisterEvent("PLAYER_REGEN_DISABLED")
      f:SetScript("OnEvent", function(self, event) Count = Count + 1; SelfOk = (self == MyNamedFrame); self:UnregisterEvent(event) end)
    `);
    game!.login();
    game!.enterCombat();
    game!.leaveCombat();
    game!.enterCombat();
    expect(game!.lua.json("{Count, SelfOk}")).toEqual([1, true]);
  });
});

describe("timers", () => {
  it("fires C_Timer callbacks in due order on advance, never synchronously, and honours Cancel", async () => {
    await session(`
      Order = {}
      C_Timer.After(2, function() Order[#Order + 1] = "b@" .. GetTime() end)
      C_Timer.After(1, function() Order[#Order + 1] = "a@" .. GetTime(); C_Timer.After(0.5, function() Order[#Order + 1] = "nested@" .. GetTime() end) end)
      C_Timer.After(0, function() Order[#Order + 1] = "zero@" .. GetTime() end)
      local t = C_Timer.NewTimer(1.5, function() Order[#Order + 1] = "cancelled" end)
      t:Cancel()
      Cancelled = t:IsCancelled()
      RunNextFrame(function() Order[#Order + 1] = "nextframe@" .. GetTime() end)
    `);
    game!.login({ awaitTalents: false });
    expect(game!.lua.json("Order")).toEqual({});
    game!.advance(0);
    expect(game!.lua.json("Order")).toEqual(["zero@0", "nextframe@0"]);
    game!.advance(5);
    expect(game!.lua.json("Order")).toEqual(["zero@0", "nextframe@0", "a@1", "nested@1.5", "b@2"]);
    expect(game!.lua.json("Cancelled")).toBe(true);
    expect(game!.status().now).toBe(5);
  });

  it("keeps GetServerTime on the sim clock from the configured start", async () => {
    await session("", { serverTime: 1_780_000_000 });
    game!.advance(90.5);
    expect(game!.lua.json("GetServerTime()")).toBe(1_780_000_090);
  });
});

describe("chat, slash commands, settings, metadata", () => {
  it("captures print and AddMessage and dispatches slash commands through SLASH_X globals", async () => {
    await session(`
      SLASH_TESTCMD1 = "/tc"; SLASH_TESTCMD2 = "/testcmd"
      SlashCmdList.TESTCMD = function(msg) print("got", "[" .. msg .. "]", 42, nil, true) end
      DEFAULT_CHAT_FRAME:AddMessage("hello")
    `);
    game!.login();
    expect(game!.slash("/TC  status  now ")).toBe(true);
    expect(game!.slash("/testcmd")).toBe(true);
    expect(game!.slash("/nope")).toBe(false);
    expect(game!.chat()).toEqual([
      "hello",
      "got [status  now] 42 nil true",
      "got [] 42 nil true",
      "Type '/help' for a listing of a few commands.",
    ]);
    expect(game!.takeChat()).toHaveLength(4);
    expect(game!.chat()).toEqual([]);
  });

  it("fills setting defaults into the saved table without touching existing keys, runs change callbacks, records OpenToCategory", async () => {
    await session(`
      DB = { enabled = false }
      local category = Settings.RegisterVerticalLayoutCategory("Test Addon")
      local s1 = Settings.RegisterAddOnSetting(category, "T_ENABLED", "enabled", DB, "boolean", "Enabled", true)
      local s2 = Settings.RegisterAddOnSetting(category, "T_AUTO", "auto", DB, "boolean", "Auto", false)
      Settings.CreateCheckbox(category, s1, "tooltip")
      s2:SetValueChangedCallback(function(setting, value) Changed = tostring(value) end)
      Settings.RegisterAddOnCategory(category)
      SlashCmdList.TCFG = function() Settings.OpenToCategory(category:GetID()) end
      SLASH_TCFG1 = "/tcfg"
    `);
    game!.login();
    expect(game!.lua.json("DB")).toEqual({ enabled: false, auto: false });
    game!.setSetting("T_AUTO", true);
    expect(game!.lua.json("{DB.auto, Changed}")).toEqual([true, "true"]);
    game!.slash("/tcfg");
    const view = game!.settings();
    expect(view.categories).toEqual([{ id: "1001", name: "Test Addon", registered: true }]);
    expect(view.opened).toEqual(["1001"]);
    expect(view.settings.map((s) => [s.variable, s.value, s.hasControl])).toEqual([
      ["T_ENABLED", false, true],
      ["T_AUTO", true, false],
    ]);
  });

  it("reads .toc metadata case-insensitively and locale", async () => {
    await session("");
    game!.login();
    expect(game!.lua.json(`{C_AddOns.GetAddOnMetadata("T", "Version"), C_AddOns.GetAddOnMetadata("t", "title"), GetLocale()}`)).toEqual([
      "1.2.3",
      "T",
      "enUS",
    ]);
  });

  it("has deprecated globals only with the fallback flag", async () => {
    await session("");
    expect(game!.lua.json("{GetSpecialization == nil, IsEncounterInProgress == nil, C_SpecializationInfo.GetSpecialization()}")).toEqual([
      true,
      true,
      1,
    ]);
    game!.close();
    await session("", { deprecationFallbacks: true });
    expect(game!.lua.json("{GetSpecialization(), (GetSpecializationInfo(2)), IsEncounterInProgress()}")).toEqual([1, 251, false]);
  });
});
