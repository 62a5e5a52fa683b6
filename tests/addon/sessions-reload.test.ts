/**
 * /reload in the simulated client on real Lua 5.1: a UI reload (PLAYER_ENTERING_WORLD(false, true), Blizzard_API
 * DocumentationGenerated/SystemDocumentation.lua:111-121) keeps the play session, so the login check after it does
 * not prompt again once this session's login check ran; a real login (relog) and a spec change still prompt, and
 * "Don't ask again" on the login prompt holds across both. Data: the pipeline's sample source.
 */
import { describe, expect, it } from "vitest";
import type { SimulatedClient } from "../wow-sim/driver";
import { addonChat, useSessions, isActive, press, prompts, raid, startSession, why } from "./support/session";
import { encounterTop, generalTop } from "./support/session-data";
import { raidBosses } from "./support/session";
import { generalDecisionLines } from "../support/talent-data-view";

const data = await useSessions([250, 251]);
let game: SimulatedClient | undefined;

/** A mythic raid boss whose build is neither general build: holding it, the login check would prompt. */
function distinctBossBuild(): { index: number; code: string } {
  const general = [generalTop(data, 250, "raid")!.talentCode, generalTop(data, 250, "mythicplus")!.talentCode];
  const bosses = raidBosses(data);
  for (let index = 0; index < bosses.length; index++) {
    const code = encounterTop(data, 250, String(bosses[index]!.encounterId))?.talentCode;
    if (code !== undefined && !general.includes(code)) return { index, code };
  }
  throw new Error("every boss build of the sample equals a general build");
}

describe("/reload", () => {
  it("does not offer the login prompt again after /reload; a real login and a spec change still prompt", async () => {
    game = await startSession({ data });
    game.login();
    expect(prompts(game)).toHaveLength(1);
    press(game, 2); // Keep current
    expect(prompts(game)).toEqual([]);

    game.reload();
    expect(game.events().some((e) => e.event === "PLAYER_ENTERING_WORLD")).toBe(true);
    expect(prompts(game)).toEqual([]);
    expect(why(game)).toEqual([
      "last decision (UI reload):",
      "context: general (login / specialization change)",
      // Each general slot's build, and the other hero tree's where the data has one (Blood's Mythic+ general slot).
      ...generalDecisionLines(data, 250),
      "not prompted: the UI was reloaded, and this session's login check had already run",
    ]);
    game.reload();
    expect(prompts(game)).toEqual([]);

    game.changeSpec(251);
    expect(prompts(game)).toHaveLength(1);
    press(game, 2);
    game.changeSpec(250);
    expect(prompts(game)).toHaveLength(1);
    press(game, 2);

    game.relog();
    expect(prompts(game)).toHaveLength(1);
    expect(why(game)[0]).toBe("last decision (login):");
  });

  it("holding a boss build in the raid, /reload stays quiet (it prompted before)", async () => {
    const boss = distinctBossBuild();
    game = await startSession({ data });
    game.login();
    press(game, 2);
    game.enterInstance(raid(16));
    const bosses = raidBosses(data);
    for (let i = 0; i < boss.index; i++) {
      game.encounterStart(bosses[i]!.encounterId, bosses[i]!.name);
      game.encounterEnd(true);
    }
    game.readyCheck();
    press(game, 1);
    game.advance(3);
    expect(isActive(game, boss.code)).toBe(true);
    addonChat(game);

    game.reload();
    expect(prompts(game)).toEqual([]);
    expect(addonChat(game)).toEqual([]);
    // The next ready check is still offered as before.
    game.readyCheck();
    expect(why(game)[0]).toBe("last decision (ready check):");
  });

  it("'Don't ask again' on the login prompt holds across /reload and a real login (real Lua 5.1)", async () => {
    game = await startSession({ data });
    game.login();
    press(game, "Don't ask again");
    expect(addonChat(game)).toEqual(["will not ask again for this (250:general). /att reset undoes it."]);

    game.reload();
    expect(game.savedVariables().AzerothsTopTalent?.character).toContain("250:general");
    expect(prompts(game)).toEqual([]);
    // "don't ask again" is the reason given, not the reload.
    expect(why(game)).toContain('not prompted: "don\'t ask again" was chosen for this context');

    game.relog();
    expect(prompts(game)).toEqual([]);
    expect(why(game)).toContain('not prompted: "don\'t ask again" was chosen for this context');

    game.slash("/att reset");
    game.relog();
    expect(prompts(game)).toHaveLength(1);
  });
});
