/**
 * The build diff between two talent-data files: what a reviewer of a refresh needs to see, and nothing that changes
 * every day anyway (the timestamp, counts of a build that stayed on top). Pure: two documents in, a DataDiff out.
 */
import type { EncounterInfo, Pick, Slot, SpecBuilds, TalentData, ZoneSource } from "@att/contract";
import {
  buildIdentity,
  buildOf,
  flexText,
  nearShare,
  orderedSpecs,
  popularity,
  sectionLabel,
  sectionsOf,
  specLabel,
  talentDelta,
  type SectionKey,
  type TalentDelta,
} from "../model";

/** A pick's figures as the diff shows them: the near share is the headline, the exact share beside it. */
export interface PickSummary {
  /** Exact share: count / sampleSize. */
  readonly popularity: number;
  /** Headline share: near / sampleSize. */
  readonly nearShare: number;
  readonly count: number;
  readonly near: number;
  /** Sample entries: players for an encounter, rankings (one per player and encounter) for a general slot. */
  readonly sampleSize: number;
  /** Distinct players behind the sample entries. */
  readonly players: number;
  readonly talentCode?: string;
  /** "flex: Ice Nova 55% / Frozen Orb 45%", absent without flex talents. */
  readonly flex?: string;
  /** The build's hero tree name, when the data has it. */
  readonly heroTree?: string;
}

export type SlotChangeKind = "added" | "removed" | "changed" | "alternative";

/** One place (a spec's general build or one encounter's, in one section) whose build changed. */
export interface SlotChange {
  readonly specId: number;
  readonly spec: string;
  readonly section: SectionKey;
  readonly sectionLabel: string;
  /** "general" or the encounter ID. */
  readonly place: "general" | number;
  readonly placeName: string;
  /** added/removed: the slot appeared or went; changed: another top build; alternative: only the other hero tree's build. */
  readonly kind: SlotChangeKind;
  readonly old?: PickSummary;
  readonly new?: PickSummary;
  /** Talents of the new top build against the old one (undefined when either is known only as an import string). */
  readonly talents?: TalentDelta;
  /** The top build's hero tree, when it changed (both builds name theirs). */
  readonly heroTree?: { readonly old: string; readonly new: string };
  readonly alternative?: { readonly old?: PickSummary; readonly new?: PickSummary };
}

export interface ZoneChange {
  readonly content: string;
  readonly old?: ZoneSource;
  readonly new?: ZoneSource;
  readonly changes: readonly string[];
}

export interface SectionCoverage {
  readonly section: SectionKey;
  readonly label: string;
  readonly specsWithGeneral: number;
  readonly encounterSlots: number;
}

export interface Coverage {
  readonly specs: number;
  readonly sections: readonly SectionCoverage[];
}

export interface DataDiff {
  readonly old?: { readonly generatedAt: string; readonly kind: string };
  readonly new: { readonly generatedAt: string; readonly kind: string };
  /** Anything a reviewer must look at: builds, encounters, specs, zones, season or partition, source kind. */
  readonly changed: boolean;
  readonly kindChanged: boolean;
  readonly zones: readonly ZoneChange[];
  /** The talent trees' game build, when it changed. */
  readonly treeBuild?: { readonly old?: string; readonly new?: string };
  readonly encounters: { readonly added: readonly EncounterInfo[]; readonly removed: readonly EncounterInfo[] };
  readonly specs: { readonly added: readonly string[]; readonly removed: readonly string[] };
  readonly slots: readonly SlotChange[];
  readonly coverage: { readonly old?: Coverage; readonly new: Coverage };
}

function summary(spec: SpecBuilds, pick: Pick, names: { readonly [id: string]: string }): PickSummary {
  const { talentCode, heroTree } = buildOf(spec, pick);
  const flex = flexText(pick, names);
  return {
    popularity: popularity(pick),
    nearShare: nearShare(pick),
    count: pick.count,
    near: pick.near,
    sampleSize: pick.sampleSize,
    players: pick.players,
    ...(talentCode !== undefined ? { talentCode } : {}),
    ...(flex !== "" ? { flex } : {}),
    ...(heroTree !== undefined ? { heroTree } : {}),
  };
}

/** A zone per (content, difficulty): a season can rank several raid zones. */
function zoneKeyed(data: TalentData): Map<string, ZoneSource> {
  const out = new Map<string, ZoneSource>();
  for (const z of data.source.raid) out.set(`raid:${z.zoneId}:${z.difficulty}`, z);
  if (data.source.mythicplus !== undefined) out.set("mythicplus", data.source.mythicplus);
  return out;
}

