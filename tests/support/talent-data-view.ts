/**
 * Reading schema-2 TalentData in tests: a slot's top build with its string and counts, and the raid data the addon
 * uses today (Mythic when present, else Heroic). Expectations stay about builds, not about pool indexes.
 */
import {
  NEAR_DISTANCE,
  pickNearShare,
  pickPopularity,
  type BuildDef,
  type ContentBuilds,
  type Pick,
  type Slot,
  type SpecBuilds,
  type TalentData,
} from "@att/contract";

export interface TopBuild {
  /** The build's index in SpecBuilds.builds (two slots with the same index recommend the same build). */
  readonly index: number;
  readonly talentCode: string;
  readonly entries: BuildDef["entries"];
  readonly count: number;
  readonly near: number;
  readonly sampleSize: number;
  readonly popularity: number;
  readonly nearShare: number;
  /** The pick's flex talents (entry IDs): a build differing from this one only on their nodes counts as matching. */
  readonly flex: readonly number[];
}

/**
 * How the addon's prompt states a build's popularity (enUS BUILD_POPULARITY): the share within NEAR_DISTANCE talents
 * as the headline, the sample, and the exact share; e.g. "64 % of 50 top Mythic players within 2 talents, 42 % exact".
 */
export function popularityText(build: { nearShare: number; sampleSize: number; popularity: number }, difficulty: string): string {
  const pct = (p: number): number => Math.floor(p * 100 + 0.5);
  return `${pct(build.nearShare)} % of ${build.sampleSize} top ${difficulty} players within ${NEAR_DISTANCE} talents, ${pct(build.popularity)} % exact`;
}

function pickView(spec: SpecBuilds, pick: Pick): TopBuild {
  const build = spec.builds[pick.build]!;
  return {
    index: pick.build,
    talentCode: build.talentCode ?? "",
    entries: build.entries,
    count: pick.count,
    near: pick.near,
    sampleSize: pick.sampleSize,
    popularity: pickPopularity(pick),
    nearShare: pickNearShare(pick),
    flex: (pick.flex ?? []).map((f) => f.entryId),
  };
}

export function topOf(spec: SpecBuilds, slot: Slot | null | undefined): TopBuild | undefined {
  if (slot === null || slot === undefined) return undefined;
  return pickView(spec, slot.top);
}

/** A slot's alternative (the other hero tree's build), when the data has one. */
export function alternativeOf(spec: SpecBuilds, slot: Slot | null | undefined): TopBuild | undefined {
  if (slot === null || slot === undefined || slot.alternative === undefined) return undefined;
  return pickView(spec, slot.alternative);
}

export function raidOf(spec: SpecBuilds): ContentBuilds | undefined {
  return spec.raid.mythic ?? spec.raid.heroic;
}

/** The general build of a content (raid: the Mythic data when present, else Heroic). */
export function generalTop(data: TalentData, specId: number, content: "raid" | "mythicplus"): TopBuild | undefined {
  const spec = data.specs[String(specId)]!;
  return topOf(spec, (content === "raid" ? raidOf(spec) : spec.mythicplus)?.general);
}

export interface GeneralOffer {
  readonly content: "raid" | "mythicplus";
  readonly build: TopBuild;
  /** The other hero tree's build of its slot (not the slot's top build). */
  readonly alternative: boolean;
}

/**
 * What the login / spec-change prompt offers, in its order: the raid general slot's top build and alternative, then
 * Mythic+'s; a build already offered (the same index) is not offered twice.
 */
export function generalOffers(data: TalentData, specId: number): GeneralOffer[] {
  const spec = data.specs[String(specId)]!;
  const out: GeneralOffer[] = [];
  const sections: ["raid" | "mythicplus", Slot | null | undefined][] = [
    ["raid", raidOf(spec)?.general],
    ["mythicplus", spec.mythicplus?.general],
  ];
  for (const [content, slot] of sections) {
    const picks: [TopBuild | undefined, boolean][] = [
      [topOf(spec, slot), false],
      [alternativeOf(spec, slot), true],
    ];
    for (const [build, alternative] of picks) {
      if (build !== undefined && !out.some((o) => o.build.index === build.index)) out.push({ content, build, alternative });
    }
  }
  return out;
}

/** /att why's and /att check's build lines for the general context: "build: Raid: 26 % of 500 top Mythic players ...". */
export function generalDecisionLines(data: TalentData, specId: number): string[] {
  return generalOffers(data, specId).map((o) =>
    o.content === "raid" ? `build: Raid: ${popularityText(o.build, "Mythic")}` : `build: Mythic+: ${popularityText(o.build, "Mythic+")}`,
  );
}

/** One boss's or dungeon's own build. */
export function encounterTop(data: TalentData, specId: number, encounterId: string): TopBuild | undefined {
  const spec = data.specs[String(specId)]!;
  return topOf(spec, spec.mythicplus?.encounters[encounterId]) ?? topOf(spec, raidOf(spec)?.encounters[encounterId]);
}

/** Every slot of a spec with where it is: "heroic/general", "mythic/3301", "mythicplus/12800"... */
export function slotsOf(spec: SpecBuilds): [string, Slot][] {
  const out: [string, Slot][] = [];
  const sections: [string, ContentBuilds | null | undefined][] = [
    ["heroic", spec.raid.heroic],
    ["mythic", spec.raid.mythic],
    ["mythicplus", spec.mythicplus],
  ];
  for (const [name, content] of sections) {
    if (content === null || content === undefined) continue;
    if (content.general !== null) out.push([`${name}/general`, content.general]);
    for (const [id, slot] of Object.entries(content.encounters)) out.push([`${name}/${id}`, slot]);
  }
  return out;
}
