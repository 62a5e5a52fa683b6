import { decodeLoadout, encodeLoadout, specById, SPECS } from "@att/contract";
import { buildToLoadout, isLegalBuild, loadoutToBuild, makeClassTree } from "@att/sample-world/trees";
import { describe, expect, it } from "vitest";
import { buildToTalents } from "../../packages/sample-world/src/wcl/talents";
import {
  buildKey,
  createResponder,
  importCodeForTalents,
  makeDataset,
  rankingKey,
  talentsForImportCode,
  type SampleRow,
} from "@att/sample-world";

function characters(rows: readonly SampleRow[]): number {
  return new Set(rows.map((r) => `${r.actorName}#${r.server.name}`)).size;
}

describe("sample dataset", () => {
  const full = makeDataset({ seed: 20260302 });

  it("has the default size: 40 specs x ((9 bosses + the one-boss raid's boss + the previous tier's boss) at Heroic and at Mythic + 8 dungeons), 60 rows per raid ranking, 100 per dungeon", () => {
    expect(full.specIds).toHaveLength(40);
    expect(full.rankings.size).toBe(40 * (11 * 2 + 8));
    const rows = [...full.rankings.values()].map((r) => [r.encounterId >= 10000, r.rows.length]);
    expect(rows.every(([mplus, n]) => n === (mplus ? 100 : 60))).toBe(true);
  });

  it("offers the discovery decoys: a frozen older raid, a frozen older season and a non-frozen Dummy Dome", () => {
    const byName = new Map(full.zones.map((z) => [z.name, z]));
    expect(byName.get("Dummy Dome")?.frozen).toBe(false);
    expect(byName.get("Mythic+ Season 3")?.frozen).toBe(true);
    expect(full.zones.filter((z) => z.frozen && z.encounters.every((e) => e.id < 10000))).toHaveLength(1);
    const dungeons = full.zones.find((z) => z.name === "Mythic+ Season 1")!.encounters;
    expect(dungeons).toHaveLength(8);
    for (const d of dungeons) expect([10000, 60000].map((p) => d.id - p)).toContain(d.instanceMapID);
    expect(new Set(dungeons.map((d) => Math.floor(d.id / 10000)))).toEqual(new Set([1, 6]));
    expect(full.zones.every((z) => z.name.startsWith("Sample") || z.name.startsWith("Mythic+") || z.name === "Dummy Dome")).toBe(true);
  });

  it("has the live season quirks: a one-boss raid with a higher ID than the main raid, next season's Mythic+ zone without rankings", () => {
    const main = full.zones.find((z) => z.name === "Sample Raid: Voidspire")!;
    const oneBoss = full.zones.find((z) => z.name === "Sample Raid: Dreamrift")!;
    expect(oneBoss.id).toBeGreaterThan(main.id);
    expect(oneBoss.frozen).toBe(false);
    expect(oneBoss.encounters).toHaveLength(1);
    expect(full.rankings.get(rankingKey(253, oneBoss.encounters[0]!.id))?.rows).toHaveLength(60);
    const next = full.zones.find((z) => z.name === "Mythic+ Season 2")!;
    const current = full.zones.find((z) => z.name === "Mythic+ Season 1")!;
    expect(next.id).toBeGreaterThan(current.id);
    expect(next.frozen).toBe(false);
    expect(next.encounters.length).toBeGreaterThan(0);
    expect(next.encounters.every((e) => !full.rankings.has(rankingKey(253, e.id)))).toBe(true);
  });

  it("is deterministic for a seed and keeps a spec's rows when other specs are left out", () => {
    const again = makeDataset({ seed: 20260302, specs: [253], raidBosses: 9, dungeons: 8 });
    const a = full.rankings.get(rankingKey(253, 3301))!.rows.map((r) => [r.build.key, r.amount]);
    const b = again.rankings.get(rankingKey(253, 3301))!.rows.map((r) => [r.build.key, r.amount]);
    expect(b).toEqual(a);
    const other = makeDataset({ seed: 1, specs: [253], raidBosses: 1, dungeons: 0 });
    expect(other.rankings.get(rankingKey(253, 3301))!.rows.map((r) => r.build.key)).not.toEqual(a.map((x) => x[0]));
  });

  it("ranks a character once per run on Mythic+ boards (another run of a higher-ranked one), once on raid boards", () => {
    const boards = [...full.rankings.values()];
    const mplus = boards.filter((r) => r.encounterId >= 10000);
    const raid = boards.filter((r) => r.encounterId < 10000);
    // Real: 100 rows held 77 characters (calibration.test.ts holds the figure); every board repeats some.
    expect(mplus.every((r) => characters(r.rows) < r.rows.length)).toBe(true);
    expect(raid.every((r) => characters(r.rows) === r.rows.length)).toBe(true);
    // A repeat is another run: a later row, the same character, its own build drawn again.
    const repeat = mplus[0]!.rows.findIndex((r) => r.repeatOf >= 0 && r.actorName === mplus[0]!.rows[r.repeatOf]!.actorName);
    expect(repeat).toBeGreaterThan(0);
  });

  it("contains the quirks a pipeline must survive", () => {
    const rows = [...full.rankings.values()].flatMap((r) => r.rows);
    expect(rows.some((r) => r.name === "Anonymous")).toBe(true);
    expect(rows.some((r) => !r.talentsListed && r.report !== undefined)).toBe(true);
    expect(rows.some((r) => r.emptyList && r.report !== undefined)).toBe(true);
    expect(rows.some((r) => r.repeatedId && r.report !== undefined)).toBe(true);
    expect(rows.some((r) => r.report === undefined)).toBe(true);
    const codes = [...full.reports.values()].flatMap((rep) => rep.fights.flatMap((f) => [...f.importCodes.values()]));
    expect(codes.some((c) => c === null)).toBe(true);
    // Only Mythic+ has leaderboard runs without a log; every raid row points at a report.
    const raidRows = [...full.rankings.values()].filter((r) => r.encounterId < 10000).flatMap((r) => r.rows);
    expect(raidRows.every((r) => r.report !== undefined)).toBe(true);
  });

  it("labels rows with the spec's Warcraft Logs slugs and ranks them by amount", () => {
    const ranking = full.rankings.get(rankingKey(1473, 3301))!;
    for (let i = 1; i < ranking.rows.length; i++) expect(ranking.rows[i]!.amount).toBeLessThanOrEqual(ranking.rows[i - 1]!.amount);
    expect(SPECS.find((s) => s.specId === 1473)?.wclSpec).toBe("Augmentation");
  });
});

