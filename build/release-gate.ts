/**
 * `npm run release:gate -- <check>`: the release job's checks around the BigWigs packager (release.yml, ci.yml).
 *   sites                      which addon sites this release reaches (package.json config + the secrets set in
 *                              the environment); fails when a named site lacks its secret, or no site would get it
 *                              unless config.githubOnlyRelease is true
 *   zip <file.zip> <version>   the packager's zip holds the addon as a site must publish it (build/package-check.ts)
 * Prints one line per finding; exit 0 ok, 1 refused, 2 bad arguments. Secrets are only tested for being set.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { SiteIds } from "./addon-manifest";
import { packageProblems } from "./package-check";
import { readZip } from "./read-zip";
import { releaseSites } from "./release-sites";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function sites(): number {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { config?: SiteIds & { githubOnlyRelease?: boolean } };
  const config = pkg.config ?? {};
  const result = releaseSites(config, (name) => (process.env[name] ?? "").trim() !== "", config.githubOnlyRelease === true);
  for (const note of result.notes) console.log(`release:gate: note: ${note}`);
  if (result.problems.length > 0) {
    for (const problem of result.problems) console.error(`error: ${problem}`);
    return 1;
  }
  console.log(
    result.sites.length > 0
      ? `release:gate: uploads to ${result.sites.join(", ")} and a GitHub release`
      : "release:gate: a GitHub release only (config.githubOnlyRelease)",
  );
  return 0;
}

async function zip(path: string | undefined, version: string | undefined): Promise<number> {
  if (path === undefined || version === undefined) return usage("zip needs <file.zip> <version>");
  let files: Map<string, Buffer>;
  try {
    files = await readZip(path);
  } catch (error) {
    console.error(`error: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const problems = packageProblems(files, version);
  if (problems.length > 0) {
    console.error(`error: ${path} must not be published:`);
    for (const problem of problems) console.error(`  - ${problem}`);
    return 1;
  }
  console.log(`release:gate: ${path} holds the addon ${version} (${[...files.keys()].filter((n) => !n.endsWith("/")).join(", ")})`);
  return 0;
}

function usage(message: string): number {
  console.error(`error: ${message}`);
  console.error("hint: npm run release:gate -- sites | zip <file.zip> <version>");
  return 2;
}

const [check, ...rest] = process.argv.slice(2);
process.exitCode = check === "sites" ? sites() : check === "zip" ? await zip(rest[0], rest[1]) : usage(`unknown check "${check ?? ""}"`);
