/**
 * The action bar fix after a talent change, pure: which buttons hold a spell the new build no longer has (dead
 * buttons), which active spells the new build gained that sit on no button, and which of the first go to which of
 * the second. Pairs follow the builds' node order (entries are listed by node), so a choice node's swap pairs its
 * old and new talent when both are the only change. Undo works from the placements made, per slot.
 */
import type { Placement, SavedEntry } from "./restore";

/** Put `to` on every slot in `slots`, which now hold `from`. */
export interface BarFix {
  readonly to: number;
  readonly from: number;
  readonly slots: readonly number[];
}

export interface BarFacts {
  /** The spell a talent entry gives, or undefined when it gives none the client names. */
  spellOf(this: void, entryId: number): number | undefined;
  isPassive(this: void, spellId: number): boolean;
  /** The action slots holding this spell now (empty: on no button). */
  slotsOf(this: void, spellId: number): readonly number[];
}

function entrySet(entries: readonly SavedEntry[]): { [entryId: number]: boolean } {
  const set: { [entryId: number]: boolean } = {};
  for (const entry of entries) set[entry.entryId] = true;
  return set;
}

export function planBarFix(before: readonly SavedEntry[], after: readonly SavedEntry[], facts: BarFacts): BarFix[] {
  const had = entrySet(before);
  const has = entrySet(after);
  const dead: { spell: number; slots: readonly number[] }[] = [];
  for (const entry of before) {
    if (has[entry.entryId] === true) continue;
    const spell = facts.spellOf(entry.entryId);
    if (spell === undefined) continue;
    const slots = facts.slotsOf(spell);
    if (slots.length > 0) dead.push({ spell, slots });
  }
  const fixes: BarFix[] = [];
  for (const entry of after) {
    if (had[entry.entryId] === true || fixes.length >= dead.length) continue;
    const spell = facts.spellOf(entry.entryId);
    if (spell === undefined || facts.isPassive(spell) || facts.slotsOf(spell).length > 0) continue;
    const old = dead[fixes.length]!;
    fixes.push({ to: spell, from: old.spell, slots: old.slots });
  }
  return fixes;
}

/**
 * What undoing a list of placements puts back, one per slot: the slot's first `from` where its last `to` went
 * (a dungeon build and then a boss build may both have moved the same button). Slots back at their start drop out.
 */
export function netPlacements(placements: readonly Placement[]): Placement[] {
  const order: number[] = [];
  const net: { [slot: number]: { from: number; to: number } } = {};
  for (const p of placements) {
    const seen = net[p.slot];
    if (seen === undefined) {
      order.push(p.slot);
      net[p.slot] = { from: p.from, to: p.to };
    } else {
      seen.to = p.to;
    }
  }
  const out: Placement[] = [];
  for (const slot of order) {
    const p = net[slot]!;
    if (p.from !== p.to) out.push({ slot, from: p.from, to: p.to });
  }
  return out;
}
