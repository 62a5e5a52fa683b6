/**
 * The TalentData contract: what the pipeline writes (as Lua and JSON) and what the addon reads.
 * Bump SCHEMA_VERSION on any incompatible change; the addon refuses data with a version it does not know.
 * Maps are keyed by the decimal ID as a string so JSON and Lua tables have the same shape.
 *
 * Version 2: builds carry their talents as trait entry IDs + ranks (stable across patches, unlike the node order an
 * import string depends on), each spec keeps a pool of distinct builds that slots point into, raid builds are per
 * difficulty, a slot can carry the most popular build of the other hero tree, and every count is of distinct players.
 *
 * Version 3: a pick is the consensus build of its sample (the logged build closest to all the others: real builds
 * barely repeat exactly), so it states how many sample entries are on exactly it, how many are within NEAR_DISTANCE
 * talent points of it, how many distinct players the sample comes from, and the flex talents where the sample splits.
 */
export const SCHEMA_VERSION = 3;

export type ContentType = "raid" | "mythicplus";

export const CONTENT_TYPES: readonly ContentType[] = ["raid", "mythicplus"];

/** Raid difficulties the data is ranked on; Heroic is where most raiders play, Mythic is the top. */
export type RaidDifficulty = "heroic" | "mythic";

export const RAID_DIFFICULTIES: readonly RaidDifficulty[] = ["heroic", "mythic"];

/** One talent of a build: a trait entry ID (WCL's `talentID`) and the ranks bought in it (>= 1). */
export interface TalentEntry {
  readonly entryId: number;
  readonly rank: number;
}

/** One distinct whole build of a spec. At least one of `entries` (non-empty) and `talentCode` is present. */
export interface BuildDef {
  /** Sorted by entryId, ranks >= 1. Empty when the build is known only from an import string. */
  readonly entries: readonly TalentEntry[];
  /** Canonical loadout string (zero tree hash, trailing unselected nodes trimmed), for sharing; optional. */
  readonly talentCode?: string;
  /** The hero tree's name, from the tree data (JSON only; the addon names it from the live client). */
  readonly heroTree?: string;
}

/**
 * A talent where the sample disagrees with the pick: one of the pick's talents that fewer than FLEX_CORE_SHARE of the
 * sample take, or a talent outside the pick that at least FLEX_OUTSIDE_SHARE take. Whether it is in the pick is read
 * off the pick's build.
 */
export interface FlexTalent {
  readonly entryId: number;
  /** Sample entries that take this talent (any rank); its share is taken / the pick's sampleSize. */
  readonly taken: number;
}

/**
 * A build chosen for one slot, and what it stands for. The sample: for an encounter, one entry per distinct player (their
 * best-ranked row); for a general slot, the union of the content's encounter samples, one entry per (player,
 * encounter); for an alternative, the part of the slot's sample on the alternative's hero tree.
 */
export interface Pick {
  /** Index into SpecBuilds.builds (0-based in JSON and TypeScript). */
  readonly build: number;
  /** Sample entries on exactly this build. */
  readonly count: number;
  /** Sample entries within NEAR_DISTANCE talent points of this build (count included): the headline popularity. */
  readonly near: number;
  /** Sample entries with a usable build. */
  readonly sampleSize: number;
  /** Distinct players the sample entries come from (equal to sampleSize for an encounter). */
  readonly players: number;
  /** Talents where the sample splits, by entry ID ascending; absent when there are none. */
  readonly flex?: readonly FlexTalent[];
}

/**
 * What the data recommends for one spec in one place: the consensus whole build of its sample, and, when the other
 * hero tree holds at least ALTERNATIVE_MIN_SHARE of the sample, the consensus build of that hero tree's part.
 */
export interface Slot {
  readonly top: Pick;
  readonly alternative?: Pick;
}

/** One content (or one raid difficulty) of a spec: the general build pooling every encounter, and each encounter's. */
export interface ContentBuilds {
  /** Pools every encounter of the content: each distinct player counts once, with the build they used most. */
  readonly general: Slot | null;
  /** Keyed by encounter ID. */
  readonly encounters: { readonly [encounterId: string]: Slot };
}

export interface SpecBuilds {
  readonly specId: number;
  readonly className: string;
  readonly specName: string;
  /** Distinct builds that the slots below point into. */
  readonly builds: readonly BuildDef[];
  /** Per raid difficulty ranked; a difficulty without rankings is absent. */
  readonly raid: { readonly [D in RaidDifficulty]?: ContentBuilds };
  readonly mythicplus: ContentBuilds | null;
}

