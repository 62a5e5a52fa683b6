/**
 * Sessions in the simulated client, raid side: at a ready check in the season's raid the addon offers the next
 * living boss's build, worked out from the journal's order, the raid lock, this session's kills and the map floor.
 * The READY_CHECK payload is secret inside instances; the sim records any read of it as a violation.
 * Data: the pipeline's sample source.
 */
import type { TalentData } from "@att/contract";
import { alternativeOf, popularityText, raidOf, topOf } from "../support/talent-data-view";
import { describe, expect, it } from "vitest";
import type { SimulatedClient } from "../wow-sim/driver";
import {
  addonChat,
  buildLines,
  heroName,
  isActive,
  matchesFlexAside,
  press,
  prompts,
  raid,
  RAID_FLOOR_2,
  RAID_INSTANCE_ID,
  RAID_JOURNAL_ID,
  raidBosses,
  startSession,
  useSessions,
  why,
} from "./support/session";
import { encounterTop, generalTop, withoutEncounterBuild } from "./support/session-data";

const data = await useSessions([250, 251]);
const bosses = raidBosses(data);
let game: SimulatedClient | undefined;
const MYTHIC = 16;

const bossBuild = (d: TalentData, index: number) => encounterTop(d, 250, String(bosses[index]!.encounterId))!;

/**
 * The first boss after `after` whose builds (its top build and the other hero tree's) the build of boss `after` does
 * not hold, flex talents aside: on the calibrated sample many bosses share one consensus build, and a ready check
 * before a boss whose build the player already holds rightly offers nothing.
 */
function nextBossWithOtherBuild(after: number): number {
  const spec = data.specs["250"]!;
  const held = bossBuild(data, after).entries;
  for (let index = after + 1; index < bosses.length; index++) {
    const slot = raidOf(spec)?.encounters[String(bosses[index]!.encounterId)];
    const offers = [topOf(spec, slot), alternativeOf(spec, slot)].filter((b) => b !== undefined);
    if (offers.length > 0 && !offers.some((b) => matchesFlexAside(held, b))) return index;
  }
  throw new Error(`every boss after boss ${after + 1} has a build that boss's build matches`);
}

/** In the raid, holding no talents at all (so every build differs), the login prompt answered with Keep current. */
async function inRaid(d: TalentData = data): Promise<SimulatedClient> {
  const g = await startSession({ data: d });
  g.login();
  press(g, 2);
  g.enterInstance(raid(MYTHIC));
  expect(prompts(g)).toEqual([]);
  addonChat(g);
  return g;
}

function kill(g: SimulatedClient, index: number): void {
  const boss = bosses[index]!;
  g.encounterStart(boss.encounterId, boss.name);
  g.encounterEnd(true);
}

