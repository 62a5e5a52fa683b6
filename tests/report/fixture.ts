/**
 * Hand-made talent data (schema v3) for the report and diff tests: every value is written here, so a test's
 * expectation comes from this file, never from the code under test.
 *
 * Each spec has three builds: A (general everywhere), B (A with talent 103 instead of 102: the build of the second
 * raid boss and of the second dungeon) and C (the other hero tree: the alternative in Mythic raid). Mythic+ has no
 * alternative. Import strings exist for A and B; C is known only by its talents.
 */
import { SCHEMA_VERSION, SPECS, type ContentBuilds, type SpecBuilds, type TalentData } from "@att/contract";

export const BOSS_1 = 3001;
export const BOSS_2 = 3002;
export const DUNGEON_1 = 12001;
export const DUNGEON_2 = 12002;

export const TALENT_NAMES = {
  "101": "Ice Lance",
  "102": "Frozen Orb",
  "103": "Ice Nova",
  "104": "Shifting Power",
  "201": "Frostfire Bolt",
  "202": "Spellslinger",
};

/** Strings in the loadout alphabet (the Lua data packer checks it); the tests never decode them. */
export const codeA = (specId: number): string => `CODEA${specId}`;
export const codeB = (specId: number): string => `CODEB${specId}`;

function content(general: ContentBuilds["general"], first: number, second: number, withAlternative: boolean): ContentBuilds {
  return {
    general,
    encounters: {
      [String(first)]: {
        top: { build: 0, count: 20, near: 20, sampleSize: 50, players: 50 },
        ...(withAlternative ? { alternative: { build: 2, count: 15, near: 15, sampleSize: 50, players: 50 } } : {}),
      },
      [String(second)]: { top: { build: 1, count: 30, near: 30, sampleSize: 48, players: 48 } },
    },
  };
}

export function specBuilds(specId: number): SpecBuilds {
  const info = SPECS.find((s) => s.specId === specId)!;
  return {
    specId,
    className: info.className,
    specName: info.specName,
    builds: [
      {
        entries: [
          { entryId: 101, rank: 1 },
          { entryId: 102, rank: 1 },
          { entryId: 104, rank: 2 },
        ],
        talentCode: codeA(specId),
      },
      {
        entries: [
          { entryId: 101, rank: 1 },
          { entryId: 103, rank: 1 },
          { entryId: 104, rank: 2 },
        ],
        talentCode: codeB(specId),
      },
      {
        entries: [
          { entryId: 201, rank: 1 },
          { entryId: 202, rank: 1 },
        ],
      },
    ],
    raid: {
      // A general sample counts rankings (one per player and boss): 100 rankings of 40 players; 68 of them are within
      // 2 talents of A, 42 exactly A; Frozen Orb (in A) is taken by 55, Ice Nova (not in A) by 45: flex talents.
      heroic: content(
        {
          top: {
            build: 0,
            count: 42,
            near: 68,
            sampleSize: 100,
            players: 40,
            flex: [
              { entryId: 102, taken: 55 },
              { entryId: 103, taken: 45 },
            ],
          },
        },
        BOSS_1,
        BOSS_2,
        false,
      ),
      mythic: content(
        {
          top: { build: 0, count: 21, near: 21, sampleSize: 60, players: 60 },
          // The alternative's figures are over its hero tree's part of the sample: 18 rankings of 15 players.
          alternative: { build: 2, count: 12, near: 15, sampleSize: 18, players: 15 },
        },
        BOSS_1,
        BOSS_2,
        true,
      ),
    },
    mythicplus: content({ top: { build: 0, count: 35, near: 35, sampleSize: 90, players: 90 } }, DUNGEON_1, DUNGEON_2, false),
  };
}

export interface FixtureOptions {
  readonly kind?: "warcraftlogs" | "sample";
  readonly generatedAt?: string;
  /** Spec IDs to include; default every spec of the contract (a full run). */
  readonly specs?: readonly number[];
}

export function makeTalentData(options: FixtureOptions = {}): TalentData {
  const ids = options.specs ?? SPECS.map((s) => s.specId);
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: options.generatedAt ?? "2026-12-01T06:00:00.000Z",
    source: {
      kind: options.kind ?? "warcraftlogs",
      raid: [
        { zoneId: 46, name: "Voidspire", difficulty: "heroic", partition: 2, topN: 100 },
        { zoneId: 46, name: "Voidspire", difficulty: "mythic", partition: 2, topN: 50 },
      ],
      mythicplus: { zoneId: 47, name: "Mythic+ Season 1", difficulty: "mythicplus", partition: 2, topN: 50 },
    },
    encounters: {
      [String(BOSS_1)]: { id: BOSS_1, name: "Imperator Averzian", content: "raid", zoneId: 46, order: 1, journalEncounterId: 2733 },
      [String(BOSS_2)]: { id: BOSS_2, name: "Vorasius <the Devourer>", content: "raid", zoneId: 46, order: 2, journalEncounterId: 2734 },
      [String(DUNGEON_1)]: { id: DUNGEON_1, name: "Magisters' Terrace", content: "mythicplus", zoneId: 47, order: 1, instanceId: 585 },
      [String(DUNGEON_2)]: { id: DUNGEON_2, name: "Windrunner Spire", content: "mythicplus", zoneId: 47, order: 2, instanceId: 2805 },
    },
    specs: Object.fromEntries(ids.map((id) => [String(id), specBuilds(id)])),
    talentNames: TALENT_NAMES,
  };
}

export type Mutable<T> = T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;

/** A deep copy to edit (the contract's types are readonly). */
export function editable(data: TalentData): Mutable<TalentData> {
  return JSON.parse(JSON.stringify(data)) as Mutable<TalentData>;
}
