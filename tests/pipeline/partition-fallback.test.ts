import * as fs from "node:fs/promises";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ResponseCache } from "../../packages/pipeline/src/cache/store";
import { PROBE_TTL_MS } from "../../packages/pipeline/src/wcl/discovery";
import type { TalentData } from "@att/contract";
import { planZone } from "../../packages/pipeline/src/wcl/discovery";
import { rankingsPage, type SampleDataset } from "@att/sample-world";
import { isRankingsQuery, startFakeWcl, type FakeWcl } from "../fake-wcl/server";
import { filesUnder, runAgainst, smallDataset, runDirs } from "./helpers";

/**
 * At the start of a patch the new (default) partition can hold no rankings yet: the run must then use the
 * previous partition for that content, say so, and record the partition it used in the output's source.
 */
const normal = smallDataset();
const early = smallDataset({ emptyDefaultPartition: ["raid"] });
let normalServer: FakeWcl;
let earlyServer: FakeWcl;
const dirs = runDirs();
const fresh = (label: string) => dirs.fresh(label);

beforeAll(async () => {
  normalServer = await startFakeWcl({ dataset: normal });
  earlyServer = await startFakeWcl({ dataset: early });
});
afterAll(async () => {
  await normalServer.close();
  await earlyServer.close();
  dirs.removeAll();
});

function page(ds: SampleDataset, encounterId: number, partition: number | undefined): number {
  const encounter = ds.zones.flatMap((z) => z.encounters).find((e) => e.id === encounterId)!;
  const answer = rankingsPage(ds, encounter, {
    className: "Mage",
    specName: "Arcane",
    difficulty: encounter.content === "raid" ? 5 : 10,
    partition,
    leaderboard: "LogsOnly",
  });
  if ("error" in answer) throw new Error(answer.error);
  return answer.rankings.length;
}

describe("partition fallback", () => {
  it("the sample data set can model a default partition without rankings yet (for one content only)", () => {
    const raidBoss = early.zones.find((z) => z.id === 46)!.encounters[0]!.id;
    const dungeon = early.zones.find((z) => z.id === 47)!.encounters[0]!.id;
    expect(page(early, raidBoss, 2)).toBe(0);
    expect(page(early, raidBoss, undefined)).toBe(0);
    expect(page(early, raidBoss, 1)).toBeGreaterThan(0);
    expect(page(early, dungeon, 2)).toBeGreaterThan(0);
    expect(page(normal, raidBoss, 2)).toBe(page(early, raidBoss, 1));
  });

  it("planning knows the partition before the default one", () => {
    const zone = early.zones.find((z) => z.id === 46)!;
    const planned = planZone(
      "raid",
      { ...zone, encounters: [...zone.encounters], difficulties: [...zone.difficulties], partitions: [...zone.partitions] },
      "mythic",
    );
    expect(planned.partition).toBe(2);
    expect(planned.previousPartition).toEqual({ id: 1, name: "Sample Patch 12.0.1" });
  });

  it("falls back to the previous partition when the default one has no rankings for a content, says so and records it", async () => {
    const clean = await runAgainst(normalServer, fresh("normal"));
    const d = fresh("early");
    const run = await runAgainst(earlyServer, d);
    const data = JSON.parse(run.json) as TalentData;
    const reference = JSON.parse(clean.json) as TalentData;

    // Every raid zone fell back at both difficulties (each zone and difficulty is its own planned zone).
    expect(data.source.raid).toMatchObject(
      [46, 46, 49, 49].map((zoneId, i) => ({ zoneId, difficulty: i % 2 === 0 ? "heroic" : "mythic", partition: 1 })),
    );
    expect(data.source.mythicplus).toMatchObject({ zoneId: 47, partition: 2 });
    // Partition 1 holds what partition 2 holds in the normal data set: the builds are the same.
    expect(data.specs).toEqual(reference.specs);
    expect(data.specs["62"]!.raid.mythic!.general).not.toBeNull();

    // Discovery's probe found the raid's default partition empty, so the run ranked the raid in partition 1 from the
    // start: no per-spec raid ranking was asked in the empty partition 2; Mythic+ stayed in its default partition.
    const aliases = earlyServer.stats.received.filter(isRankingsQuery).flatMap((r) => {
      let encounter = 0;
      return (r.query ?? "").split("\n").flatMap((line) => {
        const e = /encounter\(id: (\d+)\)/.exec(line);
        if (e !== null) encounter = Number(e[1]);
        const p = /characterRankings\(.*partition: (\d+)/.exec(line);
        return p === null ? [] : [{ encounter, partition: Number(p[1]) }];
      });
    });
    const mplusIds = early.zones.find((z) => z.id === 47)!.encounters.map((e) => e.id);
    const raid = aliases.filter((a) => !mplusIds.includes(a.encounter));
    expect(raid.length).toBeGreaterThan(0);
    expect(raid.every((a) => a.partition === 1)).toBe(true);
    expect(aliases.filter((a) => mplusIds.includes(a.encounter)).every((a) => a.partition === 2)).toBe(true);

    expect(run.log).toMatch(/raid.*partition 2.*no rankings.*previous partition 1/i);
    expect(run.stdout).toMatch(/raid.*partition 1/i);
    expect(clean.log).not.toMatch(/previous partition/i);

    // A warm rerun decides the same from the cache: no API request (the trees' metadata.json aside), same bytes.
    const apiRequests = (): number => earlyServer.stats.requests - earlyServer.stats.treeRequests;
    const before = apiRequests();
    const warm = await runAgainst(earlyServer, d);
    expect(apiRequests()).toBe(before);
    expect(warm.json).toBe(run.json);
    expect(warm.lua).toBe(run.lua);
  });
});

describe("partition fallback ends by itself", () => {
  it("once the probes expire (6 hours), a run sees that the new partition has rankings and ranks it", async () => {
    const d = fresh("expire");
    const first = await runAgainst(earlyServer, d);
    expect((JSON.parse(first.json) as TalentData).source.raid.every((z) => z.partition === 1)).toBe(true);
    // The patch's partition fills up (the normal data set), same cache: within 6 hours the decision is kept...
    const soon = await runAgainst(normalServer, d);
    expect((JSON.parse(soon.json) as TalentData).source.raid.every((z) => z.partition === 1)).toBe(true);
    // ...and once the probe answers are older than that, they are asked again and partition 2 is ranked.
    const dir = join(d.cache, "warcraftlogs");
    const cache = new ResponseCache({ dir, fresh: false }, fs, Date.now);
    const probes = filesUnder(join(dir, "discovery", "probe"));
    expect(probes.length).toBeGreaterThan(0);
    for (const file of probes) {
      const key = relative(dir, file).replace(/\.json$/, "");
      const body = JSON.parse(readFileSync(file, "utf8").split("\n")[1]!) as { rows: number; at: number };
      await cache.put(key, { ...body, at: body.at - PROBE_TTL_MS - 1000 });
    }
    const later = await runAgainst(normalServer, d);
    const data = JSON.parse(later.json) as TalentData;
    expect(data.source.raid.every((z) => z.partition === 2)).toBe(true);
    expect(later.log).not.toMatch(/previous partition/);
  });
});
