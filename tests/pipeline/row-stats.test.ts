import { describe, expect, it } from "vitest";
import { SPECS } from "@att/contract";
import { formatRowStats, rankingRowStats } from "../../packages/pipeline/src/run/row-stats";
import type { PairRankings } from "../../packages/pipeline/src/wcl/rankings";
import type { CachedRow } from "../../packages/pipeline/src/wcl/schemas";

const zone = {
  content: "raid" as const,
  zoneId: 46,
  name: "Raid",
  partition: 2,
  difficultyId: 4,
  difficultyName: "heroic",
  encounters: [],
};
const encounter = (id: number) => ({ id, name: `Boss ${id}`, content: "raid" as const, zoneId: 46, order: 1, journalId: 1 });
const spec = SPECS.find((s) => s.specId === 62)!;
const r = (name: string, build: string | null, extra: Partial<CachedRow> = {}): CachedRow => ({
  name,
  report: { code: `c-${name}`, fightID: 1 },
  server: { name: "S" },
  build,
  ...extra,
});

describe("ranking row stats", () => {
  it("counts hidden players, empty and missing lists, repeated IDs, and names every refused ranking in one note per message", () => {
    const rankings: PairRankings[] = [
      {
        zone,
        encounter: encounter(1),
        spec,
        rows: [r("A", "1:1", { repeatedId: true }), r("Anonymous", "1:1", { hidden: true, server: null }), r("B", ""), r("C", null)],
        invalidRows: 0,
        repeatedIds: 1,
      },
      { zone, encounter: encounter(2), spec, rows: [], invalidRows: 0, error: "Invalid difficulty setting or size specified." },
      {
        zone,
        encounter: encounter(3),
        spec,
        rows: [r("D", "2:1")],
        invalidRows: 0,
        error: "Invalid difficulty setting or size specified.",
      },
    ];
    const { stats, notes } = rankingRowStats(rankings);
    expect(stats).toEqual({ rows: 5, hidden: 1, emptyLists: 1, noLists: 1, repeatedIds: 1, refused: 2 });
    expect(notes).toEqual([
      'rankings: 2 answered {"error": "Invalid difficulty setting or size specified."} and count as empty: Arcane Mage @ Boss 2 (heroic); Arcane Mage @ Boss 3 (heroic, after 1 row)',
    ]);
    expect(formatRowStats(stats)).toBe(
      'ranking rows: 5 read; 1 hidden player (each counted as its own player), 1 with an empty talent list (no build), 1 without a talent list (no build), 1 listing a talentID twice (kept once), 2 rankings refused with {"error"} (empty)',
    );
    expect(formatRowStats({ rows: 10, hidden: 0, emptyLists: 0, noLists: 0, repeatedIds: 0, refused: 0 })).toBe("ranking rows: 10 read");
  });
});
