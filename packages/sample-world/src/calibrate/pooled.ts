import { boardFigures, medianFigures, type BoardFigures, type BoardRow } from "./figures";

/** Figures of a set of boards, as one row of the calibration table. */
export interface SetFigures {
  readonly boards: number;
  /** Structure (fragmentation, distances, repeats): the median board. */
  readonly median: BoardFigures;
  /** Every board's own figures. */
  readonly each: readonly BoardFigures[];
  /** Row quirks (a few per hundred rows): pooled over every row of every board, so rare ones are not a median of 0. */
  readonly pooled: Pick<
    BoardFigures,
    "rows" | "hiddenShare" | "emptyListShare" | "repeatedIdShare" | "namedItemShare" | "playersPer100Rows"
  >;
}

/** Pure: boards in, their median figures and the pooled row quirks. `playersPer100Rows` pooled is the boards' mean. */
export function setFigures(boards: readonly (readonly BoardRow[])[], topN = 50): SetFigures {
  const each = boards.map((rows) => boardFigures(rows, topN));
  const all = boardFigures(boards.flat(), topN);
  const meanPlayers = each.length === 0 ? 0 : Math.round((each.reduce((n, f) => n + f.playersPer100Rows, 0) / each.length) * 10) / 10;
  return {
    boards: boards.length,
    median: medianFigures(each),
    each,
    pooled: {
      rows: all.rows,
      hiddenShare: all.hiddenShare,
      emptyListShare: all.emptyListShare,
      repeatedIdShare: all.repeatedIdShare,
      namedItemShare: all.namedItemShare,
      playersPer100Rows: meanPlayers,
    },
  };
}
