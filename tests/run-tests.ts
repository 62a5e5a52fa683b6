/**
 * `npm test [-- vitest args]`: builds what the selected projects need, then runs vitest with the same args.
 * Only the Lua and end-to-end projects load the built addon and simulator, so `--project unit` skips the build
 * (seconds instead of a minute); any other selection, and a bare `npm test`, lints and builds everything first.
 */
import { spawnSync } from "node:child_process";

const args = process.argv.slice(2);
const projects: string[] = [];
args.forEach((arg, i) => {
  if (arg === "--project" && args[i + 1] !== undefined) projects.push(args[i + 1]!);
  else if (arg.startsWith("--project=")) projects.push(arg.slice("--project=".length));
});
const needsBuild = projects.length === 0 || projects.some((p) => p !== "unit");

function run(command: string, commandArgs: string[]): void {
  const result = spawnSync(command, commandArgs, { stdio: "inherit", shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (needsBuild) {
  run("npm", ["run", "lint"]);
  run("npm", ["run", "build"]);
}
run("npx", ["vitest", "run", ...args]);
