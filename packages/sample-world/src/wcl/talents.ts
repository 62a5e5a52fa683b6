/**
 * Talent builds of the sample source and the pure mapping between a ranking row's talent list and an import string.
 * Ranking rows carry `talents: [{talentID, points}]`, report fights answer `talentImportCode`, and both must describe
 * the same build. Builds are legal builds of the procedural class trees of ../trees (the same trees, with the same
 * default seed, that the simulated game client uses), so a sample string can also be applied in the simulated
 * client. Strings are written by the contract's codec with the header spec ID = the spec, as the game exports them.
 */
import { CURRENT_VERSION, decodeLoadout, encodeLoadout, specById, type NodeRecord } from "@att/contract";
import {
  isChoiceKind,
  loadoutToBuild,
  makeClassTree,
  tieredMaxRanks,
  tierRanks,
  type ClassTreeDef,
  type NodeDef,
  type NodeState,
  type TalentBuild,
} from "../trees/index";

export type SampleTree = ClassTreeDef;

/**
 * One talent of a ranking row, as Warcraft Logs lists it with includeCombatantInfo: only `talentID` and `points`
 * (every item of the real pages in ../shared/testdata/wcl-real; no name, no icon).
 */
export interface RowTalent {
  readonly talentID: number;
  readonly points: number;
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
  /** Import string as the game exports it: a record slot per node, the tree hash in the header (encoded on first read). */
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
  return { talentID, points };
}

const nodeMaps = new WeakMap<ClassTreeDef, Map<number, NodeDef>>();

export function nodesById(tree: ClassTreeDef): Map<number, NodeDef> {
  let map = nodeMaps.get(tree);
  if (map === undefined) nodeMaps.set(tree, (map = new Map(tree.nodes.map((n) => [n.nodeId, n]))));
  return map;
}

/**
 * A build's talent list as a ranking row shows it: one talent per bought node, except a tiered node whose tiers are
 * separate trait entries (a node that is no choice yet has several entries: Midnight's apex talents). Reports of live
 * logs (2026, ../shared/reference/warcraftlogs-api.md) say a row lists such a node as one talentID per tier whose
 * points add up to the node's rank; so its ranks fill the entries in order. Unverified: no real row with apex
 * entries is recorded.
 */
export function buildToTalents(tree: ClassTreeDef, build: TalentBuild): RowTalent[] {
  const byId = nodesById(tree);
  const out: RowTalent[] = [];
  for (const state of build) {
    const node = byId.get(state.nodeId);
    if (node === undefined || state.granted) continue;
    // A tiered (apex) node is listed as one talent per tier that holds ranks, as logs list it.
    if (node.kind === "tiered") for (const tier of tierRanks(node, state.ranks)) out.push(rowTalent(tier.entryId, tier.ranks));
    else out.push(rowTalent(state.entryId ?? node.entries[0]!.entryId, state.ranks));
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
    const max = node.kind === "tiered" ? tieredMaxRanks(node) : (node.entries[choice ?? 0]?.maxRanks ?? 0);
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
  const tiered = new Map<number, NodeState>();
  for (const t of talents) {
    const node = byEntry.get(t.talentID);
    const entry = node?.entries.find((e) => e.entryId === t.talentID);
    if (node === undefined || entry === undefined || node.granted || t.points < 1 || t.points > entry.maxRanks) return undefined;
    if (node.kind === "tiered") {
      // A tiered node's tiers add up to its rank (the game's importer fills them in order).
      const before = tiered.get(node.nodeId);
      const ranks = (before?.ranks ?? 0) + t.points;
      if (ranks > tieredMaxRanks(node)) return undefined;
      const state = { nodeId: node.nodeId, ranks, granted: false };
      if (before === undefined) build.push(state);
      else build[build.indexOf(before)] = state;
      tiered.set(node.nodeId, state);
      continue;
    }
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

/**
 * A build whose import string is encoded when first read: rows draw thousands of builds (each player's own flex
 * talents), and only the few whose report fight is asked for ever need their string. A class, so the getter lives
 * on the prototype (an accessor on each object literal made creating 28,000 builds several times slower).
 */
class LazySampleBuild implements SampleBuild {
  readonly key: string;
  private encoded: string | undefined;

  constructor(
    private readonly tree: ClassTreeDef,
    readonly specId: number,
    private readonly build: TalentBuild,
    readonly heroTree: number,
    readonly talents: readonly RowTalent[],
  ) {
    this.key = buildKey(talents);
  }

  get code(): string {
    this.encoded ??= encodeBuild(this.tree, this.specId, this.build);
    if (this.encoded === undefined) throw new Error(`sample build for spec ${this.specId} does not encode`);
    return this.encoded;
  }
}

export function lazySampleBuild(
  tree: ClassTreeDef,
  specId: number,
  build: TalentBuild,
  heroTree: number,
  talents = buildToTalents(tree, build),
): SampleBuild {
  return new LazySampleBuild(tree, specId, build, heroTree, talents);
}
