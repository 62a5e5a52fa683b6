/**
 * How far apart two whole builds are: the sum over trait entries of the difference of their ranks, so a choice
 * swap (one entry out, another in) counts 2 and one rank of a 2-rank talent counts 1. The contract's NEAR_DISTANCE
 * and the consensus pick are measured in it. Pure.
 */
import type { TalentEntry } from "@att/contract";

/** Distance between two entry lists, each sorted by entryId ascending (as builds are stored). */
export function buildDistance(a: readonly TalentEntry[], b: readonly TalentEntry[]): number {
  let i = 0;
  let j = 0;
  let distance = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.entryId < y.entryId)) {
      distance += x!.rank;
      i++;
    } else if (x === undefined || y.entryId < x.entryId) {
      distance += y.rank;
      j++;
    } else {
      distance += Math.abs(x.rank - y.rank);
      i++;
      j++;
    }
  }
  return distance;
}