function zoneChanges(before: TalentData | undefined, after: TalentData): ZoneChange[] {
  const a = before === undefined ? new Map<string, ZoneSource>() : zoneKeyed(before);
  const b = zoneKeyed(after);
  const content = (z: ZoneSource): string =>
    z.difficulty === "mythicplus" ? "Mythic+" : `Raid ${z.difficulty.charAt(0).toUpperCase()}${z.difficulty.slice(1)}`;
  const part = (z: ZoneSource): string => `${z.partition}${z.partitionName !== undefined ? ` (${z.partitionName})` : ""}`;
  const out: ZoneChange[] = [];
  for (const key of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const o = a.get(key);
    const n = b.get(key);
    if (o === undefined && n !== undefined) out.push({ content: content(n), new: n, changes: [`${n.name} added`] });
    else if (o !== undefined && n === undefined) out.push({ content: content(o), old: o, changes: [`${o.name} removed`] });
    else if (o !== undefined && n !== undefined) {
      const changes: string[] = [];
      if (o.name !== n.name) changes.push(`${o.name} → ${n.name}`);
      if (o.partition !== n.partition) changes.push(`partition ${part(o)} → ${part(n)}`);
      if (o.topN !== n.topN) changes.push(`top ${o.topN} → top ${n.topN}`);
      if (changes.length > 0) out.push({ content: content(n), old: o, new: n, changes });
    }
  }
  return out;
}

/** The talent trees' game build, when it changed: builds may move with the trees (a patch). */
function treeBuildChange(before: TalentData | undefined, after: TalentData): { readonly old?: string; readonly new?: string } | undefined {
  const o = before?.source.treeBuild;
  const n = after.source.treeBuild;
  if (before === undefined || o === n) return undefined;
  return { ...(o !== undefined ? { old: o } : {}), ...(n !== undefined ? { new: n } : {}) };
}

function sameAlternative(a: SpecBuilds, b: SpecBuilds, x: Slot, y: Slot): boolean {
  if (x.alternative === undefined || y.alternative === undefined) return x.alternative === y.alternative;
  return buildIdentity(buildOf(a, x.alternative)) === buildIdentity(buildOf(b, y.alternative));
}

function slotChange(
  base: Omit<SlotChange, "kind" | "old" | "new" | "talents" | "alternative">,
  a: SpecBuilds | undefined,
  b: SpecBuilds | undefined,
  x: Slot | null | undefined,
  y: Slot | null | undefined,
  names: { readonly [id: string]: string },
): SlotChange | undefined {
  if ((x === null || x === undefined) && (y === null || y === undefined)) return undefined;
  if (x === null || x === undefined) return { ...base, kind: "added", new: summary(b!, y!.top, names) };
  if (y === null || y === undefined) return { ...base, kind: "removed", old: summary(a!, x.top, names) };
  const oldTop = buildOf(a!, x.top);
  const newTop = buildOf(b!, y.top);
  const alternative =
    x.alternative !== undefined || y.alternative !== undefined
      ? {
          ...(x.alternative !== undefined ? { old: summary(a!, x.alternative, names) } : {}),
          ...(y.alternative !== undefined ? { new: summary(b!, y.alternative, names) } : {}),
        }
      : undefined;
  if (buildIdentity(oldTop) !== buildIdentity(newTop)) {
    const talents = talentDelta(oldTop, newTop, names);
    const heroTree =
      oldTop.heroTree !== undefined && newTop.heroTree !== undefined && oldTop.heroTree !== newTop.heroTree
        ? { old: oldTop.heroTree, new: newTop.heroTree }
        : undefined;
    return {
      ...base,
      kind: "changed",
      old: summary(a!, x.top, names),
      new: summary(b!, y.top, names),
      ...(talents !== undefined ? { talents } : {}),
      ...(heroTree !== undefined ? { heroTree } : {}),
      ...(alternative ? { alternative } : {}),
    };
  }
  if (!sameAlternative(a!, b!, x, y))
    return {
      ...base,
      kind: "alternative",
      old: summary(a!, x.top, names),
      new: summary(b!, y.top, names),
      ...(alternative ? { alternative } : {}),
    };
  return undefined;
}

