/**
 * Other people's data (real talent strings, Blizzard's API documentation, recorded Warcraft Logs answers, talent
 * trees) is not republished in this repository: tests and benches read it from `../shared`, beside the project root,
 * where every developer machine and CI has it. A missing file is a failure that names it, never a silent skip.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const SHARED_DIR = resolve(import.meta.dirname, "..", "..", "..", "shared");

/** The path of `parts` under ../shared; throws a one-line error naming it when it is not there. */
export function sharedPath(...parts: string[]): string {
  const path = join(SHARED_DIR, ...parts);
  if (!existsSync(path))
    throw new Error(`../shared/${parts.join("/")} is missing: tests read public data from the shared folder beside the project root`);
  return path;
}
