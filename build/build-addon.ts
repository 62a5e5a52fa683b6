/**
 * `npm run build:addon`: compiles the addon with TypeScriptToLua, writes the .toc, copies the data file and
 * zips dist/AzerothsTopTalent/ as dist/AzerothsTopTalent-<version>.zip (folder at the zip root, as addon
 * managers expect). The data file comes from the pipeline (packages/addon-ts/data/TalentData.lua); when there
 * is none yet, the pipeline's sample source writes one so a fresh clone still builds a loadable addon.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ADDON_NAME, CODE_FILE, DATA_FILE, renderToc } from "./addon-manifest";
import { zipFolder } from "./zip";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dataFile = join(root, "packages/addon-ts/data", DATA_FILE);
const distDir = join(root, "dist");
const addonDir = join(distDir, ADDON_NAME);

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`build:addon: '${command} ${args.join(" ")}' failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

  if (!existsSync(dataFile)) {
    console.log("build:addon: no TalentData.lua yet; generating sample data (npm run pipeline -- --source sample)");
    run(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), "packages/pipeline/src/cli.ts", "--source", "sample"]);
  }

  run(process.execPath, [join(root, "node_modules/typescript-to-lua/dist/tstl.js"), "-p", "tstl.json"]);

  rmSync(addonDir, { recursive: true, force: true });
  mkdirSync(addonDir, { recursive: true });
  writeFileSync(join(addonDir, `${ADDON_NAME}.toc`), renderToc({ version }));
  copyFileSync(join(root, "out/lua", CODE_FILE), join(addonDir, CODE_FILE));
  copyFileSync(dataFile, join(addonDir, DATA_FILE));

  const zipPath = join(distDir, `${ADDON_NAME}-${version}.zip`);
  await zipFolder(addonDir, ADDON_NAME, zipPath);
  console.log(`build:addon: wrote ${addonDir} and ${zipPath}`);
}

await main();
