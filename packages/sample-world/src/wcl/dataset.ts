/**
 * The synthetic Warcraft Logs data set behind `--source sample` and the fake server: world data, classes, ranking
 * rows for every (spec, encounter) pair and the reports those rows point at. Deterministic for a seed; plain data
 * (no behaviour), so tests can read the truth they assert against straight from it.
 */
import { SPECS, type ContentType } from "@att/contract";
import { createRng } from "./prng";
import { makeReport, type PendingRow, type SampleReport, type SampleRow } from "./rankings";
import { DEFAULT_QUIRKS, draftRows, drawHeroLeaning, type HeroLeaning, type RowDraft, type SampleQuirkRates } from "./rows";
import { flexBuild, specModel, type SpecModel } from "./flex";
import { classTree, codeToTalents, talentsToCode, type SampleBuild, type SampleTree, type TalentPick } from "./talents";
import { makeClasses, makeWorld, type SampleClass, type SampleEncounter, type SampleExpansion, type SampleZone } from "./world";

export interface DatasetOptions {
  readonly seed: number;
  /** Spec IDs that have rankings; default all 40. */
  readonly specs?: readonly number[];
  readonly raidBosses?: number;
  readonly dungeons?: number;
  /** Rows per raid ranking. */
  readonly rowsPerRanking?: number;
  /**
   * Rows per Mythic+ ranking (before leaderboard-only runs are filtered out): a Mythic+ board repeats characters, so
   * top N distinct players takes more rows than N. Default: twice rowsPerRanking, at most one page (100).
   */
  readonly rowsPerMythicPlusRanking?: number;
  readonly quirks?: Partial<SampleQuirkRates>;
  /**
   * Contents whose default (current) partition has no rankings yet, as at the start of a patch: their rankings
   * answer only for the earlier partitions (and for -1, all partitions). Default: none.
   */
  readonly emptyDefaultPartition?: readonly ContentType[];
  /** Week 1 of a season: Mythic raid rankings are empty (Mythic opens in week 2); Heroic is ranked. Default false. */
  readonly mythicClosed?: boolean;
}

export interface SampleRanking {
  readonly specId: number;
  readonly encounterId: number;
  /** Best first (rank 1 at index 0). */
  readonly rows: readonly SampleRow[];
}

export interface SampleDataset {
  readonly seed: number;
  readonly specIds: readonly number[];
  readonly expansions: readonly SampleExpansion[];
  readonly zones: readonly SampleZone[];
  readonly classes: readonly SampleClass[];
  /** Class trees by class ID: the tree model's class trees (../trees), independent of the data set's seed. */
  readonly trees: ReadonlyMap<number, SampleTree>;
  /**
   * Each ranked spec's core builds: its main hero tree's, then the other hero tree's (SampleBuild.heroTree tells
   * them apart). Players' builds are these with their own flex talents swapped (flex.ts).
   */
  readonly builds: ReadonlyMap<number, readonly SampleBuild[]>;
  /** By rankingKey(specId, encounterId, difficulty). */
  readonly rankings: ReadonlyMap<string, SampleRanking>;
  readonly reports: ReadonlyMap<string, SampleReport>;
  /** See DatasetOptions.emptyDefaultPartition. */
  readonly emptyDefaultPartition: readonly ContentType[];
  /** See DatasetOptions.mythicClosed. */
  readonly mythicClosed: boolean;
}

/** Reports are dated from here, a fixed instant so output built from the data is reproducible. */
export const SAMPLE_BASE_TIME = Date.UTC(2026, 2, 2);

/**
 * Revision of what the generator produces. The pipeline caches sample answers like real ones, in a folder named
 * after this revision, so bump it whenever a change here (or in the tree model of ../trees) changes the data:
 * otherwise a warm cache keeps serving the previous data set.
 */
export const SAMPLE_DATA_REVISION = 7;

export const DEFAULT_DATASET: Required<
  Omit<DatasetOptions, "specs" | "quirks" | "emptyDefaultPartition" | "mythicClosed" | "rowsPerMythicPlusRanking">
