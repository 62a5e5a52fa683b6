/**
 * A spec's builds in two forms: "resolved" (every pick holds its build, easy to edit: a partial run replaces some
 * slots) and the contract's pooled SpecBuilds (each distinct build once, picks point into the pool). Pure.
 */
import { packEntries, type BuildDef, type ContentBuilds, type Pick, type Slot, type SpecBuilds } from "@att/contract";
import { SECTION_ORDER, type SectionKey } from "../core/section";
import type { ResolvedPick, ResolvedSlot } from "../core/slots";

export type { ResolvedPick, ResolvedSlot };

export interface ResolvedContent {
  general: ResolvedSlot | null;
  /** Keyed by encounter ID. */
  readonly encounters: Map<number, ResolvedSlot>;
}

export type ResolvedSpec = Map<SectionKey, ResolvedContent>;

function resolvePick(pick: Pick, builds: readonly BuildDef[]): ResolvedPick {
  return { ...pick, build: builds[pick.build]! };
}

function resolveSlot(slot: Slot, builds: readonly BuildDef[]): ResolvedSlot {
  const top = resolvePick(slot.top, builds);
  return slot.alternative === undefined ? { top } : { top, alternative: resolvePick(slot.alternative, builds) };
}

function resolveContent(content: ContentBuilds, builds: readonly BuildDef[]): ResolvedContent {
  const encounters = new Map<number, ResolvedSlot>();
  for (const [id, slot] of Object.entries(content.encounters)) encounters.set(Number(id), resolveSlot(slot, builds));
  return { general: content.general === null ? null : resolveSlot(content.general, builds), encounters };
}

/** The editable form of a written spec. */
export function resolveSpec(spec: SpecBuilds): ResolvedSpec {
  const out: ResolvedSpec = new Map();
  if (spec.raid.heroic !== undefined) out.set("heroic", resolveContent(spec.raid.heroic, spec.builds));
  if (spec.raid.mythic !== undefined) out.set("mythic", resolveContent(spec.raid.mythic, spec.builds));
  if (spec.mythicplus !== null) out.set("mythicplus", resolveContent(spec.mythicplus, spec.builds));
  return out;
}

/** Identity of a build in the pool: its entries and string. */
export function buildDefKey(build: BuildDef): string {
  return `${packEntries(build.entries)}.${build.talentCode ?? ""}`;
}

/**
 * The contract form: distinct builds pooled in first-use order (heroic, mythic, Mythic+; in each the general slot,
 * then encounters by ID; top before alternative), picks as indexes.
 */
export function poolSpec(info: SpecNames, resolved: ResolvedSpec): SpecBuilds {
  const builds: BuildDef[] = [];
  const index = new Map<string, number>();
  const pick = (p: ResolvedPick): Pick => {
    const key = buildDefKey(p.build);
    let at = index.get(key);
    if (at === undefined) {
      at = builds.length;
      index.set(key, at);
      const { entries, talentCode, heroTree } = p.build;
      builds.push({
        entries,
        ...(talentCode !== undefined ? { talentCode } : {}),
        ...(heroTree !== undefined ? { heroTree } : {}),
      });
    }
    return { ...p, build: at };
  };
  const slot = (s: ResolvedSlot): Slot => {
    const top = pick(s.top);
    return s.alternative === undefined ? { top } : { top, alternative: pick(s.alternative) };
  };
  const contents = new Map<SectionKey, ContentBuilds>();
  for (const key of SECTION_ORDER) {
    const content = resolved.get(key);
    if (content === undefined) continue;
    const general = content.general === null ? null : slot(content.general);
    const encounters: Record<string, Slot> = {};
    for (const id of [...content.encounters.keys()].sort((a, b) => a - b)) encounters[String(id)] = slot(content.encounters.get(id)!);
    contents.set(key, { general, encounters });
  }
  const raid: { heroic?: ContentBuilds; mythic?: ContentBuilds } = {};
  const heroic = contents.get("heroic");
  const mythic = contents.get("mythic");
  if (heroic !== undefined) raid.heroic = heroic;
  if (mythic !== undefined) raid.mythic = mythic;
  return {
    specId: info.specId,
    className: info.className,
    specName: info.specName,
    builds,
    raid,
    mythicplus: contents.get("mythicplus") ?? null,
  };
}

/** What a SpecBuilds repeats of its SpecInfo. */
export interface SpecNames {
  readonly specId: number;
  readonly className: string;
  readonly specName: string;
}
