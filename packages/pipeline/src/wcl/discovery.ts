import type { ContentType } from "@att/contract";
import type { ResponseCache } from "../cache/store";
import { PipelineError } from "../http/errors";
import { instanceIdOfDungeon } from "../core/instance-id";
import type { PlannedEncounter, PlannedZone } from "../core/plan-types";
import { chooseSeason, type Probe, type ProbeResult } from "./season";
import { aliasJsonAt, runAliasBatches, type BatchRunner } from "./batch";
import { ExpansionsAnswerSchema, RankingsPageSchema, ZoneAnswerSchema, ZoneSchema, type Expansion, type Zone } from "./schemas";
import { z } from "zod";

export { isMythicPlusZone, isRaidZone, pickZone } from "./season";

const ZONE_FIELDS = "id name frozen encounters { id name journalID } difficulties { id name } partitions { id name default }";

export interface DiscoveryOptions {
  /** `--raid-zone` (repeatable): these raid zones instead of the discovered ones. */
  readonly raidZones?: readonly number[];
  readonly mplusZone?: number;
  /** Raid difficulties asked for, by name ("heroic", "mythic", "normal"). */
  readonly raidDifficulties: readonly string[];
  readonly contents: readonly ContentType[];
  /** Decisions worth telling (a difficulty fallback, a skipped empty zone), one line each. */
  readonly onNote?: (note: string) => void;
}

const CachedExpansionsSchema = z.object({
  expansions: z.array(z.object({ id: z.number(), name: z.string(), zones: z.array(ZoneSchema) })),
});
/** `first`/`last`: the oldest and newest row startTime on the probe page (absent in entries cached before they were kept). */
const CachedProbeSchema = z.object({ rows: z.number().int(), at: z.number(), first: z.number().optional(), last: z.number().optional() });

/**
 * How long a probe answer is trusted. Short, because what it decides changes with the calendar: a pre-created
 * zone opens, Mythic opens in week 2. Long enough that a rerun within a few hours makes no request at all.
 */
export const PROBE_TTL_MS = 6 * 3600_000;

/**
 * Finds the current season without hard-coded IDs. The world list gives the candidates (season.ts: non-frozen raid
 * zones with boss IDs, "Mythic+ Season N" zones); one cheap ranking per candidate and difficulty (all specs, page 1)
 * tells which of them actually have rankings: next season's Mythic+ zone is created days before it opens, and
 * Mythic raid rankings are empty in week 1. Every ranked raid zone of the newest expansion that has one is used
 * (a season has several, one-boss raids included); the Mythic+ zone is the newest ranked one.
 * `--raid-zone`/`--mplus-zone` replace the candidates; their difficulties are still probed.
 */
