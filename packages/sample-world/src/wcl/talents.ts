/**
 * Talent builds of the sample source and the pure mapping between a ranking row's talent list and an import string.
 * Ranking rows carry `talents: [{talentID, points}]`, report fights answer `talentImportCode`, and both must describe
 * the same build. Builds are legal builds of the procedural class trees of ../trees (the same trees, with the same
 * default seed, that the simulated game client uses), so a sample string can also be applied in the simulated
 * client. Strings are written by the contract's codec with the header spec ID = the spec, as the game exports them.
 */
import { CURRENT_VERSION, decodeLoadout, encodeLoadout, specById, type NodeRecord } from "@att/contract";
import {
  heroTreeOf,
  isChoiceKind,
  loadoutToBuild,
  makeClassTree,
  randomLegalBuild,
  withOtherHeroTree,
  type ClassTreeDef,
  type NodeDef,
  type NodeState,
  type TalentBuild,
} from "../trees/index";
import { createRng, type Rng } from "./prng";

export type SampleTree = ClassTreeDef;

/** One talent of a ranking row, as Warcraft Logs lists it with includeCombatantInfo. */
export interface RowTalent {
  readonly talentID: number;
  readonly points: number;
  readonly name: string;
  readonly id: number;
  readonly icon: string;
}

export interface TalentPick {
  readonly talentID: number;
  readonly points: number;
}

export interface SampleBuild {
  readonly specId: number;
  /** Sorted `talentID:points` pairs: the build identity the pipeline is expected to use. */
  readonly key: string;
  /** Bought talents and the hero-tree choice; granted (free) nodes are left out, as they are the same for every build. */
  readonly talents: readonly RowTalent[];
  /** Import string as the game exports it: a record slot per node, the tree hash in the header. */
  readonly code: string;
  /** The hero tree (sub-tree ID) the build has chosen: the truth tests hold the pipeline's hero split against. */
  readonly heroTree: number;
}

const trees = new Map<number, ClassTreeDef>();

/** The model's class tree (default tree seed), built once per process: the trees are pure functions of the class. */
export function classTree(classId: number): ClassTreeDef {
  let tree = trees.get(classId);
  if (tree === undefined) trees.set(classId, (tree = makeClassTree(classId)));
  return tree;
}

export function buildKey(talents: readonly TalentPick[]): string {
  return talents
    .map((t) => [t.talentID, t.points] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([id, points]) => `${id}:${points}`)
    .join(",");
}

function rowTalent(talentID: number, points: number): RowTalent {
  return { talentID, points, name: `Sample Talent ${talentID}`, id: talentID + 300000, icon: "inv_misc_questionmark.jpg" };
}

const nodeMaps = new WeakMap<ClassTreeDef, Map<number, NodeDef>>();

function nodesById(tree: ClassTreeDef): Map<number, NodeDef> {
  let map = nodeMaps.get(tree);
  if (map === undefined) nodeMaps.set(tree, (map = new Map(tree.nodes.map((n) => [n.nodeId, n]))));
  return map;
}

function buildToTalents(tree: ClassTreeDef, build: TalentBuild): RowTalent[] {
  const byId = nodesById(tree);
  const out: RowTalent[] = [];
  for (const state of build) {
    const node = byId.get(state.nodeId);
    if (node === undefined || state.granted) continue;
    out.push(rowTalent(state.entryId ?? node.entries[0]!.entryId, state.ranks));
  }
  return out;
}

/**
 * The game's export of a build (buildRecords + encodeBuild): a record per node in tree order, granted nodes
 * "selected, not purchased", ranks only when partial, the chosen entry's position on choice nodes, the tree hash in
 * the header. The same mapping as the tree model's buildToLoadout (a test holds them equal), without re-indexing the
 * tree on every call: that alone took a third of the data set's build time.
 */
function buildRecords(tree: ClassTreeDef, build: TalentBuild): NodeRecord[] {
  const states = new Map(build.map((s) => [s.nodeId, s]));
  const records: NodeRecord[] = [];
  tree.nodes.forEach((node, index) => {
    const state = states.get(node.nodeId);
    if (state === undefined) return;
    if (state.granted) {
      records.push({ index, purchased: false });
      return;
    }
    const choice = isChoiceKind(node.kind) ? node.entries.findIndex((e) => e.entryId === state.entryId) : undefined;
    const max = node.entries[choice ?? 0]?.maxRanks ?? 0;
    records.push({ index, purchased: true, ranks: state.ranks < max ? state.ranks : undefined, choice });
  });
  return records;
}

function encodeBuild(tree: ClassTreeDef, specId: number, build: TalentBuild): string | undefined {
  const encoded = encodeLoadout({
    version: CURRENT_VERSION,
    specId,
    treeHash: tree.treeHash,
    recordCount: tree.nodes.length,
    nodes: buildRecords(tree, build),
  });
  return encoded.ok ? encoded.value : undefined;
}

/** Talent list -> import string (game export form). Undefined for a talent that is not on the tree or too many points. */
export function talentsToCode(tree: ClassTreeDef, specId: number, talents: readonly TalentPick[]): string | undefined {
  const byEntry = new Map<number, NodeDef>();
  for (const node of tree.nodes) for (const entry of node.entries) byEntry.set(entry.entryId, node);
  const build: NodeState[] = [];
  for (const t of talents) {
    const node = byEntry.get(t.talentID);
    const entry = node?.entries.find((e) => e.entryId === t.talentID);
    if (node === undefined || entry === undefined || node.granted || t.points < 1 || t.points > entry.maxRanks) return undefined;
    build.push(
      isChoiceKind(node.kind)
        ? { nodeId: node.nodeId, ranks: t.points, entryId: t.talentID, granted: false }
        : { nodeId: node.nodeId, ranks: t.points, granted: false },
    );
  }
  // The exported string also lists the nodes the game grants (the spec's, the chosen hero tree's keystone): the
  // the tree model's loadoutToBuild knows which, and adds them.
  const bought = {
    version: CURRENT_VERSION,
    specId,
    treeHash: tree.treeHash,
    recordCount: tree.nodes.length,
    nodes: buildRecords(tree, build),
  };
  const full = loadoutToBuild(tree, bought);
  return full.ok ? encodeBuild(tree, specId, full.value) : undefined;
}

