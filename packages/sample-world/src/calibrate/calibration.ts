/**
 * The calibration's figures for one world (real or sample), and how they are compared. Pure.
 */
import { boardFigures, type BoardFigures, type BoardRow } from "./figures";
import { setFigures, type SetFigures } from "./pooled";
import type { RealBoards } from "./real-pages";

export interface CalibrationFigures {
  /** A Mythic+ spec board with talents, top 50 distinct players: fragmentation, distances, repeats. */
  readonly mplusSpecBoard: BoardFigures;
  /** Raid boards list each character once: distinct characters per 100 rows. */
  readonly raidPlayersPer100Rows: number;
  /**
   * Hero trees split per spec: the share of spec boards (of at least 3 sampled players) where a quarter or more of
   * the players are in another cluster than the medoid's (the other hero tree).
   */
  readonly splitBoardShare: number;
  /** Row quirks pooled over every row with combatant info. */
  readonly rowQuirks: Pick<BoardFigures, "hiddenShare" | "emptyListShare" | "repeatedIdShare" | "namedItemShare">;
}

const quirksOf = (f: Pick<BoardFigures, "hiddenShare" | "emptyListShare" | "repeatedIdShare" | "namedItemShare">) => ({
  hiddenShare: f.hiddenShare,
  emptyListShare: f.emptyListShare,
  repeatedIdShare: f.repeatedIdShare,
  namedItemShare: f.namedItemShare,
});

/** Share of boards (with at least 3 sampled players) whose other cluster holds a quarter or more of the sample. */
function splitShare(figures: readonly BoardFigures[]): number {
  const judged = figures.filter((f) => f.sample >= 3);
  return judged.length === 0 ? 0 : Math.round((judged.filter((f) => f.otherClusterShare >= 0.25).length / judged.length) * 1000) / 1000;
}

/**
 * The real pages' figures: the Discipline board, the raid board, the hero-tree splits of the every-spec page's
 * spec boards, and the quirks of both pages with talents.
 */
export function realFigures(boards: RealBoards): CalibrationFigures {
  return {
    mplusSpecBoard: boardFigures(boards.mplusSpec, 50),
    raidPlayersPer100Rows: boardFigures(boards.raidPlain).playersPer100Rows,
    splitBoardShare: splitShare(boards.mplusAnySpec.map((b) => boardFigures(b))),
    rowQuirks: quirksOf(boardFigures([...boards.mplusSpec, ...boards.mplusAnySpecRows])),
  };
}

/** A sample world's figures: its median Mythic+ spec board, its median raid board, and its pooled row quirks. */
export function worldFigures(
  mplusBoards: readonly (readonly BoardRow[])[],
  raidBoards: readonly (readonly BoardRow[])[],
): {
  figures: CalibrationFigures;
  mplus: SetFigures;
  raid: SetFigures;
} {
  const mplus = setFigures(mplusBoards);
  const raid = setFigures(raidBoards);
  const all = boardFigures([...mplusBoards.flat(), ...raidBoards.flat()]);
  return {
    figures: {
      mplusSpecBoard: mplus.median,
      raidPlayersPer100Rows: raid.median.playersPer100Rows,
      splitBoardShare: splitShare([...mplus.each, ...raid.each]),
      rowQuirks: quirksOf(all),
    },
    mplus,
    raid,
  };
}

/** One figure, its real value, the sample world's, and the band the sample world must fall in. */
export interface Check {
  readonly figure: string;
  readonly real: number;
  readonly sample: number;
  readonly low: number;
  readonly high: number;
  readonly ok: boolean;
}

/**
 * The tolerances the sample world is held to. Wide where one real page is a small sample of a noisy quantity
 * (one board of 50 players), narrow where the real value is structural (raid boards do not repeat characters;
 * rows carry no talent names). A band is around the real value, so a change of the real figures moves it.
 */
export function checks(real: CalibrationFigures, sample: CalibrationFigures): Check[] {
  const band = (figure: string, r: number, s: number, low: number, high: number): Check => ({
    figure,
    real: r,
    sample: s,
    low,
    high,
    ok: s >= low && s <= high,
  });
  const m = real.mplusSpecBoard;
  const w = sample.mplusSpecBoard;
  const q = real.rowQuirks;
  const v = sample.rowQuirks;
  return [
    band("M+ players per 100 rows", m.playersPer100Rows, w.playersPer100Rows, m.playersPer100Rows - 10, m.playersPer100Rows + 10),
    band("M+ distinct builds per 50 players", m.distinctBuildsPer50, w.distinctBuildsPer50, m.distinctBuildsPer50 - 8, 50),
    band("M+ exact-mode share", m.exactModeShare, w.exactModeShare, 0, m.exactModeShare + 0.08),
    band("M+ other-cluster share (median board)", m.otherClusterShare, w.otherClusterShare, 0, m.otherClusterShare + 0.25),
    band(
      "boards split over hero trees (>= 25 %)",
      real.splitBoardShare,
      sample.splitBoardShare,
      real.splitBoardShare / 3,
      real.splitBoardShare * 3,
    ),
    band("M+ distance p10", m.distance.p10, w.distance.p10, Math.max(1, m.distance.p10 - 2), m.distance.p10 + 4),
    band("M+ distance median", m.distance.median, w.distance.median, m.distance.median - 2, m.distance.median + 4),
    band("M+ distance p90", m.distance.p90, w.distance.p90, m.distance.p90 - 4, m.distance.p90 + 6),
    band(
      "M+ near-universal talent share",
      m.nearUniversalShare,
      w.nearUniversalShare,
      m.nearUniversalShare - 0.15,
      m.nearUniversalShare + 0.15,
    ),
    band("raid players per 100 rows", real.raidPlayersPer100Rows, sample.raidPlayersPer100Rows, real.raidPlayersPer100Rows - 3, 100),
    band("hidden-player share", q.hiddenShare, v.hiddenShare, q.hiddenShare / 3, q.hiddenShare * 3),
    band("empty-list share", q.emptyListShare, v.emptyListShare, q.emptyListShare / 4, q.emptyListShare * 4),
    band("repeated-talentID share", q.repeatedIdShare, v.repeatedIdShare, q.repeatedIdShare / 4, q.repeatedIdShare * 4),
    band("named-item share", q.namedItemShare, v.namedItemShare, q.namedItemShare, q.namedItemShare),
  ];
}
