import type { Sample } from "./aggregate";
import { rankBuilds, type RankedBuilds } from "./aggregate";
import { isAnonymous, memberKey, type RankedEntry } from "./entry";
import { identityOfKey } from "./identity";
import type { PlannedEncounter } from "./plan-types";
import type { SectionKey } from "./section";
import { encounterSample, playerKey } from "./players";

export interface SkipCounts {
  /** Rows without a usable talent list. */
  noBuild: number;
  /** Rows that did not fit the row schema. */
  invalid: number;
}

export interface SampleSet {
  /** Valid samples per (spec, section, encounter), keyed by samplePairKey. */
  readonly byPair: ReadonlyMap<string, Sample[]>;
  readonly skipped: ReadonlyMap<string, SkipCounts>;
}

/** The key of one (spec, section, encounter) ranking: heroic and mythic rankings of one boss are separate. */
export function samplePairKey(specId: number, section: SectionKey, encounterId: number): string {
  return `${specId}:${section}:${encounterId}`;
}

/** Entries of a named player whose row had no talent list (such a row is skipped: it names no build). */
export function entriesWithoutList(entries: readonly RankedEntry[]): RankedEntry[] {
  return entries.filter((e) => identityOfKey(e.build) === null && !isAnonymous(e.name));
}

/**
 * Turns entries into samples: a row's talent list is its build; a row without one is counted as skipped (import
 * strings are no longer looked up per row: each costs points, and the trees encode the chosen builds' strings).
 */
export function buildSamples(entries: readonly RankedEntry[], invalidRows: ReadonlyMap<string, number>): SampleSet {
  const byPair = new Map<string, Sample[]>();
  const skipped = new Map<string, SkipCounts>();
  for (const [pair, invalid] of invalidRows) skipped.set(pair, { noBuild: 0, invalid });
  for (const entry of entries) {
    const pair = samplePairKey(entry.specId, entry.section, entry.encounterId);
    const member = memberKey(entry);
    const identity = identityOfKey(entry.build);
    if (identity === null) {
      const counts = skipped.get(pair) ?? { noBuild: 0, invalid: 0 };
      counts.noBuild++;
      skipped.set(pair, counts);
      continue;
    }
    const list = byPair.get(pair) ?? [];
    list.push({
      identity,
      rank: entry.rank,
      encounterOrder: entry.encounterOrder,
      member,
      player: playerKey({ name: entry.name, server: entry.server, member }),
    });
    byPair.set(pair, list);
  }
  return { byPair, skipped };
}

/** A target with what it is for: one encounter's build or a section's general build. */
export interface BuildTarget {
  /** Unique per target (see encounterTargetId / generalTargetId). */
  readonly id: string;
  readonly specId: number;
  /** The target's builds by popularity (aggregate.ts rankBuilds). */
  readonly builds: RankedBuilds;
  readonly section: SectionKey;
  readonly scope: { readonly kind: "encounter"; readonly encounterId: number } | { readonly kind: "general" };
}

export function encounterTargetId(specId: number, section: SectionKey, encounterId: number): string {
  return `${specId}/${section}/encounter/${encounterId}`;
}

export function generalTargetId(specId: number, section: SectionKey): string {
  return `${specId}/${section}/general`;
}

/** One section of a run: its encounters in scope, and whether they are all of it (so its general build is recomputed). */
export interface SectionPlan {
  readonly section: SectionKey;
  readonly encounters: readonly PlannedEncounter[];
  readonly general: boolean;
}

/**
 * One target per (spec, section, encounter): its top `topN` distinct players (all when undefined), one build each;
 * and, for each section whose encounters are all in scope, one per (spec, section): the union of those encounter
 * samples, one entry per (player, encounter).
 */
export function buildTargets(
  specIds: readonly number[],
  sections: readonly SectionPlan[],
  samples: SampleSet,
  topN?: number,
): BuildTarget[] {
  const targets: BuildTarget[] = [];
  for (const specId of specIds) {
    for (const plan of sections) {
      const pooled: Sample[] = [];
      for (const e of plan.encounters) {
        const sample = encounterSample(samples.byPair.get(samplePairKey(specId, plan.section, e.id)) ?? [], topN);
        targets.push({
          id: encounterTargetId(specId, plan.section, e.id),
          specId,
          section: plan.section,
          builds: rankBuilds(sample),
          scope: { kind: "encounter", encounterId: e.id },
        });
        pooled.push(...sample);
      }
      if (plan.general)
        targets.push({
          id: generalTargetId(specId, plan.section),
          specId,
          section: plan.section,
          builds: rankBuilds(pooled),
          scope: { kind: "general" },
        });
    }
  }
  return targets;
}
