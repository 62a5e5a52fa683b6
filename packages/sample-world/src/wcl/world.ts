/**
 * The synthetic world data: expansions, zones, encounters and game classes, shaped like Warcraft Logs' worldData and
 * gameData. It includes what makes season discovery non-trivial on the real API: a frozen older raid, a frozen older
 * Mythic+ season, a non-frozen test zone ("Dummy Dome"), a one-boss raid zone of the current season with a higher ID
 * than the main raid, next season's Mythic+ zone, created early (non-frozen, dungeons listed, no rankings), and an
 * earlier raid tier of the same expansion that was never frozen and keeps its (older) rankings.
 * The zone list is not in ID order.
 * Everything is named "Sample ..." so nobody mistakes it for real data.
 */
import { SPECS, type ContentType } from "@att/contract";

export interface SampleDifficulty {
  readonly id: number;
  readonly name: string;
  readonly sizes: readonly number[];
}

export interface SamplePartition {
  readonly id: number;
  readonly name: string;
  readonly compactName: string;
  readonly default: boolean;
}

export interface SampleEncounter {
  readonly id: number;
  readonly name: string;
  readonly journalID: number;
  readonly zoneId: number;
  /** Undefined for decoy zones' encounters, which have no rankings. */
  readonly content?: ContentType;
  /** Dungeons: the instance map ID the encounter ID is derived from. */
  readonly instanceMapID?: number;
  /** Days before SAMPLE_BASE_TIME its rankings start: an earlier tier's rows are all older than the season's. */
  readonly rankedDaysEarlier?: number;
}

export interface SampleZone {
  readonly id: number;
  readonly name: string;
  readonly frozen: boolean;
  readonly expansionId: number;
  readonly encounters: readonly SampleEncounter[];
  readonly difficulties: readonly SampleDifficulty[];
  readonly partitions: readonly SamplePartition[];
  readonly brackets: { readonly min: number; readonly max: number; readonly bucket: number; readonly type: string };
}

export interface SampleExpansion {
  readonly id: number;
  readonly name: string;
  readonly zoneIds: readonly number[];
}

export interface SampleClass {
  readonly id: number;
  readonly name: string;
  readonly slug: string;
  readonly specs: readonly { readonly id: number; readonly name: string; readonly slug: string; readonly specId: number }[];
}

export const RAID_ZONE_ID = 46;
export const MPLUS_ZONE_ID = 47;
export const OLD_RAID_ZONE_ID = 44;
export const OLD_MPLUS_ZONE_ID = 45;
export const DUMMY_ZONE_ID = 52;
/** A one-boss raid of the current season, next to the main raid (live: such zones exist with higher IDs). */
export const ONE_BOSS_ZONE_ID = 49;
export const ONE_BOSS_ENCOUNTER_ID = 3391;
/** Next season's Mythic+ zone, created before its season starts: no rankings. */
export const NEXT_MPLUS_ZONE_ID = 55;
/**
 * The expansion's previous raid tier, left unfrozen with its rankings (live, 2026: a season's earlier raid zones may
 * stay unfrozen): every ranking predates the current season's, which is how discovery tells it apart.
 */
export const PREVIOUS_TIER_ZONE_ID = 42;
export const PREVIOUS_TIER_ENCOUNTER_ID = 3201;
/** How long before the current season the previous tier's rankings are dated (a tier lasts about four months). */
export const PREVIOUS_TIER_DAYS = 120;

const RAID_DIFFICULTIES: SampleDifficulty[] = [
  { id: 3, name: "Normal", sizes: [10, 30] },
  { id: 4, name: "Heroic", sizes: [10, 30] },
  { id: 5, name: "Mythic", sizes: [20] },
];
const MPLUS_DIFFICULTIES: SampleDifficulty[] = [{ id: 10, name: "Mythic+", sizes: [5] }];

const BOSS_NAMES = [
  "Imperator",
  "Vorasius",
  "Fallen King",
  "Voidweaver",
  "Dreamrift Warden",
  "Twin Sentinels",
  "Crown of Light",
  "March Herald",
  "Sunwell Echo",
  "Shadow Regent",
  "Last Keeper",
  "Void Sovereign",
];
const DUNGEON_NAMES = [
  "Magisters' Spire",
  "Windrunner Hollow",
  "Maisara Caverns",
  "Nexus Point",
  "Algeth'ar Archive",
  "Seat of the Void",
  "Skyreach Ascent",
  "Pit of Ashes",
  "Sunken Bastion",
  "Glimmer Halls",
];

