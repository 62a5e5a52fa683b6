/**
 * Whether a successful refresh opens (or updates) the data pull request. Builds that changed always do. A quiet
 * stretch changes no build, but `npm run release` refuses data older than RELEASE_MAX_AGE_DAYS (7): if the
 * refresh waited for a build change, a healthy, quiet week would leave the tracked data unreleasable. So once the
 * tracked data is DATE_BUMP_DAYS older than the run's, the pull request opens anyway, carrying the new date (and
 * whatever small changes came with it); merging it keeps the data releasable. Pure, plus a CLI for refresh.yml:
 *   tsx build/refresh-decision.ts <old.json or missing> <new.json> <builds changed: true|false>
 * prints `changed=true|false` and `reason=...` lines (for $GITHUB_OUTPUT).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RELEASE_MAX_AGE_DAYS } from "./release-check";

/** Well inside the release limit: a date-only pull request merged within a few days still leaves days to release. */
export const DATE_BUMP_DAYS = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RefreshDecision {
  readonly open: boolean;
  readonly reason: string;
}

export function refreshDecision(oldGeneratedAt: string | undefined, newGeneratedAt: string, buildsChanged: boolean): RefreshDecision {
  if (buildsChanged) return { open: true, reason: "builds changed" };
  if (oldGeneratedAt === undefined) return { open: true, reason: "no tracked data yet" };
  const days = (Date.parse(newGeneratedAt) - Date.parse(oldGeneratedAt)) / DAY_MS;
  if (!Number.isFinite(days)) return { open: true, reason: "the tracked data's date is unreadable" };
  if (days >= DATE_BUMP_DAYS)
    return {
      open: true,
      reason: `no build changed, but the tracked data is ${Math.floor(days)} days older than this run's (a release allows ${RELEASE_MAX_AGE_DAYS}): the pull request brings the new date`,
    };
  return {
    open: false,
    reason: `no build changed and the tracked data is ${Math.floor(days)} days old (a date-only pull request after ${DATE_BUMP_DAYS})`,
  };
}

function generatedAt(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const data = JSON.parse(readFileSync(path, "utf8")) as { generatedAt?: unknown };
  return typeof data.generatedAt === "string" ? data.generatedAt : undefined;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [oldPath, newPath, changed] = process.argv.slice(2);
  const next = newPath === undefined ? undefined : generatedAt(newPath);
  if (oldPath === undefined || next === undefined || (changed !== "true" && changed !== "false")) {
    console.error("error: usage: tsx build/refresh-decision.ts <old.json> <new.json> <true|false>");
    process.exit(2);
  }
  const decision = refreshDecision(generatedAt(oldPath), next, changed === "true");
  process.stdout.write(`changed=${decision.open}\nreason=${decision.reason}\n`);
}
