/** The sample world's rankings boards as the API hands them out (LogsOnly, with combatant info), for the calibration. */
import { SPECS } from "@att/contract";
import { findEncounter, SAMPLE_HEROIC, SAMPLE_MYTHIC, type SampleDataset } from "../wcl/dataset";
import { rankingsPage } from "../wcl/rankings-page";
import type { BoardRow } from "./figures";

/** Every page of one board, concatenated. */
function board(ds: SampleDataset, encounterId: number, specId: number, difficulty: number): BoardRow[] {
  const encounter = findEncounter(ds, encounterId)!;
  const spec = SPECS.find((s) => s.specId === specId)!;
  const rows: BoardRow[] = [];
  for (let page = 1; ; page++) {
    const answer = rankingsPage(ds, encounter, {
      className: spec.wclClass,
      specName: spec.wclSpec,
      difficulty,
      page,
      leaderboard: "LogsOnly",
      includeCombatantInfo: true,
    });
    if ("error" in answer) return rows;
    rows.push(...(answer.rankings as unknown as BoardRow[]));
    if (!answer.hasMorePages) return rows;
  }
}

/** The current season's boards: every (spec, dungeon) and every (spec, boss, Heroic or Mythic) that has rows. */
export function sampleBoards(ds: SampleDataset): { mplus: BoardRow[][]; raid: BoardRow[][] } {
  const mplus: BoardRow[][] = [];
  const raid: BoardRow[][] = [];
  for (const zone of ds.zones) {
    for (const encounter of zone.encounters) {
      if (encounter.content === undefined || encounter.rankedDaysEarlier !== undefined) continue;
      for (const specId of ds.specIds) {
        if (encounter.content === "mythicplus") mplus.push(board(ds, encounter.id, specId, 10));
        else for (const difficulty of [SAMPLE_HEROIC, SAMPLE_MYTHIC]) raid.push(board(ds, encounter.id, specId, difficulty));
      }
    }
  }
  return { mplus: mplus.filter((b) => b.length > 0), raid: raid.filter((b) => b.length > 0) };
}
