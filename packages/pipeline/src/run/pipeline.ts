import * as fs from "node:fs/promises";
import * as path from "node:path";
import { SPECS } from "@att/contract";
import { ResponseCache } from "../cache/store";
import { collectBuilds, type BuildExtras } from "../core/collect-builds";
import { entriesOf } from "../core/entries";
import type { RankedEntry } from "../core/entry";
import { buildSamples, buildTargets, entriesWithoutList, samplePairKey } from "../core/samples";
import { TokenProvider } from "../http/auth";
import { WclClient } from "../http/client";
import { PipelineError } from "../http/errors";
import { LIVE_COSTS, RateBudget, RequestSpacer } from "../http/rate-limit";
import { composeTalentData, type RunResult } from "../output/talent-data";
import { readExisting, writeOutputs } from "../output/write";
import { DEFAULT_MIN_COVERAGE, worseThanPrevious } from "../output/guard";
import { AdaptiveSize, type BatchRunner } from "../wcl/batch";
import { discoverZones } from "../wcl/discovery";
import { fetchRankings, PAGE_SIZE, type PairRankings } from "../wcl/rankings";
import type { PlannedZone } from "../core/plan-types";
import { planSections, sectionOfZone } from "../core/section";
import { chooseSlots, heroSplits } from "../core/slot-choice";
import { DEFAULT_TREES_URL } from "../config/env";
import { pointBudget } from "../trees/budget";
import { checkRows } from "../trees/check-rows";
import { encodeBuildString } from "../trees/encode";
import { layoutsOf, treeNamesOf } from "../trees/document";
import { loadTrees } from "../trees/source";
import type { Counters } from "./progress";
import { fullyCoveredContents, isPartial, selectContents, selectEncounters, selectSpecs } from "./selection";
import type { PipelineConfig, PipelineDeps } from "./config";
import { DEFAULT_SPACING_MS } from "./defaults";
import { formatPlan } from "./plan-text";
import { contentSummary, formatSummary, type RunSummary } from "./summary";
import { rankingRowStats } from "./row-stats";

export type { PipelineConfig, PipelineDeps } from "./config";

export { DEFAULT_BATCH, DEFAULT_CONCURRENCY, DEFAULT_SPACING_MS } from "./defaults";

/**
 * The whole run: discover -> trees -> rankings -> tree check -> samples -> choose builds -> import strings encoded on
 * the trees -> TalentData files.
 * Every effect comes from `deps`; every answer is cached before it is used, so a killed run resumes from disk.
 */
