/**
 * The two golden outputs (DBM-Test's idea: commit what the product did as plain text, so any behaviour change is a
 * reviewable diff): the talent-data.json of the seeded sample run, and a transcript of one whole simulated play
 * session (what the built addon printed, showed and applied). golden.test.ts compares against the committed files;
 * `npm run golden:update` (update.ts) rewrites them on purpose.
 */
import { join } from "node:path";
import { normalizeCode, type BuildDef, type TalentData } from "@att/contract";
import { flipped, withFlex } from "../addon/support/flex-data";
import { addonChat, DK_TREE, dungeon, press, prompts, raid, raidBosses, startSession } from "../addon/support/session";
import { sampleRunJson, sampleTalentData } from "../addon/support/session-data";
import { raidOf, slotsOf } from "../support/talent-data-view";
import type { SimulatedClient } from "../wow-sim/driver";

export const GOLDEN_DIR = import.meta.dirname;
export const GOLDEN_DATA = join(GOLDEN_DIR, "sample-talent-data.json");
export const GOLDEN_SESSION = join(GOLDEN_DIR, "session-transcript.txt");

/** talent-data.json of `npm run pipeline -- --source sample` (every spec, default options, fixed stamp). */
export { sampleRunJson };

/** Names each build of the data by where it is the top (or alternative) build, so the transcript says what was applied. */
function buildLabels(data: TalentData, specIds: readonly number[]): Map<string, string> {
  const places = new Map<string, { specId: number; top: string[]; alternative: string[] }>();
  const add = (specId: number, build: BuildDef | undefined, role: "top" | "alternative", where: string): void => {
    const code = build?.talentCode === undefined ? undefined : normalizeCode(build.talentCode);
    if (code?.ok !== true) return;
    const known = places.get(code.value) ?? { specId, top: [], alternative: [] };
    known[role].push(where);
    places.set(code.value, known);
  };
  for (const specId of specIds) {
    const spec = data.specs[String(specId)]!;
    for (const [where, slot] of slotsOf(spec)) {
      add(specId, spec.builds[slot.top.build], "top", where);
      if (slot.alternative !== undefined) add(specId, spec.builds[slot.alternative.build], "alternative", where);
    }
  }
  const labels = new Map<string, string>();
  for (const [code, { specId, top, alternative }] of places) {
    const parts = [
      top.length > 0 ? `top build of ${top.join(", ")}` : "",
      alternative.length > 0 ? `alternative build of ${alternative.join(", ")}` : "",
    ];
    labels.set(code, `spec ${specId}: ${parts.filter((p) => p !== "").join("; ")}`);
  }
  return labels;
}

/** Frost dungeons whose slot offers a top and an alternative build (the other hero tree's), in the data's order. */
function frostDungeonsWithAlternative(data: TalentData): { instanceId: number; name: string }[] {
  const out: { instanceId: number; name: string }[] = [];
  for (const [id, slot] of Object.entries(data.specs["251"]!.mythicplus!.encounters)) {
    const info = data.encounters[id];
    if (slot.alternative !== undefined && info?.instanceId !== undefined) out.push({ instanceId: info.instanceId, name: info.name });
  }
  return out;
}

/** The sim's talent spells are 900000 + entry ID (tests/wow-sim/src/talents/api.ts). */
const TALENT_SPELL = 900000;

/**
 * The spells of a build's first talents in node order, as a player puts them on a bar: a choice node's chosen entry,
 * any other node's first entry; granted nodes and the hero picker have no button of their own.
 */
function barSpells(entries: readonly { entryId: number }[], count: number): number[] {
  const byEntry = new Map(DK_TREE.nodes.flatMap((n) => n.entries.map((e) => [e.entryId, n] as const)));
  const spells: { nodeId: number; spell: number }[] = [];
  for (const { entryId } of entries) {
    const node = byEntry.get(entryId);
    if (node === undefined || node.granted || node.kind === "subTreeSelection") continue;
    spells.push({ nodeId: node.nodeId, spell: TALENT_SPELL + (node.kind === "selection" ? entryId : node.entries[0]!.entryId) });
  }
  return spells
    .sort((a, b) => a.nodeId - b.nodeId)
    .slice(0, count)
    .map((s) => s.spell);
}

