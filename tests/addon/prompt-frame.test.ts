/**
 * The addon's own prompt window (more choices than a StaticPopup holds) and the addon compartment, in the simulated
 * client on real Lua 5.1 with data from the pipeline's sample source: mouse, no key picking anything (every key reaches
 * the game's bindings, in and out of combat), Escape, dragging,
 * the 30 s timeout, "Don't ask again" on the login prompt across /reload, and the compartment's click and tooltip.
 */
import { describe, expect, it } from "vitest";
import { COMPARTMENT_FUNCS, ADDON_NAME } from "../../build/addon-manifest";
import type { SimulatedClient } from "../wow-sim/driver";
import { addonChat, heroName, isActive, press, PROMPT_FRAME, prompts, startSession, useSessions } from "./support/session";
import { generalTop } from "./support/session-data";

const data = await useSessions([250, 251]);
let game: SimulatedClient | undefined;

const raidCode = (): string => generalTop(data, 250, "raid")!.talentCode;

async function atLogin(): Promise<SimulatedClient> {
  game = await startSession({ data });
  game.login();
  const [shown] = prompts(game);
  expect(shown?.kind).toBe("frame");
  return game;
}

describe("the prompt window", () => {
  it("is movable, and the mouse picks: the first button applies the first choice", async () => {
    const g = await atLogin();
    const [view] = g.frames().filter((f) => f.name === PROMPT_FRAME);
    expect(view).toMatchObject({ movable: true, mouse: true, keyboard: false, moved: false });
    g.dragFrame(PROMPT_FRAME);
    expect(g.frames().find((f) => f.name === PROMPT_FRAME)?.moved).toBe(true);
    press(g, 1);
    expect(prompts(g)).toEqual([]);
    g.advance(3);
    const hero = heroName(generalTop(data, 250, "raid")!.entries);
    expect(addonChat(g)).toEqual([`applying the Raid build (${hero}).`, `Raid build (${hero}) applied.`]);
    expect(isActive(g, raidCode())).toBe(true);
  });

  it("Enter after login opens chat and applies nothing; 1-9 reach the action bar and pick nothing", async () => {
    const g = await atLogin();
    const before = g.exportActiveLoadout();
    for (const key of ["ENTER", "1", "2", "3", "9"]) expect(g.pressKey(key)).toBe(false);
    expect(g.keyBindings()).toEqual(["ENTER", "1", "2", "3", "9"].map((key) => ({ key, inCombat: false })));
    // Still on screen, nothing chosen (3 is "Don't ask again": not set either).
    expect(prompts(g)).toHaveLength(1);
    g.advance(5);
    expect(g.exportActiveLoadout()).toBe(before);
    expect(addonChat(g)).toEqual([]);
    g.relog();
    expect(prompts(g)).toHaveLength(1);
  });

  it("Escape closes it as the dismiss: nothing changes", async () => {
    const g = await atLogin();
    const before = g.exportActiveLoadout();
    expect(g.pressEscape()).toBeGreaterThan(0);
    expect(prompts(g)).toEqual([]);
    g.advance(5);
    expect(g.exportActiveLoadout()).toBe(before);
    expect(addonChat(g)).toEqual([]);
  });

  it("dismisses itself after 30 s, changing nothing", async () => {
    const g = await atLogin();
    const before = g.exportActiveLoadout();
    g.advance(29.5);
    expect(prompts(g)).toHaveLength(1);
    g.advance(1);
    expect(prompts(g)).toEqual([]);
    expect(g.exportActiveLoadout()).toBe(before);
  });

  it("Don't ask again on the login prompt holds across /reload", async () => {
    const g = await atLogin();
    press(g, "Don't ask again");
    expect(addonChat(g)).toEqual(["will not ask again for this (250:general). /att reset undoes it."]);
    g.reload();
    expect(prompts(g)).toEqual([]);
    g.slash("/att reset");
    // A /reload does not prompt again in the same session (sessions-reload.test.ts); a real login does.
    g.relog();
    expect(prompts(g)).toHaveLength(1);
  });

  it("in combat a key press reaches the game's bindings and picks nothing; the mouse still works", async () => {
    game = await startSession({ data });
    game.login({ awaitTalents: false });
    game.enterCombat();
    game.advance(2);
    const [view] = game.frames().filter((f) => f.name === PROMPT_FRAME);
    expect(view?.keyboard).toBe(false);
    expect(game.pressKey("1")).toBe(false);
    expect(game.pressKey("ENTER")).toBe(false);
    expect(game.keyBindings()).toEqual([
      { key: "1", inCombat: true },
      { key: "ENTER", inCombat: true },
    ]);
    expect(prompts(game)).toHaveLength(1);
    expect(addonChat(game)).toEqual([]);
    press(game, 1);
    expect(addonChat(game)).toEqual([
      `in combat: the Raid build (${heroName(generalTop(data, 250, "raid")!.entries)}) is queued and will be applied when combat ends.`,
    ]);
    game.leaveCombat();
    game.advance(3);
    expect(isActive(game, raidCode())).toBe(true);
  });
});

describe("the settings panel in combat", () => {
  it("/att config and the compartment click say so in chat and call nothing restricted (Settings.OpenToCategory)", async () => {
    const g = await atLogin();
    press(g, 2);
    addonChat(g);
    g.enterCombat();
    g.slash("/att config");
    expect(addonChat(g)).toEqual(["the settings cannot open in combat; try /att config again after combat."]);
    g.compartment(ADDON_NAME, "click", COMPARTMENT_FUNCS.AddonCompartmentFunc);
    expect(addonChat(g).at(-1)).toBe("the settings cannot open in combat; try /att config again after combat.");
    expect(g.settings().opened).toEqual([]);
    expect(g.blockedActions()).toEqual([]);
    g.leaveCombat();
    g.slash("/att config");
    expect(g.settings().opened).toHaveLength(1);
  });
});

describe("the addon compartment", () => {
  it("click prints the status and opens the settings; hover shows a tooltip that leave hides", async () => {
    const g = await atLogin();
    press(g, 2);
    addonChat(g);
    g.compartment(ADDON_NAME, "click", COMPARTMENT_FUNCS.AddonCompartmentFunc);
    expect(addonChat(g).some((line) => line.startsWith("specialization: Blood"))).toBe(true);
    expect(g.settings().opened).toHaveLength(1);
    g.compartment(ADDON_NAME, "enter", COMPARTMENT_FUNCS.AddonCompartmentFuncOnEnter);
    expect(g.tooltip()).toEqual({
      shown: true,
      lines: ["Azeroth's Top Talent", expect.stringMatching(/^data: 2026-03-02/), "Click: status in chat and the settings."],
    });
    g.compartment(ADDON_NAME, "leave", COMPARTMENT_FUNCS.AddonCompartmentFuncOnLeave);
    expect(g.tooltip().shown).toBe(false);
  });
});
