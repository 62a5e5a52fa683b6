import type { ContentType } from "@att/contract";
import type { Sample } from "./aggregate";
import { rankBuilds } from "./aggregate";
import { isAnonymous, memberKey, type RankedEntry } from "./entry";
import { identityOfCode, identityOfKey, type BuildIdentity } from "./identity";
import type { PlannedEncounter } from "./plan-types";
import type { ResolveTarget } from "./resolve";
import { checkImportCode } from "./validate-code";

export interface SkipCounts {
  /** Rows without a talent list whose import string could not be had (anonymous, none, wrong spec). */
  noBuild: number;
  /** Rows that did not fit the row schema. */
  invalid: number;
}

export interface SampleSet {
  /** Valid samples per (spec, encounter), keyed `${specId}:${encounterId}`. */
  readonly byPair: ReadonlyMap<string, Sample[]>;
  /** Import strings known per member (rows whose build came from the string itself), canonical. */
  readonly knownCodes: ReadonlyMap<string, string>;
  readonly skipped: ReadonlyMap<string, SkipCounts>;
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
    const pair = `${entry.specId}:${entry.encounterId}`;
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
    list.push({ identity, rank: entry.rank, encounterOrder: entry.encounterOrder, member });
    byPair.set(pair, list);
  }
  return { byPair, knownCodes, skipped };
}

/** A target with what it is for: one encounter's build or a content's general build. */
export interface BuildTarget extends ResolveTarget {
  readonly scope: { readonly kind: "encounter"; readonly encounterId: number } | { readonly kind: "general"; readonly content: ContentType };
}

export function encounterTargetId(specId: number, encounterId: number): string {
  return `${specId}/encounter/${encounterId}`;
}

export function generalTargetId(specId: number, content: ContentType): string {
  return `${specId}/general/${content}`;
}

/**
 * One target per (spec, encounter) and, for each content whose encounters are all in scope, one per
 * (spec, content) pooling all those encounters' samples.
 */
export function buildTargets(
  specIds: readonly number[],
  encounters: readonly PlannedEncounter[],
  generalContents: readonly ContentType[],
  samples: SampleSet,
): BuildTarget[] {
  const targets: BuildTarget[] = [];
  for (const specId of specIds) {
    const pooled = new Map<ContentType, Sample[]>();
    for (const e of encounters) {
      const list = samples.byPair.get(`${specId}:${e.id}`) ?? [];
      targets.push({ id: encounterTargetId(specId, e.id), specId, builds: rankBuilds(list), scope: { kind: "encounter", encounterId: e.id } });
      const pool = pooled.get(e.content) ?? [];
      pool.push(...list);
      pooled.set(e.content, pool);
    }
    for (const content of generalContents) {
      targets.push({ id: generalTargetId(specId, content), specId, builds: rankBuilds(pooled.get(content) ?? []), scope: { kind: "general", content } });
    }
  }
  return targets;
}
