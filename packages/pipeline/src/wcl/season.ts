/**
 * Which zones are the current season: pure decisions over the world list and probe answers (whether one
 * all-specs rankings page of a zone's first encounter has rows). The probing itself is passed in.
 *
 * What the live API is reported to do (2026; see the README's live facts) and what each rule answers:
 * - next season's Mythic+ zone is created days before the season (non-frozen, dungeons listed, no rankings):
 *   the Mythic+ zone is the newest candidate *with rankings*, not the newest candidate;
 * - a season can have several raid zones, one-boss raids with a higher ID than the main tier among them:
 *   every ranked raid candidate of the expansion is used, not the highest ID;
 * - Mythic raid difficulty opens in week 2: a difficulty without rankings is left out, and when Mythic alone was
 *   asked for, Heroic stands in (said in a note, and the difficulty used is what the output's source records).
 * - a season's earlier raid zones may stay unfrozen and keep their rankings: a raid zone whose probe rows are all
 *   older than the first probe rows of the newest ranked raid zone (highest ID) is a previous tier and is skipped
 *   (a note says so; `--raid-zone` still names it). Unverified on the live API: that the newest zone by ID is of the
 *   current season (a one-boss raid of the season has a higher ID than its main tier, and opens with it or later).
 * A new partition can be empty at the start of a patch, so an empty default partition is probed once more in the
 * previous partition before a zone counts as empty; such a zone is ranked in the previous partition (the caller
 * plans it so), which costs no rankings requests for the empty partition and, since probes expire, ends by itself
 * once the new partition has rankings.
 */
import type { ContentType } from "@att/contract";
import type { Expansion, Zone } from "./schemas";

export interface Probe {
  /** Identifies the probe in the answer map. */
  readonly key: string;
  readonly zoneId: number;
  readonly encounterId: number;
  readonly difficultyId: number;
  /** Undefined: the zone's default partition (what the API ranks when none is given). */
  readonly partition?: number;
}

export interface ProbeResult {
  readonly rows: number;
  /** Oldest and newest row startTime (ms) on the probe page, when its rows carry one. */
  readonly first?: number;
  readonly last?: number;
}

export type ProbeFn = (probes: readonly Probe[]) => Promise<ReadonlyMap<string, ProbeResult>>;

export interface ChosenZone {
  readonly content: ContentType;
  readonly zone: Zone;
  /** Raid: the difficulty names to rank ("heroic", "mythic"); Mythic+: ["mythicplus"]. */
  readonly difficulties: readonly string[];
  /** Those of `difficulties` ranked only in the previous partition (the default one is new and still empty). */
  readonly fromPreviousPartition: readonly string[];
}

export interface Season {
  readonly zones: readonly ChosenZone[];
  readonly notes: readonly string[];
  /** The candidates considered per content, for an error message when none has rankings. */
  readonly candidates: Readonly<Record<ContentType, string>>;
}

