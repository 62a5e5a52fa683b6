/**
 * What each slot writes: the most popular whole build of its sample (of distinct players), and, when the spec's
 * builds split clearly into two hero trees (hero-split.ts, a heuristic) and the other tree holds at least
 * ALTERNATIVE_MIN_SHARE of the slot's players, that tree's most popular build. Pure.
 */
import { ALTERNATIVE_MIN_SHARE } from "@att/contract";
import type { BuildGroup } from "./aggregate";
import { inferHeroSplit, sideOf, type HeroSplit } from "./hero-split";
import { entriesOfIdentity } from "./identity";
import type { BuildTarget } from "./samples";

export interface SlotChoice {
  readonly target: BuildTarget;
  readonly top: BuildGroup;
  readonly alternative?: BuildGroup;
}

/** The hero split of each spec, from the distinct builds of all its targets. */
export function heroSplits(targets: readonly BuildTarget[]): Map<number, HeroSplit | undefined> {
  const bySpec = new Map<number, Map<string, number[]>>();
  for (const target of targets) {
    const builds = bySpec.get(target.specId) ?? new Map<string, number[]>();
    bySpec.set(target.specId, builds);
    for (const group of target.builds.groups) {
      if (!builds.has(group.identity.key))
        builds.set(
          group.identity.key,
          entriesOfIdentity(group.identity).map((e) => e.entryId),
        );
    }
  }
  const out = new Map<number, HeroSplit | undefined>();
  for (const [specId, builds] of bySpec) out.set(specId, inferHeroSplit([...builds.values()]));
  return out;
}

/** The top build of every target with samples, and its alternative where there is one. */
export function chooseSlots(targets: readonly BuildTarget[], splits: ReadonlyMap<number, HeroSplit | undefined>): SlotChoice[] {
  const out: SlotChoice[] = [];
  for (const target of targets) {
    const { groups, sampleSize } = target.builds;
    const top = groups[0];
    if (top === undefined) continue;
    const split = splits.get(target.specId);
    const sideOfGroup = (g: BuildGroup): 0 | 1 | undefined =>
      split === undefined
        ? undefined
        : sideOf(
            split,
            entriesOfIdentity(g.identity).map((e) => e.entryId),
          );
    const topSide = sideOfGroup(top);
    if (topSide === undefined) {
      out.push({ target, top });
      continue;
    }
    const others = groups.filter((g) => sideOfGroup(g) === 1 - topSide);
    const share = sampleSize === 0 ? 0 : others.reduce((n, g) => n + g.count, 0) / sampleSize;
    out.push(others.length > 0 && share >= ALTERNATIVE_MIN_SHARE ? { target, top, alternative: others[0]! } : { target, top });
  }
  return out;
}
