/**
 * The action bar fix after a talent change, in the simulated client on real Lua 5.1: a button holding a talent the
 * new build drops gets the new build's active talent (ask, automatic, off), a button the player changed meanwhile is
 * left alone, nothing moves in combat (offered again after), and restoring the player's build puts the old spell
 * back. Spells are the sim's (900000 + entry ID; active when the sim's rule says so). Data: the pipeline's sample source.
 */
import type { NodeDef } from "@att/sample-world/trees";
import { beforeAll, describe, expect, it } from "vitest";
import type { SimulatedClient } from "../wow-sim/driver";
import { addonChat, DK_TREE, dungeon, isActive, press, prompts, startSession, useSessions } from "./support/session";
import { encounterTop, generalTop } from "./support/session-data";

const data = await useSessions([250]);
const OWN = generalTop(data, 250, "raid")!;
const TALENT_SPELL = 900000;
let target: { instanceId: number; code: string; removed: number; gained: number };
let game: SimulatedClient | undefined;

const nodeOf = new Map<number, NodeDef>(DK_TREE.nodes.flatMap((n) => n.entries.map((e) => [e.entryId, n] as const)));

/**
 * The talents a build gives spells for, by node: a choice node's chosen entry, any other node's first entry (how the
 * client's definition for the node reads); granted nodes and the hero picker give none worth a button.
 */
function spellsOf(entries: readonly { entryId: number }[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const { entryId } of entries) {
    const node = nodeOf.get(entryId);
    if (node === undefined || node.granted || node.kind === "subTreeSelection") continue;
    const spellEntry = node.kind === "selection" ? entryId : node.entries[0]!.entryId;
    out.set(node.nodeId, TALENT_SPELL + spellEntry);
  }
  return out;
}

beforeAll(async () => {
  const g = await startSession({ data });
  try {
    const own = spellsOf(OWN.entries);
    for (const e of Object.values(data.encounters)) {
      const build = e.content === "mythicplus" ? encounterTop(data, 250, String(e.id)) : undefined;
      if (build === undefined || build.talentCode === OWN.talentCode) continue;
      const next = spellsOf(build.entries);
      const ownSpells = new Set(own.values());
      const nextSpells = new Set(next.values());
      // What the addon must pair: the first removed spell (the only one the test puts on a bar) with the first
      // active spell the new build gains, in node order.
      const removed = [...own].sort((a, b) => a[0] - b[0]).find(([, s]) => !nextSpells.has(s))?.[1];
      const gained = [...next].sort((a, b) => a[0] - b[0]).find(([, s]) => !ownSpells.has(s) && g.isActiveTalentSpell(s))?.[1];
      if (removed !== undefined && gained !== undefined) {
        target = { instanceId: e.instanceId!, code: build.talentCode, removed, gained };
        return;
      }
    }
    throw new Error("no dungeon build of the sample removes a talent and gains an active one");
  } finally {
    g.close();
  }
});

const name = (spell: number): string => `Talent ${spell - TALENT_SPELL}`;

/** Own build committed, the removed talent's spell on buttons 1 and 13, a macro on 2; then the dungeon build applied. */
async function afterDungeonApply(mode?: "off" | "auto"): Promise<SimulatedClient> {
  const g = await startSession({ data, committedBuilds: { 250: OWN.talentCode } });
  g.login();
  if (mode !== undefined) g.setSetting("AzerothsTopTalent_actionBars", mode);
  g.setActionSlot(1, { type: "spell", id: target.removed });
  g.setActionSlot(13, { type: "spell", id: target.removed });
  g.setActionSlot(2, { type: "macro", id: 7 });
  g.enterInstance(dungeon(target.instanceId, 23));
  press(g, 1);
  g.advance(3);
  expect(isActive(g, target.code)).toBe(true);
  return g;
}

describe("action bars after an apply (real Lua 5.1)", () => {
  it("asks in one line; Move them fixes the dead buttons but not one the player changed; a restore puts the old spell back", async () => {
    game = await afterDungeonApply();
    const shown = prompts(game);
    expect(shown.map((p) => [p.text, p.buttons])).toEqual([
      [`Put ${name(target.gained)} where ${name(target.removed)} was? (2 button(s))`, ["Move them", "Not now"]],
    ]);
    // Meanwhile the player puts a macro on button 13 themselves.
    game.setActionSlot(13, { type: "macro", id: 8 });
    addonChat(game);
    press(game, 1);
    expect(game.actionSlots()).toEqual({ 1: `spell:${target.gained}`, 2: "macro:7", 13: "macro:8" });
    expect(game.cursor()).toBeUndefined();
    expect(addonChat(game)).toEqual([
      "action bars: 1 button(s) now hold the new talents.",
      "action bars: 1 button(s) you changed were left alone.",
    ]);
    // The key ends: restoring the own build puts the removed talent back on the button the addon changed.
    game.startKeystone();
    game.completeKeystone();
    press(game, 1);
    game.advance(3);
    expect(isActive(game, OWN.talentCode)).toBe(true);
    expect(game.actionSlots()).toEqual({ 1: `spell:${target.removed}`, 2: "macro:7", 13: "macro:8" });
    expect(addonChat(game)).toContain("action bars: 1 button(s) hold your old talents again.");
  });

  it("in combat nothing moves (no blocked call); the offer comes back when combat ends", async () => {
    game = await afterDungeonApply();
    game.enterCombat();
    addonChat(game);
    press(game, 1);
    expect(addonChat(game)).toEqual(["action bars cannot change in combat; asking again when combat ends."]);
    expect(game.actionSlots()[1]).toBe(`spell:${target.removed}`);
    game.leaveCombat();
    expect(prompts(game).map((p) => p.buttons)).toEqual([["Move them", "Not now"]]);
    press(game, 1);
    expect(game.actionSlots()).toEqual({ 1: `spell:${target.gained}`, 2: "macro:7", 13: `spell:${target.gained}` });
  });

  it("automatic: moved without a prompt; off: nothing is touched", async () => {
    game = await afterDungeonApply("auto");
    expect(prompts(game)).toEqual([]);
    expect(game.actionSlots()).toEqual({ 1: `spell:${target.gained}`, 2: "macro:7", 13: `spell:${target.gained}` });
    game.close();
    game = await afterDungeonApply("off");
    expect(prompts(game)).toEqual([]);
    expect(game.actionSlots()).toEqual({ 1: `spell:${target.removed}`, 2: "macro:7", 13: `spell:${target.removed}` });
  });
});
