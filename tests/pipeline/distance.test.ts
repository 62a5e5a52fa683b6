import { describe, expect, it } from "vitest";
import { buildDistance } from "../../packages/pipeline/src/core/distance";

const e = (entryId: number, rank = 1) => ({ entryId, rank });

describe("buildDistance", () => {
  it("counts a choice swap 2, one rank of a multi-rank talent 1, identical builds 0", () => {
    expect(buildDistance([e(1), e(2), e(3)], [e(1), e(2), e(3)])).toBe(0);
    // entry 3 swapped for entry 4 (a choice node's other option): one out, one in.
    expect(buildDistance([e(1), e(2), e(3)], [e(1), e(2), e(4)])).toBe(2);
    expect(buildDistance([e(1), e(2, 2)], [e(1), e(2, 1)])).toBe(1);
    // A talent only one side has counts its whole rank.
    expect(buildDistance([e(1), e(9, 3)], [e(1)])).toBe(3);
    expect(buildDistance([], [e(5, 2), e(6)])).toBe(3);
  });

  it("is symmetric", () => {
    const a = [e(1), e(4, 2), e(7), e(10)];
    const b = [e(2), e(4), e(8, 3), e(10)];
    // 1 (a only) + 2 (b only) + |2-1| at 4 + 7 (a only) + 3 at 8 (b only) = 1 + 1 + 1 + 1 + 3 = 7
    expect(buildDistance(a, b)).toBe(7);
    expect(buildDistance(b, a)).toBe(7);
  });
});