/** Import string -> spec and talent list; undefined when the string does not decode onto this class's tree. */
export function codeToTalents(tree: ClassTreeDef, code: string): { specId: number; talents: TalentPick[] } | undefined {
  const decoded = decodeLoadout(code);
  if (!decoded.ok || specById(decoded.value.specId)?.classId !== tree.classId) return undefined;
  const build = loadoutToBuild(tree, decoded.value);
  if (!build.ok) return undefined;
  return {
    specId: decoded.value.specId,
    talents: buildToTalents(tree, build.value).map((t) => ({ talentID: t.talentID, points: t.points })),
  };
}

function toSampleBuild(tree: ClassTreeDef, specId: number, build: TalentBuild, talents = buildToTalents(tree, build)): SampleBuild {
  const code = encodeBuild(tree, specId, build);
  if (code === undefined) throw new Error(`sample build for spec ${specId} does not encode`);
  const heroTree = heroTreeOf(tree, specId, build);
  if (heroTree === undefined) throw new Error(`sample build for spec ${specId} has no hero tree`);
  return { specId, key: buildKey(talents), talents, code, heroTree };
}

/**
 * A close variant: another entry on one bought choice node, at the same ranks. Legal by construction (the node
 * stays full and nothing else moves), and cheap: the tree model's mutateBuild re-checks legality on every call, which
 * for 160 variants would double the data set's generation time.
 */
function flipChoice(tree: ClassTreeDef, build: TalentBuild, rng: Rng): TalentBuild | undefined {
  const byId = nodesById(tree);
  const choices = build.filter((s) => !s.granted && byId.get(s.nodeId)?.kind === "selection");
  if (choices.length === 0) return undefined;
  const target = rng.pick(choices);
  const options = byId.get(target.nodeId)!.entries.filter((e) => e.entryId !== target.entryId && e.maxRanks === target.ranks);
  if (options.length === 0) return undefined;
  const entryId = rng.pick(options).entryId;
  return build.map((s) => (s === target ? { ...s, entryId } : s));
}

/**
 * `count` distinct legal builds on each of the spec's two hero trees, the spec's main hero tree first: a random
 * full build from the tree model (randomLegalBuild), the same class and spec choices on the other hero tree
 * (withOtherHeroTree), and around each of the two, variants one or two choice nodes away from it or from each
 * other, the way real top builds usually differ. Both trees are needed because real rankings split over them
 * (the pipeline offers the other tree's build as an alternative); rows.ts decides how many rows each tree gets.
 */
export function makeSpecBuilds(seed: number, tree: ClassTreeDef, specId: number, count: number): readonly SampleBuild[] {
  // A pure function of its arguments, and the costliest part of a data set: processes that build several data sets
  // (tests, benches) draw each spec's builds once.
  let memo = buildMemo.get(tree);
  if (memo === undefined) buildMemo.set(tree, (memo = new Map()));
  const key = `${seed}:${specId}:${count}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const builds = drawSpecBuilds(seed, tree, specId, count);
  memo.set(key, builds);
  return builds;
}

const buildMemo = new WeakMap<ClassTreeDef, Map<string, readonly SampleBuild[]>>();

function drawSpecBuilds(seed: number, tree: ClassTreeDef, specId: number, count: number): SampleBuild[] {
  const rng = createRng(seed, `builds:${specId}`);
  const keys = new Set<string>();
  const main = randomLegalBuild(tree, specId, rng.next);
  // The main tree's builds come first from the stream, so drawing the other tree's too left them unchanged.
  const builds = drawVariants(tree, specId, main, count, rng, keys);
  const other = withOtherHeroTree(tree, specId, main, rng.next);
  return other === undefined ? builds : [...builds, ...drawVariants(tree, specId, other, count, rng, keys)];
}

/** `base` and up to count - 1 distinct variants of it, all on base's hero tree; `keys` holds every key drawn so far. */
function drawVariants(tree: ClassTreeDef, specId: number, base: TalentBuild, count: number, rng: Rng, keys: Set<string>): SampleBuild[] {
  const heroTree = heroTreeOf(tree, specId, base);
  const raw: TalentBuild[] = [base];
  const builds = [toSampleBuild(tree, specId, base)];
  keys.add(builds[0]!.key);
  for (let attempts = 0; builds.length < count && attempts < count * 20; attempts++) {
    let next = flipChoice(tree, rng.chance(0.7) ? base : rng.pick(raw), rng);
    if (next !== undefined && rng.chance(0.4)) next = flipChoice(tree, next, rng) ?? next;
    // A spec whose build has no choice node to flip gets an unrelated random build instead, moved onto base's hero
    // tree when it drew the other one (a spec has two: switching from one lands on the other).
    if (next === undefined) {
      next = randomLegalBuild(tree, specId, rng.next);
      if (heroTreeOf(tree, specId, next) !== heroTree) next = withOtherHeroTree(tree, specId, next, rng.next) ?? next;
    }
    const talents = buildToTalents(tree, next);
    const key = buildKey(talents);
    if (keys.has(key)) continue;
    keys.add(key);
    raw.push(next);
    builds.push(toSampleBuild(tree, specId, next, talents));
  }
  return builds;
}
