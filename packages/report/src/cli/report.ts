/**
 * `npm run report`: writes the build report, one self-contained HTML file, from a talent-data.json.
 * Exit codes: 0 written, 2 bad arguments or a file that is not talent data.
 */
import { existsSync, mkdirSync, writeFileSync, renameSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { renderReport } from "../html/render";
import { loadTalentData } from "../load";

const LIVE = "packages/addon-ts/data/talent-data.json";
const SAMPLE = "dist/sample-data/talent-data.json";
const OUT = "dist/report.html";

const HELP = `Usage: npm run report -- [--data <talent-data.json>] [--out <file.html>]

Writes one self-contained HTML page (no network) with every spec's raid and Mythic+ builds, per boss and dungeon.
  --data <file>   the data (default: ${LIVE}, else ${SAMPLE})
  --out <file>    where to write it (default: ${OUT})
Exit codes: 0 written, 2 bad arguments or input.
`;

function fail(message: string): never {
  process.stderr.write(`report: ${message}\n`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    args: process.argv.slice(2),
    options: { data: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h", default: false } },
    strict: true,
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (values.help === true) {
  process.stdout.write(HELP);
  process.exit(0);
}
const dataPath = values.data ?? [LIVE, SAMPLE].find((p) => existsSync(p));
if (dataPath === undefined) fail(`no data at ${LIVE} or ${SAMPLE}: run the pipeline (npm start), or pass --data`);
const loaded = loadTalentData(dataPath);
if (!loaded.ok) fail(loaded.message);

const out = resolve(values.out ?? OUT);
const html = renderReport(loaded.data, { now: Date.now() });
mkdirSync(dirname(out), { recursive: true });
const temp = `${out}.tmp-${process.pid}`;
writeFileSync(temp, html);
renameSync(temp, out);
const specs = Object.keys(loaded.data.specs).length;
process.stdout.write(
  `report: wrote ${out} (${specs} specs, ${Math.round(html.length / 1024)} KiB${loaded.data.source.kind === "sample" ? ", SAMPLE DATA" : loaded.data.source.kind === "test-server" ? ", TEST SERVER DATA" : ""})\n`,
);
