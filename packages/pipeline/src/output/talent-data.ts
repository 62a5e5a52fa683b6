import {
  parseTreeNode,
  SCHEMA_VERSION,
  type DataSource,
  type EncounterInfo,
  type Slot,
  type SpecBuilds,
  type SpecInfo,
  type SpecTreeLayout,
  type TalentData,
  type ZoneSource,
} from "@att/contract/trees";
import type { PlannedEncounter, PlannedZone } from "../core/plan-types";
import { sectionOfZone, type SectionKey } from "../core/section";
import { poolSpec, resolveSpec, type ResolvedContent, type ResolvedSlot, type ResolvedSpec } from "./spec-pool";

/** What one run computed: the slots it owns, for the specs, sections and encounters in its scope. */
export interface RunResult {
  readonly kind: DataSource["kind"];
  /** "test-server" runs: the API's origin, written to `source.apiOrigin`. */
  readonly apiOrigin?: string;
  readonly topN: number;
  readonly generatedAt: string;
  /** Zones ranked; each fills the section of its content and difficulty (see sectionOfZone). */
  readonly zones: readonly PlannedZone[];
  readonly specs: readonly SpecInfo[];
  /** Encounters this run ranked (may be a subset of the zones' encounters). */
  readonly encounters: readonly PlannedEncounter[];
  /** Sections whose general slot this run recomputed (all of that section's encounters were in scope). */
  readonly generalSections: readonly SectionKey[];
  /** specId -> section -> encounterId -> slot. */
  readonly encounterSlots: ReadonlyMap<number, ReadonlyMap<SectionKey, ReadonlyMap<number, ResolvedSlot>>>;
  /** specId -> section -> general slot. */
  readonly generalSlots: ReadonlyMap<number, ReadonlyMap<SectionKey, ResolvedSlot>>;
  /** Talent names by entry ID: the tree data's, else as the rankings gave them. */
  readonly talentNames?: ReadonlyMap<number, string>;
  /** The drawn trees of this run's specs, when the run had tree data. */
  readonly trees?: ReadonlyMap<number, SpecTreeLayout>;
  /** The game build of the trees, when known. */
  readonly treeBuild?: string;
}

export function encounterInfo(e: PlannedEncounter): EncounterInfo {
  return {
    id: e.id,
    name: e.name,
    content: e.content,
    zoneId: e.zoneId,
    order: e.order,
    ...(e.content === "mythicplus" && e.instanceId !== undefined ? { instanceId: e.instanceId } : {}),
    ...(e.content === "raid" && e.journalId > 0 ? { journalEncounterId: e.journalId } : {}),
  };
}

function zoneSource(zone: PlannedZone, topN: number): ZoneSource {
  return {
    zoneId: zone.zoneId,
    name: zone.name,
    difficulty: zone.difficultyName,
    partition: zone.partition,
    ...(zone.partitionName !== undefined ? { partitionName: zone.partitionName } : {}),
    topN,
  };
}

/** The section of each run zone; a zone of a difficulty the data cannot hold is the pipeline's bug. */
function sectionsOf(zones: readonly PlannedZone[]): Map<SectionKey, PlannedZone[]> {
  const out = new Map<SectionKey, PlannedZone[]>();
  for (const zone of zones) {
    const key = sectionOfZone(zone);
    if (key === undefined)
      throw new Error(`zone ${zone.zoneId}: raid difficulty "${zone.difficultyName}" is not one the data holds (heroic, mythic)`);
    out.set(key, [...(out.get(key) ?? []), zone]);
  }
  return out;
}

/**
 * The output document. Without `existing` (a full run) it holds exactly this run's data. With `existing` (a
 * `--class/--spec/--encounter/--content` run) it is the existing document with only this run's part
 * replaced: its specs' slots for its sections' encounters, its recomputed general slots, its encounters and zones.
 * An existing document from another source (kind, or test server) or schema is not merged: sample or test-server
 * data never mixes with real data.
 */
