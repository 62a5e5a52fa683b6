/**
 * `npm run build:addon` (and `npm run release`, which is `build:addon --release`): compiles the addon with
 * TypeScriptToLua, writes the .toc, renders the data file from a talent-data.json and zips dist/AzerothsTopTalent/
 * (the folder at the zip root, as addon managers expect). Run with --help for the options.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { TalentData } from "@att/contract";
import { checkTalentData } from "@att/talent-data-schema";
import { renderOutputs } from "../packages/pipeline/src/output/write";
import { LIVE_OUT_DIR, SAMPLE_OUT_DIR } from "../packages/pipeline/src/cli/options";
import {
  ADDON_NAME,
  CODE_FILE,
  DATA_FILE,
  DOC_FILES,
  dataMarker,
  LOCALES_FILE,
  PACKAGER_VERSION_TOKEN,
  renderToc,
  zipName,
  type SiteIds,
} from "./addon-manifest";
import { describeData, RELEASE_MAX_AGE_DAYS, releaseProblems } from "./release-check";
import { changelogSection } from "./release-notes";
import { zipFolder } from "./zip";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const JSON_FILE = "talent-data.json";
const liveData = join(root, LIVE_OUT_DIR, JSON_FILE);
const sampleData = join(root, SAMPLE_OUT_DIR, JSON_FILE);

const HELP = `Usage: npm run build:addon -- [options]      (npm run release = build:addon --release)

Builds dist/${ADDON_NAME}/ and its zip from the compiled addon and one talent-data.json.

Options:
  --data <file>        talent-data.json to package (default: ${LIVE_OUT_DIR}/${JSON_FILE} when it exists,
                       else sample data generated into ${SAMPLE_OUT_DIR}/)
  --release            build what an addon site publishes: refuse sample, test-server, stale (older than
                       ${RELEASE_MAX_AGE_DAYS} days) or partial data and a version without a CHANGELOG.md section, and
                       also write dist/package/${ADDON_NAME}/ and dist/release-notes.md for the BigWigs packager
  --check              with --release: only check the data (print it, refuse or accept), build nothing
  --max-age-days <n>   with --release: the oldest data allowed, in days (default ${RELEASE_MAX_AGE_DAYS})
  --out <dir>          where the addon folder and zip go (default dist)
  -h, --help           this text

Zip: dist/${ADDON_NAME}-<version>.zip; with sample data dist/${ADDON_NAME}-<version>-sample.zip, with data from a
test server (the fake server) -test-server.zip (and a warning). --release refuses both, whatever the other options.
Exit codes: 0 built, 1 refused (--release) or a build step failed, 2 bad arguments or unreadable data.
`;

class UsageError extends Error {}

interface Args {
  readonly data?: string;
  readonly release: boolean;
  readonly check: boolean;
  readonly maxAgeDays: number;
  readonly outDir: string;
  readonly help: boolean;
}

function parse(argv: string[]): Args {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: "string" },
        release: { type: "boolean", default: false },
        check: { type: "boolean", default: false },
        "max-age-days": { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const maxAge = values["max-age-days"] === undefined ? RELEASE_MAX_AGE_DAYS : Number(values["max-age-days"]);
  if (!Number.isFinite(maxAge) || maxAge <= 0)
    throw new UsageError(`--max-age-days expects a positive number, got "${values["max-age-days"]}"`);
  if (values.check === true && values.release !== true) throw new UsageError("--check goes with --release (npm run release -- --check)");
  return {
    data: values.data,
    release: values.release === true,
    check: values.check === true,
    maxAgeDays: maxAge,
    outDir: resolve(values.out ?? join(root, "dist")),
    help: values.help === true,
  };
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`build:addon: '${command} ${args.join(" ")}' failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

/** The data to package: --data, else the tracked live file, else freshly generated sample data. */
function dataPath(args: Args): string {
  if (args.data !== undefined) return resolve(args.data);
  if (existsSync(liveData)) return liveData;
  if (args.release) throw new UsageError(`no live data at ${LIVE_OUT_DIR}/${JSON_FILE} (run the pipeline, or pass --data)`);
  console.log(`build:addon: no live data yet; generating sample data into ${SAMPLE_OUT_DIR}/ (npm run pipeline -- --source sample)`);
  run(process.execPath, [
    join(root, "node_modules/tsx/dist/cli.mjs"),
    "packages/pipeline/src/cli.ts",
    "--source",
    "sample",
    "--no-progress",
  ]);
  return sampleData;
}