function partitions(current: string): SamplePartition[] {
  return [
    { id: 1, name: "Sample Patch 12.0.1", compactName: "12.0.1", default: false },
    { id: 2, name: `Sample Patch ${current}`, compactName: current, default: true },
  ];
}

/** Raid bosses carry Blizzard-style DungeonEncounter IDs (< 10000) and separate journal IDs. */
function raidZone(bosses: number): SampleZone {
  const encounters: SampleEncounter[] = [];
  for (let i = 0; i < bosses; i++) {
    const name = `Sample ${BOSS_NAMES[i % BOSS_NAMES.length]}${i >= BOSS_NAMES.length ? ` ${Math.floor(i / BOSS_NAMES.length) + 1}` : ""}`;
    encounters.push({ id: 3300 + i * 2 + 1, name, journalID: 2800 + i + 1, zoneId: RAID_ZONE_ID, content: "raid" });
  }
  return {
    id: RAID_ZONE_ID,
    name: "Sample Raid: Voidspire",
    frozen: false,
    expansionId: 7,
    encounters,
    difficulties: RAID_DIFFICULTIES,
    partitions: partitions("12.0.5"),
    brackets: { min: 620, max: 700, bucket: 5, type: "Item Level" },
  };
}

/**
 * Dungeon encounter IDs follow Warcraft Logs' observed scheme: 10000 + instance map ID for dungeons of the current
 * expansion, 60000 + map ID for revived legacy dungeons (every other dungeon here is a legacy one).
 */
function mplusZone(dungeons: number): SampleZone {
  const encounters: SampleEncounter[] = [];
  for (let i = 0; i < dungeons; i++) {
    const legacy = i % 2 === 1;
    const instanceMapID = legacy ? 1700 + i * 13 : 2800 + i * 7;
    const name = `Sample ${DUNGEON_NAMES[i % DUNGEON_NAMES.length]}${i >= DUNGEON_NAMES.length ? ` ${Math.floor(i / DUNGEON_NAMES.length) + 1}` : ""}`;
    encounters.push({
      id: (legacy ? 60000 : 10000) + instanceMapID,
      name,
      journalID: 0,
      zoneId: MPLUS_ZONE_ID,
      content: "mythicplus",
      instanceMapID,
    });
  }
  return {
    id: MPLUS_ZONE_ID,
    name: "Mythic+ Season 1",
    frozen: false,
    expansionId: 7,
    encounters,
    difficulties: MPLUS_DIFFICULTIES,
    partitions: partitions("12.0.5"),
    brackets: { min: 2, max: 30, bucket: 1, type: "Keystone Level" },
  };
}

function decoyZones(): SampleZone[] {
  const old = (id: number, name: string, zoneId: number): SampleEncounter => ({ id, name, journalID: id - 500, zoneId });
  return [
    {
      id: OLD_RAID_ZONE_ID,
      name: "Sample Raid: Manaforge (previous tier)",
      frozen: true,
      expansionId: 6,
      encounters: [old(3129, "Sample Plexus Sentinel", OLD_RAID_ZONE_ID), old(3131, "Sample Loom'ithar", OLD_RAID_ZONE_ID)],
      difficulties: RAID_DIFFICULTIES,
      partitions: partitions("11.2.0"),
      brackets: { min: 600, max: 690, bucket: 5, type: "Item Level" },
    },
    {
      id: OLD_MPLUS_ZONE_ID,
      name: "Mythic+ Season 3",
      frozen: true,
      expansionId: 6,
      encounters: [{ id: 12660, name: "Sample Ara-Kara", journalID: 0, zoneId: OLD_MPLUS_ZONE_ID, instanceMapID: 2660 }],
      difficulties: MPLUS_DIFFICULTIES,
      partitions: partitions("11.2.0"),
      brackets: { min: 2, max: 30, bucket: 1, type: "Keystone Level" },
    },
    {
      id: DUMMY_ZONE_ID,
      name: "Dummy Dome",
      frozen: false,
      expansionId: 7,
      encounters: [old(3400, "Sample Training Dummy", DUMMY_ZONE_ID)],
      difficulties: [{ id: 3, name: "Normal", sizes: [1] }],
      partitions: partitions("12.0.5"),
      brackets: { min: 600, max: 700, bucket: 5, type: "Item Level" },
    },
  ];
}