describe("raid ready checks", () => {
  it("kill bosses 1 and 2, ready check: boss 3's build; a wipe on 3 keeps boss 3", async () => {
    game = await inRaid();
    kill(game, 0);
    kill(game, 1);
    game.readyCheck();
    const popups = prompts(game);
    expect(popups).toHaveLength(1);
    const build = bossBuild(data, 2);
    expect(popups[0]!.buttons).toEqual(["Apply", "Not now", "Don't ask again"]);
    expect(popups[0]!.text.split("\n").slice(0, 2)).toEqual([
      "SAMPLE DATA: synthetic builds, not real rankings.",
      `Blood: top ${bosses[2]!.name} build for the next boss.`,
    ]);
    // Mythic (16) difficulty: the Mythic data.
    expect(buildLines(popups[0]!.text)[0]!.label).toBe(`Raid, ${heroName(build.entries)}: ${popularityText(build, "Mythic")}`);
    expect(why(game)).toContain(`context: raid, next boss ${bosses[2]!.name}`);
    press(game, 2);

    game.encounterStart(bosses[2]!.encounterId, bosses[2]!.name);
    game.encounterEnd(false);
    game.readyCheck();
    // Same boss as the offer just declined: not asked twice in a row, and /att why still names boss 3.
    expect(prompts(game)).toEqual([]);
    expect(why(game)).toEqual([
      "last decision (ready check):",
      `context: raid, next boss ${bosses[2]!.name}`,
      `already dead: ${bosses[0]!.name} (this instance's progress), ${bosses[1]!.name} (this instance's progress)`,
      `build: Raid: ${popularityText(build, "Mythic")}`,
      "not prompted: this context was already offered just before",
    ]);
    // Accepting at the next ready check (/att check asks again) applies it.
    game.slash("/att check");
    press(game, 1);
    game.advance(3);
    expect(isActive(game, build.talentCode)).toBe(true);
  });

  it("kills from the raid lock count too, and the current map floor breaks the tie", async () => {
    game = await startSession({ data });
    game.setBossKilled(RAID_INSTANCE_ID, MYTHIC, bosses[0]!.encounterId);
    game.login();
    press(game, 2);
    game.enterInstance(raid(MYTHIC));
    game.readyCheck();
    expect(why(game)[1]).toBe(`context: raid, next boss ${bosses[1]!.name}`);
    // Upstairs, where bosses 5+ are pinned: the first living boss there is the one the group is about to pull.
    press(game, 2);
    game.setMapFloor(RAID_FLOOR_2);
    game.readyCheck();
    expect(why(game)[1]).toBe(`context: raid, next boss ${bosses[4]!.name}`);
    // Heroic has its own lock: boss 1 is alive there.
    game.leaveInstance();
    game.enterInstance(raid(15));
    game.readyCheck();
    expect(why(game)[1]).toBe(`context: raid, next boss ${bosses[0]!.name}`);
  });

  it("joining a partly cleared Heroic group: the instance's progress skips the bosses it killed before, the lock alone does not", async () => {
    game = await startSession({ data });
    // Saved to boss 4 on Heroic with another group earlier this week: a per-boss (flexible) lock.
    game.setBossKilled(RAID_INSTANCE_ID, 15, bosses[3]!.encounterId);
    game.login();
    press(game, 2);
    game.enterInstance({ ...raid(15), defeated: [bosses[0]!.encounterId, bosses[1]!.encounterId] });
    game.readyCheck();
    expect(why(game).slice(1, 3)).toEqual([
      `context: raid, next boss ${bosses[2]!.name}`,
      `already dead: ${bosses[0]!.name} (this instance's progress), ${bosses[1]!.name} (this instance's progress)`,
    ]);
    press(game, 2);
    kill(game, 2);
    game.readyCheck();
    // Boss 4 is alive in this group's instance although the player's lock has it.
    expect(why(game)[1]).toBe(`context: raid, next boss ${bosses[3]!.name}`);
  });

  it("reads the journal without touching the Adventure Guide's selection, and never selects while it is open", async () => {
    game = await startSession({ data });
    game.login();
    press(game, 2);
    game.showAdventureGuide(999);
    game.enterInstance(raid(MYTHIC));
    game.readyCheck();
    kill(game, 0);
    game.readyCheck();
    expect(why(game)[1]).toBe(`context: raid, next boss ${bosses[1]!.name}`);
    expect(game.adventureGuide()).toEqual({ shown: true, selectedInstance: 999, selections: [] });
  });

  it("a client that ignores the instance argument: selects the raid once, only while the guide is closed", async () => {
    game = await startSession({ data });
    game.login();
    press(game, 2);
    game.setEjHonoursInstanceArg(false);
    game.showAdventureGuide(999);
    game.enterInstance(raid(MYTHIC));
    game.readyCheck();
    // The guide is open: no selection, so no boss list this time and no boss prompt.
    expect(game.adventureGuide().selections).toEqual([]);
    expect(prompts(game)).toEqual([]);
    game.showAdventureGuide(undefined);
    game.readyCheck();
    expect(why(game)[1]).toBe(`context: raid, next boss ${bosses[0]!.name}`);
    press(game, 2);
    kill(game, 0);
    game.showAdventureGuide(999);
    game.readyCheck();
    // The list read once is kept: the next checks, guide open or not, select nothing more.
    expect(why(game)[1]).toBe(`context: raid, next boss ${bosses[1]!.name}`);
    expect(game.adventureGuide().selections).toEqual([{ journalInstanceId: RAID_JOURNAL_ID, guideShown: false }]);
  });

  it("with every boss dead nothing is offered", async () => {
    game = await startSession({ data });
    for (const boss of bosses.slice(0, -1)) game.setBossKilled(RAID_INSTANCE_ID, MYTHIC, boss.encounterId);
    game.login();
    press(game, 2);
    game.enterInstance(raid(MYTHIC));
    kill(game, bosses.length - 1);
    game.readyCheck();
    expect(prompts(game)).toEqual([]);
    // Entering a Mythic raid the player is saved to brings them into their saved instance: its progress is the lock.
    const dead = bosses.map((b) => `${b.name} (this instance's progress)`);
    expect(why(game)).toEqual([
      "last decision (ready check):",
      "context: raid, every boss killed",
      `already dead: ${dead.join(", ")}`,
      "not prompted: every boss is dead",
    ]);
  });

  it("a boss without a build gets the general raid build", async () => {
    const thin = withoutEncounterBuild(data, 250, String(bosses[2]!.encounterId));
    game = await inRaid(thin);
    kill(game, 0);
    kill(game, 1);
    game.readyCheck();
    const popups = prompts(game);
    expect(popups).toHaveLength(1);
    const general = generalTop(data, 250, "raid")!;
    expect(popups[0]!.text.split("\n")[1]).toBe("Blood: no reliable build for the next boss; general raid build offered.");
    expect(buildLines(popups[0]!.text)[0]!.label).toBe(`Raid, ${heroName(general.entries)}: ${popularityText(general, "Mythic")}`);
    expect(why(game)).toContain("boss/dungeon build missing or under 10 samples: general build used");
    game.slash("/att check");
    press(game, 1);
    game.advance(3);
    expect(isActive(game, general.talentCode)).toBe(true);
  });

  it("a ready check in combat: Apply is queued, applied after combat, with no blocked action", async () => {
    game = await inRaid();
    game.enterCombat();
    game.readyCheck();
    expect(prompts(game)).toHaveLength(1);
    press(game, 1);
    const build = bossBuild(data, 0);
    expect(addonChat(game)).toEqual([
      `in combat: the Raid build (${heroName(build.entries)}) is queued and will be applied when combat ends.`,
    ]);
    game.advance(10);
    expect(isActive(game, build.talentCode)).toBe(false);
    game.leaveCombat();
    game.advance(3);
    expect(addonChat(game)).toEqual([`Raid build (${heroName(build.entries)}) applied.`]);
    expect(isActive(game, build.talentCode)).toBe(true);
  });

  it("auto-apply skips the popup out of combat, and falls back to the popup in combat", async () => {
    game = await inRaid();
    game.setSetting("AzerothsTopTalent_autoApply", true);
    game.readyCheck();
    expect(prompts(game)).toEqual([]);
    game.advance(3);
    const hero = heroName(bossBuild(data, 0).entries);
    expect(addonChat(game)).toEqual([`auto-apply: applying the Raid build (${hero}).`, `Raid build (${hero}) applied.`]);
    expect(isActive(game, bossBuild(data, 0).talentCode)).toBe(true);

    // Up to the next boss whose build differs from the one now held: a build to offer, and the combat to refuse it in.
    const next = nextBossWithOtherBuild(0);
    for (let index = 0; index < next; index++) kill(game, index);
    game.enterCombat();
    game.readyCheck();
    expect(why(game)[1]).toBe(`context: raid, next boss ${bosses[next]!.name}`);
    expect(prompts(game)).toHaveLength(1);
    expect(why(game)).toContain("auto-apply skipped: in combat, in an encounter, in a keystone or while the game refuses talent changes");
    game.leaveCombat();
  });

  it("a ready check outside the season's raid offers nothing", async () => {
    game = await startSession({ data, committedBuilds: { 250: generalTop(data, 250, "raid")!.talentCode } });
    game.login();
    game.enterInstance({ instanceId: 2769, name: "Old Raid", instanceType: "raid", difficultyId: MYTHIC, mapId: 2100 });
    game.readyCheck();
    expect(prompts(game)).toEqual([]);
  });
});
