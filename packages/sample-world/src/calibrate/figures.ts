/**
 * The figures that say how messy a rankings board is, measured the same way on real recorded pages and on the
 * sample world: how often characters repeat, how builds fragment, how far apart they are, which talents nearly
 * everyone takes, and the row quirks (hidden players, empty lists, repeated talentIDs, items without names).
 * Pure: rows in, numbers out. Distance between two builds = the sum over trait entries of the absolute difference
 * of their ranks (a choice swap counts 2), the measure the issue defines for consensus picks.
 */

/** A ranking row as the API sends it, reduced to what the figures read. */
export interface BoardRow {
  readonly name: string;
  readonly hidden?: boolean;
  readonly server?: { readonly name: string } | null;
  readonly report?: { readonly code: string; readonly fightID: number } | null;
  readonly talents?: readonly { readonly talentID: number; readonly points: number; readonly name?: string }[] | null;
}

export interface BoardFigures {
  readonly rows: number;
  /** Distinct characters per 100 rows (a hidden row is a character of its own). */
  readonly playersPer100Rows: number;
  readonly hiddenShare: number;
  /** Rows whose talent list is `[]`. */
  readonly emptyListShare: number;
  /** Rows with a talent list that names a talentID twice, of the rows with a non-empty list. */
  readonly repeatedIdShare: number;
  /** Talent items that carry a `name`, of all items. */
  readonly namedItemShare: number;
  /** The first N distinct players with a usable list, one build each (their best-ranked row). */
  readonly sample: number;
  /** Distinct whole builds in the sample, scaled to a sample of 50. */
  readonly distinctBuildsPer50: number;
  /** Players on the most common exact build, of the sample. */
  readonly exactModeShare: number;
  /**
   * Players further than FAR points from the sample's medoid, of the sample: those on the spec's other hero tree (a
   * hero-tree switch alone moves ~26 points: 13 hero points off, 13 on).
   */
  readonly otherClusterShare: number;
  /** Pairwise build distances within the medoid's cluster: 10th percentile, median, 90th percentile, maximum. */
  readonly distance: { readonly p10: number; readonly median: number; readonly p90: number; readonly max: number };
  /** Talents (distinct talentIDs in the medoid's cluster) that at least 95 % of the cluster's lists hold. */
  readonly nearUniversalShare: number;
}

/** Builds this far or further from the medoid are another cluster (the other hero tree), see otherClusterShare. */
export const FAR = 20;

/** A build as ascending talentIDs with their ranks, side by side: distances are a merge walk, no lookups. */
export interface Build {
  readonly ids: Int32Array;
  readonly ranks: Int32Array;
}

function playerKey(row: BoardRow, index: number): string {
  const hidden = row.hidden === true || row.name === "Anonymous" || (row.report?.code.startsWith("a:") ?? false);
  return hidden ? `hidden#${index}` : `${row.name.toLowerCase()}#${(row.server?.name ?? "").toLowerCase()}`;
}

/** A row's build: one rank per talentID (a repeated ID kept once, its highest points), 0-point items left out. */
export function buildOf(talents: readonly { readonly talentID: number; readonly points: number }[]): Build {
  const ranks = new Map<number, number>();
  for (const t of talents) if (t.points > 0) ranks.set(t.talentID, Math.max(ranks.get(t.talentID) ?? 0, t.points));
  const sorted = [...ranks].sort((x, y) => x[0] - y[0]);
  return { ids: Int32Array.from(sorted, (p) => p[0]), ranks: Int32Array.from(sorted, (p) => p[1]) };
}

/** Sum over trait entries of the absolute rank difference (an entry one build lacks has rank 0 there). */
export function distance(a: Build, b: Build): number {
  const ai = a.ids;
  const bi = b.ids;
  const ar = a.ranks;
  const br = b.ranks;
  let d = 0;
  let i = 0;
  let j = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) {
      const diff = ar[i++]! - br[j++]!;
      d += diff < 0 ? -diff : diff;
    } else if (x < y) d += ar[i++]!;
    else d += br[j++]!;
  }
  while (i < ai.length) d += ar[i++]!;
  while (j < bi.length) d += br[j++]!;
  return d;
}

function keyOf(build: Build): string {
  let key = "";
  for (let i = 0; i < build.ids.length; i++) key += `${build.ids[i]}:${build.ranks[i]},`;
  return key;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.floor(q * (sorted.length - 1))]!;
}

const round = (x: number, places = 3): number => Math.round(x * 10 ** places) / 10 ** places;