function readData(path: string): TalentData {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new UsageError(`cannot read ${path}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`${path} is not JSON`);
  }
  const checked = checkTalentData(json);
  if (!checked.ok) throw new UsageError(`${path} is not talent data: ${checked.problem}`);
  return checked.data;
}

function writeAddonFolder(dir: string, version: string, dataLua: string, meta: { website: string; license: string; sites: SiteIds }): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${ADDON_NAME}.toc`), renderToc({ version, ...meta }));
  copyFileSync(join(root, "out/lua", CODE_FILE), join(dir, CODE_FILE));
  writeFileSync(join(dir, DATA_FILE), dataLua);
  copyFileSync(join(root, "packages/addon-ts/locales", LOCALES_FILE), join(dir, LOCALES_FILE));
  for (const file of DOC_FILES) copyFileSync(join(root, file), join(dir, file));
}

async function main(argv: string[]): Promise<number> {
  const args = parse(argv);
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    version: string;
    homepage?: string;
    license?: string;
    config?: SiteIds;
  };
  const meta = { website: pkg.homepage ?? "", license: pkg.license ?? "", sites: pkg.config ?? {} };
  const path = dataPath(args);
  const data = readData(path);
  const marker = dataMarker(data.source.kind);

  console.log(`build:addon: packaging ${relative(root, path) || path}`);
  for (const line of describeData(data)) console.log(`  ${line}`);
  if (args.release) {
    const problems = releaseProblems(data, Date.now(), args.maxAgeDays);
    if (problems.length > 0) {
      console.error(`build:addon --release: refused, this data must not be published:`);
      for (const problem of problems) console.error(`  - ${problem}`);
      return 1;
    }
    if (args.check) {
      console.log("build:addon --release --check: this data may be released");
      return 0;
    }
  }
  // A release's notes are its CHANGELOG.md section (the packager uploads them; see build/release-notes.ts).
  const notes = args.release ? changelogSection(readFileSync(join(root, "CHANGELOG.md"), "utf8"), pkg.version) : undefined;
  if (args.release && notes === undefined) {
    console.error(
      `build:addon --release: refused: CHANGELOG.md has no "## ${pkg.version}" section (the release notes); rename "## Unreleased" to it`,
    );
    return 1;
  }

  let dataLua: string;
  try {
    dataLua = renderOutputs(data).lua;
  } catch (error) {
    throw new UsageError(`${relative(root, path) || path} cannot be packaged: ${error instanceof Error ? error.message : String(error)}`);
  }
  run(process.execPath, [join(root, "node_modules/typescript-to-lua/dist/tstl.js"), "-p", "tstl.json"]);
  // A sample or test-server build says so in the addon list too (## Version), not only in its file name.
  const version = marker === "" ? pkg.version : `${pkg.version}-${marker}`;
  const distDir = args.outDir;
  const addonDir = join(distDir, ADDON_NAME);
  writeAddonFolder(addonDir, version, dataLua, meta);
  const zipPath = join(distDir, zipName(pkg.version, marker === "" ? false : marker));
  await zipFolder(addonDir, ADDON_NAME, zipPath);
  console.log(`build:addon: wrote ${relative(root, addonDir)}/ and ${relative(root, zipPath)}`);
  if (args.release) {
    // The packager's input: same files, the version left to the packager (it writes the tag it packages).
    const packageDir = join(distDir, "package", ADDON_NAME);
    writeAddonFolder(packageDir, PACKAGER_VERSION_TOKEN, dataLua, meta);
    const notesFile = join(distDir, "release-notes.md");
    writeFileSync(notesFile, notes!);
    console.log(
      `build:addon: wrote ${relative(root, packageDir)}/ for the BigWigs packager (.pkgmeta) and its release notes ${relative(root, notesFile)}`,
    );
  }
  if (marker === "sample") {
    console.warn(
      `build:addon: WARNING: this zip holds SAMPLE data (synthetic builds, not real rankings); it is named -sample and must not be published`,
    );
  } else if (marker === "test-server") {
    console.warn(
      `build:addon: WARNING: this zip holds TEST SERVER data (from ${data.source.apiOrigin ?? "a test server"}, not Warcraft Logs); it is named -test-server and must not be published`,
    );
  }
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`build:addon: ${error.message}`);
    process.exitCode = 2;
  } else throw error;
}
