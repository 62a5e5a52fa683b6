/** Small hand-made TalentData and facts for the pure-core unit tests (the session tests use pipeline output). */
import { packSpec, SCHEMA_VERSION, type BuildDef, type LuaTalentData, type SpecBuilds } from "@att/contract";
import type { LocationFacts } from "../../../packages/addon-ts/src/core/context";
import type { BossFacts } from "../../../packages/addon-ts/src/core/next-boss";
import { specBuilds, type Build } from "../../../packages/addon-ts/src/core/data";
import type { DecisionInput } from "../../../packages/addon-ts/src/core/decision";
import { DEFAULT_SETTINGS } from "../../../packages/addon-ts/src/core/settings";

export const build = (talentCode: string, count: number, sampleSize: number, near = count, flexEntries: number[] = []): Build => ({
  entries: [],
  talentCode,
  poolIndex: 0,
  count,
  near,
  sampleSize,
  players: sampleSize,
  popularity: count / sampleSize,
  nearShare: near / sampleSize,
  flexEntries,
});

export const RAID_CODE = "RAIDGENERAL";
export const MPLUS_CODE = "MPLUSGENERAL";
export const BOSS1_CODE = "BOSS1";
export const BOSS3_CODE = "BOSS3";
export const DUNGEON_CODE = "DUNGEON2800";

const codeOnly = (talentCode: string): BuildDef => ({ entries: [], talentCode });
const pick = (build: number, count: number, sampleSize: number) => ({
  top: { build, count, near: count, sampleSize, players: sampleSize },
});

/** Spec 250's builds in the logical (JSON) form; raid bosses 3301, 3303, 3305 (thin build), 3307 (none) at Mythic. */
export function spec250(): SpecBuilds {
  return {
    specId: 250,
    className: "Death Knight",
    specName: "Blood",
    builds: [RAID_CODE, MPLUS_CODE, BOSS1_CODE, "BOSS2", BOSS3_CODE, DUNGEON_CODE].map(codeOnly),
    raid: { mythic: { general: pick(0, 21, 50), encounters: { "3301": pick(2, 20, 40), "3303": pick(3, 20, 40), "3305": pick(4, 3, 5) } } },
    mythicplus: { general: pick(1, 18, 60), encounters: { "12800": pick(5, 30, 60) } },
  };
}

/**
 * The data file as the addon loads it (specs packed). Spec 250 has data; raid bosses 3301 (journal 2801),
 * 3303 (2802), 3305 (2803, thin build), 3307 (2804, none).
 */
export function talentData(overrides: Partial<LuaTalentData> = {}, spec: SpecBuilds = spec250()): LuaTalentData {
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: "2026-03-02T00:00:00.000Z",
    source: {
      kind: "sample",
      raid: [{ zoneId: 46, name: "Sample Raid", difficulty: "mythic", partition: 2, topN: 50 }],
      mythicplus: { zoneId: 47, name: "Mythic+ Season 1", difficulty: "mythicplus", partition: 2, topN: 50 },
    },
    encounters: {
      "3301": { id: 3301, name: "Boss One", content: "raid", zoneId: 46, order: 1, journalEncounterId: 2801 },
      "3303": { id: 3303, name: "Boss Two", content: "raid", zoneId: 46, order: 2, journalEncounterId: 2802 },
      "3305": { id: 3305, name: "Boss Three", content: "raid", zoneId: 46, order: 3, journalEncounterId: 2803 },
      "3307": { id: 3307, name: "Boss Four", content: "raid", zoneId: 46, order: 4, journalEncounterId: 2804 },
      "12800": { id: 12800, name: "Dungeon A", content: "mythicplus", zoneId: 47, order: 1, instanceId: 2800 },
      "61713": { id: 61713, name: "Dungeon B", content: "mythicplus", zoneId: 47, order: 2, instanceId: 1713 },
    },
    specs: { "250": packSpec(spec) },
    ...overrides,
  };
}

export const NOW = Date.UTC(2026, 2, 10) / 1000;

export function boss(journalEncounterId: number, dungeonEncounterId: number, extra: Partial<BossFacts> = {}): BossFacts {
  return {
    journalEncounterId,
    dungeonEncounterId,
    name: `Boss ${journalEncounterId}`,
    completeInLock: false,
    onCurrentFloor: false,
    ...extra,
  };
}

export const RAID_BOSSES: BossFacts[] = [boss(2801, 3301), boss(2802, 3303), boss(2803, 3305), boss(2804, 3307)];

export function inRaid(bosses: BossFacts[] = RAID_BOSSES, difficultyId = 16): LocationFacts {
  return { instance: { instanceType: "raid", difficultyId, instanceId: 2900, name: "Voidspire" }, keystoneActive: false, bosses };
}

export function inDungeon(instanceId = 2800, difficultyId = 23, keystoneActive = false): LocationFacts {
  return { instance: { instanceType: "party", difficultyId, instanceId, name: "Localized Name" }, keystoneActive, bosses: [] };
}

export const OPEN_WORLD: LocationFacts = {
  instance: { instanceType: "none", difficultyId: 0, instanceId: 0, name: "Azeroth" },
  keystoneActive: false,
  bosses: [],
};

/** A decision input for spec 250 of `data` at login in the open world: nothing suppressed, active or blocked. */
export function decisionInput(data: LuaTalentData, overrides: Partial<DecisionInput> = {}): DecisionInput {
  return {
    trigger: "login",
    context: { kind: "general" },
    settings: DEFAULT_SETTINGS,
    specId: 250,
    dataUsable: true,
    dataStale: false,
    spec: specBuilds(data, 250),
    isActive: () => false,
    suppressed: () => false,
    lastPromptKey: undefined,
    loginCheckedThisSession: false,
    activeBlocker: () => undefined,
    ...overrides,
  };
}