/** The first `topN` distinct players with a usable talent list (best-ranked row each), as builds. */
export function sampleBuilds(rows: readonly BoardRow[], topN: number): Build[] {
  const seen = new Set<string>();
  const out: Build[] = [];
  rows.forEach((row, i) => {
    if (out.length >= topN || !Array.isArray(row.talents)) return;
    const build = buildOf(row.talents);
    if (build.ids.length === 0) return;
    const key = playerKey(row, i);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(build);
  });
  return out;
}

export function boardFigures(rows: readonly BoardRow[], topN = 50): BoardFigures {
  const players = new Set(rows.map(playerKey)).size;
  const hidden = rows.filter((r, i) => playerKey(r, i).startsWith("hidden#")).length;
  const listed = rows.filter((r) => Array.isArray(r.talents));
  const empty = listed.filter((r) => r.talents!.length === 0).length;
  const repeated = listed.filter((r) => new Set(r.talents!.map((t) => t.talentID)).size < r.talents!.length).length;
  const items = listed.flatMap((r) => r.talents!);
  const named = items.filter((t) => typeof t.name === "string" && t.name !== "").length;

  const sample = sampleBuilds(rows, topN);
  const counts = new Map<string, number>();
  for (const build of sample) counts.set(keyOf(build), (counts.get(keyOf(build)) ?? 0) + 1);
  const matrix = sample.map((a) => sample.map((b) => distance(a, b)));
  // The medoid: least total distance to the sample; its cluster is what fragmentation inside one hero tree means.
  let medoid = 0;
  const totals = matrix.map((row) => row.reduce((n, d) => n + d, 0));
  totals.forEach((t, i) => {
    if (t < totals[medoid]!) medoid = i;
  });
  const cluster = sample.map((_, i) => i).filter((i) => matrix[medoid]![i]! < FAR);
  const distances: number[] = [];
  for (let x = 0; x < cluster.length; x++) for (let y = x + 1; y < cluster.length; y++) distances.push(matrix[cluster[x]!]![cluster[y]!]!);
  distances.sort((a, b) => a - b);
  const holders = new Map<number, number>();
  for (const i of cluster) for (const id of sample[i]!.ids) holders.set(id, (holders.get(id) ?? 0) + 1);
  const universal = [...holders.values()].filter((n) => n >= 0.95 * cluster.length).length;

  return {
    rows: rows.length,
    playersPer100Rows: rows.length === 0 ? 0 : round((players / rows.length) * 100, 1),
    hiddenShare: rows.length === 0 ? 0 : round(hidden / rows.length),
    emptyListShare: listed.length === 0 ? 0 : round(empty / listed.length),
    repeatedIdShare: listed.length - empty === 0 ? 0 : round(repeated / (listed.length - empty)),
    namedItemShare: items.length === 0 ? 0 : round(named / items.length),
    sample: sample.length,
    distinctBuildsPer50: sample.length === 0 ? 0 : round((counts.size * 50) / sample.length, 1),
    exactModeShare: sample.length === 0 ? 0 : round(Math.max(...counts.values()) / sample.length),
    otherClusterShare: sample.length === 0 ? 0 : round(1 - cluster.length / sample.length),
    distance: {
      p10: quantile(distances, 0.1),
      median: quantile(distances, 0.5),
      p90: quantile(distances, 0.9),
      max: distances.length === 0 ? 0 : distances[distances.length - 1]!,
    },
    nearUniversalShare: holders.size === 0 ? 0 : round(universal / holders.size),
  };
}

/** The median of each figure over many boards (a sample world has hundreds; one real page is one board). */
export function medianFigures(boards: readonly BoardFigures[]): BoardFigures {
  const med = (pick: (f: BoardFigures) => number): number => {
    const sorted = boards.map(pick).sort((a, b) => a - b);
    if (sorted.length === 0) return 0;
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid]! : round((sorted[mid - 1]! + sorted[mid]!) / 2);
  };
  return {
    rows: med((f) => f.rows),
    playersPer100Rows: med((f) => f.playersPer100Rows),
    hiddenShare: med((f) => f.hiddenShare),
    emptyListShare: med((f) => f.emptyListShare),
    repeatedIdShare: med((f) => f.repeatedIdShare),
    namedItemShare: med((f) => f.namedItemShare),
    sample: med((f) => f.sample),
    distinctBuildsPer50: med((f) => f.distinctBuildsPer50),
    exactModeShare: med((f) => f.exactModeShare),
    otherClusterShare: med((f) => f.otherClusterShare),
    distance: {
      p10: med((f) => f.distance.p10),
      median: med((f) => f.distance.median),
      p90: med((f) => f.distance.p90),
      max: med((f) => f.distance.max),
    },
    nearUniversalShare: med((f) => f.nearUniversalShare),
  };
}
