/**
 * Sessions in the simulated client, login side: the login and spec-change prompt, the data guards, the settings
 * panel and every /att command. Data: the pipeline's sample source for specs 250 and 251 (252 has none).
 */
import { normalizeCode } from "@att/contract";
import { popularityText } from "../support/talent-data-view";
import { describe, expect, it } from "vitest";
import type { SimulatedClient } from "../wow-sim/driver";
import { generalDecisionLines, generalOffers, type GeneralOffer } from "../support/talent-data-view";
import {
  addonChat,
  buildLines,
  heroName,
  isActive,
  matchesFlexAside,
  press,
  prompts,
  startSession,
  useSessions,
  why,
} from "./support/session";
import { generalTop } from "./support/session-data";

const data = await useSessions([250, 251]);
let game: SimulatedClient | undefined;

const general = (specId: number, content: "raid" | "mythicplus"): string => generalTop(data, specId, content)!.talentCode;

/**
 * The login prompt's builds for Blood, from the data: each general slot's top build and, where the data has one, the
 * other hero tree's alternative (the sample's Mythic+ general slot has one), a build offered once.
 */
const bloodOffers = generalOffers(data, 250);
const contentName = (o: GeneralOffer): string => (o.content === "raid" ? "Raid" : "Mythic+");
const difficulty = (o: GeneralOffer): string => (o.content === "raid" ? "Mythic" : "Mythic+");
const buttonOf = (o: GeneralOffer): string => `${contentName(o)} build (${heroName(o.build.entries)})`;
/** /att why's and /att check's build lines. */
const decisionBuildLines = generalDecisionLines(data, 250);

function expectApplied(g: SimulatedClient, code: string): void {
  expect(isActive(g, code)).toBe(true);
  const exported = g.exportActiveLoadout()!;
  const [a, b] = [normalizeCode(exported), normalizeCode(code)];
  expect(a.ok && b.ok && a.value === b.value).toBe(true);
}

async function loginScenario(runtime: "fengari" | "lua5.1"): Promise<void> {
  game = await startSession({ data, runtime });
  game.login({ awaitTalents: false });
  // Talents are not readable before TRAIT_CONFIG_LIST_UPDATED: nothing is offered yet.
  expect(prompts(game)).toEqual([]);
  game.advance(1);
  const popups = prompts(game);
  expect(popups).toHaveLength(1);
  const [popup] = popups;
  const raid = generalTop(data, 250, "raid")!;
  const mplus = generalTop(data, 250, "mythicplus")!;
  // Raid, Mythic+ and "Don't ask again" are more choices than a StaticPopup holds: the addon's own window.
  expect(popup!.kind).toBe("frame");
  const raidHero = heroName(raid.entries);
  expect(bloodOffers[0]!.build.index).toBe(generalTop(data, 250, "raid")!.index);
  expect(bloodOffers.some((o) => o.content === "mythicplus" && o.build.index === mplus.index)).toBe(true);
  expect(popup!.buttons).toEqual([...bloodOffers.map(buttonOf), "Don't ask again", "Keep current (Esc)"]);
  const lines = popup!.text.split("\n");
  expect(lines[0]).toBe("SAMPLE DATA: synthetic builds, not real rankings.");
  expect(lines[1]).toBe("Your Blood talents match neither top build.");
  expect(lines[lines.length - 1]).toBe("Data from 2026-03-02.");
  // Popularity and sample size in players, the hero tree by name, and what applying changes (names from the client).
  expect(buildLines(popup!.text)).toEqual(
    bloodOffers.map((o) => ({
      label: `${contentName(o)}, ${heroName(o.build.entries)}: ${popularityText(o.build, difficulty(o))}`,
      change: expect.stringMatching(/^changes \d+ talent\(s\): Talent \d+/),
    })),
  );
  game.advance(5);
  expect(prompts(game)).toHaveLength(1);

  press(game, 1);
  expect(prompts(game)).toEqual([]);
  expect(addonChat(game)).toEqual([`applying the Raid build (${raidHero}).`]);
  game.advance(3);
  expect(addonChat(game)).toEqual([`Raid build (${raidHero}) applied.`]);
  expectApplied(game, raid.talentCode);
}

