/**
 * HEURISTIC: which of a spec's builds use which hero tree, inferred from the builds alone.
 *
 * Warcraft Logs ranking rows carry no hero-tree field (in the API schema of @rpglogs/api-sdk, src/schema.json,
 * `Encounter.characterRankings` is an untyped JSON scalar and no type or field mentions hero talents; the rows'
 * talent lists, as public clients report them, hold talentID, points, name and icon), and the pipeline has no tree
 * data for live rankings. But a spec's two hero trees exclude each other: the entries of tree A never
 * occur in a build together with the entries of tree B, and a tree's nodes are mostly all bought (its points cap
 * nearly fills it). So among the spec's distinct builds, the hero split is the partition with many entries that
 * are in EVERY build of one side and in NO build of the other, on both sides at once.
 *
 * Candidates are the partitions "builds with entry e / builds without it" for every entry in some but not all
 * builds. A partition's support is min(exclusive entries of side 1, exclusive entries of side 2), where an
 * exclusive entry of a side is in all of that side's builds and none of the other's. A class or spec choice node
 * splits builds too, but with one or two exclusive entries per side; a hero split has the tree's bought nodes on
 * each side. Below MIN_SUPPORT, or with two candidates tied for the best support, there is no clear split: no
 * alternatives. Unverified against live data; the addon re-checks hero trees from the live client.
 */

/** Exclusive entries needed on each side before a partition counts as the hero split. */
export const MIN_SUPPORT = 3;

export interface HeroSplit {
  /** Entries found in every build of side 0 and in none of side 1, and the reverse. */
  readonly exclusive: readonly [ReadonlySet<number>, ReadonlySet<number>];
}

/** The hero split of a spec's builds (each a list of entry IDs), or undefined when there is no clear one. Pure. */
export function inferHeroSplit(builds: readonly (readonly number[])[]): HeroSplit | undefined {
  const sets = dedupe(builds.filter((b) => b.length > 0).map((b) => new Set(b)));
  if (sets.length < 2) return undefined;
  const presence = new Map<number, number[]>();
  sets.forEach((set, i) => {
    for (const id of set) {
      const list = presence.get(id);
      if (list === undefined) presence.set(id, [i]);
      else list.push(i);
    }
  });
  // Candidate partitions, by the set of build indexes on side 0 (canonical: the side holding build 0).
  const candidates = new Map<string, boolean[]>();
  for (const list of presence.values()) {
    if (list.length === sets.length) continue;
    const side = sets.map((_, i) => list.includes(i));
    const canonical = side[0] ? side : side.map((x) => !x);
    candidates.set(canonical.map((x) => (x ? "1" : "0")).join(""), canonical);
  }
  let best: { support: number; exclusive: [Set<number>, Set<number>] } | undefined;
  let tied = false;
  for (const side of candidates.values()) {
    const exclusive: [Set<number>, Set<number>] = [new Set(), new Set()];
    for (const [id, list] of presence) {
      const onZero = list.filter((i) => side[i]).length;
      const onOne = list.length - onZero;
      const zeroCount = side.filter((x) => x).length;
      if (onOne === 0 && onZero === zeroCount) exclusive[0].add(id);
      else if (onZero === 0 && onOne === sets.length - zeroCount) exclusive[1].add(id);
    }
    const support = Math.min(exclusive[0].size, exclusive[1].size);
    if (best === undefined || support > best.support) {
      best = { support, exclusive };
      tied = false;
    } else if (support === best.support) {
      tied = true;
    }
  }
  if (best === undefined || best.support < MIN_SUPPORT || tied) return undefined;
  return { exclusive: best.exclusive };
}

/** Which side of the split a build is on: 0, 1, or undefined when it shows neither side's entries (or both). */
export function sideOf(split: HeroSplit, entries: readonly number[]): 0 | 1 | undefined {
  let zero = false;
  let one = false;
  for (const id of entries) {
    if (split.exclusive[0].has(id)) zero = true;
    if (split.exclusive[1].has(id)) one = true;
  }
  if (zero === one) return undefined;
  return zero ? 0 : 1;
}

function dedupe(sets: Set<number>[]): Set<number>[] {
  const seen = new Set<string>();
  const out: Set<number>[] = [];
  for (const set of sets) {
    const key = [...set].sort((a, b) => a - b).join(",");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(set);
  }
  return out;
}