export async function runPipeline(config: PipelineConfig, deps: PipelineDeps): Promise<RunSummary | undefined> {
  const started = deps.clock.now();
  const { reporter } = deps;
  deps.redactor.addCredentials(config.clientId, config.clientSecret);

  const cache = new ResponseCache(
    { dir: path.join(config.cacheDir, config.cacheNamespace ?? config.kind), fresh: config.fresh, maxAgeMs: config.maxAgeMs },
    fs,
    deps.clock.now,
  );
  const spacer = new RequestSpacer(deps.clock, config.minSpacingMs ?? DEFAULT_SPACING_MS);
  const httpDeps = { fetch: deps.fetch, random: deps.random, now: deps.clock.now, sleep: deps.clock.sleep, spacer };
  const auth = new TokenProvider(
    {
      tokenUrl: config.tokenUrl,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      timeoutMs: config.timeoutMs,
      retry: config.retry,
    },
    httpDeps,
    deps.redactor,
  );
  const budget = new RateBudget(deps.clock, (seconds, reason) => reporter.countdown(seconds, reason), LIVE_COSTS);
  const client = new WclClient(
    { apiUrl: config.apiUrl, timeoutMs: config.timeoutMs, retry: config.retry },
    httpDeps,
    auth,
    budget,
    deps.redactor,
    (event) => {
      if (!event.ok)
        reporter.verbose(
          `retry: ${event.label}: attempt ${event.attempt}: ${event.message ?? ""}${event.delayMs !== undefined ? ` (waiting ${event.delayMs} ms)` : ""}`,
        );
      else reporter.verbose(`request ${client.requests}: ${event.label}`);
    },
  );
  const counters = (): Counters => {
    const snap = budget.snapshot;
    return {
      requests: client.requests,
      pointsUsed: budget.pointsSpentByRun,
      pointsLeft: snap === undefined ? undefined : budget.pointsLeft(),
    };
  };
  const runner: BatchRunner = {
    client,
    clock: deps.clock,
    random: deps.random,
    retry: config.retry,
    concurrency: config.concurrency,
    onItemRetry: (what, attempt, message) => reporter.verbose(`retry: ${what}: attempt ${attempt}: ${message}`),
    budget,
    sizes: new Map<string, AdaptiveSize>(),
    onSplit: (kind, from, message) =>
      reporter.verbose(`split: a ${kind} request of ${from} aliases failed (${message}); retrying it as two halves`),
  };

  // 1. What to rank.
  const specSel = selectSpecs(config.selection);
  if (!specSel.ok) throw new PipelineError(specSel.message, { kind: "usage" });
  const specs = specSel.value;
  const contents = selectContents(config.selection);
  const notes: string[] = [];
  const onNote = (line: string): void => {
    reporter.warn(line);
    notes.push(line);
  };
  const allZones = await discoverZones(
    runner,
    cache,
    { raidZones: config.raidZones, mplusZone: config.mplusZone, raidDifficulties: config.raidDifficulties, contents, onNote },
    deps.clock.now,
  );
  const encSel = selectEncounters(allZones, config.selection);
  if (!encSel.ok) throw new PipelineError(encSel.message, { kind: "usage" });
  const encounters = encSel.value;
  let zones = allZones.filter((z) => encounters.some((e) => e.zoneId === z.zoneId));
  const generalContents = fullyCoveredContents(zones, encounters);
  for (const zone of zones) {
    if (sectionOfZone(zone) === undefined)
      throw new PipelineError(`raid difficulty "${zone.difficultyName}" is not one the data holds; use heroic or mythic`);
  }

  if (config.dryRun) {
    // Discovery from the cache read no budget: one rateLimitData request (1 point), so the plan can say whether it fits.
    if (budget.blind) await client.probe();
    deps.stdout.write(formatPlan(config, zones, encounters, specs.length, generalContents, budget));
    return undefined;
  }

  // 1b. The talent trees (not Warcraft Logs: no points). Without them the run goes on, without strings and names.
  const loaded = await loadTrees(
    {
      file: config.treesFile,
      url: config.treesUrl ?? DEFAULT_TREES_URL,
      cacheDir: path.join(config.cacheDir, config.cacheNamespace ?? config.kind, "trees"),
      fresh: config.fresh,
      timeoutMs: config.timeoutMs,
      sleep: deps.clock.sleep,
    },
    deps.fetch,
  );
  if (loaded.note !== undefined) onNote(loaded.note);

  // 2. Rankings.
  // One ranking per (spec, zone, encounter): the same raid zone ranked at Heroic and at Mythic is two planned zones.
  const pairs = specs.flatMap((spec) =>
    zones.flatMap((zone) => zone.encounters.filter((e) => encounters.includes(e)).map((encounter) => ({ spec, encounter, zone }))),
  );
  const fetchPairs = (list: typeof pairs, phase: string): Promise<PairRankings[]> => {
    reporter.phase(phase, list.length * Math.max(1, Math.ceil(config.topN / PAGE_SIZE)));
    return fetchRankings(runner, cache, list, {
      topN: config.topN,
      maxPerRequest: config.batch.rankings,
      onPage: () => reporter.advance(1, counters()),
    });
  };
  let rankings = await fetchPairs(pairs, "rankings");

  // 2b. A content without a single ranking in its default partition (a patch that just started): previous partition.
  for (const zone of zones) {
    const own = rankings.filter((p) => p.zone === zone);
    if (own.length === 0 || own.some((p) => p.rows.length > 0 || p.invalidRows > 0)) continue;
    const where = `${zone.content}: zone ${zone.zoneId} (${zone.name}) partition ${zone.partition}${zone.partitionName !== undefined ? ` (${zone.partitionName})` : ""}`;
    const previous = zone.previousPartition;
    if (previous === undefined) {
      reporter.warn(`${where} has no rankings and there is no previous partition to fall back to`);
      continue;
    }
    reporter.warn(`${where} has no rankings yet; using the previous partition ${previous.id} (${previous.name})`);
    const fallback: PlannedZone = { ...zone, partition: previous.id, partitionName: previous.name, previousPartition: undefined };
    const again = await fetchPairs(
      own.map((p) => ({ spec: p.spec, encounter: p.encounter, zone: fallback })),
      `rankings (partition ${previous.id})`,
    );
    if (!again.some((p) => p.rows.length > 0 || p.invalidRows > 0)) {
      reporter.warn(`${zone.content}: the previous partition ${previous.id} has no rankings either; keeping partition ${zone.partition}`);
      continue;
    }
    const replaced = new Map(again.map((p) => [`${p.spec.specId}:${p.encounter.id}`, p]));
    rankings = rankings.map((p) => (p.zone === zone ? (replaced.get(`${p.spec.specId}:${p.encounter.id}`) ?? p) : p));
    zones = zones.map((z) => (z === zone ? fallback : z));
    notes.push(
      `${zone.content}: partition ${zone.partition} had no rankings yet; used the previous partition ${previous.id} (${previous.name})`,
    );
  }

  // Messy rows are counted, never fatal; a ranking the API refused ({"error"}) is an empty one, said in a note.
  const rowReport = rankingRowStats(rankings);
  for (const line of rowReport.notes) onNote(line);
  const entries: RankedEntry[] = [];
  const invalidRows = new Map<string, number>();
  const talentNames = new Map<number, string>();
  for (const pair of rankings) {
    for (const [id, name] of Object.entries(pair.talentNames ?? {})) if (!talentNames.has(Number(id))) talentNames.set(Number(id), name);
    const { entries: list, wrongSpec } = entriesOf(pair);
    entries.push(...list);
    const invalid = pair.invalidRows + wrongSpec;
    if (invalid > 0) invalidRows.set(samplePairKey(pair.spec.specId, sectionOfZone(pair.zone)!, pair.encounter.id), invalid);
  }
  // 3. The tree check: a logged build that does not add up on its tree leaves the sample (counted, never recommended).
  const checked = loaded.trees === undefined ? undefined : checkRows(entries, loaded.trees, pointBudget(loaded.trees));
  for (const [kind, example] of checked?.examples ?? []) reporter.verbose(`tree check: dropped (${kind}), e.g. ${example}`);
  const kept = checked?.kept ?? entries;
  // Rows without a talent list have no build to count: skipped.
  const withoutList = entriesWithoutList(kept).length;
  if (withoutList > 0) reporter.verbose(`${withoutList} ranking rows without a talent list: skipped`);
  const samples = buildSamples(kept, invalidRows);

  // 4. Consensus builds, then each chosen build's import string encoded on its tree (no requests).
  const sections = planSections(zones, encounters);
  const built = buildTargets(
    specs.map((s) => s.specId),
    sections,
    samples,
    config.topN,
  );
  const choices = chooseSlots(built, heroSplits(built));
  const encodeFailures: string[] = [];
  const extras: BuildExtras = (specId, list) => {
    const tree = loaded.trees?.specs.get(specId);
    if (tree === undefined || list.length === 0) return {};
    const encoded = encodeBuildString(tree, list);
    if (!encoded.ok) {
      encodeFailures.push(`spec ${specId}: ${encoded.message}`);
      return {};
    }
    return encoded.heroTree === undefined ? { talentCode: encoded.code } : { talentCode: encoded.code, heroTree: encoded.heroTree };
  };
  const { encounterSlots, generalSlots, withoutString, picks } = collectBuilds(choices, extras);
  reporter.finish();
  // The last answer's own cost shows only in a later reading: one rateLimitData request (1 point) reads it.
  await client.settle();
  for (const failure of encodeFailures.slice(0, 5)) reporter.warn(`import string not written: ${failure}`);

  // 5. Output.
  const newest = entries.reduce((max, e) => Math.max(max, e.startTime), 0);
  const run: RunResult = {
    kind: config.kind,
    apiOrigin: config.apiOrigin,
    topN: config.topN,
    // Without a single ranking row there is no newest ranking: the run's own time, never 1970.
    generatedAt: config.generatedAt ?? new Date(newest > 0 ? newest : deps.clock.now()).toISOString(),
    zones,
    specs,
    encounters,
    generalSections: sections.filter((s) => s.general).map((s) => s.section),
    encounterSlots,
    generalSlots,
    talentNames: treeNamesOf(loaded.trees, specs) ?? talentNames,
    ...(loaded.trees !== undefined ? { trees: layoutsOf(loaded.trees, specs) } : {}),
    ...(loaded.trees?.wowBuild !== undefined ? { treeBuild: loaded.trees.wowBuild } : {}),
  };
  const read = await readExisting(config.outDir);
  const partial = isPartial(config.selection);
  if (partial && read.problem !== undefined) reporter.warn(read.problem);
  const document = composeTalentData(run, partial ? read.data : undefined);
  const worse = config.force === true ? undefined : worseThanPrevious(read.raw, document, config.minCoverage ?? DEFAULT_MIN_COVERAGE);
  const files = worse === undefined ? await writeOutputs(config.outDir, document) : undefined;

  const summary: RunSummary = {
    contents: sections.map((plan) => contentSummary(plan, zones, specs.length, samples, encounterSlots, generalSlots)),
    requests: client.requests,
    tokenRequests: auth.requests,
    points: budget.pointsSpentByRun,
    pointsLeft: counters().pointsLeft,
    largestAnswerBytes: client.largestAnswerBytes,
    cacheHits: cache.stats.hits,
    cacheCorrupt: cache.stats.corrupt,
    trees: loaded.origin,
    treeDropped: checked?.dropped ?? new Map(),
    picks,
    withoutString,
    seconds: (deps.clock.now() - started) / 1000,
    outputFiles: files === undefined ? [] : [files.lua, files.json],
    notes,
    rows: rowReport.stats,
  };
  deps.stdout.write(formatSummary(summary));
  if (worse !== undefined) {
    throw new PipelineError(`kept the previous output in ${config.outDir}: ${worse}`, {
      kind: "guard",
      hint: "--force writes the new output anyway",
    });
  }
  return summary;
}

/** Every spec known to the contract, for `--help` texts. */
export const ALL_SPEC_COUNT = SPECS.length;