describe("login and spec change", () => {
  it("login with a mismatching build: one popup once talents load, Raid build applies and verifies (real Lua 5.1)", async () => {
    await loginScenario("lua5.1");
  });

  it("the same login scenario on fengari", async () => {
    await loginScenario("fengari");
  }, 180_000); // fengari interprets Lua in JS: the sim's talent API and the apply take ~20 s here

  it("login with a matching build: no popup, and /att why says so", async () => {
    game = await startSession({ data, committedBuilds: { 250: general(250, "raid") } });
    game.login();
    game.advance(5);
    expect(prompts(game)).toEqual([]);
    expect(why(game)).toEqual([
      "last decision (login):",
      "context: general (login / specialization change)",
      ...decisionBuildLines,
      "not prompted: the active talents already match the Raid build",
    ]);
  });

  it("a spec change prompts for the new spec; Mythic+ build applies it", async () => {
    game = await startSession({ data, committedBuilds: { 250: general(250, "raid") } });
    game.login();
    expect(prompts(game)).toEqual([]);
    game.changeSpec(251);
    const popups = prompts(game);
    expect(popups).toHaveLength(1);
    const mplus = generalTop(data, 251, "mythicplus")!;
    expect(popups[0]!.text).toContain("Your Frost talents match neither top build.");
    expect(popups[0]!.text).toContain(`Mythic+, ${heroName(mplus.entries)}: ${popularityText(mplus, "Mythic+")}`);
    press(game, 3);
    game.advance(3);
    expectApplied(game, mplus.talentCode);
    // Back to the first spec, which already holds its raid build: nothing to offer.
    game.changeSpec(250);
    expect(prompts(game)).toEqual([]);
  });

  it("a new trigger replaces the prompt on screen instead of stacking a second one", async () => {
    game = await startSession({ data });
    game.login();
    expect(prompts(game)).toHaveLength(1);
    game.changeSpec(251);
    const popups = prompts(game);
    expect(popups).toHaveLength(1);
    expect(popups[0]!.text).toContain("Frost");
    // The replaced prompt's buttons are gone with it; Keep current on the new one changes nothing.
    press(game, 2);
    game.advance(3);
    expect(prompts(game)).toEqual([]);
    expect(isActive(game, general(251, "raid"))).toBe(false);
  });

  it("talent events before the active config is readable do not claim the talents match neither build", async () => {
    game = await startSession({ data, committedBuilds: { 250: general(250, "raid") } });
    game.login({ awaitTalents: false });
    // Early events (the list announced before the active config answers, a spec event during loading): nothing to compare yet.
    game.fire("ACTIVE_PLAYER_SPECIALIZATION_CHANGED");
    game.fire("TRAIT_CONFIG_LIST_UPDATED");
    expect(prompts(game)).toEqual([]);
    // Once the talents load, the login check runs, against the real talents.
    game.advance(1);
    expect(prompts(game)).toEqual([]);
    expect(why(game)).toEqual([
      "last decision (login):",
      "context: general (login / specialization change)",
      ...decisionBuildLines,
      "not prompted: the active talents already match the Raid build",
    ]);
  });

  it("a spec change to a spec that needs no prompt takes the old spec's prompt away", async () => {
    game = await startSession({ data, committedBuilds: { 251: general(251, "raid") } });
    game.login();
    expect(prompts(game)).toHaveLength(1);
    game.changeSpec(251);
    // The Blood builds on screen are for a spec the player no longer has: clicking one could only fail.
    expect(prompts(game)).toEqual([]);
    expect(why(game)).toContain("not prompted: the active talents already match the Raid build");
  });

  it("the popup times out after 30 s without changing anything", async () => {
    game = await startSession({ data });
    game.login();
    game.advance(31);
    expect(prompts(game)).toEqual([]);
    expect(isActive(game, general(250, "raid"))).toBe(false);
  });

  it("no data for the spec: no popup, one clear line, and /att status says why", async () => {
    game = await startSession({ data, activeSpecId: 252 });
    game.login();
    game.advance(2);
    expect(prompts(game)).toEqual([]);
    expect(addonChat(game)).toEqual(["no talent data for your specialization (252); nothing will be offered."]);
    game.slash("/att status");
    expect(addonChat(game)).toEqual([
      "specialization: Unholy (252)",
      "SAMPLE DATA: this build of the addon carries synthetic builds, not real rankings.",
      "data: 2026-03-02, 2 specializations, format 3",
      "no talent data for your specialization (252); nothing will be offered.",
      "context: open world",
      '"don\'t ask again" choices: -',
    ]);
    game.slash("/att check");
    expect(addonChat(game)).toEqual([
      "last decision (/att check):",
      "context: general (login / specialization change)",
      "not prompted: no data for this specialization",
    ]);
  });

  it("stale data and an unknown schema version are each one line, once per session", async () => {
    game = await startSession({ data, dataAgeDays: 30 });
    game.login();
    expect(addonChat(game)).toEqual(["the talent data is 30 days old (from 2026-03-02); builds may be out of date."]);
    expect(prompts(game)).toHaveLength(1);
    press(game, 2);
    game.slash("/att check");
    expect(addonChat(game).filter((l) => l.includes("days old"))).toEqual([]);
    game.close();

    game = await startSession({ data: { ...data, schemaVersion: 99 } });
    game.login();
    game.changeSpec(251);
    expect(prompts(game)).toEqual([]);
    expect(addonChat(game)).toEqual(["the talent data has format version 99, this version of the addon reads 3; update the addon."]);
  });
});

