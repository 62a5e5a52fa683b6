import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TalentData } from "@att/contract";
import { planZone } from "../../packages/pipeline/src/wcl/discovery";
import { rankingsPage, type SampleDataset } from "../../packages/pipeline/src/sample/index";
import { startFakeWcl, type FakeWcl } from "../fake-wcl/server";
import { runAgainst, smallDataset, runDirs } from "./helpers";

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
  const answer = rankingsPage(ds, encounter, { className: "Mage", specName: "Arcane", difficulty: encounter.content === "raid" ? 5 : 10, partition, leaderboard: "LogsOnly" });
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
    const planned = planZone("raid", { ...zone, encounters: [...zone.encounters], difficulties: [...zone.difficulties], partitions: [...zone.partitions] }, "mythic");
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
    expect(data.source.raid).toMatchObject([46, 46, 49, 49].map((zoneId, i) => ({ zoneId, difficulty: i % 2 === 0 ? "heroic" : "mythic", partition: 1 })));
    expect(data.source.mythicplus).toMatchObject({ zoneId: 47, partition: 2 });
    // Partition 1 holds what partition 2 holds in the normal data set: the builds are the same.
    expect(data.specs).toEqual(reference.specs);
    expect(data.specs["62"]!.raid.mythic!.general).not.toBeNull();

    const asked = earlyServer.stats.received.map((r) => r.query ?? "").filter((q) => q.includes("characterRankings"));
    expect(asked.some((q) => q.includes("partition: 1"))).toBe(true);
    // Only the raid was asked again: Mythic+ had rankings in its default partition.
    const mplusIds = early.zones.find((z) => z.id === 47)!.encounters.map((e) => e.id);
    for (const q of asked.filter((q) => q.includes("partition: 1"))) for (const id of mplusIds) expect(q).not.toContain(`encounter(id: ${id})`);

    expect(run.log).toMatch(/raid.*partition 2.*no rankings.*previous partition 1/i);
    expect(run.stdout).toMatch(/raid.*partition 1/i);
    expect(clean.log).not.toMatch(/previous partition/i);

    // A warm rerun decides the same from the cache: no request, same bytes.
    const before = earlyServer.stats.requests;
    const warm = await runAgainst(earlyServer, d);
    expect(earlyServer.stats.requests).toBe(before);
    expect(warm.json).toBe(run.json);
    expect(warm.lua).toBe(run.lua);
  });
});
