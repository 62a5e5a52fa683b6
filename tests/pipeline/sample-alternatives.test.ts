/**
 * The seeded sample run (the committed golden talent-data.json, which golden.test.ts holds equal to a fresh run)
 * offers the other hero tree's build in a fair share of its slots. Hero trees are read off the sample world's own
 * class trees (which hero tree each entry belongs to) and the shares off the data set's ranking rows, not from the
 * pipeline's hero-split heuristic.
 */
import { readFileSync } from "node:fs";
import { SPECS, type ContentBuilds, type SpecBuilds, type TalentData } from "@att/contract";
import { DEFAULT_DATASET, makeDataset, rankingKey, SAMPLE_HEROIC, SAMPLE_MYTHIC, type SampleRanking } from "@att/sample-world";
import { describe, expect, it } from "vitest";

const data = JSON.parse(readFileSync(new URL("../golden/sample-talent-data.json", import.meta.url), "utf8")) as TalentData;
const dataset = makeDataset({ seed: DEFAULT_DATASET.seed });
/** The pipeline's default sample: the top 50 distinct players of a ranking. */
const TOP_N = 50;

/** Entry ID -> hero tree, per class: hero nodes' entries and the hero tree picker's entries. */
const heroTreeOfEntry = new Map<number, Map<number, number>>();
for (const [classId, tree] of dataset.trees) {
  const map = new Map<number, number>();
  for (const node of tree.nodes) {
    for (const entry of node.entries) {
      const heroTree = node.kind === "subTreeSelection" ? entry.subTreeId : node.subTreeId;
      if (heroTree !== undefined) map.set(entry.entryId, heroTree);
    }
  }
  heroTreeOfEntry.set(classId, map);
}

/** The one hero tree a build's entries belong to (throws on none or two: no sample build mixes them). */
function heroTreeOf(specId: number, entryIds: readonly number[]): number {
  const map = heroTreeOfEntry.get(SPECS.find((s) => s.specId === specId)!.classId)!;
  const trees = new Set(entryIds.flatMap((id) => (map.has(id) ? [map.get(id)!] : [])));
  if (trees.size !== 1) throw new Error(`spec ${specId}: a build on ${trees.size} hero trees`);
  return [...trees][0]!;
}

interface Slot {
  readonly specId: number;
  readonly spec: SpecBuilds;
  readonly where: string;
  readonly slot: NonNullable<ContentBuilds["general"]>;
  /** The ranking behind an encounter slot; undefined for a general slot. */
  readonly ranking?: SampleRanking;
}

const slots: Slot[] = Object.values(data.specs).flatMap((spec) => {
  const contents: [string, ContentBuilds | null | undefined, number][] = [
    ["heroic", spec.raid.heroic, SAMPLE_HEROIC],
    ["mythic", spec.raid.mythic, SAMPLE_MYTHIC],
    ["mythicplus", spec.mythicplus, 10],
  ];
  return contents.flatMap(([name, content, difficulty]) => {
    if (content === null || content === undefined) return [];
    const general: Slot[] =
      content.general === null ? [] : [{ specId: spec.specId, spec, where: `${name}/general`, slot: content.general }];
    const encounters = Object.entries(content.encounters).map(([id, slot]) => ({
      specId: spec.specId,
      spec,
      where: `${name}/${id}`,
      slot,
      ranking: dataset.rankings.get(rankingKey(spec.specId, Number(id), difficulty))!,
    }));
    return [...general, ...encounters];
  });
});

function buildTree(s: Slot, build: number): number {
  return heroTreeOf(
    s.specId,
    s.spec.builds[build]!.entries.map((e) => e.entryId),
  );
}

describe("the seeded sample run's alternatives", () => {
  it("are in a fair share of the slots, general ones included, and not in all", () => {
    expect(slots).toHaveLength(1240);
    const withAlternative = slots.filter((s) => s.slot.alternative !== undefined);
    expect(withAlternative.length).toBeGreaterThan(slots.length * 0.25);
    expect(withAlternative.length).toBeLessThan(slots.length * 0.5);
    expect(withAlternative.some((s) => s.ranking === undefined)).toBe(true);
  });

  it("are always on the other hero tree than their slot's top build", () => {
    for (const s of slots.filter((x) => x.slot.alternative !== undefined)) {
      expect(buildTree(s, s.slot.alternative!.build), s.where).not.toBe(buildTree(s, s.slot.top.build));
    }
  });

  it("follow the rows: an encounter whose other hero tree clearly holds 25 % has one, one clearly below has none", () => {
    let checked = 0;
    for (const s of slots.filter((x) => x.ranking !== undefined)) {
      // The sample the pipeline counts: the top 50 distinct players among the logged rows that list talents (a
      // Mythic+ board repeats characters; a hidden row is a player of its own), each by their best-ranked row.
      const seen = new Set<string>();
      const rows = s
        .ranking!.rows.filter((r) => r.report !== undefined && r.talentsListed && !r.emptyList)
        .filter((r, i) => {
          const who = r.name === "Anonymous" ? `row:${i}` : `${r.name}#${r.server.name}`;
          if (seen.has(who) || seen.size >= TOP_N) return false;
          seen.add(who);
          return true;
        });
      const topTree = buildTree(s, s.slot.top.build);
      const other =
        rows.filter(
          (r) =>
            heroTreeOf(
              s.specId,
              r.build.talents.map((t) => t.talentID),
            ) !== topTree,
        ).length / rows.length;
      // A margin either side of 25 %: the pipeline counts distinct players, a few rows may be the same player's.
      if (other >= 0.28) expect(s.slot.alternative, `${s.specId} ${s.where}: ${other}`).toBeDefined();
      else if (other < 0.22) expect(s.slot.alternative, `${s.specId} ${s.where}: ${other}`).toBeUndefined();
      else continue;
      checked++;
    }
    // Nearly every encounter slot is clearly on one side.
    expect(checked).toBeGreaterThan(slots.filter((x) => x.ranking !== undefined).length * 0.8);
  });
});
