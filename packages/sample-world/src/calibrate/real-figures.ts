import type { CalibrationFigures } from "./calibration";

/**
 * Figures derived from real recorded Warcraft Logs rankings pages (RPGLogs API data, not copied here): computed by
 * realFigures() over ../shared/testdata/wcl-real (provenance in its SOURCE.md):
 * - mplusSpecBoard: mplus-characterRankings-combatant-disc-araKara-2024-12.json (Lacrizomiq/WowPerf 3353bd37,
 *   Discipline Priest, Ara-Kara, LogsOnly, 100 rows), top 50 distinct players;
 * - raidPlayersPer100Rows: raid-characterRankings-plain-hivemind-mythic-vdh-rpglogs-snapshot.json (RPGLogs SDK
 *   snapshot, 98 named characters + 2 hidden rows of 100);
 * - splitBoardShare: mplus-characterRankings-combatant-anyclass-dps-araKara-2024-10.json split per spec (14 spec
 *   boards of at least 3 players; Augmentation Evoker and Elemental Shaman split over their hero trees);
 * - rowQuirks: the Discipline page and mplus-characterRankings-combatant-anyclass-dps-araKara-2024-10.json pooled
 *   (200 rows with combatant info).
 * `npm run calibrate` and tests/fake-wcl/calibration.test.ts recompute them from the pages when present and fail
 * if these differ.
 */
export const REAL_FIGURES: CalibrationFigures = {
  mplusSpecBoard: {
    rows: 100,
    playersPer100Rows: 77,
    hiddenShare: 0.02,
    emptyListShare: 0.01,
    repeatedIdShare: 0.01,
    namedItemShare: 0,
    sample: 50,
    distinctBuildsPer50: 44,
    exactModeShare: 0.06,
    otherClusterShare: 0,
    distance: { p10: 4, median: 8, p90: 12, max: 18 },
    nearUniversalShare: 0.694,
  },
  raidPlayersPer100Rows: 100,
  splitBoardShare: 0.143,
  rowQuirks: { hiddenShare: 0.02, emptyListShare: 0.005, repeatedIdShare: 0.005, namedItemShare: 0 },
};
