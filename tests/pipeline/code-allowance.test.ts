import { describe, expect, it } from "vitest";
import { admitLookups, type CodeAllowance } from "../../packages/pipeline/src/wcl/code-allowance";

/** Which import-string lookups a code budget admits: strictly a prefix of the priority order. */
function allowance(points: number): CodeAllowance {
  return { points, prices: { reportActors: 2, importCodes: 1 }, charged: { reports: new Set() } };
}

describe("code allowance", () => {
  it("admits lookups in order while their aliases fit, charging a report and a fight once each", () => {
    const budget = allowance(7);
    const lookups = [
      { id: "general", reportCode: "A", fightId: 1 }, // 2 + 1
      { id: "same fight", reportCode: "A", fightId: 1 }, // free: both charged
      { id: "other fight", reportCode: "A", fightId: 2 }, // 1
      { id: "other report", reportCode: "B", fightId: 1 }, // 2 + 1
    ];
    expect(admitLookups(lookups, budget).map((l) => l.id)).toEqual(["general", "same fight", "other fight", "other report"]);
    expect(budget.points).toBe(0);
  });

  it("charges a report once per run but a fight again in each later call (a new alias, billed again)", () => {
    const budget = allowance(5);
    expect(admitLookups([{ id: "round 1", reportCode: "A", fightId: 1 }], budget)).toHaveLength(1); // 2 + 1
    expect(budget.points).toBe(2);
    expect(admitLookups([{ id: "round 2", reportCode: "A", fightId: 1 }], budget)).toHaveLength(1); // report cached: 1
    expect(budget.points).toBe(1);
  });

  it("stops at the first lookup that does not fit: a later, already charged one is not admitted", () => {
    const budget = allowance(4);
    const lookups = [
      { id: "general 1", reportCode: "A", fightId: 1 }, // 3, leaves 1
      { id: "general 2", reportCode: "B", fightId: 1 }, // 3: does not fit
      { id: "encounter", reportCode: "A", fightId: 1 }, // would be free, but comes after general 2
    ];
    expect(admitLookups(lookups, budget).map((l) => l.id)).toEqual(["general 1"]);
    expect(budget.points).toBe(1);
    // The allowance stays closed: a later call (the next round) admits nothing either, not even one that would fit.
    expect(admitLookups([{ id: "encounter", reportCode: "A", fightId: 2 }], budget)).toEqual([]);
    expect(budget.points).toBe(1);
  });
});
