/**
 * Writes the release-check fixture (tests/report/fixture.ts: every spec, both contents, labelled Warcraft Logs)
 * dated now, as a talent-data.json that `npm run release` accepts: the stand-in data of the release-path checks
 * that never upload (tests/build/release-staging.test.ts, .github/workflows/package.yml). Hand-made builds, not
 * rankings: nothing that publishes reads it.
 *   tsx tests/build/release-fixture.ts <out.json>
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { makeTalentData } from "../report/fixture";

export function writeReleaseFixture(path: string, now = new Date()): void {
  writeFileSync(path, JSON.stringify(makeTalentData({ generatedAt: now.toISOString() }), null, 2));
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2];
  if (out === undefined) {
    console.error("error: usage: tsx tests/build/release-fixture.ts <out.json>");
    process.exit(2);
  }
  writeReleaseFixture(out);
}