describe("sample dataset: builds", () => {
  it("are full legal builds of the model trees the simulated client uses: a core on each of the spec's two hero trees, and the rows' own", () => {
    const ds = makeDataset({ seed: 4, specs: [71, 253, 105, 1473], raidBosses: 1, dungeons: 0, rowsPerRanking: 10 });
    const ownShares: number[] = [];
    for (const [specId, cores] of ds.builds) {
      expect(cores).toHaveLength(2);
      const rowBuilds = [...ds.rankings.values()].filter((r) => r.specId === specId).flatMap((r) => r.rows.map((row) => row.build));
      const builds = [...new Map([...cores, ...rowBuilds].map((b) => [b.key, b])).values()];
      // Players' own flex talents: every spec's rows hold builds besides its two cores.
      expect(builds.length).toBeGreaterThan(cores.length);
      ownShares.push(builds.length / rowBuilds.length);
      const tree = makeClassTree(specById(specId)!.classId);
      const picker = tree.nodes.find((n) => n.kind === "subTreeSelection" && n.specId === specId)!;
      const heroTrees: number[] = [];
      for (const build of builds) {
        const decoded = decodeLoadout(build.code);
        if (!decoded.ok) throw new Error(decoded.error.message);
        const onTree = loadoutToBuild(tree, decoded.value);
        if (!onTree.ok) throw new Error(onTree.error.message);
        expect(isLegalBuild(tree, specId, onTree.value, { full: true }).ok).toBe(true);
        // The hero tree the string's picker record chose is the one the build says it is on.
        const chosen = onTree.value.find((s) => s.nodeId === picker.nodeId)!.entryId;
        const heroTree = picker.entries.find((e) => e.entryId === chosen)!.subTreeId!;
        expect(build.heroTree).toBe(heroTree);
        heroTrees.push(heroTree);
        // Exactly the string the contract's own conversion gives for that build (with the tree hash the game writes).
        const reference = encodeLoadout({ ...buildToLoadout(tree, specId, onTree.value), treeHash: tree.treeHash });
        expect(reference.ok && reference.value).toBe(build.code);
        // And the dataset's pure mapping turns the row's talent list back into that same string.
        expect(importCodeForTalents(ds, specId, build.talents)).toBe(build.code);
      }
      // The main hero tree's core first, then the other tree's: both trees the spec's picker offers.
      expect(new Set(heroTrees.slice(0, 2))).toEqual(new Set(picker.entries.map((e) => e.subTreeId!)));
    }
    // On the median spec most rows have a build of their own. A spec whose core holds few choice nodes has few flex
    // nodes and repeats builds more (calibration.test.ts holds the median board's distinct builds to the real figure).
    expect(ownShares).toHaveLength(4);
    const sorted = ownShares.sort((a, b) => a - b);
    expect((sorted[1]! + sorted[2]!) / 2).toBeGreaterThan(0.5);
  });

  it("list a spec's apex node as one talent per tier that holds ranks (tiers 1/2/1 filled in order), as logs do", () => {
    const ds = makeDataset({ seed: 4, specs: [71, 253, 105, 1473], raidBosses: 1, dungeons: 0, rowsPerRanking: 10 });
    const tierCounts = new Set<number>();
    for (const [specId, builds] of ds.builds) {
      const tree = makeClassTree(specById(specId)!.classId);
      const apex = tree.nodes.find((n) => n.specId === specId && n.kind === "tiered" && n.entries.length > 1)!;
      const tiers = apex.entries.map((e) => e.entryId);
      for (const build of builds) {
        const listed = build.talents.filter((t) => tiers.includes(t.talentID)).map((t) => [t.talentID, t.points]);
        // Only a prefix of the tiers, every tier before the last one listed at its full ranks (1, then 2).
        expect(listed).toEqual(
          tiers.slice(0, listed.length).map((id, i) => [id, i < listed.length - 1 ? [1, 2, 1][i] : listed.at(-1)![1]]),
        );
        tierCounts.add(listed.length);
        const decoded = decodeLoadout(build.code);
        if (!decoded.ok) throw new Error(decoded.error.message);
        const ranks = listed.reduce((sum, [, points]) => sum + points!, 0);
        const record = decoded.value.nodes.find((r) => tree.nodes[r.index]!.nodeId === apex.nodeId);
        if (ranks === 0) expect(record).toBeUndefined();
        else expect(record).toMatchObject({ purchased: true, ranks: ranks < 4 ? ranks : undefined });
      }
    }
    // Across these specs' builds: none, some and all tiers all occur.
    expect(tierCounts.size).toBeGreaterThanOrEqual(3);
  });
});

