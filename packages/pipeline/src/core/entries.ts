import type { PairRankings } from "../wcl/rankings";
import { isHiddenRow, type RankedEntry } from "./entry";
import { sectionOfZone } from "./section";
import { canonicalKey } from "./talent-list";

/** Ranking rows -> entries, rank = position in the (spec, encounter) list. Rows of another spec are dropped. */
export function entriesOf(pair: PairRankings): { entries: RankedEntry[]; wrongSpec: number } {
  const entries: RankedEntry[] = [];
  let wrongSpec = 0;
  const expected = squash(pair.spec.wclSpec);
  const section = sectionOfZone(pair.zone);
  if (section === undefined)
    throw new Error(`zone ${pair.zone.zoneId}: raid difficulty "${pair.zone.difficultyName}" is not one the data holds (heroic, mythic)`);
  pair.rows.forEach((row, index) => {
    if (row.spec !== undefined && squash(row.spec) !== expected) {
      wrongSpec++;
      return;
    }
    entries.push({
      specId: pair.spec.specId,
      encounterId: pair.encounter.id,
      content: pair.encounter.content,
      section,
      encounterOrder: pair.encounter.order,
      rank: index + 1,
      // A hidden player is "Anonymous" whatever else the row says, so nothing downstream tries to look it up.
      name: isHiddenRow(row) ? "Anonymous" : row.name,
      server: row.server?.name ?? "",
      reportCode: row.report.code,
      fightId: row.report.fightID,
      startTime: row.startTime ?? row.report.startTime ?? 0,
      // Pages cached before repeated talentIDs were folded can still hold such a key.
      build: row.build === null ? null : canonicalKey(row.build),
    });
  });
  return { entries, wrongSpec };
}

function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, "");
}
