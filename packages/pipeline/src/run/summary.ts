import type { PlannedZone } from "../core/plan-types";
import { samplePairKey, type SampleSet, type SectionPlan } from "../core/samples";
import { sectionOfZone, type SectionKey } from "../core/section";
import type { ResolvedSlot } from "../core/slots";
import { formatSeconds } from "../util/duration";
import { formatRowStats, type RowStats } from "./row-stats";

export interface ContentSummary {
  /** "heroic" / "mythic" (raid) or "mythicplus". */
  readonly content: SectionKey;
  readonly zone: string;
  readonly encounters: number;
  readonly specs: number;
  /** (spec, encounter) pairs that got a build. */
  readonly covered: number;
  readonly pairs: number;
  readonly samples: number;
  readonly skipped: number;
  /** General builds written / specs. */
  readonly general: number;
}

export interface RunSummary {
  readonly contents: readonly ContentSummary[];
  readonly requests: number;
  readonly tokenRequests: number;
  readonly points: number;
  readonly pointsLeft?: number;
  /** Largest answer body of the run, in bytes (0 when nothing was fetched). */
  readonly largestAnswerBytes?: number;
  readonly cacheHits: number;
  readonly cacheCorrupt: number;
  /** Where the talent trees came from ("none": no tree data, no strings or names). */
  readonly trees: "file" | "download" | "cache" | "none";
  /** Ranking rows whose build did not add up on its tree, by reason (dropped from the samples). */
  readonly treeDropped: ReadonlyMap<string, number>;
  /** Picks written, and those of them without an import string. */
  readonly picks: number;
  readonly withoutString: number;
  readonly seconds: number;
  readonly outputFiles: readonly string[];
  /** Decisions the reader should know about (e.g. a partition fallback), one line each. */
  readonly notes?: readonly string[];
  /** What the ranking rows held (hidden players, empty lists, repeated talentIDs, refused rankings). */
  readonly rows?: RowStats;
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i <= 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ")).join("\n");
}

/** The end-of-run table: coverage per content, then the cost of the run. */
export function formatSummary(s: RunSummary): string {
  const rows: string[][] = [["content", "zone", "encounters", "specs", "covered", "samples", "skipped", "general"]];
  for (const c of s.contents) {
    rows.push([
      c.content === "mythicplus" ? c.content : `raid ${c.content}`,
      c.zone,
      String(c.encounters),
      String(c.specs),
      `${c.covered}/${c.pairs}`,
      String(c.samples),
      String(c.skipped),
      `${c.general}/${c.specs}`,
    ]);
  }
  const lines = [
    table(rows),
    ...(s.notes ?? []).map((note) => `note: ${note}`),
    "",
    `requests: ${s.requests} API + ${s.tokenRequests} token; points: ${Math.round(s.points * 10) / 10}${s.pointsLeft === undefined ? "" : ` (${Math.round(s.pointsLeft)} left this hour)`}; cache hits: ${s.cacheHits}${s.cacheCorrupt > 0 ? `, ${s.cacheCorrupt} corrupt entries refetched` : ""}${s.largestAnswerBytes ? `; largest answer: ${formatBytes(s.largestAnswerBytes)}` : ""}`,
    ...(s.rows !== undefined ? [formatRowStats(s.rows)] : []),
    `talent trees: ${TREE_ORIGIN[s.trees]}; builds that did not add up on their tree: ${droppedText(s.treeDropped)}`,
    `import strings: ${s.picks - s.withoutString} of ${s.picks} picks encoded${s.withoutString > 0 ? `, ${s.withoutString} without one` : ""}`,
    `time: ${formatSeconds(s.seconds)}`,
  ];
  if (s.outputFiles.length > 0) lines.push(`wrote ${s.outputFiles.join(", ")}`);
  return lines.join("\n") + "\n";
}

const TREE_ORIGIN = { file: "from --trees", download: "downloaded", cache: "the cached copy", none: "none" } as const;

function droppedText(dropped: ReadonlyMap<string, number>): string {
  const total = [...dropped.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return "none";
  return `${total} rows dropped (${[...dropped].map(([kind, n]) => `${kind} ${n}`).join(", ")})`;
}

/** One row of the summary table: one section (raid difficulty or Mythic+). */
export function contentSummary(
  plan: SectionPlan,
  zones: readonly PlannedZone[],
  specCount: number,
  samples: SampleSet,
  encounterSlots: ReadonlyMap<number, ReadonlyMap<SectionKey, ReadonlyMap<number, ResolvedSlot>>>,
  generalSlots: ReadonlyMap<number, ReadonlyMap<SectionKey, ResolvedSlot>>,
): ContentSummary {
  const section = plan.section;
  let covered = 0;
  for (const bySection of encounterSlots.values()) covered += bySection.get(section)?.size ?? 0;
  const keys = new Set<string>();
  for (const specId of new Set([...samples.byPair.keys(), ...samples.skipped.keys()].map((k) => Number(k.split(":")[0])))) {
    for (const e of plan.encounters) keys.add(samplePairKey(specId, section, e.id));
  }
  let sampleCount = 0;
  let skipped = 0;
  for (const key of keys) {
    sampleCount += samples.byPair.get(key)?.length ?? 0;
    const counts = samples.skipped.get(key);
    if (counts !== undefined) skipped += counts.noBuild + counts.invalid;
  }
  let general = 0;
  for (const map of generalSlots.values()) if (map.has(section)) general++;
  const zone = zones
    .filter((z) => sectionOfZone(z) === section)
    .map((z) => z.name)
    .join(" + ");
  return {
    content: section,
    zone,
    encounters: plan.encounters.length,
    specs: specCount,
    covered,
    pairs: plan.encounters.length * specCount,
    samples: sampleCount,
    skipped,
    general,
  };
}

/** 1234567 -> "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
