import type { BuildIdentity } from "./identity";
import { compareIdentity } from "./identity";

/** One valid entry of a sample: its build and where it ranked. */
export interface Sample {
  readonly identity: BuildIdentity;
  /** Rank position in its own (spec, encounter) ranking, 1 = best. */
  readonly rank: number;
  readonly encounterOrder: number;
  /** The ranking row (see memberKey): what an import-string lookup asks for; also the final tie-break between members. */
  readonly member: string;
  /** The character across encounters (see playerKey): counts are of distinct players. */
  readonly player: string;
}

export interface BuildGroup {
  readonly identity: BuildIdentity;
  readonly count: number;
  readonly bestRank: number;
  /** Members best first: rank, then encounter order, then member key. */
  readonly members: readonly Sample[];
}

export interface RankedBuilds {
  readonly sampleSize: number;
  /** Most popular first; see compareGroups. */
  readonly groups: readonly BuildGroup[];
}

export function compareMembers(a: Sample, b: Sample): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.encounterOrder !== b.encounterOrder) return a.encounterOrder - b.encounterOrder;
  return a.member < b.member ? -1 : a.member > b.member ? 1 : 0;
}

/** The mode first; ties go to the build whose best member ranked higher, then to the smaller identity. */
export function compareGroups(a: BuildGroup, b: BuildGroup): number {
  if (a.count !== b.count) return b.count - a.count;
  if (a.bestRank !== b.bestRank) return a.bestRank - b.bestRank;
  return compareIdentity(a.identity, b.identity);
}

/** Groups identical builds of one sample and orders them by popularity. Pure. */
export function rankBuilds(samples: readonly Sample[]): RankedBuilds {
  const byKey = new Map<string, Sample[]>();
  for (const sample of samples) {
    const list = byKey.get(sample.identity.key);
    if (list === undefined) byKey.set(sample.identity.key, [sample]);
    else list.push(sample);
  }
  const groups: BuildGroup[] = [];
  for (const members of byKey.values()) {
    members.sort(compareMembers);
    const first = members[0]!;
    groups.push({ identity: first.identity, count: members.length, bestRank: first.rank, members });
  }
  groups.sort(compareGroups);
  return { sampleSize: samples.length, groups };
}

/** count / sampleSize, 0 for an empty sample. */
export function popularity(count: number, sampleSize: number): number {
  return sampleSize === 0 ? 0 : count / sampleSize;
}
