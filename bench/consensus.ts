/**
 * `npm run bench:consensus`: time of the consensus pick (chooseSlots: medoid, near counts, flex talents, hero split
 * given) at real sizes, against a baseline in the same run: the same medoids by brute force (every candidate build
 * against every sample entry with buildDistance), as a plain pairwise medoid would do it.
 *
 * Data: the real Discipline Priest Mythic+ page (../shared/testdata/wcl-real, read in place; its 99 usable builds,
 * 44 distinct among the top 50 players). One section = 8 encounters of 50 players each plus the general slot
 * pooling them (400 rankings). Encounter j's players are the page's builds with j deterministic talent changes
 * each (a different dungeon's flex), so the general slot holds ~300 distinct builds: more fragmented than one page.
 * A full run ranks 40 specs in about 3 sections: the last line scales one section up to that.
 */
import { readFileSync } from "node:fs";
import { SPECS } from "@att/contract";
import { entriesOf } from "../packages/pipeline/src/core/entries";
import type { RankedEntry } from "../packages/pipeline/src/core/entry";
import { entriesOfIdentity, talentsKey } from "../packages/pipeline/src/core/identity";
import type { PlannedZone } from "../packages/pipeline/src/core/plan-types";
import { buildDistance } from "../packages/pipeline/src/core/distance";
import { buildSamples, buildTargets } from "../packages/pipeline/src/core/samples";
import { chooseSlots, heroSplits } from "../packages/pipeline/src/core/slot-choice";
import { extractRankings } from "../packages/pipeline/src/wcl/rankings";
import { sharedPath } from "../tests/support/shared-data";

const ENCOUNTERS = 8;
const TOP_N = 50;
const SECTIONS_PER_RUN = 40 * 3;

/** The real page's path; a missing ../shared is one `error:` line naming it and exit 1, no stack trace. */
function pagePath(): string {
  try {
    return sharedPath("testdata", "wcl-real", "mplus-characterRankings-combatant-disc-araKara-2024-12.json");
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exit(1);
  }
}
const PAGE = pagePath();
const spec = SPECS.find((s) => s.specId === 256)!;
const page = (JSON.parse(readFileSync(PAGE, "utf8")) as { data: { worldData: { encounter: { characterRankings: unknown } } } }).data
  .worldData.encounter.characterRankings;
const encounters = Array.from({ length: ENCOUNTERS }, (_, i) => ({
  id: 12660 + i,
  name: `Dungeon ${i + 1}`,
  content: "mythicplus" as const,
  zoneId: 39,
  order: i + 1,
  journalId: 1271 + i,
}));
const zone: PlannedZone = {
  content: "mythicplus",
  zoneId: 39,
  name: "bench",
  partition: 1,
  difficultyId: 10,
  difficultyName: "mythicplus",
  encounters,
};

/** Deterministic talent changes: drop the (seed)-th entry of a build and add a made-up one (a different choice). */
function varied(key: string, changes: number, seed: number): string {
  const talents = key.split(",").map((p) => {
    const [talentID, points] = p.split(":").map(Number);
    return { talentID: talentID!, points: points! };
  });
  for (let c = 0; c < changes; c++) {
    const at = (seed * 31 + c * 17) % talents.length;
    talents[at] = { talentID: 900_000 + ((seed * 7 + c) % 40), points: 1 };
  }
  return talentsKey(talents);
}

const entries: RankedEntry[] = [];
encounters.forEach((encounter, j) => {
  const parsed = extractRankings({ zone, encounter, spec, page: 1 }, 0, {
    data: { worldData: { [`e${encounter.id}`]: { a0: page } } },
    errors: [],
  });
  if (!parsed.ok) throw new Error(parsed.message);
  const rows = parsed.value.rows.map((r, i) => (r.build === null || r.build === "" ? r : { ...r, build: varied(r.build, j, i) }));
  entries.push(...entriesOf({ zone, encounter, spec, rows, invalidRows: 0 }).entries);
});
const targets = buildTargets([256], [{ section: "mythicplus", encounters, general: true }], buildSamples(entries, new Map()), TOP_N);
const splits = heroSplits(targets);
const general = targets.find((t) => t.scope.kind === "general")!;

function time(label: string, run: () => unknown, rounds: number): number {
  run(); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / rounds;
  console.log(`${label}: ${ms.toFixed(2)} ms`);
  return ms;
}

/** The baseline: every distinct build against every sample entry (group-weighted) with buildDistance. */
function bruteForce(): void {
  for (const target of targets) {
    const builds = target.builds.groups.map((g) => ({ g, e: entriesOfIdentity(g.identity) }));
    let best = Infinity;
    for (const a of builds) {
      let total = 0;
      for (const b of builds) total += buildDistance(a.e, b.e) * b.g.count;
      if (total < best) best = total;
    }
  }
}

console.log(
  `one section: ${ENCOUNTERS} encounters x ${TOP_N} players; general slot ${general.builds.sampleSize} rankings, ` +
    `${general.builds.groups.length} distinct builds`,
);
const ours = time("chooseSlots (medoids, near, flex) for the section", () => chooseSlots(targets, splits), 50);
const brute = time("baseline: pairwise brute-force medoids only", bruteForce, 5);
console.log(`ratio: ${(brute / ours).toFixed(1)}x faster than the pairwise baseline`);
console.log(`a full run (${SECTIONS_PER_RUN} spec sections): ~${((ours * SECTIONS_PER_RUN) / 1000).toFixed(2)} s of consensus picking`);
