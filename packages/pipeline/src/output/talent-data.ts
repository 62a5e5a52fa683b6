import { SCHEMA_VERSION, type Build, type ContentType, type DataSource, type EncounterInfo, type SpecBuilds, type SpecInfo, type TalentData, type ZoneSource } from "@att/contract";
import type { PlannedEncounter, PlannedZone } from "../core/plan-types";

/** What one run computed: the builds it owns, for the specs and encounters in its scope. */
export interface RunResult {
  readonly kind: DataSource["kind"];
  readonly topN: number;
  readonly generatedAt: string;
  readonly zones: readonly PlannedZone[];
  readonly specs: readonly SpecInfo[];
  /** Encounters this run ranked (may be a subset of the zones' encounters). */
  readonly encounters: readonly PlannedEncounter[];
  /** Contents whose general build this run recomputed (all of that content's encounters were in scope). */
  readonly generalContents: readonly ContentType[];
  /** specId -> encounterId -> build. */
  readonly encounterBuilds: ReadonlyMap<number, ReadonlyMap<number, Build>>;
  /** specId -> content -> build. */
  readonly generalBuilds: ReadonlyMap<number, ReadonlyMap<ContentType, Build>>;
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

function zoneSource(zone: PlannedZone): ZoneSource {
  return { zoneId: zone.zoneId, name: zone.name, difficulty: zone.difficultyName, partition: zone.partition };
}

function emptySpec(spec: SpecInfo): SpecBuilds {
  return { specId: spec.specId, className: spec.className, specName: spec.specName, general: { raid: null, mythicplus: null }, encounters: {} };
}

/**
 * The output document. Without `existing` (a full run) it holds exactly this run's data. With `existing` (a
 * `--class/--spec/--encounter/--content` run) it is the existing document with only this run's part
 * replaced: its specs' builds for its encounters, its recomputed general builds, its encounters and zones.
 * An existing document from the other source kind is not merged: sample data never mixes with real data.
 */
export function composeTalentData(run: RunResult, existing?: TalentData): TalentData {
  const base = existing !== undefined && existing.source.kind === run.kind && existing.schemaVersion === SCHEMA_VERSION ? existing : undefined;
  const encounters: Record<string, EncounterInfo> = { ...(base?.encounters ?? {}) };
  for (const e of run.encounters) encounters[String(e.id)] = encounterInfo(e);

  const specs: Record<string, SpecBuilds> = { ...(base?.specs ?? {}) };
  for (const spec of run.specs) {
    const previous = specs[String(spec.specId)] ?? emptySpec(spec);
    const builds: Record<string, Build> = { ...previous.encounters };
    const fresh = run.encounterBuilds.get(spec.specId);
    for (const e of run.encounters) {
      const build = fresh?.get(e.id);
      if (build === undefined) delete builds[String(e.id)];
      else builds[String(e.id)] = build;
    }
    const general = { ...previous.general };
    for (const content of run.generalContents) general[content] = run.generalBuilds.get(spec.specId)?.get(content) ?? null;
    specs[String(spec.specId)] = { specId: spec.specId, className: spec.className, specName: spec.specName, general, encounters: builds };
  }

  const source: { -readonly [K in keyof DataSource]: DataSource[K] } = { kind: run.kind, topN: run.topN };
  if (base?.source.raid !== undefined) source.raid = base.source.raid;
  if (base?.source.mythicplus !== undefined) source.mythicplus = base.source.mythicplus;
  for (const zone of run.zones) source[zone.content] = zoneSource(zone);

  // Partial runs keep the newer of the two stamps, so rerunning one spec never makes the file look older.
  const generatedAt = base !== undefined && base.generatedAt > run.generatedAt ? base.generatedAt : run.generatedAt;
  return { schemaVersion: SCHEMA_VERSION, generatedAt, source, encounters, specs };
}
