import type { BuildDef } from "@att/contract";
import type { BuildGroup } from "./aggregate";
import type { PickFigures } from "./consensus";
import { entriesOfIdentity } from "./identity";
import type { Resolver } from "./resolve";
import type { SectionKey } from "./section";
import { alternativeTargetId, type SlotChoice } from "./slot-choice";
import type { ResolvedPick, ResolvedSlot } from "./slots";

export interface CollectedBuilds {
  /** specId -> section -> encounterId -> slot. */
  readonly encounterSlots: Map<number, Map<SectionKey, Map<number, ResolvedSlot>>>;
  /** specId -> section -> general slot. */
  readonly generalSlots: Map<number, Map<SectionKey, ResolvedSlot>>;
  /** Always 0 since builds carry their entries: a slot writes its consensus build, with or without a string. */
  readonly fallbackBuilds: number;
  /** Builds written without an import string (none found, or the code budget ran out). */
  readonly unresolved: number;
}

/** The slots to write, from the choices and the import strings the resolver found. Pure. */
export function collectBuilds(choices: readonly SlotChoice[], resolver: Resolver): CollectedBuilds {
  const encounterSlots = new Map<number, Map<SectionKey, Map<number, ResolvedSlot>>>();
  const generalSlots = new Map<number, Map<SectionKey, ResolvedSlot>>();
  let unresolved = 0;
  const pick = (id: string, group: BuildGroup, figures: PickFigures): ResolvedPick => {
    const code = resolver.result(id)?.code;
    if (code === undefined) unresolved++;
    const entries = entriesOfIdentity(group.identity);
    const build: BuildDef = code === undefined ? { entries } : { entries, talentCode: code };
    return { build, ...figures };
  };
  for (const { target, top, alternative, figures } of choices) {
    const topPick = pick(target.id, top, figures.top);
    // A string-only build whose string was not found has nothing to write.
    if (topPick.build.entries.length === 0 && topPick.build.talentCode === undefined) continue;
    const altPick =
      alternative === undefined || figures.alternative === undefined
        ? undefined
        : pick(alternativeTargetId(target.id), alternative, figures.alternative);
    const slot: ResolvedSlot = altPick === undefined ? { top: topPick } : { top: topPick, alternative: altPick };
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
  return { encounterSlots, generalSlots, fallbackBuilds: 0, unresolved };
}
