/**
 * A refresh against the fake server with the trees it serves (the sample world's, in Raidbots' format): every written
 * build has an import string that the sample world's own tree model decodes to exactly the build's talents, every
 * entry has a name, every build its hero tree's name, and the document carries the drawn trees and the trees' build.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTreeNode, type TalentData } from "@att/contract/trees";
import { talentsForImportCode } from "@att/sample-world";
import { startFakeWcl, type FakeWcl } from "../fake-wcl/server";
import { runAgainst, runDirs, smallDataset } from "./helpers";

const dataset = smallDataset({ seed: 21, specs: [62, 250, 1467], raidBosses: 2, dungeons: 2, rowsPerRanking: 20 });
const dirs = runDirs();
let server: FakeWcl;
let data: TalentData;
let stdout = "";

beforeAll(async () => {
  server = await startFakeWcl({ dataset });
  const run = await runAgainst(server, dirs.fresh("trees"), { selection: { specs: ["62", "250", "1467"] } });
  data = JSON.parse(run.json) as TalentData;
  stdout = run.stdout;
}, 120_000);
afterAll(async () => {
  await server.close();
  dirs.removeAll();
});

describe("a refresh with the talent trees", () => {
  it("writes every build with a string that decodes to exactly its talents", () => {
    let builds = 0;
    for (const spec of Object.values(data.specs)) {
      for (const build of spec.builds) {
        expect(build.talentCode).toBeDefined();
        const decoded = talentsForImportCode(dataset, build.talentCode!);
        expect(decoded?.specId).toBe(spec.specId);
        const talents = decoded!.talents.map((t) => ({ entryId: t.talentID, rank: t.points })).sort((a, b) => a.entryId - b.entryId);
        expect(talents).toEqual(build.entries);
        builds++;
      }
    }
    expect(builds).toBeGreaterThan(6);
    expect(stdout).toMatch(/talent trees: downloaded; builds that did not add up on their tree: none/);
  });

  it("names every entry of every build and every drawn node, and each build's hero tree", () => {
    for (const spec of Object.values(data.specs)) {
      const tree = data.trees![String(spec.specId)]!;
      for (const build of spec.builds) {
        expect(Object.values(tree.heroTrees)).toContain(build.heroTree);
        // Talents carry the sample's names; the hero selection entry is named after the hero tree it picks.
        const named = build.entries.map((e) => [e.entryId, data.talentNames![String(e.entryId)]] as const);
        expect(named.filter(([, name]) => name === build.heroTree)).toHaveLength(1);
        for (const [id, name] of named) if (name !== build.heroTree) expect(name).toBe(`Sample Talent ${id}`);
      }
      for (const line of tree.nodes) for (const id of parseTreeNode(line)!.entries) expect(data.talentNames![String(id)]).toBeDefined();
    }
  });

  it("carries the drawn trees of its specs and the trees' game build", () => {
    expect(Object.keys(data.trees!)).toEqual(["62", "250", "1467"]);
    expect(data.source.treeBuild).toMatch(/^12\.0\.1-sample-r\d+$/);
    const blood = data.trees!["250"]!;
    expect(new Set(blood.nodes.map((line) => parseTreeNode(line)!.section))).toEqual(new Set(["class", "spec", "hero", "subtree"]));
    expect(Object.keys(blood.heroTrees)).toHaveLength(2);
  });
});
