/**
 * Flex talents in the simulated client (real Lua 5.1): where the data says top players split (Pick.flex), a player
 * whose build differs from a recommended build only there is not nagged (the setting flexMatches, on by default),
 * /att why names those talents, the prompt lists core changes first and flex ones apart, and applying takes the whole
 * build. The flex pick is made by hand here (an edit of the pipeline's sample output): a choice node of the general
 * raid build whose other option a share of the sample takes.
 */
import { sameTalentBuild } from "@att/sample-world/trees";
import { describe, expect, it } from "vitest";
import type { SimulatedClient } from "../wow-sim/driver";
import { flipped, onTree, withFlex } from "./support/flex-data";
import { addonChat, buildLines, isActive, press, prompts, startSession, useSessions, why } from "./support/session";
import { generalTop } from "./support/session-data";

const data = await useSessions([250]);
let game: SimulatedClient | undefined;
/** The saved settings with "Flex talents are a preference" turned off. */
const FLEX_OFF = { AzerothsTopTalent: { account: 'AzerothsTopTalentDB = { ["settings"] = { ["flexMatches"] = false } }' } };

describe("flex talents", () => {
  const raid = generalTop(data, 250, "raid")!;

  it("a build differing only in flex talents matches by default: no login prompt, and /att why names them", async () => {
    const mine = flipped(250, raid.talentCode, 1);
    game = await startSession({
      data: withFlex(data, 250, [...mine.swapped, ...mine.original], true),
      committedBuilds: { 250: mine.code },
    });
    game.login();
    expect(prompts(game)).toEqual([]);
    const lines = why(game);
    expect(lines).toContain("not prompted: the active talents already match the Raid build");
    // The sim names talents "Talent <entry ID>"; the build's own talent is the one named for a changed choice.
    expect(lines).toContain(`differs only in flex talents, where top players split: Talent ${mine.original[0]}`);
  });

  it("with the setting off it prompts, listing core changes first and flex ones apart; applying takes the whole build", async () => {
    const mine = flipped(250, raid.talentCode, 3);
    // Only the first two swapped nodes are flex: the third is a core change.
    game = await startSession({
      data: withFlex(data, 250, [mine.swapped[0]!, mine.swapped[1]!], true),
      committedBuilds: { 250: mine.code },
      savedVariables: FLEX_OFF,
    });
    game.login();
    const [shown] = prompts(game);
    expect(shown).toBeDefined();
    const raidLine = buildLines(shown!.text).find((l) => l.label.startsWith("Raid"))!;
    expect(raidLine.change).toBe(
      `changes 1 talent(s): Talent ${mine.original[2]}; + 2 flex: Talent ${mine.original[0]}, Talent ${mine.original[1]}`,
    );
    press(game, 1);
    game.advance(3);
    expect(isActive(game, raid.talentCode)).toBe(true);
    // Exactly the recommended build, flex talents included.
    expect(sameTalentBuild(onTree(game.exportActiveLoadout()!), onTree(raid.talentCode))).toBe(true);
    addonChat(game);
  });

  it("only flex differences and the setting off: the prompt says only flex talents change", async () => {
    const mine = flipped(250, raid.talentCode, 1);
    game = await startSession({
      data: withFlex(data, 250, mine.swapped, true),
      committedBuilds: { 250: mine.code },
      savedVariables: FLEX_OFF,
    });
    game.login();
    const [shown] = prompts(game);
    const raidLine = buildLines(shown!.text).find((l) => l.label.startsWith("Raid"))!;
    expect(raidLine.change).toBe(`changes only flex talents (+ 1 flex: Talent ${mine.original[0]})`);
  });
});
