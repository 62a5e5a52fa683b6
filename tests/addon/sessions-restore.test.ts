/**
 * Put my build back, in the simulated client on real Lua 5.1: the build the player held before the addon's apply
 * is offered back after the key ends and after the boss dies, comes back on /att undo (after combat when in
 * combat), survives a /reload, and is refused with the reason when the tree no longer holds its talents.
 * Data: the pipeline's sample source.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { SimulatedClient } from "../wow-sim/driver";
import { alternativeOf, raidOf, topOf } from "../support/talent-data-view";
import {
  addonChat,
  dungeon,
  isActive,
  matchesFlexAside,
  press,
  prompts,
  raid,
  raidBosses,
  startSession,
  useSessions,
  why,
} from "./support/session";
import { dungeonWithOtherBuild, encounterTop, generalTop } from "./support/session-data";

const data = await useSessions([250]);
const bosses = raidBosses(data);
const OWN = generalTop(data, 250, "raid")!.talentCode;
const RESTORE_BUTTONS = ["Restore my build", "Not now", "Don't ask again"];
let dungeonTarget: { instanceId: number; code: string };
let game: SimulatedClient | undefined;

beforeAll(() => {
  dungeonTarget = dungeonWithOtherBuild(data, 250, OWN);
});

/** Logged in holding the general raid build (the player's own here), then in a season dungeon with its build. */
async function withDungeonBuild(): Promise<SimulatedClient> {
  const g = await startSession({ data, committedBuilds: { 250: OWN } });
  g.login();
  expect(prompts(g)).toEqual([]);
  g.enterInstance(dungeon(dungeonTarget.instanceId, 23));
  press(g, 1);
  g.advance(3);
  expect(isActive(g, dungeonTarget.code)).toBe(true);
  addonChat(g);
  return g;
}

