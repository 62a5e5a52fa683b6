/**
 * The two golden outputs (DBM-Test's idea: commit what the product did as plain text, so any behaviour change is a
 * reviewable diff): the talent-data.json of the seeded sample run, and a transcript of one whole simulated play
 * session (what the built addon printed, showed and applied). golden.test.ts compares against the committed files;
 * `npm run golden:update` (update.ts) rewrites them on purpose.
 */
import { join } from "node:path";
import { normalizeCode, type TalentData } from "@att/contract";
import { addonChat, dungeon, press, prompts, raid, raidBosses, startSession } from "../addon/support/session";
import { sampleRunJson, sampleTalentData } from "../addon/support/session-data";
import { slotsOf, topOf } from "../support/talent-data-view";
import type { SimulatedClient } from "../wow-sim/driver";

export const GOLDEN_DIR = import.meta.dirname;
export const GOLDEN_DATA = join(GOLDEN_DIR, "sample-talent-data.json");
export const GOLDEN_SESSION = join(GOLDEN_DIR, "session-transcript.txt");

/** talent-data.json of `npm run pipeline -- --source sample` (every spec, default options, fixed stamp). */
export { sampleRunJson };

/** Names each build of the data by where it is the top build, so the transcript says what was applied. */
function buildLabels(data: TalentData, specId: number): Map<string, string> {
  const labels = new Map<string, string>();
  const spec = data.specs[String(specId)]!;
  for (const [where, slot] of slotsOf(spec)) {
    const top = topOf(spec, slot);
    const code = top?.talentCode === undefined ? undefined : normalizeCode(top.talentCode);
    if (code?.ok !== true) continue;
    const places = labels.get(code.value);
    labels.set(code.value, places === undefined ? `spec ${specId}: top build of ${where}` : `${places}, ${where}`);
  }
  return labels;
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

  /** What the committed talents are now, by the build of the data they equal. */
  talents(): void {
    const exported = this.game.exportActiveLoadout();
    const code = exported === undefined ? undefined : normalizeCode(exported);
    const label = code?.ok === true ? (this.labels.get(code.value) ?? "a build that is no top build of the data") : "unreadable";
    this.lines.push(`  talents: ${label}`);
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
 * One evening of a Blood Death Knight: log in with no talents, take the raid build, check status, run a season
 * dungeon, go to the raid, kill the first boss, ready check in combat, /reload, ask why.
 */
export async function sessionTranscript(): Promise<string> {
  const data = await sampleTalentData([250, 251]);
  const game = await startSession({ data });
  try {
    const t = new Transcript(game, buildLabels(data, 250));
    const dungeonInfo = Object.values(data.encounters).find((e) => e.content === "mythicplus" && e.order === 1)!;
    const [boss1] = raidBosses(data);
    t.step("log in (no talents chosen yet)", () => game.login());
    t.step("press the first choice", () => press(game, 1));
    t.step("wait 3 s", () => game.advance(3));
    t.talents();
    t.step("/att status", () => game.slash("/att status"));
    t.step(`enter dungeon ${dungeonInfo.instanceId} on Mythic`, () => game.enterInstance(dungeon(dungeonInfo.instanceId!, 23)));
    t.step("press the first choice", () => press(game, 1));
    t.step("wait 3 s", () => game.advance(3));
    t.talents();
    t.step("leave the dungeon", () => game.leaveInstance());
    t.step("enter the raid on Mythic", () => game.enterInstance(raid(16)));
    t.step(`kill ${boss1!.name}`, () => {
      game.encounterStart(boss1!.encounterId, boss1!.name);
      game.encounterEnd(true);
    });
    t.step("enter combat, ready check", () => {
      game.enterCombat();
      game.readyCheck();
    });
    t.step("press the first choice (in combat)", () => press(game, 1));
    t.step("leave combat, wait 3 s", () => {
      game.leaveCombat();
      game.advance(3);
    });
    t.talents();
    t.step("/reload", () => game.reload());
    t.step("/att why", () => game.slash("/att why"));
    return t.text();
  } finally {
    game.close();
  }
}
