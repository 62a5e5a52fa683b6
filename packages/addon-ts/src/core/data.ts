/**
 * Access to ns.TalentData with the guards the addon needs before trusting it. The data file is plain Lua written
 * by the pipeline, so nothing here assumes its shape: an unreadable or foreign file becomes a status the player
 * is told about once, never a Lua error.
 */
import {
  LOW_SAMPLE_THRESHOLD,
  SCHEMA_VERSION,
  STALE_AFTER_DAYS,
  pickNearShare,
  pickPopularity,
  unpackSpec,
  type ContentBuilds,
  type LuaTalentData,
  type Pick,
  type RaidDifficulty,
  type Slot,
  type SpecBuilds,
  type TalentDataEnvelope,
  type TalentEntry,
} from "@att/contract";
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
 * A build as the prompt and the loadout manager use it: its trait entries (what is matched and applied, through
 * the live tree), the import string when the data has one (used only where there are no entries, and for
 * sharing), and the counts of the pick that chose it, all in distinct players.
 */
export interface Build {
  readonly entries: readonly TalentEntry[];
  readonly talentCode?: string;
  /** Index into the spec's build pool: two picks with the same index are the same build. */
  readonly poolIndex: number;
  /** Sample entries on exactly this build. */
  readonly count: number;
  /** Sample entries within NEAR_DISTANCE talent points of it (count included). */
  readonly near: number;
  /** Sample entries with a usable build. */
  readonly sampleSize: number;
  /** Distinct players the sample comes from. */
  readonly players: number;
  /** count / sampleSize: the exact share. */
  readonly popularity: number;
  /** near / sampleSize: the headline share (pickNearShare). */
  readonly nearShare: number;
  /** The pick's flex talents (entry IDs): where top players split; differences there are counted apart. */
  readonly flexEntries: readonly number[];
}

/** The ranked data an offer comes from: a raid difficulty or Mythic+. */
export type DataSection = RaidDifficulty | "mythicplus";

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

/**
 * The raid difficulties to look in, best first, for the difficulty the player is in (GetInstanceInfo's
 * difficultyID; Blizzard_FrameXMLUtil DifficultyUtil: 16 Mythic, 15 Heroic, 14 Normal, 17 LFR, 220 Story).
 * Mythic wants Mythic data; every lower difficulty is nearest to Heroic. Outside a raid (login, /att check in
 * the open world) the top of the game, Mythic, comes first, as before raid data was split by difficulty.
 */
export function raidDifficultyOrder(difficultyId: number | undefined): readonly RaidDifficulty[] {
  if (difficultyId === undefined || difficultyId === 16) return ["mythic", "heroic"];
  return ["heroic", "mythic"];
}

function raidSection(spec: SpecBuilds, difficultyId: number | undefined): { content: ContentBuilds; section: RaidDifficulty } | undefined {
  for (const difficulty of raidDifficultyOrder(difficultyId)) {
    const content = spec.raid[difficulty];
    if (content !== undefined && content !== null) return { content, section: difficulty };
  }
  return undefined;
}

function pickBuild(spec: SpecBuilds, pick: Pick | undefined): Build | undefined {
  if (pick === undefined) return undefined;
  const def = spec.builds[pick.build];
  if (def === undefined) return undefined;
  const code = def.talentCode !== undefined && def.talentCode.length > 0 ? def.talentCode : undefined;
  if (def.entries.length === 0 && code === undefined) return undefined;
  const flexEntries: number[] = [];
  if (pick.flex !== undefined) for (const flex of pick.flex) flexEntries.push(flex.entryId);
  return {
    entries: def.entries,
    talentCode: code,
    poolIndex: pick.build,
    count: pick.count,
    near: pick.near,
    sampleSize: pick.sampleSize,
    players: pick.players,
    popularity: pickPopularity(pick),
    nearShare: pickNearShare(pick),
    flexEntries,
  };
}

/** A slot's builds: the top one and, when the data has one, the other hero tree's most popular build. */
export interface SlotBuilds {
  readonly top: Build;
  readonly alternative?: Build;
  readonly section: DataSection;
}

function slotBuilds(spec: SpecBuilds, slot: Slot | null | undefined, section: DataSection): SlotBuilds | undefined {
  if (slot === null || slot === undefined) return undefined;
  const top = pickBuild(spec, slot.top);
  if (top === undefined) return undefined;
  const alternative = pickBuild(spec, slot.alternative);
  return { top, alternative: alternative?.poolIndex === top.poolIndex ? undefined : alternative, section };
}

/** The general builds of a content; raids from the difficulty nearest the player's. */
export function generalBuilds(spec: SpecBuilds, content: "raid" | "mythicplus", difficultyId?: number): SlotBuilds | undefined {
  if (content === "mythicplus") return slotBuilds(spec, spec.mythicplus?.general, "mythicplus");
  const raid = raidSection(spec, difficultyId);
  return raid === undefined ? undefined : slotBuilds(spec, raid.content.general, raid.section);
}

/** A boss's or dungeon's own builds: dungeons from Mythic+, bosses from the raid difficulty nearest the player's. */
export function encounterBuilds(
  spec: SpecBuilds,
  encounterId: string,
  content: "raid" | "mythicplus",
  difficultyId?: number,
): SlotBuilds | undefined {
  if (content === "mythicplus") return slotBuilds(spec, spec.mythicplus?.encounters[encounterId], "mythicplus");
  for (const difficulty of raidDifficultyOrder(difficultyId)) {
    const found = slotBuilds(spec, spec.raid[difficulty]?.encounters[encounterId], difficulty);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Under LOW_SAMPLE_THRESHOLD players: shown with a "low sample" label, and not trusted for one boss or dungeon. */
export function isLowSample(build: Build): boolean {
  return build.sampleSize < LOW_SAMPLE_THRESHOLD;
}

/**
 * The data is not real rankings: anything but "warcraftlogs" (the live API), so the pipeline's synthetic sample
 * ("sample") and data from a test server such as the fake Warcraft Logs server ("test-server") alike. Every prompt
 * and /att status says so.
 */
export function isSampleData(data: TalentDataEnvelope): boolean {
  const source: unknown = data.source;
  return !isTable(source) || source.kind !== "warcraftlogs";
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
