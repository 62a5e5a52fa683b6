import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysFromCivil, isoDay, parseIsoUtc } from "../../packages/addon-ts/src/core/date";
import { fill, joinNonEmpty, wholePercent } from "../../packages/addon-ts/src/core/text";

describe("fill", () => {
  it("replaces numbered placeholders in any order and leaves unknown ones", () => {
    expect(fill("{2} then {1}", ["a", 3])).toBe("3 then a");
    expect(fill("{1} % of {2}", [42, 50])).toBe("42 % of 50");
    expect(fill("keep {3} and {x}", ["a"])).toBe("keep {3} and {x}");
    expect(fill("no placeholders", [])).toBe("no placeholders");
  });
  it("rounds percentages half up and joins non-empty parts", () => {
    expect(wholePercent(0.42)).toBe(42);
    expect(wholePercent(0.415)).toBe(42);
    expect(wholePercent(1 / 3)).toBe(33);
    expect(joinNonEmpty(["a", "", "b"], ", ")).toBe("a, b");
  });
});

describe("ISO dates without Date or os.time", () => {
  it("agrees with Date.UTC for any day and time", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1990-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }), (d) => {
        const iso = new Date(Math.floor(d.getTime() / 1000) * 1000).toISOString();
        expect(parseIsoUtc(iso)).toBe(Math.floor(d.getTime() / 1000));
      }),
    );
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
  });
  it("accepts a bare date and rejects garbage", () => {
    expect(parseIsoUtc("2026-03-02")).toBe(Date.UTC(2026, 2, 2) / 1000);
    expect(parseIsoUtc("yesterday")).toBeUndefined();
    expect(parseIsoUtc("2026-13-02")).toBeUndefined();
    expect(isoDay("2026-03-02T10:00:00Z")).toBe("2026-03-02");
  });
});
