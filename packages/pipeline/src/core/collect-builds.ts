import type { BuildDef, TalentEntry } from "@att/contract";
import type { BuildIdentity } from "./identity";
import type { Resolver } from "./resolve";
import type { BuildTarget } from "./samples";
import type { SectionKey } from "./section";
import type { ResolvedSlot } from "./slots";

export interface CollectedBuilds {
  /** specId -> section -> encounterId -> slot. */
  readonly encounterSlots: Map<number, Map<SectionKey, Map<number, ResolvedSlot>>>;
  /** specId -> section -> general slot. */
  readonly generalSlots: Map<number, Map<SectionKey, ResolvedSlot>>;
  /** Targets whose most popular build had no usable string, so a less popular one was written. */
  readonly fallbackBuilds: number;
  /** Targets with samples but no build with a usable string at all. */
  readonly unresolved: number;
}

/** The talent entries of a build identity: its "talentID:points" pairs with points > 0; none for a string-only identity. */
export function entriesOfIdentity(identity: BuildIdentity): TalentEntry[] {
  if (identity.key.startsWith("code:")) return [];
  const entries: TalentEntry[] = [];
  for (const pair of identity.key.split(",")) {
    const [id, points] = pair.split(":").map(Number);
    if (id !== undefined && points !== undefined && points > 0) entries.push({ entryId: id, rank: points });
  }
  return entries.sort((a, b) => a.entryId - b.entryId);
}

/** The slots to write, from the resolver's choices. Pure. */
export function collectBuilds(targets: readonly BuildTarget[], resolver: Resolver): CollectedBuilds {
  const encounterSlots = new Map<number, Map<SectionKey, Map<number, ResolvedSlot>>>();
  const generalSlots = new Map<number, Map<SectionKey, ResolvedSlot>>();
  let fallbackBuilds = 0;
  let unresolved = 0;
  for (const target of targets) {
    const sampleSize = target.builds.sampleSize;
    const chosen = resolver.result(target.id);
    if (chosen === null) {
      if (sampleSize > 0) unresolved++;
      continue;
    }
    if (chosen.groupIndex > 0) fallbackBuilds++;
    const build: BuildDef = { entries: entriesOfIdentity(chosen.group.identity), talentCode: chosen.code };
    const slot: ResolvedSlot = { top: { build, count: chosen.group.count, sampleSize } };
    if (target.scope.kind === "encounter") {
      const bySection = encounterSlots.get(target.specId) ?? new Map<SectionKey, Map<number, ResolvedSlot>>();
      encounterSlots.set(target.specId, bySection);
      const map = bySection.get(target.section) ?? new Map<number, ResolvedSlot>();
      bySection.set(target.section, map);
      map.set(target.scope.encounterId, slot);
    } else {
      const map = generalSlots.get(target.specId) ?? new Map<SectionKey, ResolvedSlot>();
      map.set(target.section, slot);
      generalSlots.set(target.specId, map);
    }
  }
  return { encounterSlots, generalSlots, fallbackBuilds, unresolved };
}
