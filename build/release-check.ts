/**
 * What `build:addon --release` refuses, and what every build prints about the data it packages. Pure: the data,
 * the clock and the limits come in, lines go out.
 */
import { SPECS, type TalentData, type ZoneSource } from "@att/contract";

/**
 * A release carries data at most this old. The refresh runs daily, so anything older means the refresh is broken;
 * and a player who installs it still has two weeks before the addon calls the data stale (STALE_AFTER_DAYS, 21).
 */
export const RELEASE_MAX_AGE_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The raid zones of a source (one per zone and difficulty ranked). */
export function raidZones(data: TalentData): readonly ZoneSource[] {
  return data.source.raid;
}

/** Why this data must not be published (empty: it may). */
export function releaseProblems(data: TalentData, now: number, maxAgeDays = RELEASE_MAX_AGE_DAYS): string[] {
  const problems: string[] = [];
  // No option lifts these two: only data the live Warcraft Logs API answered is ever published.
  if (data.source.kind === "sample") problems.push("the data is SAMPLE data (synthetic builds), not Warcraft Logs rankings");
  else if (data.source.kind !== "warcraftlogs")
    problems.push(
      `the data is TEST SERVER data (from ${data.source.apiOrigin ?? "a server other than Warcraft Logs"}), not Warcraft Logs rankings`,
    );
  else if (data.source.apiOrigin !== undefined)
    problems.push(`the data names an API origin (${data.source.apiOrigin}) that only test-server data has: it is not from Warcraft Logs`);
  const generated = Date.parse(data.generatedAt);
  if (Number.isNaN(generated)) problems.push(`generatedAt "${data.generatedAt}" is not a date`);
  else {
    const ageDays = (now - generated) / DAY_MS;
    if (ageDays > maxAgeDays)
      problems.push(
        `the data is stale: generated ${data.generatedAt.slice(0, 10)}, ${Math.floor(ageDays)} days ago (a release allows ${maxAgeDays})`,
      );
    if (generated > now + DAY_MS) problems.push(`generatedAt ${data.generatedAt} is in the future`);
  }
  // A full run ranks every spec on both contents; a --spec/--class/--content/--encounter run alone leaves gaps.
  const missingSpecs = SPECS.filter((s) => data.specs[String(s.specId)] === undefined);
  if (missingSpecs.length > 0)
    problems.push(`not from a full run: ${missingSpecs.length} of ${SPECS.length} specs missing (${listSome(missingSpecs.map(label))})`);
  if (raidZones(data).length === 0) problems.push("not from a full run: no raid zone in source");
  if (data.source.mythicplus === undefined) problems.push("not from a full run: no Mythic+ zone in source");
  const encounters = Object.values(data.encounters);
  if (!encounters.some((e) => e.content === "raid")) problems.push("not from a full run: no raid encounter");
  if (!encounters.some((e) => e.content === "mythicplus")) problems.push("not from a full run: no Mythic+ dungeon");
  // Every spec needs what the addon offers at login: a general raid build (some difficulty) and a Mythic+ one.
  const present = SPECS.filter((s) => data.specs[String(s.specId)] !== undefined).map((s) => data.specs[String(s.specId)]!);
  const noRaid = present.filter((s) => !Object.values(s.raid).some((c) => c?.general !== null && c?.general !== undefined));
  const noMplus = present.filter((s) => s.mythicplus === null || s.mythicplus.general === null);
  if (noRaid.length > 0)
    problems.push(`not from a full run: ${specs(noRaid.length)} without a general raid build (${listSome(noRaid.map(label))})`);
  if (noMplus.length > 0)
    problems.push(`not from a full run: ${specs(noMplus.length)} without a general Mythic+ build (${listSome(noMplus.map(label))})`);
  return problems;
}

/** What the zip holds, for the build log: date, season (zones and partitions), specs, encounters. */
export function describeData(data: TalentData): string[] {
  const zone = (z: ZoneSource): string =>
    `${z.name} (zone ${z.zoneId}, ${z.difficulty}, partition ${z.partition}${z.partitionName !== undefined ? ` "${z.partitionName}"` : ""}, top ${z.topN})`;
  const encounters = Object.values(data.encounters);
  const raid = encounters.filter((e) => e.content === "raid").length;
  const dungeons = encounters.filter((e) => e.content === "mythicplus").length;
  return [
    `data:       ${sourceText(data)}, generated ${data.generatedAt}`,
    `raid:       ${raidZones(data).map(zone).join("; ") || "none"}`,
    `mythic+:    ${data.source.mythicplus !== undefined ? zone(data.source.mythicplus) : "none"}`,
    `specs:      ${Object.keys(data.specs).length} of ${SPECS.length}`,
    `encounters: ${raid} raid bosses, ${dungeons} dungeons`,
  ];
}

function sourceText(data: TalentData): string {
  const { kind, apiOrigin } = data.source;
  if (kind === "sample") return "SAMPLE (synthetic)";
  if (kind === "test-server") return `TEST SERVER (${apiOrigin ?? "origin unknown"}; not Warcraft Logs)`;
  return "Warcraft Logs";
}

function specs(n: number): string {
  return `${n} spec${n === 1 ? "" : "s"}`;
}

function label(spec: { readonly specName: string; readonly className: string }): string {
  return `${spec.specName} ${spec.className}`;
}

function listSome(items: readonly string[], max = 5): string {
  return items.length <= max ? items.join(", ") : `${items.slice(0, max).join(", ")}, … ${items.length - max} more`;
}
