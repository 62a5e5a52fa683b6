/**
 * A faulty event handler in the built addon, on real Lua 5.1 in the simulated client: the error reaches the game's
 * error handler (geterrorhandler(), here the sim's default recorder or one a bug-report addon installs with
 * seterrorhandler) with its message, other frames registered for the same event still get it, and the addon's
 * other handlers keep working. Data: the pipeline's sample source.
 */
import { describe, expect, it } from "vitest";
import type { SimulatedClient } from "../wow-sim/driver";
import { addonChat, useSessions, press, prompts, raid, startSession } from "./support/session";

const data = await useSessions([250], {
  // The deliberate errors were asserted in the test; everything else must still be clean.
  beforeEnd: (ended) => ended.lua.run("WowSim.state.errors = {}"),
});
let game: SimulatedClient | undefined;

/** Logged in, in the season raid with no talents, the login prompt dismissed; GetInstanceInfo raises from now on. */
async function raidWithBrokenClient(): Promise<SimulatedClient> {
  const g = await startSession({ data });
  g.login();
  press(g, 2);
  g.enterInstance(raid(16));
  addonChat(g);
  g.lua.run(`
    WowSim.realGetInstanceInfo = GetInstanceInfo
    GetInstanceInfo = function() error("boom: instance info unavailable") end
    WowSim.otherFrameSaw = {}
    local other = CreateFrame("Frame")
    other:RegisterEvent("READY_CHECK")
    other:SetScript("OnEvent", function(_, event) WowSim.otherFrameSaw[#WowSim.otherFrameSaw + 1] = event end)
  `);
  return g;
}

describe("event dispatch", () => {
  it("a throwing handler's error reaches the default error handler with its message; the others still run (real Lua 5.1)", async () => {
    game = await raidWithBrokenClient();
    game.readyCheck();
    const errors = game.luaErrors();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain("boom: instance info unavailable");
    expect(errors[0]!.context).toBe("event READY_CHECK");
    expect(addonChat(game)).toEqual([
      "internal error in READY_CHECK; the game's error report has the details (/console scriptErrors 1 shows it).",
    ]);
    expect(game.lua.json("WowSim.otherFrameSaw")).toEqual(["READY_CHECK"]);
    expect(prompts(game)).toEqual([]);

    // The addon's frame keeps dispatching: once the client answers again the same event prompts.
    game.lua.run("GetInstanceInfo = WowSim.realGetInstanceInfo; WowSim.state.errors = {}");
    game.readyCheck();
    expect(prompts(game)).toHaveLength(1);
    expect(game.luaErrors()).toEqual([]);
  });

  it("an error handler installed with seterrorhandler (a bug-report addon) receives the message", async () => {
    game = await raidWithBrokenClient();
    game.lua.run("WowSim.caught = {}; seterrorhandler(function(message) WowSim.caught[#WowSim.caught + 1] = message end)");
    game.readyCheck();
    const caught = game.lua.json<string[]>("WowSim.caught");
    expect(caught).toHaveLength(1);
    expect(caught[0]).toContain("boom: instance info unavailable");
    expect(game.luaErrors()).toEqual([]);
    expect(game.lua.json("WowSim.otherFrameSaw")).toEqual(["READY_CHECK"]);
  });
});
