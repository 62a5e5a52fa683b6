import type { RaidDifficulty } from "@att/contract";
import type { PlannedEncounter, PlannedZone } from "./plan-types";

/** Where a ranking and its slots live: one raid difficulty, or Mythic+. */
export type SectionKey = RaidDifficulty | "mythicplus";

/** Output order of sections. */
export const SECTION_ORDER: readonly SectionKey[] = ["heroic", "mythic", "mythicplus"];

/** The section a planned zone's rankings fill; undefined for a raid difficulty the data does not hold (normal). */
export function sectionOfZone(zone: { readonly content: "raid" | "mythicplus"; readonly difficultyName: string }): SectionKey | undefined {
  if (zone.content === "mythicplus") return "mythicplus";
  const name = zone.difficultyName.toLowerCase();
  return name === "heroic" || name === "mythic" ? name : undefined;
}

/**
 * The sections a run fills, in output order: each section's encounters in scope (a season's raid zones share one
 * section per difficulty) and whether its general build is recomputed (every encounter of its zones in scope).
 */
export function planSections(
  zones: readonly PlannedZone[],
  encounters: readonly PlannedEncounter[],
): { section: SectionKey; encounters: PlannedEncounter[]; general: boolean }[] {
  const out: { section: SectionKey; encounters: PlannedEncounter[]; general: boolean }[] = [];
  for (const section of SECTION_ORDER) {
    const own = zones.filter((z) => sectionOfZone(z) === section);
    if (own.length === 0) continue;
    const inScope = (e: PlannedEncounter): boolean => encounters.some((x) => x.id === e.id && x.zoneId === e.zoneId);
    out.push({
      section,
      encounters: own.flatMap((z) => z.encounters.filter(inScope)),
      general: own.every((z) => z.encounters.every(inScope)),
    });
  }
  return out;
}