describe("restore (real Lua 5.1)", () => {
  it("after the key ends: one prompt, Restore my build puts the own build back", async () => {
    game = await withDungeonBuild();
    game.startKeystone();
    game.completeKeystone();
    const shown = prompts(game);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.buttons).toEqual(RESTORE_BUTTONS);
    expect(shown[0]!.text.split("\n")).toEqual([
      `Blood: put your own build back? It was changed for the dungeon Donjon ${dungeonTarget.instanceId}.`,
      expect.stringMatching(/^Restoring changes [1-9]\d* talent\(s\)\.$/),
    ]);
    press(game, 1);
    game.advance(3);
    expect(isActive(game, OWN)).toBe(true);
    expect(addonChat(game)).toEqual(["restoring your own build.", "your own build is back."]);
    // Leaving afterwards asks nothing: nothing is left to restore.
    game.leaveInstance();
    expect(prompts(game)).toEqual([]);
    expect(why(game).filter((line) => line.startsWith("/att undo"))).toEqual([]);
  });

  it("after the boss whose build was applied dies; Not now, then leaving the raid asks once more", async () => {
    // The own build here is the general Mythic+ build: on the calibrated sample every Mythic boss's build differs from
    // the general raid build (OWN) only in flex talents, so holding OWN no ready check would offer a boss build. The
    // target is the first boss whose builds (top and the other hero tree's) the own build does not hold, flex aside;
    // the bosses before it die before the ready check.
    const spec = data.specs["250"]!;
    const own = generalTop(data, 250, "mythicplus")!;
    const target = bosses.findIndex((b) => {
      const slot = raidOf(spec)?.encounters[String(b.encounterId)];
      const offers = [topOf(spec, slot), alternativeOf(spec, slot)].filter((o) => o !== undefined);
      return offers.length > 0 && !offers.some((o) => matchesFlexAside(own.entries, o));
    });
    expect(target).toBeGreaterThanOrEqual(0);
    game = await startSession({ data, committedBuilds: { 250: own.talentCode } });
    game.login();
    expect(prompts(game)).toEqual([]); // it is one of the login prompt's builds
    game.enterInstance(raid(16));
    for (const killed of bosses.slice(0, target)) {
      game.encounterStart(killed.encounterId, killed.name);
      game.encounterEnd(true);
    }
    expect(prompts(game)).toEqual([]);
    game.readyCheck();
    const boss = bosses[target]!;
    const bossCode = encounterTop(data, 250, String(boss.encounterId))!.talentCode;
    press(game, 1);
    game.advance(3);
    expect(isActive(game, bossCode)).toBe(true);
    game.encounterStart(boss.encounterId, boss.name);
    game.encounterEnd(true);
    expect(prompts(game).map((p) => p.buttons)).toEqual([RESTORE_BUTTONS]);
    expect(prompts(game)[0]!.text).toContain(`It was changed for the boss ${boss.name}.`);
    press(game, 2);
    game.leaveInstance();
    expect(prompts(game).map((p) => p.buttons)).toEqual([RESTORE_BUTTONS]);
    press(game, 1);
    game.advance(3);
    expect(isActive(game, own.talentCode)).toBe(true);
  });

  it("restoring goes through the same apply as any build: the player's saved loadout is not written", async () => {
    // The dropdown shows a saved loadout holding a third build: had the apply or the restore written the change into
    // it (as the talent frame writes into the selected loadout), it would hold the dungeon build or OWN now.
    const third = [
      generalTop(data, 250, "mythicplus")!.talentCode,
      ...Object.keys(data.encounters).map((id) => encounterTop(data, 250, id)?.talentCode),
    ].find((code) => code !== undefined && code !== OWN && code !== dungeonTarget.code)!;
    game = await startSession({ data, committedBuilds: { 250: OWN } });
    game.login();
    const id = game.addSavedLoadout("Mine", third, true);
    const before = game.savedLoadoutCode(id);
    game.enterInstance(dungeon(dungeonTarget.instanceId, 23));
    press(game, 1);
    game.advance(3);
    game.slash("/att undo");
    game.advance(3);
    expect(isActive(game, OWN)).toBe(true);
    expect(game.savedLoadoutCode(id)).toBe(before);
    expect(before).not.toBe(game.exportActiveLoadout());
  });

  it("/att undo in combat waits for combat to end; the remembered build survives a /reload", async () => {
    game = await withDungeonBuild();
    game.reload();
    addonChat(game);
    expect(why(game)).toContainEqual(
      expect.stringMatching(/^\/att undo restores your own build from before the dungeon Donjon \d+ \(\d+ talent\(s\) differ\)\.$/),
    );
    game.enterCombat();
    game.slash("/att undo");
    expect(addonChat(game)).toEqual(["in combat: your own build will be restored when combat ends."]);
    game.advance(5);
    expect(isActive(game, OWN)).toBe(false);
    game.leaveCombat();
    game.advance(3);
    expect(isActive(game, OWN)).toBe(true);
    expect(addonChat(game)).toEqual(["your own build is back."]);
  });

  it("a remembered build whose talents the tree no longer has is refused whole, with the reason, and forgotten", async () => {
    game = await withDungeonBuild();
    const saved = game.logout();
    const character = saved.AzerothsTopTalent?.character;
    expect(character).toMatch(/\["entryId"\] = \d+/);
    // A patch removed one of the talents: its entry is gone from the tree.
    const patched = character!.replace(/\["entryId"\] = \d+/, '["entryId"] = 987654');
    game.close();
    game = await startSession({
      data,
      committedBuilds: { 250: dungeonTarget.code },
      savedVariables: { AzerothsTopTalent: { ...saved.AzerothsTopTalent, character: patched } },
    });
    game.login();
    addonChat(game);
    game.slash("/att undo");
    game.advance(3);
    expect(addonChat(game)).toEqual([
      "your build cannot be restored: the talent tree has changed since it was saved (a patch); it is forgotten.",
    ]);
    expect(isActive(game, dungeonTarget.code)).toBe(true);
    game.slash("/att undo");
    expect(addonChat(game)).toEqual(["nothing to restore: the addon has not changed your talents in this specialization."]);
  });
});
