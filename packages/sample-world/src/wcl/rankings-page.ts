/**
 * `Encounter.characterRankings(...)`: one page of a spec's rankings as the JSON scalar Warcraft Logs returns,
 * `{page, hasMorePages, count, rankings}`, or `{error}` for arguments the real API refuses inside the JSON
 * (HTTP 200, no GraphQL error). Arguments not modelled (metric, bracket, size, server filters, filter, ...) are
 * accepted and ignored: the sample rows are already ordered by the spec's metric.
 */
import { SPECS } from "@att/contract";
import { findZone, rankingKey, SAMPLE_HEROIC, SAMPLE_MYTHIC, type SampleDataset } from "./dataset";
import type { SampleRow } from "./rankings";
import type { SampleEncounter } from "./world";

export const RANKINGS_PAGE_SIZE = 100;

export interface RankingsArgs {
  readonly className?: string;
  readonly specName?: string;
  readonly difficulty?: number;
  readonly partition?: number;
  readonly page?: number;
  readonly leaderboard?: string;
  readonly includeCombatantInfo?: boolean;
}

export type RankingsPayload =
  { page: number; hasMorePages: boolean; count: number; rankings: Record<string, unknown>[] } | { error: string };

/** Equipment slots a row's gear lists (18 items on the real pages). */
const GEAR_SLOTS = 18;
const gearBySpec = new Map<number, readonly Record<string, unknown>[]>();

/**
 * The gear combatant info adds to every row. The pipeline never reads it, but it is ~60 % of a real row (3.8 of
 * 6.3 KB on the real Discipline page), so without it pages and batched answers would be far smaller than live ones
 * and the answer-size cap and the bench's largest-answer figure would mean nothing. One list per spec, shared.
 */
function gearOf(specId: number): readonly Record<string, unknown>[] {
  let gear = gearBySpec.get(specId);
  if (gear === undefined) {
    gear = Array.from({ length: GEAR_SLOTS }, (_, slot) => ({
      name: `Sample Item of the ${slot + 1}th Slot`,
      quality: "epic",
      id: 300000 + specId * 32 + slot,
      icon: "inv_misc_questionmark_sample_item_icon.jpg",
      itemLevel: "639",
      bonusIDs: ["40", "10380", "10356", "10299", "1540", "10255", "10397"],
      ...(slot % 3 === 0 ? { gems: [{ id: "213485", itemLevel: "610" }] } : {}),
    }));
    gearBySpec.set(specId, gear);
  }
  return gear;
}

/**
 * A row as the API shows it. A hidden player is shown as on the real pages (../shared/testdata/wcl-real, the
 * Discipline page rows 26 and 97): "Anonymous", `hidden: true`, no `server`, the report code anonymised as "a:...".
 */
function projectRow(row: SampleRow, mythicPlus: boolean, withTalents: boolean): Record<string, unknown> {
  const spec = SPECS.find((s) => s.specId === row.specId)!;
  const hidden = row.name === "Anonymous";
  const out: Record<string, unknown> = {
    name: row.name,
    class: spec.wclClass,
    spec: spec.wclSpec,
    amount: row.amount,
    hardModeLevel: row.keyLevel,
    duration: row.duration,
    startTime: row.startTime,
    faction: row.server.id % 2,
    bracketData: row.keyLevel,
  };
  if (hidden) out.hidden = true;
  else out.server = { id: row.server.id, name: row.server.name, region: row.server.region };
  if (row.report !== undefined)
    out.report = { code: hidden ? `a:${row.report.code}` : row.report.code, fightID: row.report.fightID, startTime: row.report.startTime };
  if (mythicPlus) {
    out.score = row.amount;
    out.medal = "gold";
    out.leaderboard = row.leaderboardOnly ? 1 : 0;
  }
  // One talent array per build, shared by every row of that build: copied only for a row that repeats an ID.
  if (withTalents && row.talentsListed)
    out.talents = row.emptyList ? [] : row.repeatedId ? [...row.build.talents, row.build.talents[0]] : row.build.talents;
  if (withTalents) out.gear = gearOf(row.specId);
  return out;
}

export function rankingsPage(dataset: SampleDataset, encounter: SampleEncounter, args: RankingsArgs): RankingsPayload {
  const zone = findZone(dataset, encounter.zoneId);
  if (zone === undefined) return { error: "Unknown zone." };
  const difficulties = zone.difficulties.map((d) => d.id);
  const difficulty = args.difficulty === undefined || args.difficulty === 0 ? Math.max(...difficulties) : args.difficulty;
  if (!difficulties.includes(difficulty)) return { error: "Invalid difficulty setting specified." };
  // Omitted className/specName rank every class/spec ("If omitted, data for all classes will be used", schema).
  const className = args.className ?? "Any";
  const specName = args.specName ?? "Any";
  const specs = SPECS.filter((s) => (className === "Any" || s.wclClass === className) && (specName === "Any" || s.wclSpec === specName));
  if (specs.length === 0) return { error: `Invalid class or spec specified: ${className} ${specName}.` };

  const partition = args.partition ?? 0;
  const knownPartition = partition === 0 || partition === -1 || zone.partitions.some((p) => p.id === partition);
  // 0 (argument left out) means the default partition, as on the real API.
  const isDefault = partition === 0 || zone.partitions.some((p) => p.id === partition && p.default);
  const notYetRanked = isDefault && encounter.content !== undefined && dataset.emptyDefaultPartition.includes(encounter.content);
  // Raid bosses are ranked at Heroic and Mythic; Normal has no rankings in the sample.
  const rankedDifficulty = encounter.content !== "raid" || difficulty === SAMPLE_HEROIC || difficulty === SAMPLE_MYTHIC;
  // Week 1 of a season: Mythic raid difficulty is not open yet, so it has no rankings at all.
  const closed = encounter.content === "raid" && dataset.mythicClosed && difficulty === SAMPLE_MYTHIC;
  const ranked =
    knownPartition && !notYetRanked && rankedDifficulty && !closed
      ? specs.flatMap((spec) => dataset.rankings.get(rankingKey(spec.specId, encounter.id, difficulty))?.rows ?? [])
      : [];
  // Several specs: one list by amount (the sample's metrics are not comparable across roles; good enough for "any rows?").
  const merged = specs.length > 1 ? [...ranked].sort((a, b) => b.amount - a.amount) : ranked;
  const logsOnly = args.leaderboard === "LogsOnly";
  const rows = merged.filter((r) => !logsOnly || r.report !== undefined);
  const page = Math.max(1, args.page ?? 1);
  const start = (page - 1) * RANKINGS_PAGE_SIZE;
  const slice = rows.slice(start, start + RANKINGS_PAGE_SIZE);
  const mythicPlus = encounter.content === "mythicplus";
  return {
    page,
    hasMorePages: start + RANKINGS_PAGE_SIZE < rows.length,
    count: slice.length,
    rankings: slice.map((r) => projectRow(r, mythicPlus, args.includeCombatantInfo === true)),
  };
}
