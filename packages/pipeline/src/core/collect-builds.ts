import type { BuildDef, TalentEntry } from "@att/contract";
import type { BuildGroup } from "./aggregate";
import type { PickFigures } from "./consensus";
import { entriesOfIdentity } from "./identity";
import type { SectionKey } from "./section";
import type { SlotChoice } from "./slot-choice";
import type { ResolvedPick, ResolvedSlot } from "./slots";

/** What a build gets beside its entries: its import string and hero tree name, when the trees give them. */
export type BuildExtras = (specId: number, entries: readonly TalentEntry[]) => Omit<BuildDef, "entries">;

export interface CollectedBuilds {
  /** specId -> section -> encounterId -> slot. */
  readonly encounterSlots: Map<number, Map<SectionKey, Map<number, ResolvedSlot>>>;
  /** specId -> section -> general slot. */
  readonly generalSlots: Map<number, Map<SectionKey, ResolvedSlot>>;
  /** Picks written without an import string (no tree data, or the string did not decode back to the build). */
  readonly withoutString: number;
  /** Picks written. */
  readonly picks: number;
}

/** The slots to write, from the choices; `extras` encodes each chosen build's string. Pure when `extras` is. */
export function collectBuilds(choices: readonly SlotChoice[], extras: BuildExtras): CollectedBuilds {
  const encounterSlots = new Map<number, Map<SectionKey, Map<number, ResolvedSlot>>>();
  const generalSlots = new Map<number, Map<SectionKey, ResolvedSlot>>();
  let withoutString = 0;
  let picks = 0;
  const pick = (specId: number, group: BuildGroup, figures: PickFigures): ResolvedPick => {
    const entries = entriesOfIdentity(group.identity);
    const build: BuildDef = { entries, ...extras(specId, entries) };
    picks++;
    if (build.talentCode === undefined) withoutString++;
    return { build, ...figures };
  };
  for (const { target, top, alternative, figures } of choices) {
    const topPick = pick(target.specId, top, figures.top);
    // A build known neither by its talents nor by a string has nothing to write.
    if (topPick.build.entries.length === 0 && topPick.build.talentCode === undefined) continue;
    const altPick =
      alternative === undefined || figures.alternative === undefined ? undefined : pick(target.specId, alternative, figures.alternative);
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
  return { encounterSlots, generalSlots, withoutString, picks };
}