> = {
  seed: 20260302,
  raidBosses: 9,
  dungeons: 8,
  rowsPerRanking: 60,
};

/** WCL difficulty IDs of the sample's raid rankings (Mythic+ ranks at 10). */
export const SAMPLE_HEROIC = 4;
export const SAMPLE_MYTHIC = 5;

/**
 * The key of one ranking. Heroic raid rankings are a list of their own (other players, other favourites); Mythic
 * and Mythic+ rankings use the plain key, so `rankingKey(spec, encounter)` is the top difficulty's list.
 */
export function rankingKey(specId: number, encounterId: number, difficulty?: number): string {
  return difficulty === SAMPLE_HEROIC ? `${specId}:${encounterId}:heroic` : `${specId}:${encounterId}`;
}

export function makeDataset(options: DatasetOptions): SampleDataset {
  const { seed } = options;
  const raidBosses = options.raidBosses ?? DEFAULT_DATASET.raidBosses;
  const dungeons = options.dungeons ?? DEFAULT_DATASET.dungeons;
  const n = options.rowsPerRanking ?? DEFAULT_DATASET.rowsPerRanking;
  const mplusRows = options.rowsPerMythicPlusRanking ?? Math.min(100, 2 * n);
  const quirks: SampleQuirkRates = { ...DEFAULT_QUIRKS, ...options.quirks };
  const specs = SPECS.filter((s) => options.specs === undefined || options.specs.includes(s.specId));
  const unknown = (options.specs ?? []).filter((id) => !SPECS.some((s) => s.specId === id));
  if (unknown.length > 0) throw new Error(`makeDataset: unknown spec IDs ${unknown.join(", ")}`);

  const world = makeWorld(raidBosses, dungeons);
  const trees = new Map<number, SampleTree>();
  const models = new Map<number, SpecModel>();
  const allBuilds = new Map<number, readonly SampleBuild[]>();
  for (const spec of SPECS.filter((s) => specs.some((r) => r.classId === s.classId))) {
    let tree = trees.get(spec.classId);
    if (tree === undefined) trees.set(spec.classId, (tree = classTree(spec.classId)));
    const model = specModel(seed, tree, spec.specId);
    models.set(spec.specId, model);
    allBuilds.set(
      spec.specId,
      model.heroes.map((hero) => flexBuild(model, hero, 0)),
    );
  }

  const rankings = new Map<string, SampleRanking>();
  const reports = new Map<string, SampleReport>();
  const usedCodes = new Set<string>();
  // Own stream per spec, so a spec leans the same way whichever other specs the data set holds.
  const leanings = new Map<number, HeroLeaning>(specs.map((s) => [s.specId, drawHeroLeaning(createRng(seed, `hero:${s.specId}`))]));
  const siblingsOf = new Map(
    specs.map((spec) => [spec.specId, SPECS.filter((s) => s.classId === spec.classId && s.specId !== spec.specId)]),
  );
  const ranked = world.zones
    .flatMap((z) => z.encounters)
    .filter((e): e is SampleEncounter & { content: string } => e.content !== undefined);
  // Raid bosses are ranked at Mythic and at Heroic (drawn apart, so the two differ); dungeons at Mythic+.
  const lists = ranked.flatMap((encounter) =>
    encounter.content === "mythicplus"
      ? [{ encounter, difficulty: 10 }]
      : [
          { encounter, difficulty: SAMPLE_MYTHIC },
          { encounter, difficulty: SAMPLE_HEROIC },
        ],
  );
  for (const { encounter, difficulty } of lists) {
    const mythicPlus = encounter.content === "mythicplus";
    const heroic = difficulty === SAMPLE_HEROIC;
    const rowCount = mythicPlus ? mplusRows : n;
    const drafts = new Map<number, RowDraft[]>();
    for (const spec of specs) {
      const rng = createRng(seed, `rows:${spec.specId}:${encounter.id}${heroic ? ":heroic" : ""}`);
      drafts.set(
        spec.specId,
        draftRows(rng, {
          n: rowCount,
          model: models.get(spec.specId)!,
          role: spec.role,
          mythicPlus,
          quirks,
          leaning: leanings.get(spec.specId)!,
        }),
      );
    }
    const rows = new Map<number, SampleRow[]>(specs.map((s) => [s.specId, []]));
    const ctx = {
      rng: createRng(seed, `reports:${encounter.id}${heroic ? ":heroic" : ""}`),
      encounter,
      difficulty,
      baseTime: SAMPLE_BASE_TIME - (encounter.rankedDaysEarlier ?? 0) * 24 * 3600_000,
      groupSize: mythicPlus ? 5 : 20,
      quirks,
      usedCodes,
      onBoard: new Map<number, Set<string>>(),
    };
    // Rank-major order: a report holds players of similar rank across specs, like a real top guild's log.
    let group: PendingRow[] = [];
    const flush = (): void => {
      const made = makeReport(ctx, group);
      if (made.report !== undefined) reports.set(made.report.code, made.report);
      for (const row of made.rows) rows.get(row.specId)!.push(row);
      group = [];
    };
    for (let i = 0; i < rowCount; i++) {
      for (const spec of specs) {
        const siblings = siblingsOf.get(spec.specId)!;
        const respec = siblings.length > 0 ? allBuilds.get(ctx.rng.pick(siblings).specId)?.[0] : undefined;
        const draft = drafts.get(spec.specId)![i]!;
        // Another run of a character higher on the board: theirs when that row is finished (its report flushed).
        const earlier = draft.repeatOf >= 0 ? rows.get(spec.specId)![draft.repeatOf] : undefined;
        const prior = earlier === undefined ? undefined : { name: earlier.actorName, server: earlier.server };
        group.push({ specId: spec.specId, draft, respec, prior });
        if (group.length === ctx.groupSize) flush();
      }
    }
    if (group.length > 0) flush();
    for (const spec of specs) {
      rankings.set(rankingKey(spec.specId, encounter.id, difficulty), {
        specId: spec.specId,
        encounterId: encounter.id,
        rows: rows.get(spec.specId)!,
      });
    }
  }

  return {
    seed,
    specIds: specs.map((s) => s.specId),
    expansions: world.expansions,
    zones: world.zones,
    classes: makeClasses(),
    trees,
    builds: new Map(specs.map((s) => [s.specId, allBuilds.get(s.specId)!])),
    rankings,
    reports,
    emptyDefaultPartition: [...(options.emptyDefaultPartition ?? [])],
    mythicClosed: options.mythicClosed === true,
  };
}

