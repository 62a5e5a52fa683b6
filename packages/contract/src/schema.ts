/**
 * The TalentData contract: what the pipeline writes (as Lua and JSON) and what the addon reads.
 * Bump SCHEMA_VERSION on any incompatible change; the addon refuses data with a version it does not know.
 * Maps are keyed by the decimal ID as a string so JSON and Lua tables have the same shape.
 */
export const SCHEMA_VERSION = 1;

export type ContentType = "raid" | "mythicplus";

export const CONTENT_TYPES: readonly ContentType[] = ["raid", "mythicplus"];

/** The most popular whole build of one sample: a canonical import string and how many players used it. */
export interface Build {
  /** Canonical loadout string (zero tree hash, trailing unselected nodes trimmed). */
  readonly talentCode: string;
  /** Players in the sample who used exactly this build. */
  readonly count: number;
  /** Players in the sample with a usable build. */
  readonly sampleSize: number;
  /** count / sampleSize, 0..1. */
  readonly popularity: number;
}

export interface ZoneSource {
  readonly zoneId: number;
  readonly name: string;
  /** Difficulty name ("mythic", "heroic", "normal") for raid, "mythicplus" for keystones. */
  readonly difficulty: string;
  readonly partition: number;
}

export interface DataSource {
  readonly kind: "warcraftlogs" | "sample";
  readonly topN: number;
  readonly raid?: ZoneSource;
  readonly mythicplus?: ZoneSource;
}

export interface EncounterInfo {
  /** Warcraft Logs encounter ID (raid: the DungeonEncounter ID the client uses in ENCOUNTER_START). */
  readonly id: number;
  readonly name: string;
  readonly content: ContentType;
  readonly zoneId: number;
  /** Position in the zone's encounter list (journal order), from 1. */
  readonly order: number;
  /** Dungeons: the instance map ID (GetInstanceInfo 8th return), for locale-free matching. */
  readonly instanceId?: number;
  /** Raid bosses: the encounter-journal ID. */
  readonly journalEncounterId?: number;
}

export interface SpecBuilds {
  readonly specId: number;
  readonly className: string;
  readonly specName: string;
  readonly general: { readonly raid: Build | null; readonly mythicplus: Build | null };
  /** Keyed by encounter ID. */
  readonly encounters: { readonly [encounterId: string]: Build };
}

export interface TalentData {
  readonly schemaVersion: number;
  /** ISO-8601 UTC timestamp. */
  readonly generatedAt: string;
  readonly source: DataSource;
  readonly encounters: { readonly [encounterId: string]: EncounterInfo };
  readonly specs: { readonly [specId: string]: SpecBuilds };
}

/** Builds with fewer samples than this are labelled "low sample" by the addon. */
export const LOW_SAMPLE_THRESHOLD = 10;

/** Data older than this many days is reported as stale by the addon. */
export const STALE_AFTER_DAYS = 21;
