/**
 * Reads the real recorded rankings pages (../shared/testdata/wcl-real, see its SOURCE.md) into boards. Node only,
 * read at run time: the pages are RPGLogs API data and stay out of this repository; only figures derived from them
 * are committed (real-figures.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BoardRow } from "./figures";

/** The pages the calibration reads, by role. */
export const REAL_PAGES = {
  /** One spec's Mythic+ board with combatant info: Discipline Priest, Ara-Kara, 2024-12, 100 rows. */
  mplusSpec: "mplus-characterRankings-combatant-disc-araKara-2024-12.json",
  /** Every DPS spec's Mythic+ board with combatant info: Ara-Kara, 2024-10, 100 rows. */
  mplusAnySpec: "mplus-characterRankings-combatant-anyclass-dps-araKara-2024-10.json",
  /** Every spec's Mythic+ board without combatant info (discovery's probe shape): Ara-Kara, 2024-12, 100 rows. */
  mplusPlain: "mplus-characterRankings-plain-allspecs-logsonly-araKara-2024-12.json",
  /** One spec's raid board without combatant info: Vengeance Demon Hunter, Hivemind Mythic (2020), 100 rows. */
  raidPlain: "raid-characterRankings-plain-hivemind-mythic-vdh-rpglogs-snapshot.json",
} as const;

export interface RealBoards {
  readonly mplusSpec: readonly BoardRow[];
  /** The any-spec page split into one board per spec (class and spec). */
  readonly mplusAnySpec: readonly (readonly BoardRow[])[];
  readonly mplusAnySpecRows: readonly BoardRow[];
  readonly mplusPlain: readonly BoardRow[];
  readonly raidPlain: readonly BoardRow[];
}

type PageRow = BoardRow & { readonly class?: string; readonly spec?: string };

function rowsOf(value: unknown): PageRow[] {
  // Pages are `{data: {worldData: {encounter: {characterRankings}}}}` or, from the SDK snapshot, `{characterRankings}`.
  const v = value as { data?: { worldData?: { encounter?: { characterRankings?: unknown } } }; characterRankings?: unknown };
  const page = (v.data?.worldData?.encounter?.characterRankings ?? v.characterRankings) as { rankings?: unknown } | undefined;
  if (!Array.isArray(page?.rankings)) throw new Error("not a characterRankings page");
  return page.rankings as PageRow[];
}

/** The folder of real pages beside the repository, or undefined when this checkout has none. */
export function realPagesDir(repoRoot: string): string | undefined {
  const dir = join(repoRoot, "..", "shared", "testdata", "wcl-real");
  return Object.values(REAL_PAGES).every((name) => existsSync(join(dir, name))) ? dir : undefined;
}

export function readRealBoards(dir: string): RealBoards {
  const read = (name: string): PageRow[] => rowsOf(JSON.parse(readFileSync(join(dir, name), "utf8")) as unknown);
  const any = read(REAL_PAGES.mplusAnySpec);
  const bySpec = new Map<string, PageRow[]>();
  for (const row of any) {
    const key = `${row.class ?? ""}/${row.spec ?? ""}`;
    const list = bySpec.get(key) ?? [];
    list.push(row);
    bySpec.set(key, list);
  }
  return {
    mplusSpec: read(REAL_PAGES.mplusSpec),
    mplusAnySpec: [...bySpec.values()],
    mplusAnySpecRows: any,
    mplusPlain: read(REAL_PAGES.mplusPlain),
    raidPlain: read(REAL_PAGES.raidPlain),
  };
}