class Transcript {
  private readonly lines: string[] = [];
  constructor(
    private readonly game: SimulatedClient,
    private readonly labels: Map<string, string>,
  ) {}

  /** One step: what the player did, then everything the addon said and showed in answer. */
  step(action: string, act: () => void): void {
    act();
    this.lines.push(`> ${action}`);
    for (const line of addonChat(this.game)) this.lines.push(`  chat: ${line}`);
    for (const prompt of prompts(this.game)) {
      this.lines.push(`  ${prompt.kind}: ${prompt.text.split("\n").join("\n  | ")}`);
      this.lines.push(`  buttons: ${prompt.buttons.join(" / ")}`);
    }
  }

  /**
   * What the committed talents are now, by the build of the data they equal, and the spec's apex track as the client
   * reports it (GetNodeInfo: ranks of all tiers, and the tiers holding committed ranks).
   */
  talents(specId: number): void {
    const exported = this.game.exportActiveLoadout();
    const code = exported === undefined ? undefined : normalizeCode(exported);
    const label = code?.ok === true ? (this.labels.get(code.value) ?? "a build that is no top build of the data") : "unreadable";
    this.lines.push(`  talents: ${label}`);
    const apex = DK_TREE.nodes.find((n) => n.specId === specId && n.kind === "tiered" && n.entries.length > 1)!;
    const info = this.game.lua.json<{ rank: number; total: number; tiers?: number[] }>(
      `(function() local i = C_Traits.GetNodeInfo(C_ClassTalents.GetActiveConfigID(), ${apex.nodeId})
        return { rank = i.activeRank, total = i.totalMaxRanks, tiers = i.entryIDsWithCommittedRanks } end)()`,
    );
    const tiers = Array.isArray(info.tiers) ? info.tiers.map((id) => `tier ${apex.entries.findIndex((e) => e.entryId === id) + 1}`) : [];
    this.lines.push(`  apex: ${info.rank}/${info.total} ranks${tiers.length > 0 ? ` (${tiers.join(", ")})` : ""}`);
  }

  /** The action bars as the player sees them: "slot: Talent N" for spells (the sim names talent spells so). */
  bars(): void {
    const slots = Object.entries(this.game.actionSlots()).map(([slot, action]) => {
      const [kind, id] = action.split(":");
      return kind === "spell" ? `${slot}: Talent ${Number(id) - TALENT_SPELL}` : `${slot}: ${action}`;
    });
    this.lines.push(`  bars: ${slots.join(", ")}`);
  }

  text(): string {
    const errors = this.game.luaErrors().length + this.game.secretViolations().length + this.game.blockedActions().length;
    return [
      ...this.lines,
      `= Lua errors, secret reads and blocked actions: ${errors}; leaked globals: ${this.game.leakedGlobals().length}`,
      "",
    ].join("\n");
  }
}

/**
 * One evening of a level-90 Blood Death Knight: log in with no talents, take the raid build (all apex tiers), swap a
 * flex talent in the talent frame (no prompt: /att check says why), check status, run a season dungeon (leaving it,
 * not now to restoring the raid build), go to the raid, kill the first boss, ready check in combat, /reload, ask why;
 * then switch to Frost, take its raid build, put its first talents on the action bars, enter the first dungeon whose
 * prompt offers both hero trees' builds, take the alternative, let the addon move the new talents onto the dead
 * buttons, and on leaving restore the raid build, which puts the old buttons back too.
 */
