/**
 * `npm run data:diff -- <old.json> <new.json>`: what changed between two talent-data files, as Markdown (the
 * refresh pull request's body) or --json. Exit codes: 0 done (with --exit-code: nothing to review), 1 with
 * --exit-code: builds, encounters, specs or zones changed, 2 bad arguments or a file that is not talent data.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { diffTalentData } from "../diff/compute";
import { diffMarkdown } from "../diff/markdown";
import { loadTalentData } from "../load";

const HELP = `Usage: npm run data:diff -- [options] <old.json> <new.json>

Prints what changed between two talent-data.json files: per spec and section (raid per difficulty, Mythic+) the
builds that changed, with old and new shares (within 2 talents, and exact) of their samples (players; a general
build counts rankings, one per player and encounter, and names the players), the talents added or removed and the
new build's flex talents; new or removed encounters; season or partition changes; coverage.

Options:
  --json                the diff as JSON instead of Markdown
  --exit-code           exit 1 when something changed that a reviewer must see, 0 when not (like git diff)
  --allow-missing-old   a missing <old.json> means "no data before" (the first refresh)
  --max-chars <n>       cut the Markdown to at most n characters (whole specs; a pull request body holds 65536)
  -h, --help            this text
Exit codes: 0 done, 1 changed (only with --exit-code), 2 bad arguments or input.
`;

function fail(message: string): never {
  process.stderr.write(`data:diff: ${message}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(2),
    options: {
      json: { type: "boolean", default: false },
      "exit-code": { type: "boolean", default: false },
      "allow-missing-old": { type: "boolean", default: false },
      "max-chars": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: true,
    strict: true,
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = parsed;
if (values.help === true) {
  process.stdout.write(HELP);
  process.exit(0);
}
if (positionals.length !== 2)
  fail(`expected <old.json> <new.json>, got ${positionals.length} file${positionals.length === 1 ? "" : "s"} (--help for usage)`);
const maxChars = values["max-chars"] === undefined ? Infinity : Number(values["max-chars"]);
if (!(maxChars > 0)) fail(`--max-chars expects a positive number, got "${values["max-chars"]}"`);

const [oldPath, newPath] = positionals as [string, string];
const missingOld = values["allow-missing-old"] === true && !existsSync(oldPath);
const before = missingOld ? undefined : loadTalentData(oldPath);
if (before !== undefined && !before.ok) fail(before.message);
const after = loadTalentData(newPath);
if (!after.ok) fail(after.message);

const diff = diffTalentData(before?.data, after.data);
process.stdout.write(values.json === true ? `${JSON.stringify(diff, null, 2)}\n` : diffMarkdown(diff, maxChars));
process.exitCode = values["exit-code"] === true && diff.changed ? 1 : 0;
