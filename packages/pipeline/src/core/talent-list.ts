import type { TalentPick } from "./entry";

/**
 * A ranking row's talent list as the build it stands for. Real rows are messier than the schema suggests
 * (../shared/testdata/wcl-real: 1 row in 200 lists one talentID twice, e.g. `{talentID: 117297, points: 1}` two
 * times on the Discipline page): a trait entry is bought once, so a repeated ID is kept once, with its highest
 * points. Entries listed with 0 points are not bought (a choice node's other entry) and are left out.
 */
export interface TalentList {
  /** One pick per talentID with points > 0, sorted by talentID. */
  readonly picks: readonly TalentPick[];
  /** Whether the row listed a talentID more than once. */
  readonly repeated: boolean;
}

export function readTalentList(talents: readonly TalentPick[]): TalentList {
  const best = new Map<number, number>();
  let repeated = false;
  for (const { talentID, points } of talents) {
    const seen = best.get(talentID);
    if (seen !== undefined) repeated = true;
    if (seen === undefined || points > seen) best.set(talentID, points);
  }
  const picks = [...best]
    .filter(([, points]) => points > 0)
    .sort((a, b) => a[0] - b[0])
    .map(([talentID, points]) => ({ talentID, points }));
  return { picks, repeated };
}

/**
 * A build key ("talentID:points,...") with every talentID once: keys cached before repeated IDs were folded could
 * list one twice, which the data's entry packing refuses (entry IDs must ascend). Returns the key unchanged when it
 * is already canonical, so the common case allocates nothing.
 */
export function canonicalKey(key: string): string {
  if (key === "" || key.startsWith("code:")) return key;
  const pairs = key.split(",");
  let previous = -Infinity;
  let sorted = true;
  for (const pair of pairs) {
    const id = Number(pair.slice(0, pair.indexOf(":")));
    if (!(id > previous)) {
      sorted = false;
      break;
    }
    previous = id;
  }
  if (sorted) return key;
  const picks = pairs.map((pair) => {
    const [talentID, points] = pair.split(":").map(Number);
    return { talentID: talentID!, points: points! };
  });
  // A pair that is no number pair cannot be packed: dropped rather than passed on to crash the output.
  const usable = picks.filter((t) => Number.isInteger(t.talentID) && Number.isInteger(t.points));
  return readTalentList(usable)
    .picks.map((t) => `${t.talentID}:${t.points}`)
    .join(",");
}