export async function sessionTranscript(): Promise<string> {
  const sample = await sampleTalentData([250, 251]);
  // The flex talents of Blood's general raid pick, set by hand (over the consensus pick's own) to one choice node
  // where top players split between its two options, so the segment below is sure to have a flex swap to show.
  const bloodRaid = raidOf(sample.specs["250"]!)!.general!.top.build;
  const flex = flipped(250, sample.specs["250"]!.builds[bloodRaid]!.talentCode!, 1);
  const data = withFlex(sample, 250, [flex.original[0]!, flex.swapped[0]!]);
  const game = await startSession({ data });
  try {
    const t = new Transcript(game, buildLabels(data, [250, 251]));
    const frostDungeons = frostDungeonsWithAlternative(data);
    const dungeonInfo = Object.values(data.encounters).find((e) => e.content === "mythicplus" && e.order === 1)!;
    const [boss1] = raidBosses(data);
    t.step("log in (no talents chosen yet)", () => game.login());
    t.step("press the first choice", () => press(game, 1));
    t.step("wait 3 s", () => game.advance(3));
    t.talents(250);
    t.step(`in the talent frame, take Talent ${flex.swapped[0]} instead of Talent ${flex.original[0]} (a flex talent)`, () =>
      game.setCommittedBuild(250, flex.code),
    );
    t.talents(250);
    t.step("/att check", () => game.slash("/att check"));
    t.step("/att status", () => game.slash("/att status"));
    t.step(`enter dungeon ${dungeonInfo.instanceId} on Mythic`, () => game.enterInstance(dungeon(dungeonInfo.instanceId!, 23)));
    t.step("press the first choice", () => press(game, 1));
    t.step("wait 3 s", () => game.advance(3));
    t.talents(250);
    t.step("leave the dungeon", () => game.leaveInstance());
    t.step("press Not now", () => press(game, 2));
    t.step("enter the raid on Mythic", () => game.enterInstance(raid(16)));
    t.step(`kill ${boss1!.name}`, () => {
      game.encounterStart(boss1!.encounterId, boss1!.name);
      game.encounterEnd(true);
    });
    t.step("enter combat, ready check", () => {
      game.enterCombat();
      game.readyCheck();
    });
    // With consensus builds a boss's build can equal the player's, flex talents aside: then the ready check asks nothing
    // (the transcript shows it) and there is nothing to queue.
    if (prompts(game).length > 0) t.step("press the first choice (in combat)", () => press(game, 1));
    t.step("leave combat, wait 3 s", () => {
      game.leaveCombat();
      game.advance(3);
    });
    t.talents(250);
    t.step("/reload", () => game.reload());
    t.step("/att why", () => game.slash("/att why"));
    t.step("leave the raid", () => game.leaveInstance());
    t.step("change specialization to Frost", () => game.changeSpec(251));
    t.step("press the first choice", () => press(game, 1));
    t.step("wait 3 s", () => game.advance(3));
    t.talents(251);
    t.step("put the raid build's first 12 talents on action buttons 1-12", () => {
      const raidBuild = raidOf(data.specs["251"]!)!.general!.top.build;
      barSpells(data.specs["251"]!.builds[raidBuild]!.entries, 12).forEach((spell, i) =>
        game.setActionSlot(i + 1, { type: "spell", id: spell }),
      );
    });
    t.bars();
    // The first Frost dungeon whose prompt offers both hero trees' builds (one whose builds match the player's, flex
    // talents aside, asks nothing: the transcript shows it, then the player moves on).
    for (const [i, frost] of frostDungeons.entries()) {
      t.step(`enter dungeon ${frost.instanceId} on Mythic`, () => game.enterInstance(dungeon(frost.instanceId, 23)));
      if ((prompts(game)[0]?.buttons.length ?? 0) >= 4) break;
      if (i === frostDungeons.length - 1) throw new Error("no Frost dungeon of the sample data prompts with two builds");
      t.step("leave the dungeon", () => game.leaveInstance());
    }
    // press(game, 2) is the dismiss on a prompt window: the second build is pressed by its label.
    t.step("press the second build (the other hero tree's)", () => press(game, prompts(game)[0]!.buttons[1]!.replace(/^\d\. /, "")));
    t.step("wait 3 s", () => game.advance(3));
    t.talents(251);
    t.step("press Move them", () => press(game, 1));
    t.bars();
    t.step("leave the dungeon", () => game.leaveInstance());
    t.step("press Restore my build", () => press(game, 1));
    t.step("wait 3 s", () => game.advance(3));
    t.talents(251);
    t.bars();
    return t.text();
  } finally {
    game.close();
  }
}
