/**
 * The vocabulary the diff and the report share: the sections of a spec (raid per difficulty, Mythic+), a build's
 * identity across two files, and how two builds differ in talents. Pure.
 */
import {
  NEAR_DISTANCE,
  pickNearShare,
  pickPopularity,
  RAID_DIFFICULTIES,
  type BuildDef,
  type ContentBuilds,
  type EncounterInfo,
  type Pick,
  type SpecBuilds,
  type TalentData,
} from "@att/contract";

export type SectionKey = "raid:heroic" | "raid:mythic" | "mythicplus";

export interface Section {
  readonly key: SectionKey;
  readonly label: string;
  readonly content: ContentBuilds;
}

const DIFFICULTY_LABEL = { heroic: "Heroic", mythic: "Mythic" } as const;

export function sectionLabel(key: SectionKey): string {
  return key === "mythicplus" ? "Mythic+" : `Raid ${DIFFICULTY_LABEL[key === "raid:heroic" ? "heroic" : "mythic"]}`;
}

/** The ranked sections of a spec, raid difficulties first (Heroic, then Mythic), then Mythic+. */
export function sectionsOf(spec: SpecBuilds): Section[] {
  const out: Section[] = [];
  for (const difficulty of RAID_DIFFICULTIES) {
    const content = spec.raid[difficulty];
    if (content !== undefined) out.push({ key: `raid:${difficulty}`, label: sectionLabel(`raid:${difficulty}`), content });
  }
  if (spec.mythicplus !== null) out.push({ key: "mythicplus", label: sectionLabel("mythicplus"), content: spec.mythicplus });
  return out;
}

/** Encounters in journal order, raid bosses before dungeons. */
export function orderedEncounters(data: TalentData): EncounterInfo[] {
  return Object.values(data.encounters).sort((a, b) =>
    a.content !== b.content ? (a.content === "raid" ? -1 : 1) : a.zoneId !== b.zoneId ? a.zoneId - b.zoneId : a.order - b.order,
  );
}

/** Specs by class, then spec name: the order a player looks for them in. */
export function orderedSpecs(data: TalentData): SpecBuilds[] {
  return Object.values(data.specs).sort((a, b) => a.className.localeCompare(b.className) || a.specName.localeCompare(b.specName));
}

export function specLabel(spec: { readonly className: string; readonly specName: string }): string {
  return `${spec.specName} ${spec.className}`;
}

export function buildOf(spec: SpecBuilds, pick: Pick): BuildDef {
  return spec.builds[pick.build]!;
}

/** Identity of a build that survives re-indexing of the pool between two files: its talents, else its string. */
export function buildIdentity(build: BuildDef): string {
  if (build.entries.length > 0) return build.entries.map((e) => `${e.entryId}:${e.rank}`).join(",");
  return `code:${build.talentCode ?? ""}`;
}

/** The exact share: sample entries on exactly this build. */
export function popularity(pick: Pick): number {
  return pickPopularity(pick);
}

/** The headline share: sample entries within NEAR_DISTANCE talent points of this build. */
export function nearShare(pick: Pick): number {
  return pickNearShare(pick);
}

const pct = (share: number): string => `${Math.round(share * 100)}%`;

/** The exact share as "6%". */
export function percent(pick: Pick): string {
  return pct(popularity(pick));
}

/** The near share as "68%". */
export function nearPercent(pick: Pick): string {
  return pct(nearShare(pick));
}

/**
 * What a pick's sample is, in its unit: an encounter's sample is one entry per player ("50 players"); a general
 * slot's is one per (player, encounter), so it counts rankings and names the players behind them ("400 rankings of
 * 120 players").
 */
export function sampleText(pick: Pick, general: boolean): string {
  if (!general) return `${pick.sampleSize} ${pick.sampleSize === 1 ? "player" : "players"}`;
  return `${pick.sampleSize} ${pick.sampleSize === 1 ? "ranking" : "rankings"} of ${pick.players} ${pick.players === 1 ? "player" : "players"}`;
}

/** "68% of 50 players within 2 talents": the headline. */
export function nearText(pick: Pick, general: boolean): string {
  return `${nearPercent(pick)} of ${sampleText(pick, general)} within ${NEAR_DISTANCE} talents`;
}

/** "6% exact (3 on this build)". */
export function exactText(pick: Pick): string {
  return `${percent(pick)} exact (${pick.count} on this build)`;
}

/** "flex: Ice Nova 55% / Frozen Orb 45%" (shares of the pick's sample), "" without flex talents. */
export function flexText(pick: Pick, names: TalentNames): string {
  const flex = pick.flex ?? [];
  if (flex.length === 0) return "";
  const share = (taken: number): string => pct(pick.sampleSize === 0 ? 0 : taken / pick.sampleSize);
  return `flex: ${flex.map((f) => `${talentName(f.entryId, names)} ${share(f.taken)}`).join(" / ")}`;
}

export interface TalentRef {
  readonly entryId: number;
  readonly name: string;
  readonly rank: number;
}

export interface TalentDelta {
  readonly added: readonly TalentRef[];
  readonly removed: readonly TalentRef[];
  readonly rankChanged: readonly { readonly entryId: number; readonly name: string; readonly from: number; readonly to: number }[];
}

export type TalentNames = { readonly [entryId: string]: string };

export function talentName(entryId: number, names: TalentNames): string {
  return names[String(entryId)] ?? `talent ${entryId}`;
}

/** What `to` has that `from` has not, and the reverse; undefined when either build is known only as a string. */
export function talentDelta(from: BuildDef, to: BuildDef, names: TalentNames): TalentDelta | undefined {
  if (from.entries.length === 0 || to.entries.length === 0) return undefined;
  const before = new Map(from.entries.map((e) => [e.entryId, e.rank]));
  const after = new Map(to.entries.map((e) => [e.entryId, e.rank]));
  const ref = (entryId: number, rank: number): TalentRef => ({ entryId, name: talentName(entryId, names), rank });
  const added = to.entries.filter((e) => !before.has(e.entryId)).map((e) => ref(e.entryId, e.rank));
  const removed = from.entries.filter((e) => !after.has(e.entryId)).map((e) => ref(e.entryId, e.rank));
  const rankChanged = to.entries
    .filter((e) => before.has(e.entryId) && before.get(e.entryId) !== e.rank)
    .map((e) => ({ entryId: e.entryId, name: talentName(e.entryId, names), from: before.get(e.entryId)!, to: e.rank }));
  const byName = <T extends { name: string }>(list: T[]): T[] => list.sort((a, b) => a.name.localeCompare(b.name));
  return { added: byName(added), removed: byName(removed), rankChanged: byName(rankChanged) };
}

export function isEmptyDelta(delta: TalentDelta): boolean {
  return delta.added.length === 0 && delta.removed.length === 0 && delta.rankChanged.length === 0;
}

/** "+Ice Nova, +Shifting Power (2), −Frozen Orb, Flurry 1→2"; ranks shown only above 1. */
export function deltaText(delta: TalentDelta): string {
  const rank = (r: TalentRef): string => (r.rank > 1 ? ` (${r.rank})` : "");
  return [
    ...delta.added.map((t) => `+${t.name}${rank(t)}`),
    ...delta.removed.map((t) => `−${t.name}${rank(t)}`),
    ...delta.rankChanged.map((t) => `${t.name} ${t.from}→${t.to}`),
  ].join(", ");
}