export function findZone(dataset: SampleDataset, zoneId: number): SampleZone | undefined {
  return dataset.zones.find((z) => z.id === zoneId);
}

export function findEncounter(dataset: SampleDataset, encounterId: number): SampleEncounter | undefined {
  for (const zone of dataset.zones) {
    const found = zone.encounters.find((e) => e.id === encounterId);
    if (found !== undefined) return found;
  }
  return undefined;
}

function treeOfSpec(dataset: SampleDataset, specId: number): SampleTree | undefined {
  const spec = SPECS.find((s) => s.specId === specId);
  return spec === undefined ? undefined : dataset.trees.get(spec.classId);
}

/** A ranking row's talent list as the import string the game would export for it; undefined if not on the tree. */
export function importCodeForTalents(dataset: SampleDataset, specId: number, talents: readonly TalentPick[]): string | undefined {
  const tree = treeOfSpec(dataset, specId);
  return tree === undefined ? undefined : talentsToCode(tree, specId, talents);
}

/** An import string back to the talent list a ranking row would show; undefined when it is not a sample string. */
export function talentsForImportCode(dataset: SampleDataset, code: string): { specId: number; talents: TalentPick[] } | undefined {
  for (const tree of dataset.trees.values()) {
    const decoded = codeToTalents(tree, code);
    if (decoded !== undefined && treeOfSpec(dataset, decoded.specId) === tree) return decoded;
  }
  return undefined;
}
