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

/** Which (zone, difficulty) pairs have rankings, and where: the default partition, else the previous one. */
async function rankedPairs(
  zones: readonly Zone[],
  content: ContentType,
  difficulties: readonly string[],
  probe: ProbeFn,
): Promise<Map<string, "default" | "previous">> {
  const first = probesFor(zones, content, difficulties);
  const answers = await probe(first);
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
    for (const p of again) if ((more.get(p.key)?.rows ?? 0) > 0) ranked.set(p.key.replace(/:previous$/, ""), "previous");
  }
  return ranked;
}

const label = (zone: Zone): string => `${zone.id} (${zone.name})`;
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
    const ranked = await rankedPairs(group, "raid", probed, probe);
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
    if (chosen.length > 0) return { chosen: [...chosen].sort((a, b) => a.zone.id - b.zone.id), candidates: seen.map(label).join(", ") };
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