export interface ZoneSource {
  readonly zoneId: number;
  readonly name: string;
  /** Raid: the difficulty these rankings are for ("heroic" / "mythic"); Mythic+: "mythicplus". */
  readonly difficulty: string;
  readonly partition: number;
  /** The partition's name as Warcraft Logs gives it (it follows patches), when known. */
  readonly partitionName?: string;
  /**
   * Top N ranked players per (spec, encounter) this section was built from: the honest size of the sample ("top 50
   * per spec"). The addon does not read it; the report's header, data:diff ("top 50 -> top 100") and the release
   * build log do. Per section, since a partial --top-n run relabels only what it ranked.
   */
  readonly topN: number;
}

export interface DataSource {
  readonly kind: "warcraftlogs" | "sample";
  /** One entry per (raid zone, difficulty) ranked: a season can have several raid zones. */
  readonly raid: readonly ZoneSource[];
  readonly mythicplus?: ZoneSource;
  /** The game build of the talent trees the builds were checked and encoded on (Raidbots' wowBuild), when known. */
  readonly treeBuild?: string;
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

/** What the JSON and the Lua data file share: everything but the specs' form and the talent names. */
export interface TalentDataEnvelope {
  readonly schemaVersion: number;
  /** ISO-8601 UTC timestamp: the newest ranking used, or the run's time when there was none. Never 1970. */
  readonly generatedAt: string;
  readonly source: DataSource;
  readonly encounters: { readonly [encounterId: string]: EncounterInfo };
}

/** The logical document: what the pipeline computes and writes as JSON. */
export interface TalentData extends TalentDataEnvelope {
  readonly specs: { readonly [specId: string]: SpecBuilds };
  /**
   * Talent names by entry ID as Warcraft Logs gave them, for reports and diffs. JSON only: the Lua data file
   * leaves it out (the addon names talents from the live client).
   */
  readonly talentNames?: { readonly [entryId: string]: string };
  /** Each spec's talent trees as drawn by the report (JSON only), keyed by spec ID; absent without tree data. */
  readonly trees?: { readonly [specId: string]: SpecTreeLayout };
}

/**
 * One node of a drawn tree: where it sits (the game's layout units), what it is and its entries in order. In the JSON
 * each node is one line of text (tree-layout.ts: formatTreeNode / parseTreeNode), so a spec's tree is ~115 lines of
 * the pretty-printed file instead of ~1,700, and a patch that moves a node changes one line.
 */
export interface TreeNodeLayout {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  readonly kind: "single" | "tiered" | "choice" | "subtree";
  readonly section: "class" | "spec" | "hero" | "subtree";
  readonly entries: readonly number[];
  /** Max ranks of each entry, same order. */
  readonly ranks: readonly number[];
  /** Spell IDs of the entries (0 where unknown), same order. */
  readonly spells: readonly number[];
  /** Nodes this one leads to (the tree's edges). */
  readonly next: readonly number[];
  /** Hero nodes: their hero tree's sub-tree ID. */
  readonly heroTree?: number;
  /** Granted by the game (no point spent). */
  readonly free?: boolean;
}

export interface SpecTreeLayout {
  /** One line per node (formatTreeNode), by node ID. */
  readonly nodes: readonly string[];
  /** Hero tree names by sub-tree ID. */
  readonly heroTrees: { readonly [subTreeId: string]: string };
}

/**
 * The Lua data file (ns.TalentData): the same envelope, each spec packed into one string (see pack/spec.ts) so
 * 40 specs cost a few hundred strings instead of tens of thousands of tables; the addon unpacks only the spec it
 * needs. No talentNames: the addon names talents from the live client.
 */
export interface LuaTalentData extends TalentDataEnvelope {
  readonly specs: { readonly [specId: string]: string };
}

/** Builds with fewer players than this are labelled "low sample" by the addon, and not trusted for one encounter. */
export const LOW_SAMPLE_THRESHOLD = 10;

/** The other hero tree is offered as an alternative when it holds at least this share of a slot's sample. */
export const ALTERNATIVE_MIN_SHARE = 0.25;

/** Data older than this many days is reported as stale by the addon. */
export const STALE_AFTER_DAYS = 21;

/**
 * Two builds are "near" when they differ by at most this many talent points: the distance is the sum over trait
 * entries of the difference of their ranks (a choice swap counts 2, one rank of a 2-rank talent 1).
 */
export const NEAR_DISTANCE = 2;

/** A talent of the pick is flex when fewer than this share of the sample take it. */
export const FLEX_CORE_SHARE = 0.75;

/** A talent outside the pick is flex when at least this share of the sample take it. */
export const FLEX_OUTSIDE_SHARE = 0.25;

/** count / sampleSize (the exact share), 0 for an empty sample. */
export function pickPopularity(pick: Pick): number {
  return pick.sampleSize === 0 ? 0 : pick.count / pick.sampleSize;
}

/** near / sampleSize (the share within NEAR_DISTANCE talent points: the headline), 0 for an empty sample. */
export function pickNearShare(pick: Pick): number {
  return pick.sampleSize === 0 ? 0 : pick.near / pick.sampleSize;
}
