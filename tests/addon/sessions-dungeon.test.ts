/**
 * Sessions in the simulated client, Mythic+ side: a season dungeon (matched by instance map ID; the client's
 * instance name here is not the data's) at normal and mythic difficulty, keystones, and "don't ask again"
 * across /reload until /att reset. Data: the pipeline's sample source.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { popularityText } from "../support/talent-data-view";
import type { SimulatedClient } from "../wow-sim/driver";
import { addonChat, buildLines, dungeon, heroName, isActive, press, prompts, startSession, useSessions, why } from "./support/session";
import { encounterTop, generalTop } from "./support/session-data";

const data = await useSessions([250, 251]);
/** A season dungeon whose spec-250 build differs from the general raid build the character holds, and its data. */
let target: {
  instanceId: number;
  encounterId: string;
  code: string;
  popularity: number;
  nearShare: number;
  sampleSize: number;
  entries: readonly { entryId: number }[];
};
let game: SimulatedClient | undefined;

beforeAll(() => {
  const held = generalTop(data, 250, "raid")?.talentCode;
  const found = Object.values(data.encounters).find(
    (e) =>
      e.content === "mythicplus" &&
      encounterTop(data, 250, String(e.id)) !== undefined &&
      encounterTop(data, 250, String(e.id))!.talentCode !== held,
  );
  if (found === undefined) throw new Error("the sample data has no dungeon whose build differs from the general raid build for spec 250");
  const build = encounterTop(data, 250, String(found.id))!;
  target = {
    instanceId: found.instanceId!,
    encounterId: String(found.id),
    code: build.talentCode,
    popularity: build.popularity,
    nearShare: build.nearShare,
    sampleSize: build.sampleSize,
    entries: build.entries,
  };
});

/** Logged in holding the general raid build (no login prompt). */
async function loggedIn(): Promise<SimulatedClient> {
  const g = await startSession({ data, committedBuilds: { 250: generalTop(data, 250, "raid")!.talentCode } });
  g.login();
  expect(prompts(g)).toEqual([]);
  addonChat(g);
  return g;
}

describe("season dungeons", () => {
  for (const [label, difficultyId] of [
    ["normal", 1],
    ["mythic", 23],
  ] as const) {
    it(`entering on ${label} offers that dungeon's build, once, and Apply applies it`, async () => {
      game = await loggedIn();
      game.enterInstance(dungeon(target.instanceId, difficultyId));
      const popups = prompts(game);
      expect(popups).toHaveLength(1);
      expect(popups[0]!.buttons).toEqual(["Apply", "Not now", "Don't ask again"]);
      const hero = heroName(target.entries);
      const lines = popups[0]!.text.split("\n");
      expect(lines.slice(0, 2)).toEqual([
        "SAMPLE DATA: synthetic builds, not real rankings.",
        `Blood: top Donjon ${target.instanceId} build for this dungeon.`,
      ]);
      expect(buildLines(popups[0]!.text)).toEqual([
        {
          label: `Mythic+, ${hero}: ${popularityText(target, "Mythic+")}`,
          change: expect.stringMatching(/^changes \d+ talent\(s\): Talent \d+/),
        },
      ]);
      expect(lines[lines.length - 1]).toBe("Data from 2026-03-02.");
      press(game, 1);
      game.advance(3);
      expect(addonChat(game)).toEqual([`applying the Mythic+ build (${hero}).`, `Mythic+ build (${hero}) applied.`]);
      expect(isActive(game, target.code)).toBe(true);
    });
  }

  it("a dungeon outside the data's season offers nothing", async () => {
    game = await loggedIn();
    game.enterInstance(dungeon(2660, 23));
    expect(prompts(game)).toEqual([]);
  });

  it("starting a keystone takes the offer away, and nothing is offered while it runs", async () => {
    game = await loggedIn();
    game.enterInstance(dungeon(target.instanceId, 23));
    expect(prompts(game)).toHaveLength(1);
    game.startKeystone();
    expect(prompts(game)).toEqual([]);
    game.slash("/att check");
    expect(addonChat(game)).toEqual(["last decision (/att check):", "context: keystone running", "not prompted: a keystone is running"]);
    game.reload();
    expect(prompts(game)).toEqual([]);
    expect(isActive(game, target.code)).toBe(false);
  });

  it("'Don't ask again' holds across re-entry and /reload, until /att reset", async () => {
    game = await loggedIn();
    game.enterInstance(dungeon(target.instanceId, 23));
    press(game, 3);
    const key = `250:dungeon:${target.encounterId}`;
    expect(addonChat(game)).toEqual([`will not ask again for this (${key}). /att reset undoes it.`]);
    game.leaveInstance();
    game.enterInstance(dungeon(target.instanceId, 1));
    expect(prompts(game)).toEqual([]);

    game.reload();
    expect(game.savedVariables().AzerothsTopTalent?.character).toContain(key);
    expect(prompts(game)).toEqual([]);
    expect(why(game)).toContain('not prompted: "don\'t ask again" was chosen for this context');
    game.slash("/att status");
    expect(addonChat(game)).toContain(`"don't ask again" choices: ${key}`);

    game.slash("/att reset");
    expect(addonChat(game)).toEqual(['cleared 1 "don\'t ask again" choice(s).']);
    game.slash("/att check");
    expect(prompts(game)).toHaveLength(1);
    game.reload();
    expect(game.savedVariables().AzerothsTopTalent?.character).not.toContain(key);
  });

  it("with dungeon prompts off, entering stays quiet", async () => {
    game = await loggedIn();
    game.setSetting("AzerothsTopTalent_promptInDungeons", false);
    game.enterInstance(dungeon(target.instanceId, 23));
    expect(prompts(game)).toEqual([]);
  });

  it("logging in inside a season dungeon offers the dungeon's build, not the general choice", async () => {
    game = await loggedIn();
    game.enterInstance(dungeon(target.instanceId, 2));
    press(game, 2);
    game.relog();
    const popups = prompts(game);
    expect(popups).toHaveLength(1);
    expect(popups[0]!.buttons).toEqual(["Apply", "Not now", "Don't ask again"]);
    expect(popups[0]!.text).toContain(`top Donjon ${target.instanceId} build`);
  });
});