export function coverageOf(data: TalentData): Coverage {
  const keys: SectionKey[] = ["raid:heroic", "raid:mythic", "mythicplus"];
  const specs = Object.values(data.specs);
  const sections = keys
    .map((key) => {
      const present = specs.map((s) => sectionsOf(s).find((sec) => sec.key === key)).filter((s) => s !== undefined);
      return {
        section: key,
        label: sectionLabel(key),
        specsWithGeneral: present.filter((s) => s.content.general !== null).length,
        encounterSlots: present.reduce((n, s) => n + Object.keys(s.content.encounters).length, 0),
      };
    })
    .filter((c) => c.specsWithGeneral > 0 || c.encounterSlots > 0);
  return { specs: specs.length, sections };
}

/** The diff from `before` (undefined: there was no data yet) to `after`. */
export function diffTalentData(before: TalentData | undefined, after: TalentData): DataDiff {
  const names = { ...(before?.talentNames ?? {}), ...(after.talentNames ?? {}) };
  const encountersBefore = before?.encounters ?? {};
  const encounterName = (id: string): string => after.encounters[id]?.name ?? encountersBefore[id]?.name ?? `encounter ${id}`;
  const slots: SlotChange[] = [];
  const specIds = [...new Set([...Object.keys(before?.specs ?? {}), ...Object.keys(after.specs)])];
  const order = new Map(
    orderedSpecs({ ...after, specs: { ...(before?.specs ?? {}), ...after.specs } }).map((s, i) => [String(s.specId), i]),
  );
  specIds.sort((p, q) => order.get(p)! - order.get(q)!);
  for (const id of specIds) {
    const a = before?.specs[id];
    const b = after.specs[id];
    const spec = (b ?? a)!;
    const sa = a === undefined ? [] : sectionsOf(a);
    const sb = b === undefined ? [] : sectionsOf(b);
    for (const key of ["raid:heroic", "raid:mythic", "mythicplus"] as const) {
      const ca = sa.find((s) => s.key === key)?.content;
      const cb = sb.find((s) => s.key === key)?.content;
      if (ca === undefined && cb === undefined) continue;
      const base = { specId: spec.specId, spec: specLabel(spec), section: key, sectionLabel: sectionLabel(key) };
      const general = slotChange({ ...base, place: "general", placeName: "general" }, a, b, ca?.general, cb?.general, names);
      if (general !== undefined) slots.push(general);
      const encounterIds = [...new Set([...Object.keys(ca?.encounters ?? {}), ...Object.keys(cb?.encounters ?? {})])];
      const rank = (e: string): number => after.encounters[e]?.order ?? encountersBefore[e]?.order ?? 0;
      encounterIds.sort((p, q) => rank(p) - rank(q) || Number(p) - Number(q));
      for (const e of encounterIds) {
        const change = slotChange(
          { ...base, place: Number(e), placeName: encounterName(e) },
          a,
          b,
          ca?.encounters[e],
          cb?.encounters[e],
          names,
        );
        if (change !== undefined) slots.push(change);
      }
    }
  }
  const added = Object.values(after.encounters).filter((e) => encountersBefore[String(e.id)] === undefined);
  const removed = Object.values(encountersBefore).filter((e) => after.encounters[String(e.id)] === undefined);
  const specs = {
    added: Object.values(after.specs)
      .filter((s) => before?.specs[String(s.specId)] === undefined)
      .map(specLabel),
    removed: Object.values(before?.specs ?? {})
      .filter((s) => after.specs[String(s.specId)] === undefined)
      .map(specLabel),
  };
  const zones = zoneChanges(before, after);
  const kindChanged = before !== undefined && before.source.kind !== after.source.kind;
  const treeBuild = treeBuildChange(before, after);
  return {
    ...(before !== undefined ? { old: { generatedAt: before.generatedAt, kind: before.source.kind } } : {}),
    new: { generatedAt: after.generatedAt, kind: after.source.kind },
    changed:
      kindChanged ||
      zones.length > 0 ||
      added.length > 0 ||
      removed.length > 0 ||
      specs.added.length > 0 ||
      specs.removed.length > 0 ||
      slots.length > 0,
    kindChanged,
    zones,
    ...(treeBuild !== undefined ? { treeBuild } : {}),
    encounters: { added, removed },
    specs,
    slots,
    coverage: { ...(before !== undefined ? { old: coverageOf(before) } : {}), new: coverageOf(after) },
  };
}