/** The current season's one-boss raid: ranked like the main raid (its boss gets builds too). */
function oneBossZone(): SampleZone {
  return {
    id: ONE_BOSS_ZONE_ID,
    name: "Sample Raid: Dreamrift",
    frozen: false,
    expansionId: 7,
    encounters: [{ id: ONE_BOSS_ENCOUNTER_ID, name: "Sample Dream Eater", journalID: 2891, zoneId: ONE_BOSS_ZONE_ID, content: "raid" }],
    difficulties: RAID_DIFFICULTIES,
    partitions: partitions("12.0.5"),
    brackets: { min: 620, max: 700, bucket: 5, type: "Item Level" },
  };
}

/** Next season's Mythic+ zone as Warcraft Logs creates it days early: dungeons listed, no `content`, so no rankings. */
function nextMplusZone(): SampleZone {
  const dungeon = (i: number): SampleEncounter => ({
    id: 10000 + 2900 + i * 7,
    name: `Sample Next Season Dungeon ${i + 1}`,
    journalID: 0,
    zoneId: NEXT_MPLUS_ZONE_ID,
    instanceMapID: 2900 + i * 7,
  });
  return {
    id: NEXT_MPLUS_ZONE_ID,
    name: "Mythic+ Season 2",
    frozen: false,
    expansionId: 7,
    encounters: [0, 1, 2, 3].map(dungeon),
    difficulties: MPLUS_DIFFICULTIES,
    partitions: [{ id: 1, name: "Sample Season 2", compactName: "S2", default: true }],
    brackets: { min: 2, max: 30, bucket: 1, type: "Keystone Level" },
  };
}

/** The previous tier: one boss (enough for discovery's probe and a `--raid-zone` run), ranked like the season's. */
function previousTierZone(): SampleZone {
  return {
    id: PREVIOUS_TIER_ZONE_ID,
    name: "Sample Raid: Sunwell (previous tier)",
    frozen: false,
    expansionId: 7,
    encounters: [
      {
        id: PREVIOUS_TIER_ENCOUNTER_ID,
        name: "Sample Sunwell Warden",
        journalID: 2701,
        zoneId: PREVIOUS_TIER_ZONE_ID,
        content: "raid",
        rankedDaysEarlier: PREVIOUS_TIER_DAYS,
      },
    ],
    difficulties: RAID_DIFFICULTIES,
    partitions: [{ id: 1, name: "Sample Patch 12.0.0", compactName: "12.0.0", default: true }],
    brackets: { min: 600, max: 680, bucket: 5, type: "Item Level" },
  };
}

export interface SampleWorld {
  readonly expansions: readonly SampleExpansion[];
  /** Not in ID order, like the real list. */
  readonly zones: readonly SampleZone[];
}

export function makeWorld(raidBosses: number, dungeons: number): SampleWorld {
  const [oldRaid, oldMplus, dummy] = decoyZones() as [SampleZone, SampleZone, SampleZone];
  // Appended zones come last so the ranked rows of the older ones do not depend on them.
  const zones = [dummy, raidZone(raidBosses), oldRaid, mplusZone(dungeons), oldMplus, oneBossZone(), nextMplusZone(), previousTierZone()];
  const zoneIdsOf = (expansionId: number): number[] => zones.filter((z) => z.expansionId === expansionId).map((z) => z.id);
  return {
    expansions: [
      { id: 6, name: "Sample The War Within", zoneIds: zoneIdsOf(6) },
      { id: 7, name: "Sample Midnight", zoneIds: zoneIdsOf(7) },
    ],
    zones,
  };
}

/** Warcraft Logs' own class IDs (alphabetical, then later additions) and per-class spec IDs from 1. */
const WCL_CLASS_ORDER = [
  "DeathKnight",
  "Druid",
  "Hunter",
  "Mage",
  "Monk",
  "Paladin",
  "Priest",
  "Rogue",
  "Shaman",
  "Warlock",
  "Warrior",
  "DemonHunter",
  "Evoker",
];

export function makeClasses(): SampleClass[] {
  return WCL_CLASS_ORDER.map((slug, i) => {
    const specs = SPECS.filter((s) => s.wclClass === slug);
    return {
      id: i + 1,
      name: specs[0]?.className ?? slug,
      slug,
      specs: specs.map((s, j) => ({ id: j + 1, name: s.specName, slug: s.wclSpec, specId: s.specId })),
    };
  });
}
