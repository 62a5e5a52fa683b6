/** action-bar-flow.ts with a plain-object action bar: asking, automatic, combat, buttons the player changed, undo. */
import { describe, expect, it } from "vitest";
import { createActionBarFlow, type ActionBarPort } from "../../packages/addon-ts/src/action-bar-flow";
import type { SavedBuild } from "../../packages/addon-ts/src/core/restore";
import { DEFAULT_SETTINGS, type Settings } from "../../packages/addon-ts/src/core/settings";
import { enUS } from "../../packages/addon-ts/src/locale/enUS";
import { click, fakeUi } from "./support/fake-ports";

/** Entry N gives spell 7000 + N; spells 7003 and 7004 are active; the player knows `known`. */
function bars(slots: Record<number, number>, known: number[]) {
  const state = { slots: { ...slots }, known: new Set(known), combat: false, placed: 0 };
  const port: ActionBarPort = {
    inCombat: () => state.combat,
    talentSpell: (entryId) => 7000 + entryId,
    isPassive: (spell) => spell !== 7003 && spell !== 7004,
    spellName: (spell) => `Spell ${spell}`,
    slotsOf: (spell) =>
      Object.entries(state.slots)
        .filter(([, s]) => s === spell)
        .map(([slot]) => Number(slot)),
    spellAt: (slot) => state.slots[slot],
    place(spell, slot) {
      if (state.combat) throw new Error("PlaceAction in combat");
      if (!state.known.has(spell)) return false;
      state.slots[slot] = spell;
      state.placed++;
      return true;
    },
  };
  return { state, port };
}

const e = (...ids: number[]) => ids.map((entryId) => ({ entryId, rank: 1 }));
const record = (): SavedBuild => ({ entries: e(1, 2), scope: { kind: "general" }, savedAt: 0, placements: [] });

function setup(mode: Settings["actionBars"], slots: Record<number, number>, known: number[]) {
  const { state, port } = bars(slots, known);
  const ui = fakeUi(enUS.CHAT_PREFIX);
  const lines: string[] = [];
  /** What waits for the next frame; endFrame runs it. */
  const frames: (() => void)[] = [];
  const settings: Settings = { ...DEFAULT_SETTINGS, actionBars: mode };
  const current = e(3, 4);
  const flow = createActionBarFlow({
    bars: port,
    ui,
    L: enUS,
    say: (line) => lines.push(line),
    settings: () => settings,
    currentBuild: () => ({ entries: current }),
    nextFrame: (run) => frames.push(run),
  });
  const endFrame = (): void => {
    for (const run of frames.splice(0)) run();
  };
  return { state, ui, lines, flow, settings, endFrame };
}

describe("action bar flow", () => {
  it("ask: one line per pair; Move them places and records; the player's changed button is counted, not touched", () => {
    // Before: talents 1 and 2 (spells 7001 on buttons 1 and 5, 7002 on button 2); after: 3 and 4 (active, on none).
    const s = setup("ask", { 1: 7001, 5: 7001, 2: 7002 }, [7003, 7004]);
    const rec = record();
    s.flow.afterApply(e(1, 2), rec);
    expect(s.ui.prompt?.text).toBe(
      "Put Spell 7003 where Spell 7001 was? (2 button(s))\nPut Spell 7004 where Spell 7002 was? (1 button(s))",
    );
    s.state.slots[5] = 9999;
    click(s.ui, "accept");
    expect(s.state.slots).toEqual({ 1: 7003, 2: 7004, 5: 9999 });
    expect(rec.placements).toEqual([
      { slot: 1, from: 7001, to: 7003 },
      { slot: 2, from: 7002, to: 7004 },
    ]);
    expect(s.lines).toEqual([
      "action bars: 2 button(s) now hold the new talents.",
      "action bars: 1 button(s) you changed were left alone.",
    ]);
  });

  it("automatic: on the next frame (the new spells are known by then); in combat not until combat ends", () => {
    const s = setup("auto", { 1: 7001 }, [7003]);
    s.flow.afterApply(e(1), record());
    expect(s.state.placed).toBe(0);
    s.state.combat = true;
    s.endFrame();
    expect(s.state.placed).toBe(0);
    expect(s.lines).toEqual(["action bars cannot change in combat; asking again when combat ends."]);
    s.state.combat = false;
    s.flow.onCombatEnd();
    s.endFrame();
    expect(s.ui.prompt).toBeUndefined();
    expect(s.state.slots).toEqual({ 1: 7003 });
  });

  it("off, or the addon disabled: nothing is asked or placed", () => {
    const off = setup("off", { 1: 7001 }, [7003]);
    off.flow.afterApply(e(1), record());
    const disabled = setup("auto", { 1: 7001 }, [7003]);
    disabled.settings.enabled = false;
    disabled.flow.afterApply(e(1), record());
    disabled.endFrame();
    for (const s of [off, disabled]) {
      expect(s.ui.prompt).toBeUndefined();
      expect(s.state.placed).toBe(0);
    }
  });

  it("after a restore the old spells go back where ours still are, after combat when in combat", () => {
    const s = setup("auto", { 1: 7001, 2: 7002 }, [7001, 7002, 7003, 7004]);
    const rec = record();
    s.flow.afterApply(e(1, 2), rec);
    s.endFrame();
    expect(s.state.slots).toEqual({ 1: 7003, 2: 7004 });
    // The player replaces button 2 themselves; then the restore lands in combat.
    s.state.slots[2] = 9999;
    s.state.combat = true;
    s.flow.afterRestore(rec);
    s.endFrame();
    expect(s.state.slots).toEqual({ 1: 7003, 2: 9999 });
    s.state.combat = false;
    s.flow.onCombatEnd();
    expect(s.state.slots).toEqual({ 1: 7001, 2: 9999 });
    expect(rec.placements).toEqual([]);
    expect(s.lines).toContain("action bars: 1 button(s) hold your old talents again.");
  });
});