export interface SeasonInput {
  readonly expansions: readonly Expansion[];
  readonly contents: readonly ContentType[];
  /** `--raid-zone` / `--mplus-zone`: these zones instead of the candidates (their difficulties are still probed). */
  readonly overrides: { readonly raid?: readonly Zone[]; readonly mythicplus?: readonly Zone[] };
  /** Raid difficulties asked for, by name. */
  readonly raidDifficulties: readonly string[];
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

/** Non-frozen candidates of one content, grouped by expansion (newest expansion first), newest zone first. */
export function candidateGroups(expansions: readonly Expansion[], content: ContentType): Zone[][] {
  const test = content === "raid" ? isRaidZone : isMythicPlusZone;
  return [...expansions]
    .sort((a, b) => b.id - a.id)
    .map((e) => e.zones.filter((z) => !z.frozen && test(z)).sort((a, b) => b.id - a.id))
    .filter((group) => group.length > 0);
}

/** The newest non-frozen candidate, without probing (what discovery did before probes; kept for the plan text). */
export function pickZone(expansion: Expansion, content: ContentType): Zone | undefined {
  return candidateGroups([expansion], content)[0]?.[0];
}

function difficultyId(zone: Zone, content: ContentType, name: string): number | undefined {
  if (content === "mythicplus") return [...zone.difficulties].sort((a, b) => b.id - a.id)[0]?.id;
  return zone.difficulties.find((d) => d.name.toLowerCase() === name.toLowerCase())?.id;
}

function previousPartition(zone: Zone): number | undefined {
  const byId = [...zone.partitions].sort((a, b) => b.id - a.id);
  const current = zone.partitions.find((p) => p.default) ?? byId[0];
  return current === undefined ? undefined : byId.find((p) => p.id < current.id)?.id;
}

/** The probes for zones at difficulties (default partition), skipping difficulties a zone does not offer. */
export function probesFor(zones: readonly Zone[], content: ContentType, difficulties: readonly string[]): Probe[] {
  const out: Probe[] = [];
  for (const zone of zones) {
    const first = zone.encounters[0];
    if (first === undefined) continue;
    for (const name of difficulties) {
      const id = difficultyId(zone, content, name);
      if (id !== undefined) out.push({ key: `${zone.id}:${name}`, zoneId: zone.id, encounterId: first.id, difficultyId: id });
    }
  }
  return out;
}

/** The oldest and newest ranking a zone's probes saw (all its difficulties), by zone ID. */
type ZoneTimes = Map<number, { first: number; last: number }>;

function addTimes(times: ZoneTimes, zoneId: number, result: ProbeResult | undefined): void {
  if (result === undefined || result.rows === 0 || result.first === undefined || result.last === undefined) return;
  const seen = times.get(zoneId);
  times.set(zoneId, {
    first: Math.min(seen?.first ?? result.first, result.first),
    last: Math.max(seen?.last ?? result.last, result.last),
  });
}

/** Which (zone, difficulty) pairs have rankings, and where: the default partition, else the previous one. */
async function rankedPairs(
  zones: readonly Zone[],
  content: ContentType,
  difficulties: readonly string[],
  probe: ProbeFn,
  times: ZoneTimes = new Map(),
): Promise<Map<string, "default" | "previous">> {
  const first = probesFor(zones, content, difficulties);
  const answers = await probe(first);
  for (const p of first) addTimes(times, p.zoneId, answers.get(p.key));
  const ranked = new Map<string, "default" | "previous">(
    first.filter((p) => (answers.get(p.key)?.rows ?? 0) > 0).map((p) => [p.key, "default"]),
  );
  const again: Probe[] = [];
  for (const p of first) {
    if (ranked.has(p.key)) continue;
    const previous = previousPartition(zones.find((z) => z.id === p.zoneId)!);
    if (previous !== undefined) again.push({ ...p, key: `${p.key}:previous`, partition: previous });
  }
  if (again.length > 0) {
    const more = await probe(again);
    for (const p of again) {
      if ((more.get(p.key)?.rows ?? 0) === 0) continue;
      ranked.set(p.key.replace(/:previous$/, ""), "previous");
      addTimes(times, p.zoneId, more.get(p.key));
    }
  }
  return ranked;
}

const label = (zone: Zone): string => `${zone.id} (${zone.name})`;
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * Drops the previous tiers among the ranked raid zones of one expansion: a zone whose newest probe row is older than
 * the first probe row of the newest ranked zone (highest ID). A zone without row times is kept (nothing to judge by).
 */
export function currentTier(
  chosen: readonly ChosenZone[],
  times: ReadonlyMap<number, { first: number; last: number }>,
  notes: string[],
): ChosenZone[] {
  const newest = [...chosen].filter((c) => times.has(c.zone.id)).sort((a, b) => b.zone.id - a.zone.id)[0];
  if (newest === undefined) return [...chosen];
  const start = times.get(newest.zone.id)!.first;
  return chosen.filter((c) => {
    const seen = times.get(c.zone.id);
    if (seen === undefined || seen.last >= start) return true;
    notes.push(
      `skipping raid zone ${label(c.zone)}: a previous tier (its newest ranking, ${day(seen.last)}, is older than the first ranking of zone ${label(newest.zone)}, ${day(start)}); --raid-zone ranks it anyway`,
    );
    return false;
  });
}
const capital = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

async function chooseRaid(input: SeasonInput, probe: ProbeFn, notes: string[]): Promise<{ chosen: ChosenZone[]; candidates: string }> {
  const asked = input.raidDifficulties.map((d) => d.toLowerCase());
  // Mythic alone was asked for: Heroic is probed too, to stand in while Mythic has no rankings (week 1).
  const standIn = asked.length === 1 && asked[0] === "mythic" ? ["heroic"] : [];
  const probed = [...asked, ...standIn];
  const override = input.overrides.raid;
  const groups = override !== undefined ? [[...override]] : candidateGroups(input.expansions, "raid");
  const seen: Zone[] = [];
  for (const group of groups) {
    seen.push(...group);
    const times: ZoneTimes = new Map();
    const ranked = await rankedPairs(group, "raid", probed, probe, times);
    const chosen: ChosenZone[] = [];
    for (const zone of group) {
      const has = (d: string): boolean => ranked.has(`${zone.id}:${d}`);
      let difficulties = asked.filter(has);
      if (difficulties.length === 0 && standIn.some(has)) {
        difficulties = standIn.filter(has);
        notes.push(
          `raid zone ${label(zone)}: no ${capital(asked[0]!)} rankings yet (Mythic opens in the second week); ranked ${difficulties.map(capital).join(", ")} instead`,
        );
      } else if (difficulties.length > 0 && difficulties.length < asked.length) {
        const missing = asked.filter((d) => !has(d) && difficultyId(zone, "raid", d) !== undefined);
        if (missing.length > 0)
          notes.push(`raid zone ${label(zone)}: no ${missing.map(capital).join(", ")} rankings yet; that section is left out`);
      }
      if (difficulties.length === 0 && override !== undefined) {
        // A zone named on the command line is ranked as asked even without rankings: the run then says it found none.
        difficulties = asked.filter((d) => difficultyId(zone, "raid", d) !== undefined);
        if (difficulties.length === 0) difficulties = asked;
      }
      if (difficulties.length === 0) {
        notes.push(`skipping raid zone ${label(zone)}: no rankings yet`);
        continue;
      }
      chosen.push({
        content: "raid",
        zone,
        difficulties,
        fromPreviousPartition: difficulties.filter((d) => ranked.get(`${zone.id}:${d}`) === "previous"),
      });
    }
    // Zones named with --raid-zone are ranked as named; discovered ones keep to the current tier.
    const current = override !== undefined ? chosen : currentTier(chosen, times, notes);
    if (current.length > 0) return { chosen: [...current].sort((a, b) => a.zone.id - b.zone.id), candidates: seen.map(label).join(", ") };
  }
  return { chosen: [], candidates: seen.map(label).join(", ") };
}

async function chooseMythicPlus(
  input: SeasonInput,
  probe: ProbeFn,
  notes: string[],
): Promise<{ chosen: ChosenZone[]; candidates: string }> {
  const override = input.overrides.mythicplus;
  if (override !== undefined) {
    const ranked = await rankedPairs(override, "mythicplus", ["mythicplus"], probe);
    const chosen = override.map((zone): ChosenZone => ({
      content: "mythicplus",
      zone,
      difficulties: ["mythicplus"],
      fromPreviousPartition: ranked.get(`${zone.id}:mythicplus`) === "previous" ? ["mythicplus"] : [],
    }));
    return { chosen, candidates: override.map(label).join(", ") };
  }
  const seen: Zone[] = [];
  for (const group of candidateGroups(input.expansions, "mythicplus")) {
    seen.push(...group);
    const ranked = await rankedPairs(group, "mythicplus", ["mythicplus"], probe);
    const zone = group.find((z) => ranked.has(`${z.id}:mythicplus`));
    if (zone === undefined) continue;
    for (const newer of group.filter((z) => z.id > zone.id))
      notes.push(`skipping Mythic+ zone ${label(newer)}: no rankings yet (created before its season starts)`);
    const fromPreviousPartition = ranked.get(`${zone.id}:mythicplus`) === "previous" ? ["mythicplus"] : [];
    return {
      chosen: [{ content: "mythicplus", zone, difficulties: ["mythicplus"], fromPreviousPartition }],
      candidates: seen.map(label).join(", "),
    };
  }
  return { chosen: [], candidates: seen.map(label).join(", ") };
}

/** The season's zones for the contents asked for; a content without a ranked zone has none (the caller reports it). */
export async function chooseSeason(input: SeasonInput, probe: ProbeFn): Promise<Season> {
  const notes: string[] = [];
  const zones: ChosenZone[] = [];
  const candidates: Record<ContentType, string> = { raid: "", mythicplus: "" };
  for (const content of input.contents) {
    const { chosen, candidates: list } =
      content === "raid" ? await chooseRaid(input, probe, notes) : await chooseMythicPlus(input, probe, notes);
    zones.push(...chosen);
    candidates[content] = list;
  }
  return { zones, notes, candidates };
}
