/**
 * What each slot writes: the consensus build of its sample (consensus.ts: the logged build closest to all the
 * others), and, when the spec's builds split clearly into two hero trees (hero-split.ts, a heuristic) and the other
 * tree holds at least ALTERNATIVE_MIN_SHARE of the slot's sample entries, the consensus build of that tree's part.
 * Pure.
 */
import { ALTERNATIVE_MIN_SHARE, type TalentEntry } from "@att/contract";
import type { BuildGroup } from "./aggregate";
import { medoid, pickFigures, type FlexBase, type PickFigures, type SampleBuild } from "./consensus";
import { inferHeroSplit, sideOf, type HeroSplit } from "./hero-split";
import { entriesOfIdentity, type BuildIdentity } from "./identity";
import type { BuildTarget } from "./samples";

export interface SlotChoice {
  readonly target: BuildTarget;
  readonly top: BuildGroup;
  readonly alternative?: BuildGroup;
  /** What each pick states: the top's over the whole slot sample, the alternative's over its hero tree's part. */
  readonly figures: { readonly top: PickFigures; readonly alternative?: PickFigures };
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

/** The consensus build of every target with samples, and its alternative where there is one. */
export function chooseSlots(targets: readonly BuildTarget[], splits: ReadonlyMap<number, HeroSplit | undefined>): SlotChoice[] {
  const out: SlotChoice[] = [];
  // A general slot holds its encounters' builds again: each distinct build is parsed once (parsing dominated the time).
  const parsed = new Map<string, readonly TalentEntry[]>();
  const entriesOf = (identity: BuildIdentity): readonly TalentEntry[] => {
    let entries = parsed.get(identity.key);
    if (entries === undefined) parsed.set(identity.key, (entries = entriesOfIdentity(identity)));
    return entries;
  };
  for (const target of targets) {
    const sample: SampleBuild[] = target.builds.groups.map((group) => ({ group, entries: entriesOf(group.identity) }));
    const top = medoid(sample);
    if (top === undefined) continue;
    const split = splits.get(target.specId);
    const sideOfBuild = (b: SampleBuild): 0 | 1 | undefined =>
      split === undefined
        ? undefined
        : sideOf(
            split,
            b.entries.map((e) => e.entryId),
          );
    const topSide = sideOfBuild(top);
    if (topSide === undefined) {
      out.push({ target, top: top.group, figures: { top: pickFigures(top, sample) } });
      continue;
    }
    const own = sample.filter((b) => sideOfBuild(b) === topSide);
    const others = sample.filter((b) => sideOfBuild(b) === 1 - topSide);
    const topFigures = pickFigures(top, sample, heroTreeBase(own, others));
    const share = others.reduce((n, b) => n + b.group.count, 0) / target.builds.sampleSize;
    const alternative = share >= ALTERNATIVE_MIN_SHARE ? medoid(others) : undefined;
    out.push(
      alternative === undefined
        ? { target, top: top.group, figures: { top: topFigures } }
        : {
            target,
            top: top.group,
            alternative: alternative.group,
            figures: { top: topFigures, alternative: pickFigures(alternative, others) },
          },
    );
  }
  return out;
}

/**
 * The top's flex talents when the slot splits into hero trees. A talent found on one side only is a hero tree's:
 * the other tree's are the alternative's business, not the top's flex; the top's own tree's are judged against the
 * part of the sample on that tree (else every talent of it would look flex as soon as the other tree is popular).
 * Every other talent is judged against the whole sample.
 */
function heroTreeBase(own: readonly SampleBuild[], others: readonly SampleBuild[]): FlexBase {
  const ids = (part: readonly SampleBuild[]) => new Set(part.flatMap((b) => b.entries.map((e) => e.entryId)));
  const onOwn = ids(own);
  const onOther = ids(others);
  const ownSize = own.reduce((n, b) => n + b.group.count, 0);
  return (entryId, sampleSize) => {
    if (onOther.has(entryId) && !onOwn.has(entryId)) return undefined;
    if (onOwn.has(entryId) && !onOther.has(entryId)) return ownSize;
    return sampleSize;
  };
}
