/**
 * `npm run calibrate`: the figures that say how messy rankings are, for the real recorded pages (read from
 * ../shared/testdata/wcl-real at run time, never copied) beside the sample world's, with the band each sample figure
 * must fall in (tests/fake-wcl/calibration.test.ts holds the sample world to the committed real figures).
 * Also says whether the committed figures (packages/sample-world/src/calibrate/real-figures.ts) still match the pages.
 * Exit 1 when a sample figure is outside its band or the committed figures are stale.
 */
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { DEFAULT_DATASET, makeDataset } from "@att/sample-world";
import {
  checks,
  readRealBoards,
  REAL_FIGURES,
  realFigures,
  realPagesDir,
  sampleBoards,
  worldFigures,
} from "../packages/sample-world/src/calibrate/index";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = realPagesDir(root);
let stale = false;
if (dir === undefined) {
  console.log("real pages: not found beside the repository (../shared/testdata/wcl-real); using the committed figures");
} else {
  const fromPages = realFigures(readRealBoards(dir));
  stale = !isDeepStrictEqual(fromPages, REAL_FIGURES);
  console.log(`real pages: ${relative(root, dir)}; committed figures ${stale ? "DIFFER from the pages:" : "match the pages"}`);
  if (stale) console.log(JSON.stringify(fromPages, null, 2));
}

const started = performance.now();
const dataset = makeDataset({ seed: DEFAULT_DATASET.seed });
const boards = sampleBoards(dataset);
const world = worldFigures(boards.mplus, boards.raid);
const ms = Math.round(performance.now() - started);
console.log(
  `sample world: seed ${dataset.seed}, ${boards.mplus.length} Mythic+ boards (median of each figure), ${boards.raid.length} raid boards, ${world.mplus.pooled.rows + world.raid.pooled.rows} rows (${ms} ms)\n`,
);
const rows = checks(REAL_FIGURES, world.figures);
const width = Math.max(...rows.map((r) => r.figure.length));
console.log(`${"figure".padEnd(width)}  ${"real".padStart(7)}  ${"sample".padStart(7)}  band`);
for (const r of rows) {
  const n = (x: number): string => String(Math.round(x * 1000) / 1000).padStart(7);
  console.log(
    `${r.figure.padEnd(width)}  ${n(r.real)}  ${n(r.sample)}  ${Math.round(r.low * 1000) / 1000}..${Math.round(r.high * 1000) / 1000}${r.ok ? "" : "  MISS"}`,
  );
}
const m = world.mplus.median;
console.log(
  `\nsample Mythic+ board (median): ${m.rows} rows, ${m.sample} players sampled; raid board: ${world.raid.median.rows} rows, ${world.raid.median.playersPer100Rows} players per 100 rows`,
);
process.exitCode = rows.every((r) => r.ok) && !stale ? 0 : 1;