export async function discoverZones(
  runner: BatchRunner,
  cache: ResponseCache,
  options: DiscoveryOptions,
  now: () => number,
): Promise<PlannedZone[]> {
  const wanted = options.contents;
  const note = options.onNote ?? (() => {});
  const raidOverride = options.raidZones !== undefined && options.raidZones.length > 0 ? options.raidZones : undefined;
  const needWorld =
    (wanted.includes("raid") && raidOverride === undefined) || (wanted.includes("mythicplus") && options.mplusZone === undefined);
  const expansions = needWorld ? await loadExpansions(runner, cache) : [];
  if (needWorld && expansions.length === 0) throw new PipelineError("discovery: the API listed no expansions", { kind: "api" });

  const overrides = {
    raid:
      wanted.includes("raid") && raidOverride !== undefined
        ? await Promise.all(raidOverride.map((id) => loadZone(runner, cache, id)))
        : undefined,
    mythicplus:
      wanted.includes("mythicplus") && options.mplusZone !== undefined ? [await loadZone(runner, cache, options.mplusZone)] : undefined,
  };
  const probe = (probes: readonly Probe[]): Promise<Map<string, ProbeResult>> => runProbes(runner, cache, probes, now);
  const season = await chooseSeason({ expansions, contents: wanted, overrides, raidDifficulties: options.raidDifficulties }, probe);
  for (const line of season.notes) note(line);

  const planned: PlannedZone[] = [];
  for (const content of wanted) {
    const chosen = season.zones.filter((c) => c.content === content);
    if (chosen.length === 0) {
      const option = content === "raid" ? "--raid-zone" : "--mplus-zone";
      const what = content === "raid" ? "raid" : "Mythic+";
      throw new PipelineError(`discovery: no current ${what} zone with rankings (candidates: ${season.candidates[content] || "none"})`, {
        kind: "api",
        hint: `pass ${option} ID to name the zone`,
      });
    }
    for (const c of chosen) {
      for (const difficulty of c.difficulties) {
        const zone = planZone(content, c.zone, difficulty);
        const previous = zone.previousPartition;
        if (!c.fromPreviousPartition.includes(difficulty) || previous === undefined) {
          planned.push(zone);
          continue;
        }
        // The patch just started: the default partition has no rankings yet (the probe says so, for 6 hours).
        note(
          `${content}: zone ${zone.zoneId} (${zone.name}) ${zone.difficultyName}: partition ${zone.partition}${zone.partitionName !== undefined ? ` (${zone.partitionName})` : ""} ` +
            `has no rankings yet; using the previous partition ${previous.id} (${previous.name})`,
        );
        planned.push({ ...zone, partition: previous.id, partitionName: previous.name, previousPartition: undefined });
      }
    }
  }
  return planned;
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
      throw new PipelineError(
        `zone ${zone.id} (${zone.name}) has no ${raidDifficulty} difficulty (has: ${zone.difficulties.map((d) => d.name).join(", ")})`,
        { kind: "config" },
      );
    }
    difficulty = { id: found.id, name: raidDifficulty.toLowerCase() };
  } else {
    // Keystone zones list a single difficulty (Mythic+); take the highest if there are several.
    const found = [...zone.difficulties].sort((a, b) => b.id - a.id)[0];
    if (found === undefined) throw new PipelineError(`zone ${zone.id} (${zone.name}) lists no difficulty`, { kind: "api" });
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

function probeKey(p: Probe): string {
  return `discovery/probe/z${p.zoneId}-e${p.encounterId}-d${p.difficultyId}-p${p.partition ?? "default"}`;
}

/**
 * `characterRankings` without className/specName ranks all specs ("If omitted, data for all classes will be used",
 * Encounter.characterRankings in the v2 schema, @rpglogs/api-sdk src/schema.json); page 1 is enough to know whether
 * anything is ranked. No combatant info, so the answer is small. Empty answers are cached too (a warm rerun makes
 * no request), but only for PROBE_TTL_MS, so a zone that opens is seen by the next refresh.
 */
async function runProbes(
  runner: BatchRunner,
  cache: ResponseCache,
  probes: readonly Probe[],
  now: () => number,
): Promise<Map<string, ProbeResult>> {
  const out = new Map<string, ProbeResult>();
  const todo: Probe[] = [];
  for (const p of probes) {
    const cached = await cache.get(probeKey(p), CachedProbeSchema, false);
    if (cached !== undefined && now() - cached.at < PROBE_TTL_MS) out.set(p.key, probeResult(cached));
    else todo.push(p);
  }
  await runAliasBatches<Probe, ProbeResult>(runner, todo, {
    kind: "probe",
    maxPerRequest: 10,
    render: (batch) => {
      const fields = batch.map((p, i) => {
        const args = [`difficulty: ${p.difficultyId}`, ...(p.partition !== undefined ? [`partition: ${p.partition}`] : []), "page: 1"];
        return `p${i}: encounter(id: ${p.encounterId}) { r: characterRankings(${args.join(", ")}) }`;
      });
      return `worldData {\n${fields.join("\n")}\n}`;
    },
    extract: (_p, i, answer) => {
      const scalar = aliasJsonAt(answer, ["worldData", `p${i}`, "r"]);
      if (!scalar.ok) return { ok: false, message: `probe: ${scalar.message}` };
      const value = scalar.value;
      const page = RankingsPageSchema.safeParse(value);
      // `{"error": ...}` (e.g. a difficulty the zone does not rank) means nothing to rank there.
      if (!page.success)
        return typeof value === "object" && value !== null && "error" in value
          ? { ok: true, value: { rows: 0 } }
          : { ok: false, message: "probe: not a rankings page" };
      return { ok: true, value: { rows: page.data.rankings.length, ...rowTimes(page.data.rankings) } };
    },
    describe: (p) =>
      `probe zone ${p.zoneId} encounter ${p.encounterId} difficulty ${p.difficultyId}${p.partition !== undefined ? ` partition ${p.partition}` : ""}`,
    onDone: async (p, value) => {
      out.set(p.key, value);
      await cache.put(probeKey(p), { ...value, at: now() });
      return [];
    },
  });
  return out;
}

/** The oldest and newest `startTime` (ms) among a page's rows; none when no row carries one. */
function rowTimes(rows: readonly unknown[]): { first?: number; last?: number } {
  let first: number | undefined;
  let last: number | undefined;
  for (const row of rows) {
    const time = typeof row === "object" && row !== null ? (row as { startTime?: unknown }).startTime : undefined;
    if (typeof time !== "number" || !Number.isFinite(time)) continue;
    first = first === undefined ? time : Math.min(first, time);
    last = last === undefined ? time : Math.max(last, time);
  }
  return first === undefined || last === undefined ? {} : { first, last };
}

function probeResult(cached: z.infer<typeof CachedProbeSchema>): ProbeResult {
  return cached.first !== undefined && cached.last !== undefined
    ? { rows: cached.rows, first: cached.first, last: cached.last }
    : { rows: cached.rows };
}

async function loadExpansions(runner: BatchRunner, cache: ResponseCache): Promise<Expansion[]> {
  const key = "discovery/expansions";
  const cached = await cache.get(key, CachedExpansionsSchema, true);
  if (cached !== undefined) return cached.expansions;
  const answer = await runner.client.query(`worldData { expansions { id name zones { ${ZONE_FIELDS} } } }`, {
    label: "discovery: expansions and zones",
    kind: "discovery",
    units: 1,
  });
  const parsed = ExpansionsAnswerSchema.safeParse(answer.data);
  if (!parsed.success)
    throw new PipelineError(`discovery: unexpected worldData answer: ${parsed.error.issues[0]?.message ?? "invalid"}`, { kind: "api" });
  const expansions = parsed.data.worldData.expansions;
  await cache.put(key, { expansions });
  return expansions;
}

async function loadZone(runner: BatchRunner, cache: ResponseCache, zoneId: number): Promise<Zone> {
  const key = `discovery/zone-${zoneId}`;
  const cached = await cache.get(key, ZoneSchema, true);
  if (cached !== undefined) return cached;
  const answer = await runner.client.query(`worldData { zone(id: ${zoneId}) { ${ZONE_FIELDS} } }`, {
    label: `discovery: zone ${zoneId}`,
    kind: "discovery",
    units: 1,
  });
  const parsed = ZoneAnswerSchema.safeParse(answer.data);
  if (!parsed.success) throw new PipelineError(`discovery: unexpected answer for zone ${zoneId}`, { kind: "api" });
  if (parsed.data.worldData.zone === null) {
    throw new PipelineError(`discovery: zone ${zoneId} does not exist`, {
      kind: "config",
      hint: "check --raid-zone / --mplus-zone (zone IDs are in the Warcraft Logs zone URLs)",
    });
  }
  await cache.put(key, parsed.data.worldData.zone);
  return parsed.data.worldData.zone;
}
