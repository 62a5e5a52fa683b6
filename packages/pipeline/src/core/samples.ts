import type { Sample } from "./aggregate";
import { rankBuilds, type RankedBuilds } from "./aggregate";
import { isAnonymous, memberKey, type RankedEntry } from "./entry";
import { identityOfCode, identityOfKey, type BuildIdentity } from "./identity";
import type { PlannedEncounter } from "./plan-types";
import type { SectionKey } from "./section";
import { encounterSample, playerKey } from "./players";
import { checkImportCode } from "./validate-code";

export interface SkipCounts {
  /** Rows without a talent list whose import string could not be had (anonymous, none, wrong spec). */
  noBuild: number;
  /** Rows that did not fit the row schema. */
  invalid: number;
}

export interface SampleSet {
  /** Valid samples per (spec, section, encounter), keyed by samplePairKey. */
  readonly byPair: ReadonlyMap<string, Sample[]>;
  /** Import strings known per member (rows whose build came from the string itself), canonical. */
  readonly knownCodes: ReadonlyMap<string, string>;
  readonly skipped: ReadonlyMap<string, SkipCounts>;
}

/** The key of one (spec, section, encounter) ranking: heroic and mythic rankings of one boss are separate. */
export function samplePairKey(specId: number, section: SectionKey, encounterId: number): string {
  return `${specId}:${section}:${encounterId}`;
}

/** Entries that need their own import string because the row had no talent list; anonymous ones cannot. */
export function entriesNeedingCodes(entries: readonly RankedEntry[]): RankedEntry[] {
  return entries.filter((e) => identityOfKey(e.build) === null && !isAnonymous(e.name));
}

/**
 * Turns entries into samples: a talent list gives the identity directly; otherwise the entry's own import
 * string (fetched beforehand, `fallbackCodes`) does, when it decodes and is for the right spec.
 */
export function buildSamples(
  entries: readonly RankedEntry[],
  fallbackCodes: ReadonlyMap<string, string | null>,
  invalidRows: ReadonlyMap<string, number>,
): SampleSet {
  const byPair = new Map<string, Sample[]>();
  const knownCodes = new Map<string, string>();
  const skipped = new Map<string, SkipCounts>();
  for (const [pair, invalid] of invalidRows) skipped.set(pair, { noBuild: 0, invalid });
  for (const entry of entries) {
    const pair = samplePairKey(entry.specId, entry.section, entry.encounterId);
    const member = memberKey(entry);
    let identity: BuildIdentity | null = identityOfKey(entry.build);
    if (identity === null) {
      const raw = fallbackCodes.get(member);
      const check = raw === undefined || raw === null ? undefined : checkImportCode(raw, entry.specId);
      if (check !== undefined && check.ok) {
        identity = identityOfCode(check.code);
        knownCodes.set(member, check.code);
      }
    }
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
  return { byPair, knownCodes, skipped };
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
