import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeLoadout, normalizeCode, type TalentData } from "@att/contract";
import { rankingKey, type SampleDataset } from "@att/sample-world";
import { startFakeWcl, type FakeWcl } from "../fake-wcl/server";
import { filesUnder, runAgainst, smallDataset, runDirs } from "./helpers";
import { encounterTop, generalTop, slotsOf, topOf, type TopBuild } from "../support/talent-data-view";

const dataset = smallDataset();
let server: FakeWcl;
let clean: { lua: string; json: string };
const dirs = runDirs();
const fresh = (label: string) => dirs.fresh(label);

beforeAll(async () => {
  server = await startFakeWcl({ dataset, clientSecret: "SEKRIT-e2e-0123456789" });
  clean = await runAgainst(server, fresh("clean"));
});
afterAll(async () => {
  await server.close();
  dirs.removeAll();
});

function canon(code: string): string {
  const n = normalizeCode(code);
  if (!n.ok) throw new Error(n.error.message);
  return n.value;
}

describe("pipeline against the fake Warcraft Logs server", () => {
  it("discovers the current raid and Mythic+ zones and writes encounters in journal order with locale-free IDs", () => {
    const data = JSON.parse(clean.json) as TalentData;
    expect(data.source.kind).toBe("warcraftlogs");
    // Both raid zones of the season (the one-boss raid has the higher ID) at both difficulties; the Mythic+ zone with
    // rankings, not next season's empty one (55).
    expect(data.source.raid).toMatchObject([
      { zoneId: 46, difficulty: "heroic", partition: 2, topN: 20 },
      { zoneId: 46, difficulty: "mythic", partition: 2, topN: 20 },
      { zoneId: 49, difficulty: "heroic", partition: 2, topN: 20 },
      { zoneId: 49, difficulty: "mythic", partition: 2, topN: 20 },
    ]);
    expect(data.source.mythicplus).toMatchObject({ zoneId: 47, difficulty: "mythicplus", partition: 2, topN: 20 });
    const encounters = Object.values(data.encounters);
    expect(encounters).toHaveLength(6);
    expect(data.encounters["3391"]).toMatchObject({ content: "raid", zoneId: 49, order: 1 });
    const zone46 = dataset.zones.find((z) => z.id === 46)!;
    zone46.encounters.forEach((e, i) =>
      expect(data.encounters[String(e.id)]).toEqual({
        id: e.id,
        name: e.name,
        content: "raid",
        zoneId: 46,
        order: i + 1,
        journalEncounterId: e.journalID,
      }),
    );
    const zone47 = dataset.zones.find((z) => z.id === 47)!;
    zone47.encounters.forEach((e) => expect(data.encounters[String(e.id)]!.instanceId).toBe(e.instanceMapID));
    // Every current spec is listed; those without rankings in the data set have no builds.
    expect(Object.keys(data.specs)).toHaveLength(40);
    expect(data.specs["64"]).toMatchObject({
      builds: [],
      raid: { mythic: { general: null, encounters: {} } },
      mythicplus: { general: null, encounters: {} },
    });
    expect(clean.lua.startsWith("local _, ns = ...\nns.TalentData = {\n")).toBe(true);
  });

  it("writes, for every spec and encounter, a build, and where an import string was found, a canonical one of the right spec", () => {
    const data = JSON.parse(clean.json) as TalentData;
    for (const specId of ["62", "71", "105", "250", "581"]) {
      const spec = data.specs[specId]!;
      const slots = slotsOf(spec);
      // 3 bosses and the one-boss raid's boss at Heroic and at Mythic and 2 dungeons, plus the three general slots.
      expect(slots).toHaveLength(13);
      expect(slots.map(([where]) => where.split("/")[0])).toEqual([
        ...Array(5).fill("heroic"),
        ...Array(5).fill("mythic"),
        ...Array(3).fill("mythicplus"),
      ]);
      let withCode = 0;
      for (const [, slot] of slots) {
        const build = topOf(spec, slot)!;
        expect(build.entries.length).toBeGreaterThan(0);
        expect(build.count).toBeLessThanOrEqual(build.sampleSize);
        // Most builds are one player's own: when that player's report has no string (6 % null), none is written.
        if (build.talentCode === undefined || build.talentCode === "") continue;
        withCode++;
        const decoded = decodeLoadout(build.talentCode);
        expect(decoded.ok && decoded.value.specId).toBe(Number(specId));
        expect(canon(build.talentCode)).toBe(build.talentCode);
      }
      expect(withCode).toBeGreaterThan(slots.length / 2);
    }
    expect(clean.json.endsWith("\n")).toBe(true);
  });

  it("samples the top 20 distinct players of a Mythic+ board that repeats characters, from its first page", () => {
    const data = JSON.parse(clean.json) as TalentData;
    let checked = 0;
    for (const specId of dataset.specIds) {
      for (const e of dataset.zones.find((z) => z.id === 47)!.encounters) {
        const rows = dataset.rankings.get(rankingKey(specId, e.id))!.rows.filter((r) => r.report !== undefined);
        const characters = (n: number) => new Set(rows.slice(0, n).map((r) => `${r.actorName}#${r.server.name}`)).size;
        // The board repeats characters: its first 20 logged rows hold fewer than 20 of them.
        if (characters(20) === 20) continue;
        expect(encounterTop(data, specId, String(e.id))!.sampleSize, `${specId}/${e.id}`).toBe(20);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("a warm rerun makes zero API requests and writes byte-identical files", async () => {
    const d = fresh("warm");
    await runAgainst(server, d);
    const before = server.stats.requests;
    const trees = server.stats.treeRequests;
    const warm = await runAgainst(server, d);
    // Only the trees' metadata.json is asked again (its hash is unchanged, so talents.json is not).
    expect(server.stats.treeRequests).toBe(trees + 1);
    expect(server.stats.requests).toBe(before + 1);
    expect(warm.summary!.requests).toBe(0);
    expect(warm.lua).toBe(clean.lua);
    expect(warm.json).toBe(clean.json);
  });

  it("detects corrupt and truncated cache files, refetches only those, same output", async () => {
    const d = fresh("corrupt");
    await runAgainst(server, d);
    const files = filesUnder(d.cache).sort();
    const pages = files.filter((f) => /\/rankings\/.*\/s(62|71)-/.test(f));
    const victims = [files.find((f) => f.includes("/discovery/"))!, pages[0]!, pages[pages.length - 1]!];
    writeFileSync(victims[0]!, readFileSync(victims[0]!, "utf8").slice(0, 40));
    const text = readFileSync(victims[1]!, "utf8");
    const bodyStart = text.indexOf("\n") + 1;
    writeFileSync(victims[1]!, text.slice(0, bodyStart) + text.slice(bodyStart).replace(/[0-9]/, (c) => String((Number(c) + 1) % 10)));
    writeFileSync(victims[2]!, "");
    const before = server.stats.graphqlRequests;
    const again = await runAgainst(server, d);
    expect(again.summary!.cacheCorrupt).toBe(3);
    expect(server.stats.graphqlRequests - before).toBeGreaterThan(0);
    expect(server.stats.graphqlRequests - before).toBeLessThanOrEqual(3);
    expect(again.lua).toBe(clean.lua);
  });

  it("--spec updates only that spec and keeps the rest of an existing output", async () => {
    const d = fresh("partial");
    await runAgainst(server, d);
    const partial = await runAgainst(server, d, { selection: { specs: ["Frost Mage"] }, topN: 8 });
    // "Frost Mage" is not in the data set's specs: the run covers spec 64 and leaves others alone.
    const data = JSON.parse(partial.json) as TalentData;
    const original = JSON.parse(clean.json) as TalentData;
    for (const id of ["62", "71", "105", "250", "581"]) expect(data.specs[id]).toEqual(original.specs[id]);
    expect(data.specs["64"]).toMatchObject({
      specName: "Frost",
      builds: [],
      raid: { mythic: { general: null, encounters: {} } },
      mythicplus: { general: null, encounters: {} },
    });

    const arcane = await runAgainst(server, d, { selection: { specs: ["62"], content: "raid" }, topN: 8 });
    const updated = JSON.parse(arcane.json) as TalentData;
    for (const id of ["71", "105", "250", "581"]) expect(updated.specs[id]).toEqual(original.specs[id]);
    const raidIds = dataset.zones.find((z) => z.id === 46)!.encounters.map((e) => String(e.id));
    for (const id of raidIds) expect(encounterTop(updated, 62, id)!.sampleSize).toBeLessThanOrEqual(8);
    // The general raid build pools the top 8 of both raid zones' 4 bosses.
    expect(generalTop(updated, 62, "raid")!.sampleSize).toBeLessThanOrEqual(32);
    // Mythic+ parts of spec 62 were not in the run: kept as they were (the same builds; their places in the spec's
    // pool of builds follow the new raid builds).
    const build = (top: TopBuild | undefined) => (top === undefined ? undefined : { ...top, index: undefined });
    expect(build(generalTop(updated, 62, "mythicplus"))).toEqual(build(generalTop(original, 62, "mythicplus")));
    for (const id of dataset.zones.find((z) => z.id === 47)!.encounters.map((e) => String(e.id)))
      expect(build(encounterTop(updated, 62, id))).toEqual(build(encounterTop(original, 62, id)));
    // topN is per section: the raid-only run relabels the raid; Mythic+ keeps the label of the run before it.
    expect(original.source.raid).toMatchObject([{ topN: 20 }, { topN: 20 }, { topN: 20 }, { topN: 20 }]);
    expect(updated.source.raid).toMatchObject(
      [46, 46, 49, 49].map((zoneId, i) => ({ zoneId, difficulty: i % 2 === 0 ? "heroic" : "mythic", topN: 8 })),
    );
    expect(updated.source.mythicplus).toEqual(data.source.mythicplus);
  });

  it("--dry-run prints the plan without fetching rankings", async () => {
    const d = fresh("dry");
    const before = server.stats.graphqlRequests;
    const plan = await runAgainst(server, d, { dryRun: true });
    expect(plan.summary).toBeUndefined();
    // The world list, then one probe request per content (each candidate zone's first encounter, all specs).
    expect(server.stats.graphqlRequests - before).toBe(3);
    expect(plan.stdout).toMatch(/raid: zone 46/);
    expect(plan.stdout).toMatch(/raid: zone 49/);
    // 40 specs x (4 bosses at Heroic and Mythic + 2 dungeons) = 400 pairs, one page each, 12 per request.
    expect(plan.stdout).toMatch(/top 20: 400 ranking pages in \d+ requests/);
    expect(plan.stdout).toMatch(/budget: \d+ of 3600 points left this hour, reset in .*: fits, no reset needed/);
    expect(plan.stdout).toMatch(/points per alias: rankings 1; live figure unless learned/);
    expect(plan.stdout).toMatch(/builds: up to \d+, each with its import string encoded from the talent trees \(no requests, no points\)/);
    expect(plan.lua).toBe("");
  });

  it("never writes the client secret (or its Basic form, or the token) to cache, output or logs", async () => {
    const d = fresh("secret");
    server.setFaults([
      { fault: { kind: "status5xx" }, nth: 2 },
      { fault: { kind: "tokenExpiry" }, nth: 4 },
    ]);
    const run = await runAgainst(server, d);
    server.setFaults([]);
    const secret = server.clientSecret;
    const basic = Buffer.from(`${server.clientId}:${secret}`).toString("base64");
    const texts = [
      run.log,
      run.stdout,
      ...filesUnder(d.cache).map((f) => readFileSync(f, "utf8")),
      ...filesUnder(d.out).map((f) => readFileSync(f, "utf8")),
    ];
    for (const text of texts) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(basic);
    }
    expect(run.log).toContain("retry");
  });
});

describe("what the pipeline chooses, checked against the data set's truth", () => {
  /** A build key's ranks by entry ID ("id:points,..."). */
  const ranks = (key: string): Map<number, number> => new Map(key.split(",").map((p) => p.split(":").map(Number) as [number, number]));
  /** Sum of rank differences over every entry of either build (written here, independently of the pipeline). */
  function distance(a: string, b: string): number {
    const ra = ranks(a);
    const rb = ranks(b);
    let d = 0;
    for (const id of new Set([...ra.keys(), ...rb.keys()])) d += Math.abs((ra.get(id) ?? 0) - (rb.get(id) ?? 0));
    return d;
  }

  /**
   * The expected build per (spec, encounter): the consensus of the top N distinct players with a usable talent list
   * among the logged rows (a Mythic+ board repeats characters; a hidden row is a player of its own), each once (their
   * best row): the row build with the least total distance to all of them; ties by more rows on it, then the best rank.
   */
  function expectedWinner(
    ds: SampleDataset,
    specId: number,
    encounterId: number,
    topN: number,
  ): { entries: { entryId: number; rank: number }[]; code: string } {
    const seen = new Set<string>();
    const rows = ds.rankings
      .get(rankingKey(specId, encounterId))!
      .rows.filter((r) => r.report !== undefined && r.talentsListed && !r.emptyList)
      .filter((r, i) => {
        const player = r.name === "Anonymous" ? `row ${i}` : `${r.name.toLowerCase()}#${r.server.name.toLowerCase()}`;
        if (seen.has(player) || seen.size >= topN) return false;
        seen.add(player);
        return true;
      });
    const keys = rows.map((r) => r.build.key);
    const candidates = [...new Set(keys)].map((key) => ({
      key,
      total: keys.reduce((n, k) => n + distance(key, k), 0),
      count: keys.filter((k) => k === key).length,
      best: keys.indexOf(key),
    }));
    candidates.sort((a, b) => a.total - b.total || b.count - a.count || a.best - b.best);
    const winner = candidates[0]!;
    return {
      entries: [...ranks(winner.key)].map(([entryId, rank]) => ({ entryId, rank })).sort((a, b) => a.entryId - b.entryId),
      // The sample world's own string of that build: the pipeline's string, encoded from the trees, must equal it.
      code: canon(rows[winner.best]!.build.code),
    };
  }

  it("finds the consensus build (the medoid of the top N players' builds), resolves ties, and encodes its string from the trees", async () => {
    const ds = smallDataset({ seed: 7, specs: [62, 250], quirks: { noTalents: 0, nullCode: 0.4, wrongSpecCode: 0.3 } });
    const s = await startFakeWcl({ dataset: ds });
    const d = fresh("truth");
    try {
      const run = await runAgainst(s, d, { topN: 20 });
      const data = JSON.parse(run.json) as TalentData;
      let checked = 0;
      for (const specId of [62, 250]) {
        for (const zone of ds.zones.filter((z) => z.id === 46 || z.id === 47)) {
          for (const e of zone.encounters) {
            const expected = expectedWinner(ds, specId, e.id, 20);
            const top = encounterTop(data, specId, String(e.id))!;
            expect(top.entries, `${specId}/${e.id}`).toEqual(expected.entries);
            expect(top.talentCode, `${specId}/${e.id}`).toBe(expected.code);
            checked++;
          }
        }
      }
      expect(checked).toBe(10);
    } finally {
      await s.close();
    }
  });

  it("pages past 100 rows when top N needs it", async () => {
    const ds = smallDataset({ seed: 3, specs: [71], raidBosses: 1, dungeons: 1, rowsPerRanking: 150 });
    const s = await startFakeWcl({ dataset: ds });
    const d = fresh("paging");
    try {
      const run = await runAgainst(s, d, { topN: 130 });
      const data = JSON.parse(run.json) as TalentData;
      const raid = ds.zones.find((z) => z.id === 46)!.encounters[0]!;
      const pages = filesUnder(d.cache).filter((f) => f.includes("/rankings/"));
      // One second page per difficulty the boss is ranked at (Heroic, Mythic).
      expect(pages.filter((f) => f.includes(`e${raid.id}-pg2`))).toHaveLength(2);
      expect(pages.some((f) => f.includes("-pg3"))).toBe(false);
      expect(encounterTop(data, 71, String(raid.id))!.entries).toEqual(expectedWinner(ds, 71, raid.id, 130).entries);
      expect(encounterTop(data, 71, String(raid.id))!.sampleSize).toBeGreaterThan(100);
    } finally {
      await s.close();
    }
  });
});
