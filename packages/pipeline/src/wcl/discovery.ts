import type { ContentType } from "@att/contract";
import type { ResponseCache } from "../cache/store";
import type { WclClient } from "../http/client";
import { PipelineError } from "../http/errors";
import { instanceIdOfDungeon } from "../core/instance-id";
import type { PlannedEncounter, PlannedZone } from "../core/plan-types";
import { ExpansionsAnswerSchema, ZoneAnswerSchema, ZoneSchema, type Expansion, type Zone } from "./schemas";
import { z } from "zod";

const ZONE_FIELDS = "id name frozen encounters { id name journalID } difficulties { id name } partitions { id name default }";

export interface DiscoveryOptions {
  readonly raidZone?: number;
  readonly mplusZone?: number;
  /** Raid difficulties to rank ("heroic", "mythic"): one planned zone per raid zone and difficulty. */
  readonly raidDifficulties: readonly string[];
  readonly contents: readonly ContentType[];
}

const CachedExpansionsSchema = z.object({ expansions: z.array(z.object({ id: z.number(), name: z.string(), zones: z.array(ZoneSchema) })) });

/**
 * Finds the current raid and Mythic+ zones without hard-coded IDs: the newest expansion's non-frozen zones,
 * a raid being a zone with a Mythic difficulty and boss IDs below 10000, the Mythic+ zone the one named
 * "Mythic+ Season N" with dungeon IDs from 10000. Several raid zones can be open at once (the previous tier
 * stays ranked), so the newest (highest ID) wins. `--raid-zone`/`--mplus-zone` skip the search.
 * One request for the whole world list, cached like rankings.
 */
export async function discoverZones(client: WclClient, cache: ResponseCache, options: DiscoveryOptions): Promise<PlannedZone[]> {
  const wanted = options.contents;
  const overrides = new Map<ContentType, number>();
  if (options.raidZone !== undefined) overrides.set("raid", options.raidZone);
  if (options.mplusZone !== undefined) overrides.set("mythicplus", options.mplusZone);

  const zones = new Map<ContentType, Zone>();
  for (const content of wanted) {
    const id = overrides.get(content);
    if (id !== undefined) zones.set(content, await loadZone(client, cache, id));
  }
  const missing = wanted.filter((c) => !zones.has(c));
  if (missing.length > 0) {
    const expansions = await loadExpansions(client, cache);
    const latest = [...expansions].sort((a, b) => b.id - a.id)[0];
    if (latest === undefined) throw new PipelineError("discovery: the API listed no expansions");
    for (const content of missing) {
      const zone = pickZone(latest, content);
      if (zone === undefined) {
        throw new PipelineError(
          `discovery: no current ${content === "raid" ? "raid" : "Mythic+"} zone in ${latest.name} (id ${latest.id}); ` +
            `pass ${content === "raid" ? "--raid-zone" : "--mplus-zone"} ID`,
        );
      }
      zones.set(content, zone);
    }
  }
  // Heroic and Mythic rankings of one raid are separate samples (cache keys carry the difficulty ID).
  return wanted.flatMap((content) =>
    content === "raid" ? options.raidDifficulties.map((d) => planZone(content, zones.get(content)!, d)) : [planZone(content, zones.get(content)!, "mythicplus")],
  );
}

export function isRaidZone(zone: Zone): boolean {
  return (
    !/dummy|complete raid|test/i.test(zone.name) &&
    zone.encounters.length > 0 &&
    zone.encounters.every((e) => e.id < 10000) &&
    zone.difficulties.some((d) => /^mythic$/i.test(d.name))
  );
}

export function isMythicPlusZone(zone: Zone): boolean {
  return /mythic\+ season/i.test(zone.name) && zone.encounters.length > 0 && zone.encounters.every((e) => e.id >= 10000);
}

export function pickZone(expansion: Expansion, content: ContentType): Zone | undefined {
  const test = content === "raid" ? isRaidZone : isMythicPlusZone;
  return expansion.zones.filter((z) => !z.frozen && test(z)).sort((a, b) => b.id - a.id)[0];
}

export function planZone(content: ContentType, zone: Zone, raidDifficulty: string): PlannedZone {
  const byId = [...zone.partitions].sort((a, b) => b.id - a.id);
  const partition = zone.partitions.find((p) => p.default) ?? byId[0];
  // A new partition can be empty at the start of a patch; the one before it is the fallback.
  const previous = partition === undefined ? undefined : byId.find((p) => p.id < partition.id);
  let difficulty: { id: number; name: string } | undefined;
  if (content === "raid") {
    const found = zone.difficulties.find((d) => d.name.toLowerCase() === raidDifficulty.toLowerCase());
    if (found === undefined) {
      throw new PipelineError(`zone ${zone.id} (${zone.name}) has no ${raidDifficulty} difficulty (has: ${zone.difficulties.map((d) => d.name).join(", ")})`);
    }
    difficulty = { id: found.id, name: raidDifficulty.toLowerCase() };
  } else {
    // Keystone zones list a single difficulty (Mythic+); take the highest if there are several.
    const found = [...zone.difficulties].sort((a, b) => b.id - a.id)[0];
    if (found === undefined) throw new PipelineError(`zone ${zone.id} (${zone.name}) lists no difficulty`);
    difficulty = { id: found.id, name: "mythicplus" };
  }
  const encounters: PlannedEncounter[] = zone.encounters.map((e, i) => ({
    id: e.id,
    name: e.name,
    content,
    zoneId: zone.id,
    order: i + 1,
    journalId: e.journalID,
    instanceId: content === "mythicplus" ? instanceIdOfDungeon(e.id) : undefined,
  }));
  return {
    content,
    zoneId: zone.id,
    name: zone.name,
    partition: partition?.id ?? 0,
    ...(partition !== undefined ? { partitionName: partition.name } : {}),
    ...(previous !== undefined ? { previousPartition: { id: previous.id, name: previous.name } } : {}),
    difficultyId: difficulty.id,
    difficultyName: difficulty.name,
    encounters,
  };
}

async function loadExpansions(client: WclClient, cache: ResponseCache): Promise<Expansion[]> {
  const key = "discovery/expansions";
  const cached = await cache.get(key, CachedExpansionsSchema, true);
  if (cached !== undefined) return cached.expansions;
  const answer = await client.query(`worldData { expansions { id name zones { ${ZONE_FIELDS} } } }`, {
    label: "discovery: expansions and zones",
    kind: "discovery",
    units: 1,
  });
  const parsed = ExpansionsAnswerSchema.safeParse(answer.data);
  if (!parsed.success) throw new PipelineError(`discovery: unexpected worldData answer: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  const expansions = parsed.data.worldData.expansions;
  await cache.put(key, { expansions });
  return expansions;
}

async function loadZone(client: WclClient, cache: ResponseCache, zoneId: number): Promise<Zone> {
  const key = `discovery/zone-${zoneId}`;
  const cached = await cache.get(key, ZoneSchema, true);
  if (cached !== undefined) return cached;
  const answer = await client.query(`worldData { zone(id: ${zoneId}) { ${ZONE_FIELDS} } }`, {
    label: `discovery: zone ${zoneId}`,
    kind: "discovery",
    units: 1,
  });
  const parsed = ZoneAnswerSchema.safeParse(answer.data);
  if (!parsed.success) throw new PipelineError(`discovery: unexpected answer for zone ${zoneId}`);
  if (parsed.data.worldData.zone === null) throw new PipelineError(`discovery: zone ${zoneId} does not exist`);
  await cache.put(key, parsed.data.worldData.zone);
  return parsed.data.worldData.zone;
}