export function composeTalentData(run: RunResult, existing?: TalentData): TalentData {
  const base =
    existing !== undefined &&
    existing.source.kind === run.kind &&
    existing.source.apiOrigin === run.apiOrigin &&
    existing.schemaVersion === SCHEMA_VERSION
      ? existing
      : undefined;
  const encounters: Record<string, EncounterInfo> = { ...(base?.encounters ?? {}) };
  for (const e of run.encounters) encounters[String(e.id)] = encounterInfo(e);

  const sections = sectionsOf(run.zones);
  const specs: Record<string, SpecBuilds> = { ...(base?.specs ?? {}) };
  for (const spec of run.specs) {
    const previous = specs[String(spec.specId)];
    const resolved: ResolvedSpec = previous === undefined ? new Map() : resolveSpec(previous);
    for (const [key, zones] of sections) {
      const content: ResolvedContent = resolved.get(key) ?? { general: null, encounters: new Map() };
      resolved.set(key, content);
      const fresh = run.encounterSlots.get(spec.specId)?.get(key);
      const zoneIds = new Set(zones.map((z) => z.zoneId));
      for (const e of run.encounters) {
        if (!zoneIds.has(e.zoneId)) continue;
        const slot = fresh?.get(e.id);
        if (slot === undefined) content.encounters.delete(e.id);
        else content.encounters.set(e.id, slot);
      }
      if (run.generalSections.includes(key)) content.general = run.generalSlots.get(spec.specId)?.get(key) ?? null;
    }
    specs[String(spec.specId)] = poolSpec(spec, resolved);
  }

  // Raid: one source per (zone, difficulty); this run's replace the same pair, others stay (a partial run).
  const ranAt = (z: ZoneSource): boolean =>
    run.zones.some((r) => r.content === "raid" && r.zoneId === z.zoneId && r.difficultyName === z.difficulty);
  const raid: ZoneSource[] = (base?.source.raid ?? []).filter((z) => !ranAt(z));
  for (const zone of run.zones) if (zone.content === "raid") raid.push(zoneSource(zone, run.topN));
  raid.sort((a, b) => a.zoneId - b.zoneId || (a.difficulty < b.difficulty ? -1 : a.difficulty > b.difficulty ? 1 : 0));
  const mplusZone = run.zones.find((z) => z.content === "mythicplus");
  const mythicplus = mplusZone !== undefined ? zoneSource(mplusZone, run.topN) : base?.source.mythicplus;
  const treeBuild = run.trees !== undefined ? run.treeBuild : base?.source.treeBuild;
  const source: DataSource = {
    kind: run.kind,
    ...(run.apiOrigin !== undefined ? { apiOrigin: run.apiOrigin } : {}),
    raid,
    ...(mythicplus !== undefined ? { mythicplus } : {}),
    ...(treeBuild !== undefined ? { treeBuild } : {}),
  };

  // This run's trees replace its specs'; a partial run keeps the others'.
  const trees: Record<string, SpecTreeLayout> = { ...(base?.trees ?? {}) };
  for (const [specId, layout] of run.trees ?? []) trees[String(specId)] = layout;
  for (const id of Object.keys(trees)) if (specs[id] === undefined) delete trees[id];

  const names: Record<string, string> = { ...(base?.talentNames ?? {}) };
  for (const [id, name] of run.talentNames ?? []) names[String(id)] = name;
  const talentNames = namesInUse(names, specs, trees);

  // Partial runs keep the newer of the two stamps, so rerunning one spec never makes the file look older.
  const generatedAt = base !== undefined && base.generatedAt > run.generatedAt ? base.generatedAt : run.generatedAt;
  const doc: TalentData = { schemaVersion: SCHEMA_VERSION, generatedAt, source, encounters, specs };
  return {
    ...doc,
    ...(Object.keys(talentNames).length > 0 ? { talentNames } : {}),
    ...(Object.keys(trees).length > 0 ? { trees: sortedKeys(trees) } : {}),
  };
}

function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort((a, b) => Number(a) - Number(b))) out[key] = record[key]!;
  return out;
}

/**
 * Names of the entries some written build uses, some pick lists as flex (a flex talent can be outside every written
 * build, and the report names it) or a written tree draws: the JSON stays a reference for its own builds and trees,
 * not a talent dump.
 */
function namesInUse(
  names: Record<string, string>,
  specs: Record<string, SpecBuilds>,
  trees: Record<string, SpecTreeLayout>,
): Record<string, string> {
  const used: Record<string, string> = {};
  const use = (entryId: number): void => {
    const name = names[String(entryId)];
    if (name !== undefined) used[String(entryId)] = name;
  };
  for (const tree of Object.values(trees)) for (const line of tree.nodes) for (const id of parseTreeNode(line)?.entries ?? []) use(id);
  for (const spec of Object.values(specs)) {
    for (const build of spec.builds) for (const entry of build.entries) use(entry.entryId);
    for (const slot of slotsOfSpec(spec))
      for (const pick of [slot.top, slot.alternative]) for (const flex of pick?.flex ?? []) use(flex.entryId);
  }
  return used;
}

/** Every slot of a spec: each section's general slot and encounter slots. */
function slotsOfSpec(spec: SpecBuilds): Slot[] {
  const contents = [spec.raid.heroic, spec.raid.mythic, spec.mythicplus];
  return contents.flatMap((c) =>
    c === undefined || c === null ? [] : [...(c.general === null ? [] : [c.general]), ...Object.values(c.encounters)],
  );
}
