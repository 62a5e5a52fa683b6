/**
 * "Fix my action bars after a switch", wired to the ports: after an apply of ours landed, offer in one prompt to put
 * each new active talent where a removed one was (core/action-bars.ts picks the pairs), or do it at once when the
 * setting says automatic. Only out of combat (the client refuses PlaceAction under lockdown): in combat the fix
 * waits and is offered again when combat ends. A slot is changed only while it still holds the removed spell, so a
 * button the player filled with something else is left alone. Each change is recorded on the restore record; a
 * restore puts the old spells back. Touches no WoW global.
 */
import { netPlacements, planBarFix, type BarFix } from "./core/action-bars";
import type { SavedBuild, SavedEntry } from "./core/restore";
import type { Settings } from "./core/settings";
import { fill } from "./core/text";
import type { LocaleStrings } from "./locale";
import type { UiPort } from "./ports";

/** The client's action bars and spells (wow/action-bars.ts). */
export interface ActionBarPort {
  /** Combat lockdown: the bars cannot be changed by an addon now. */
  inCombat(): boolean;
  talentSpell(entryId: number): number | undefined;
  isPassive(spellId: number): boolean;
  spellName(spellId: number): string;
  slotsOf(spellId: number): number[];
  /** The spell on a slot, or undefined when it holds none (empty, a macro, an item...). */
  spellAt(slot: number): number | undefined;
  /** Puts a known spell on a slot; true when the slot holds it afterwards. */
  place(spellId: number, slot: number): boolean;
}

export interface ActionBarFlowDeps {
  readonly bars: ActionBarPort;
  readonly ui: UiPort;
  readonly L: LocaleStrings;
  readonly say: (this: void, line: string) => void;
  readonly settings: (this: void) => Settings;
  /** The committed build now (LoadoutManager.currentBuild). */
  readonly currentBuild: (this: void) => { readonly entries: readonly SavedEntry[] } | undefined;
  /**
   * Runs a placement on the next frame (RunNextFrame in the client). The new talents' spells reach the spell book
   * with SPELLS_CHANGED, which "fires at the end of frame" (12.0.1 Blizzard_ActionBar/Mainline/
   * AssistedCombatManager.lua:55-56), after the commit's TRAIT_CONFIG_UPDATED that ends an apply: picking a new spell
   * up in that same frame could find it unknown (unverified on a live client). A click on the prompt comes later anyway.
   */
  readonly nextFrame: (this: void, run: (this: void) => void) => void;
}

export interface ActionBarFlow {
  /** An apply landed: `before` was the build it replaced; changes are recorded on `record` (the restore's). */
  afterApply(before: readonly SavedEntry[], record: SavedBuild): void;
  /** A restore landed: the buttons the addon changed get their old spells back. */
  afterRestore(record: SavedBuild): void;
  /** PLAYER_REGEN_ENABLED: what combat held back. */
  onCombatEnd(): void;
}

export function createActionBarFlow(deps: ActionBarFlowDeps): ActionBarFlow {
  const { bars, ui, L, say } = deps;
  let waiting: { fixes: BarFix[]; record: SavedBuild } | undefined;
  let waitingUndo: SavedBuild | undefined;

  function run(fixes: BarFix[], record: SavedBuild): void {
    if (bars.inCombat()) {
      waiting = { fixes, record };
      say(L.BARS_COMBAT);
      return;
    }
    let moved = 0;
    let kept = 0;
    for (const fix of fixes) {
      for (const slot of fix.slots) {
        // The player may have put something else there since: theirs stays.
        if (bars.spellAt(slot) !== fix.from) {
          kept++;
        } else if (bars.place(fix.to, slot)) {
          record.placements.push({ slot, from: fix.from, to: fix.to });
          moved++;
        }
      }
    }
    say(fill(L.BARS_DONE, [moved]));
    if (kept > 0) say(fill(L.BARS_KEPT, [kept]));
  }

  function offer(fixes: BarFix[], record: SavedBuild): void {
    const lines: string[] = [];
    for (const fix of fixes) lines.push(fill(L.BARS_PROMPT_LINE, [bars.spellName(fix.to), bars.spellName(fix.from), fix.slots.length]));
    ui.showPrompt({
      text: lines.join("\n"),
      choices: [{ label: L.BUTTON_FIX_BARS, onClick: () => run(fixes, record) }],
      dismiss: { label: L.BUTTON_NOT_NOW, onClick: () => {} },
    });
  }

  function handle(fixes: BarFix[], record: SavedBuild): void {
    if (deps.settings().actionBars === "auto") deps.nextFrame(() => run(fixes, record));
    else offer(fixes, record);
  }

  function undo(record: SavedBuild): void {
    if (bars.inCombat()) {
      waitingUndo = record;
      return;
    }
    let back = 0;
    for (const p of netPlacements(record.placements)) {
      // Only where our spell still is: a button the player changed since is theirs.
      if (bars.spellAt(p.slot) === p.to && bars.place(p.from, p.slot)) back++;
    }
    record.placements = [];
    if (back > 0) say(fill(L.BARS_RESTORED, [back]));
  }

  return {
    afterApply(before, record) {
      const settings = deps.settings();
      if (!settings.enabled || settings.actionBars === "off") return;
      const after = deps.currentBuild();
      if (after === undefined) return;
      const fixes = planBarFix(before, after.entries, {
        spellOf: (entryId) => bars.talentSpell(entryId),
        isPassive: (spellId) => bars.isPassive(spellId),
        slotsOf: (spellId) => bars.slotsOf(spellId),
      });
      if (fixes.length > 0) handle(fixes, record);
    },

    afterRestore(record) {
      if (record.placements.length > 0) deps.nextFrame(() => undo(record));
    },

    onCombatEnd() {
      const pendingUndo = waitingUndo;
      waitingUndo = undefined;
      if (pendingUndo !== undefined) undo(pendingUndo);
      const pending = waiting;
      waiting = undefined;
      if (pending !== undefined) handle(pending.fixes, pending.record);
    },
  };
}
