/** core/action-bars.ts: which dead buttons get which new spell, and what undoing the placements puts back. */
import { describe, expect, it } from "vitest";
import { netPlacements, planBarFix, type BarFacts } from "../../packages/addon-ts/src/core/action-bars";

/** Entry N gives spell 5000 + N; `passive` lists passive spells, `bars` spell -> slots. */
function facts(bars: Record<number, number[]>, passive: number[] = []): BarFacts {
  return {
    spellOf: (entryId) => (entryId === 99 ? undefined : 5000 + entryId),
    isPassive: (spell) => passive.includes(spell),
    slotsOf: (spell) => bars[spell] ?? [],
  };
}
const e = (...ids: number[]) => ids.map((entryId) => ({ entryId, rank: 1 }));

describe("planBarFix", () => {
  it("pairs removed spells on buttons with gained active spells on none, in build order", () => {
    const fixes = planBarFix(e(1, 2, 3, 4), e(1, 5, 6, 4), facts({ 5002: [3, 15], 5003: [7] }));
    expect(fixes).toEqual([
      { to: 5005, from: 5002, slots: [3, 15] },
      { to: 5006, from: 5003, slots: [7] },
    ]);
  });

  it("skips passive gains, gains already on a button, removed spells on no button and entries without a spell", () => {
    const fixes = planBarFix(e(1, 2, 3, 99), e(1, 5, 6, 7, 98), facts({ 5002: [3], 5003: [], 5006: [40] }, [5005]));
    // 5005 passive, 5006 already on button 40: 5007 takes 5002's button; 5003 is on no button, so 5098 gets none.
    expect(fixes).toEqual([{ to: 5007, from: 5002, slots: [3] }]);
  });

  it("nothing to do when the builds give the same spells", () => {
    expect(planBarFix(e(1, 2), e(2, 1), facts({ 5001: [1] }))).toEqual([]);
  });
});

describe("netPlacements", () => {
  it("per slot, the first spell back where the last one went; a slot back at its start drops out", () => {
    expect(
      netPlacements([
        { slot: 1, from: 10, to: 20 },
        { slot: 2, from: 11, to: 21 },
        { slot: 1, from: 20, to: 30 },
        { slot: 2, from: 21, to: 11 },
      ]),
    ).toEqual([{ slot: 1, from: 10, to: 30 }]);
  });
});
