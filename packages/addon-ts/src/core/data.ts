/**
 * Access to ns.TalentData with the guards the addon needs before trusting it. The data file is plain Lua written
 * by the pipeline, so nothing here assumes its shape: an unreadable or foreign file becomes a status the player
 * is told about once, never a Lua error.
 */
import { LOW_SAMPLE_THRESHOLD, SCHEMA_VERSION, STALE_AFTER_DAYS, type Build, type SpecBuilds, type TalentData } from "@att/contract";
import { isoDay, parseIsoUtc } from "./date";

export type DataProblem = "missing" | "malformed" | "schema";

export type DataStatus =
  | {
      readonly ok: true;
      readonly data: TalentData;
      /** YYYY-MM-DD of generatedAt. */
      readonly date: string;
      readonly ageDays: number;
      readonly stale: boolean;
    }
  | { readonly ok: false; readonly problem: DataProblem; readonly detail: string };

const isTable = (value: unknown): value is { readonly [key: string]: unknown } => typeof value === "object" && value !== null;

/** Checks the data file's envelope: schema version, date, and the two maps the addon reads. */
export function checkData(raw: unknown, nowEpochSeconds: number): DataStatus {
  if (raw === undefined || raw === null) return { ok: false, problem: "missing", detail: "" };
  if (!isTable(raw)) return { ok: false, problem: "malformed", detail: "not a table" };
  const version = raw.schemaVersion;
  if (typeof version !== "number") return { ok: false, problem: "malformed", detail: "no schemaVersion" };
  if (version !== SCHEMA_VERSION) return { ok: false, problem: "schema", detail: `${version}` };
  if (!isTable(raw.specs) || !isTable(raw.encounters)) return { ok: false, problem: "malformed", detail: "no specs or encounters" };
  const generatedAt = raw.generatedAt;
  const generated = typeof generatedAt === "string" ? parseIsoUtc(generatedAt) : undefined;
  if (typeof generatedAt !== "string" || generated === undefined) return { ok: false, problem: "malformed", detail: "no generatedAt" };
  const ageDays = Math.max(0, Math.floor((nowEpochSeconds - generated) / 86400));
  return { ok: true, data: raw as unknown as TalentData, date: isoDay(generatedAt), ageDays, stale: ageDays > STALE_AFTER_DAYS };
}

/** A build entry is usable when it has a code and sample counts (anything else is treated as absent). */
export function isBuild(value: unknown): value is Build {
  return (
    isTable(value) &&
    typeof value.talentCode === "string" &&
    value.talentCode.length > 0 &&
    typeof value.sampleSize === "number" &&
    typeof value.popularity === "number" &&
    typeof value.count === "number"
  );
}

export function specBuilds(data: TalentData, specId: number): SpecBuilds | undefined {
  const spec: unknown = data.specs[`${specId}`];
  return isTable(spec) && isTable(spec.general) ? (spec as unknown as SpecBuilds) : undefined;
}

export function generalBuild(spec: SpecBuilds, content: "raid" | "mythicplus"): Build | undefined {
  const build: unknown = spec.general[content];
  return isBuild(build) ? build : undefined;
}

export function encounterBuild(spec: SpecBuilds, encounterId: string): Build | undefined {
  const encounters: unknown = spec.encounters;
  if (!isTable(encounters)) return undefined;
  const build = encounters[encounterId];
  return isBuild(build) ? build : undefined;
}

/** Under LOW_SAMPLE_THRESHOLD players: shown with a "low sample" label, and not trusted for one boss or dungeon. */
export function isLowSample(build: Build): boolean {
  return build.sampleSize < LOW_SAMPLE_THRESHOLD;
}

/** The zone difficulty the builds were ranked on ("mythic", "heroic", "mythicplus"...), for "top Mythic players". */
export function rankedDifficulty(data: TalentData, content: "raid" | "mythicplus"): string | undefined {
  const source: unknown = data.source;
  if (!isTable(source)) return undefined;
  const zone = source[content];
  return isTable(zone) && typeof zone.difficulty === "string" ? zone.difficulty : undefined;
}
