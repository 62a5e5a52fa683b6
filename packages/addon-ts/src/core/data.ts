/**
 * Access to ns.TalentData with the guards the addon needs before trusting it. The data file is plain Lua written
 * by the pipeline, so nothing here assumes its shape: an unreadable or foreign file becomes a status the player
 * is told about once, never a Lua error.
 */
import { LOW_SAMPLE_THRESHOLD, SCHEMA_VERSION, STALE_AFTER_DAYS, pickPopularity, unpackSpec, type ContentBuilds, type LuaTalentData, type Slot, type TalentDataEnvelope, type SpecBuilds } from "@att/contract";
import { isoDay, parseIsoUtc } from "./date";

export type DataProblem = "missing" | "malformed" | "schema";

export type DataStatus =
  | {
      readonly ok: true;
      readonly data: LuaTalentData;
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
  return { ok: true, data: raw as unknown as LuaTalentData, date: isoDay(generatedAt), ageDays, stale: ageDays > STALE_AFTER_DAYS };
}

/**
 * A build as the prompt and the loadout manager use it today: an import string and its sample counts.
 * Schema 2 data is matched here through each slot's top build's import string only; builds without one are
 * treated as absent.
 */
export interface Build {
  readonly talentCode: string;
  /** Distinct players of the sample who used exactly this build. */
  readonly count: number;
  /** Distinct players of the sample with a usable build. */
  readonly sampleSize: number;
  /** count / sampleSize. */
  readonly popularity: number;
}

/** The last spec unpacked: the addon asks for the player's spec again and again, and its string never changes. */
let lastPacked: string | undefined;
let lastSpec: SpecBuilds | undefined;

/** The player's spec from the data file (one packed string per spec), or undefined when absent or damaged. */
export function specBuilds(data: LuaTalentData, specId: number): SpecBuilds | undefined {
  const packed: unknown = data.specs[`${specId}`];
  if (typeof packed !== "string") return undefined;
  if (packed !== lastPacked) {
    lastPacked = packed;
    lastSpec = unpackSpec(packed);
  }
  return lastSpec;
}

/** The raid data used: Mythic when the file has it, else Heroic. */
function raidContent(spec: SpecBuilds): ContentBuilds | undefined {
  return spec.raid.mythic ?? spec.raid.heroic;
}

function contentOf(spec: SpecBuilds, content: "raid" | "mythicplus"): ContentBuilds | undefined {
  return content === "raid" ? raidContent(spec) : (spec.mythicplus ?? undefined);
}

function slotBuild(spec: SpecBuilds, slot: Slot | null | undefined): Build | undefined {
  if (slot === null || slot === undefined) return undefined;
  const code = spec.builds[slot.top.build]?.talentCode;
  if (code === undefined || code.length === 0) return undefined;
  return { talentCode: code, count: slot.top.count, sampleSize: slot.top.sampleSize, popularity: pickPopularity(slot.top) };
}

export function generalBuild(spec: SpecBuilds, content: "raid" | "mythicplus"): Build | undefined {
  return slotBuild(spec, contentOf(spec, content)?.general);
}

/** A boss's or dungeon's own build: dungeons from Mythic+, bosses from the raid data used. */
export function encounterBuild(spec: SpecBuilds, encounterId: string): Build | undefined {
  return slotBuild(spec, spec.mythicplus?.encounters[encounterId]) ?? slotBuild(spec, raidContent(spec)?.encounters[encounterId]);
}

/** Under LOW_SAMPLE_THRESHOLD players: shown with a "low sample" label, and not trusted for one boss or dungeon. */
export function isLowSample(build: Build): boolean {
  return build.sampleSize < LOW_SAMPLE_THRESHOLD;
}

/** The zone difficulty the builds were ranked on ("mythic", "heroic", "mythicplus"...), for "top Mythic players". */
export function rankedDifficulty(data: TalentDataEnvelope, content: "raid" | "mythicplus"): string | undefined {
  const source: unknown = data.source;
  if (!isTable(source)) return undefined;
  const zone = source[content];
  if (content === "mythicplus") return isTable(zone) && typeof zone.difficulty === "string" ? zone.difficulty : undefined;
  // Raid: one source per ranked (zone, difficulty); the builds used are Mythic's when there are any (see raidContent).
  if (!isTable(zone)) return undefined;
  let found: string | undefined;
  for (const item of zone as unknown as readonly unknown[]) {
    if (!isTable(item) || typeof item.difficulty !== "string") continue;
    if (item.difficulty === "mythic") return "mythic";
    found = found ?? item.difficulty;
  }
  return found;
}