describe("sample dataset: ranking talents and report import codes describe the same build", () => {
  const ds = makeDataset({
    seed: 3,
    specs: [577, 1480, 105],
    raidBosses: 1,
    dungeons: 1,
    rowsPerRanking: 40,
    quirks: { nullCode: 0, wrongSpecCode: 0 },
  });

  it("every logged row's player is in its report, and the fight's string is a valid loadout of that spec and build", () => {
    let checked = 0;
    for (const ranking of ds.rankings.values()) {
      for (const row of ranking.rows) {
        if (row.report === undefined) continue;
        const report = ds.reports.get(row.report.code)!;
        const actor = report.actors.find((a) => a.type === "Player" && a.name === row.actorName && a.server === row.server.name)!;
        expect(actor).toBeDefined();
        const fight = report.fights.find((f) => f.id === row.report!.fightID)!;
        const code = fight.importCodes.get(actor.id)!.code;
        const decoded = decodeLoadout(code);
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) continue;
        expect(decoded.value.specId).toBe(ranking.specId);
        expect(decoded.value.version).toBe(2);
        // One bought node per listed talent, except the apex node whose tiers are listed one each; granted nodes are in
        // the string but not in the list.
        const tree = makeClassTree(specById(ranking.specId)!.classId);
        const tierIds = new Set(
          tree.nodes.filter((n) => n.kind === "tiered" && n.entries.length > 1).flatMap((n) => n.entries.map((e) => e.entryId)),
        );
        const tiers = row.build.talents.filter((t) => tierIds.has(t.talentID)).length;
        expect(decoded.value.nodes.filter((n) => n.purchased)).toHaveLength(row.build.talents.length - tiers + (tiers > 0 ? 1 : 0));
        expect(buildKey(talentsForImportCode(ds, code)!.talents)).toBe(buildKey(row.build.talents));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("the same holds through GraphQL: a row's report lookup returns its build's string", () => {
    const responder = createResponder(ds);
    const ask = (query: string) => JSON.parse(JSON.stringify(responder.respond(JSON.stringify({ query })).body));
    const rows = ask(
      `{ worldData { encounter(id: 3301) { characterRankings(className: "DemonHunter", specName: "Devourer", includeCombatantInfo: true) } } }`,
    ).data.worldData.encounter.characterRankings.rankings;
    const row = rows.find((r: { name: string; talents?: unknown }) => r.name !== "Anonymous" && r.talents !== undefined);
    const report = ask(`{ reportData { report(code: "${row.report.code}") { masterData { actors(type: "Player") { id name server } } } } }`)
      .data.reportData.report;
    const actor = report.masterData.actors.find(
      (a: { name: string; server: string }) => a.name === row.name && a.server === row.server.name,
    );
    const fight = ask(
      `{ reportData { report(code: "${row.report.code}") { fights(fightIDs: [${row.report.fightID}]) { id code: talentImportCode(actorID: ${actor.id}) } } } }`,
    ).data.reportData.report.fights[0];
    const decoded = decodeLoadout(fight.code);
    expect(decoded.ok && decoded.value.specId).toBe(1480);
    expect(buildKey(talentsForImportCode(ds, fight.code)!.talents)).toBe(buildKey(row.talents));
  });
});

describe("sample rows: talent lists", () => {
  it("list a tiered node whose tiers are separate entries as one talentID per tier, the points adding up to its rank", () => {
    const tree = makeClassTree(specById(71)!.classId);
    // The spec's apex node (Midnight's): a tiered node of three entries with 1, 2 and 1 ranks, no choice.
    const apex = tree.nodes.find((n) => n.specId === 71 && n.kind === "tiered" && n.entries.length > 1)!;
    expect(apex.entries.map((e) => e.maxRanks)).toEqual([1, 2, 1]);
    const [t1, t2, t3] = apex.entries.map((e) => e.entryId);
    const listed = (ranks: number) => buildToTalents(tree, [{ nodeId: apex.nodeId, ranks, granted: false }]);
    // Ranks fill the tiers in order; only tiers that hold ranks are listed.
    expect(listed(1)).toEqual([{ talentID: t1, points: 1 }]);
    expect(listed(2)).toEqual([
      { talentID: t1, points: 1 },
      { talentID: t2, points: 1 },
    ]);
    expect(listed(4)).toEqual([
      { talentID: t1, points: 1 },
      { talentID: t2, points: 2 },
      { talentID: t3, points: 1 },
    ]);
    // Every other node, a one-entry tiered (multi-rank) node too: one talent, its ranks as points.
    const ranked = tree.nodes.find((n) => n.kind === "tiered" && n.entries.length === 1 && !n.granted)!;
    expect(buildToTalents(tree, [{ nodeId: ranked.nodeId, ranks: 2, granted: false }])).toEqual([
      { talentID: ranked.entries[0]!.entryId, points: 2 },
    ]);
  });
});
