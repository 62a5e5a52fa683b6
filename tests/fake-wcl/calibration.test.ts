/**
 * The sample world is held to the real rankings pages: the committed real figures (derived from
 * ../shared/testdata/wcl-real, see packages/sample-world/src/calibrate/real-figures.ts) must still be what the pages
 * give, and the sample world's figures must fall in the bands `checks` states around them. `npm run calibrate`
 * prints the same table for the full default world.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATASET, makeDataset } from "@att/sample-world";
import {
  boardFigures,
  checks,
  distance,
  buildOf,
  readRealBoards,
  REAL_FIGURES,
  realFigures,
  realPagesDir,
  sampleBoards,
  worldFigures,
} from "../../packages/sample-world/src/calibrate/index";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const pages = realPagesDir(root);

describe("calibration figures", () => {
  it("measure distance as the sum of rank differences over trait entries (a choice swap counts 2)", () => {
    const a = buildOf([
      { talentID: 1, points: 2 },
      { talentID: 2, points: 1 },
      { talentID: 3, points: 1 },
    ]);
    const swapped = buildOf([
      { talentID: 1, points: 2 },
      { talentID: 2, points: 1 },
      { talentID: 4, points: 1 },
    ]);
    const oneRank = buildOf([
      { talentID: 1, points: 1 },
      { talentID: 2, points: 1 },
      { talentID: 3, points: 1 },
      { talentID: 3, points: 1 },
    ]);
    expect(distance(a, swapped)).toBe(2);
    expect(distance(a, oneRank)).toBe(1);
    expect(distance(swapped, oneRank)).toBe(3);
    expect(distance(a, a)).toBe(0);
  });

  it("count repeated characters, hidden rows, empty lists and repeated IDs the way the real pages show them", () => {
    const t = (...ids: number[]) => ids.map((talentID) => ({ talentID, points: 1 }));
    const f = boardFigures([
      { name: "A", server: { name: "S" }, talents: t(1, 2, 3) },
      { name: "a", server: { name: "s" }, talents: t(1, 2, 4) },
      { name: "Anonymous", hidden: true, report: { code: "a:X", fightID: 1 }, talents: t(1, 2, 3) },
      { name: "Anonymous", hidden: true, report: { code: "a:Y", fightID: 2 }, talents: [] },
      { name: "B", server: { name: "S" }, talents: [...t(1, 2, 3), { talentID: 3, points: 1, name: "Three" }] },
    ]);
    // A and a are one character; each hidden row is one of its own: 4 players in 5 rows.
    expect(f.playersPer100Rows).toBe(80);
    expect(f.hiddenShare).toBe(0.4);
    expect(f.emptyListShare).toBe(0.2);
    expect(f.repeatedIdShare).toBe(0.25);
    expect(f.namedItemShare).toBe(Math.round((1 / 13) * 1000) / 1000);
    // Sample: A (1,2,3), the first hidden row (1,2,3), B (1,2,3): one build 3 times.
    expect(f.sample).toBe(3);
    expect(f.exactModeShare).toBe(1);
  });
});

describe.skipIf(pages === undefined)("the committed real figures", () => {
  it("are what the real pages in ../shared/testdata/wcl-real give", () => {
    expect(realFigures(readRealBoards(pages!))).toEqual(REAL_FIGURES);
  });
});

describe("the sample world against the real figures", () => {
  // A dozen specs of every role keep this fast; `npm run calibrate` measures all 40 with the same bands.
  const dataset = makeDataset({ seed: DEFAULT_DATASET.seed, specs: [62, 63, 65, 71, 73, 104, 250, 256, 257, 262, 270, 581] });
  const boards = sampleBoards(dataset);
  const world = worldFigures(boards.mplus, boards.raid);

  it.each(checks(REAL_FIGURES, world.figures).map((c) => [c.figure, c] as const))("%s is within its band", (_name, check) => {
    expect(check.sample).toBeGreaterThanOrEqual(check.low);
    expect(check.sample).toBeLessThanOrEqual(check.high);
  });

  it("Mythic+ boards hold enough distinct players for a top 50 on one page, raid boards list each character once", () => {
    expect(world.mplus.median.sample).toBe(50);
    expect(world.mplus.median.rows).toBeLessThanOrEqual(100);
    expect(world.raid.median.playersPer100Rows).toBe(100);
  });
});