describe("settings and /att", () => {
  it("registers the settings panel with defaults, and a setting survives /reload", async () => {
    game = await startSession({ data, committedBuilds: { 250: general(250, "raid") } });
    game.login();
    const view = game.settings();
    expect(view.categories).toEqual([{ id: expect.any(String), name: "Azeroth's Top Talent", registered: true }]);
    expect(view.settings.map((s) => [s.key, s.value, s.hasControl])).toEqual([
      ["enabled", true, true],
      ["promptOnLogin", true, true],
      ["promptInDungeons", true, true],
      ["promptOnReadyCheck", true, true],
      ["autoApply", false, true],
      ["offerRestore", true, true],
      ["flexMatches", true, true],
      ["debug", false, true],
      // Off / ask / automatic: a dropdown, Ask by default.
      ["actionBars", "ask", true],
    ]);
    game.setSetting("AzerothsTopTalent_promptOnLogin", false);
    game.reload();
    expect(game.settings().settings.find((s) => s.key === "promptOnLogin")?.value).toBe(false);
    expect(game.savedVariables().AzerothsTopTalent?.account).toContain("promptOnLogin");
    // With login prompts off, a spec change with mismatching talents stays quiet.
    game.changeSpec(251);
    expect(prompts(game)).toEqual([]);
    expect(why(game)).toContain("not prompted: this prompt is turned off in the settings");
  });

  it("fills new settings into an older saved table without touching the player's values", async () => {
    const savedVariables = {
      AzerothsTopTalent: { account: 'AzerothsTopTalentDB = { ["settings"] = { ["autoApply"] = true, ["enabled"] = true } }' },
    };
    game = await startSession({ data, savedVariables });
    game.login();
    const values = Object.fromEntries(game.settings().settings.map((s) => [s.key, s.value]));
    expect(values).toEqual({
      enabled: true,
      promptOnLogin: true,
      promptInDungeons: true,
      promptOnReadyCheck: true,
      autoApply: true,
      offerRestore: true,
      flexMatches: true,
      debug: false,
      actionBars: "ask",
    });
    expect(game.lua.json("AzerothsTopTalentDB.version")).toBe(1);
  });

  it("every /att command gives its documented output", async () => {
    game = await startSession({ data, committedBuilds: { 250: general(250, "raid") } });
    game.login();
    addonChat(game);
    game.slash("/att");
    const help = [
      "commands:",
      "/att status - specialization, data date, matching builds, current context",
      "/att check - run the check now",
      "/att why - explain the last decision",
      '/att reset - clear "don\'t ask again" choices',
      "/att export - print the import string of each offered build",
      "/att undo - put back your own build from before the addon's last change",
      "/att config - open the settings",
    ];
    expect(addonChat(game)).toEqual(help);
    game.slash("/att help");
    expect(addonChat(game)).toEqual(help);

    const raid = generalTop(data, 250, "raid")!;
    game.slash("/att status");
    expect(addonChat(game)).toEqual([
      "specialization: Blood (250)",
      "SAMPLE DATA: this build of the addon carries synthetic builds, not real rankings.",
      "data: 2026-03-02, 2 specializations, format 3",
      ...bloodOffers.map((o) => `${contentName(o)}, ${heroName(o.build.entries)}: ${popularityText(o.build, difficulty(o))}`),
      // The raid build is held; another offer matches too when it differs from it only in its flex talents (the
      // sample's Mythic+ alternative is such a build).
      `active talents match: ${bloodOffers
        .filter((o) => matchesFlexAside(raid.entries, o.build))
        .map(buttonOf)
        .join(", ")}`,
      "context: open world",
      '"don\'t ask again" choices: -',
    ]);

    game.slash("/att check");
    expect(addonChat(game)).toEqual([
      "last decision (/att check):",
      "context: general (login / specialization change)",
      ...decisionBuildLines,
      "not prompted: the active talents already match the Raid build",
    ]);
    game.slash("/att why");
    expect(addonChat(game)[0]).toBe("last decision (/att check):");

    game.slash("/att reset");
    expect(addonChat(game)).toEqual(['cleared 0 "don\'t ask again" choice(s).']);

    game.slash("/att config");
    const view = game.settings();
    expect(view.opened).toEqual([view.categories[0]!.id]);

    game.slash("/att dance");
    expect(addonChat(game)).toEqual(['unknown command "dance"; /att lists the commands.']);
  });
});
