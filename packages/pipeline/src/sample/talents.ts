/**
 * Synthetic class talent trees and the pure mapping between a ranking row's talent list and an import string.
 * The sample source needs both views of one build: ranking rows carry `talents: [{talentID, points}]`, report fights
 * answer `talentImportCode`, and the two must describe the same build. Strings are made with the contract's codec
 * (header spec ID = the spec), so they pass the pipeline's validation exactly like real ones.
 *
 * The trees only have the shape the codec and the pipeline care about (node order, entries, ranks, choice nodes, a
 * hero sub-tree selection); they do not model talent prerequisites.
 */
import { CURRENT_VERSION, SPECS, decodeLoadout, encodeLoadout, type NodeRecord } from "@att/contract";
import { createRng, type Rng } from "./prng";

export interface SampleEntry {
  /** The ID Warcraft Logs reports as `talentID` in ranking rows. */
  readonly entryId: number;
  readonly maxRanks: number;
}

export interface SampleNode {
  readonly nodeId: number;
  readonly section: "class" | "spec" | "heroSelection" | "hero";
  /** Spec nodes: the spec they belong to. */
  readonly specId?: number;
  /** Hero nodes: index of their hero sub-tree in the class (0..2). */
  readonly subTree?: number;
  /** More than one entry: a choice node; the string records the chosen entry's index. */
  readonly entries: readonly SampleEntry[];
}

export interface SampleTree {
  readonly classId: number;
  /** In loadout record order. */
  readonly nodes: readonly SampleNode[];
  /** 16 bytes written into exported strings, as the game does; canonical strings zero it. */
  readonly treeHash: readonly number[];
}

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
  readonly talents: readonly RowTalent[];
  /** Import string as the game exports it (full record count, class tree hash). */
  readonly code: string;
}

const CLASS_NODES = 32;
const SPEC_NODES = 28;
const HERO_SUBTREES = 3;
const HERO_NODES = 11;

/** Deterministic per class: the same seed and class always give the same tree. */
export function makeClassTree(seed: number, classId: number): SampleTree {
  const rng = createRng(seed, `tree:${classId}`);
  const nodes: SampleNode[] = [];
  let nextEntry = 100000 + classId * 1000;
  const entry = (maxRanks: number): SampleEntry => ({ entryId: nextEntry++, maxRanks });
  const node = (section: SampleNode["section"], extra: { specId?: number; subTree?: number } = {}): void => {
    const roll = rng.next();
    const entries = roll < 0.15 ? [entry(1), entry(1)] : roll < 0.4 ? [entry(2)] : [entry(1)];
    nodes.push({ nodeId: classId * 1000 + nodes.length + 1, section, ...extra, entries });
  };
  for (let i = 0; i < CLASS_NODES; i++) node("class");
  for (const spec of SPECS.filter((s) => s.classId === classId)) {
    for (let i = 0; i < SPEC_NODES; i++) node("spec", { specId: spec.specId });
  }
  nodes.push({
    nodeId: classId * 1000 + nodes.length + 1,
    section: "heroSelection",
    entries: Array.from({ length: HERO_SUBTREES }, () => entry(1)),
  });
  for (let t = 0; t < HERO_SUBTREES; t++) {
    for (let i = 0; i < HERO_NODES; i++) node("hero", { subTree: t });
  }
  const treeHash = Array.from({ length: 16 }, () => rng.int(0, 255));
  return { classId, nodes, treeHash };
}

/** A spec may take two of its class's three hero sub-trees, as in the game. */
function heroChoicesOf(specId: number): number[] {
  const spec = SPECS.find((s) => s.specId === specId);
  const position = spec === undefined ? 0 : SPECS.filter((s) => s.classId === spec.classId).indexOf(spec);
  return [position % HERO_SUBTREES, (position + 1) % HERO_SUBTREES];
}

/** What a build holds on one node: ranks bought and, on a choice node, the entry index. */
interface Pick {
  readonly nodeIndex: number;
  readonly ranks: number;
  readonly choice: number;
}

function pickNode(rng: Rng, tree: SampleTree, nodeIndex: number): Pick {
  const node = tree.nodes[nodeIndex]!;
  const choice = rng.int(0, node.entries.length - 1);
  return { nodeIndex, ranks: rng.int(1, node.entries[choice]!.maxRanks), choice };
}

/** A random (not legality-checked) build: most class and spec nodes, a hero sub-tree and most of its nodes. */
function randomPicks(rng: Rng, tree: SampleTree, specId: number): Pick[] {
  const picks: Pick[] = [];
  tree.nodes.forEach((node, index) => {
    if ((node.section === "class" || (node.section === "spec" && node.specId === specId)) && rng.chance(0.7)) {
      picks.push(pickNode(rng, tree, index));
    }
  });
  const heroIndex = tree.nodes.findIndex((n) => n.section === "heroSelection");
  const subTree = rng.pick(heroChoicesOf(specId));
  picks.push({ nodeIndex: heroIndex, ranks: 1, choice: subTree });
  tree.nodes.forEach((node, index) => {
    if (node.section === "hero" && node.subTree === subTree && rng.chance(0.85)) picks.push({ nodeIndex: index, ranks: 1, choice: 0 });
  });
  return picks.sort((a, b) => a.nodeIndex - b.nodeIndex);
}

/** A close variant: a few class/spec nodes toggled or re-chosen, the way popular builds differ in practice. */
function varyPicks(rng: Rng, tree: SampleTree, specId: number, base: readonly Pick[]): Pick[] {
  const byIndex = new Map(base.map((p) => [p.nodeIndex, p] as const));
  const candidates: number[] = [];
  tree.nodes.forEach((node, index) => {
    if (node.section === "class" || (node.section === "spec" && node.specId === specId)) candidates.push(index);
  });
  const changes = rng.int(1, 3);
  for (let i = 0; i < changes; i++) {
    const index = rng.pick(candidates);
    if (byIndex.has(index) && rng.chance(0.5)) byIndex.delete(index);
    else byIndex.set(index, pickNode(rng, tree, index));
  }
  return [...byIndex.values()].sort((a, b) => a.nodeIndex - b.nodeIndex);
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

function picksToTalents(tree: SampleTree, picks: readonly Pick[]): RowTalent[] {
  return picks.map((p) => rowTalent(tree.nodes[p.nodeIndex]!.entries[p.choice]!.entryId, p.ranks));
}

/** Talent list -> import string (game export form: every record, the class tree hash). Undefined for a talent not on the tree. */
export function talentsToCode(tree: SampleTree, specId: number, talents: readonly TalentPick[]): string | undefined {
  const byEntry = new Map<number, { index: number; choice: number; maxRanks: number; choiceNode: boolean }>();
  tree.nodes.forEach((node, index) => {
    node.entries.forEach((e, choice) => byEntry.set(e.entryId, { index, choice, maxRanks: e.maxRanks, choiceNode: node.entries.length > 1 }));
  });
  const records: NodeRecord[] = [];
  for (const t of talents) {
    const at = byEntry.get(t.talentID);
    if (at === undefined || t.points < 1 || t.points > at.maxRanks) return undefined;
    records.push({
      index: at.index,
      purchased: true,
      ranks: t.points === at.maxRanks ? undefined : t.points,
      choice: at.choiceNode ? at.choice : undefined,
    });
  }
  records.sort((a, b) => a.index - b.index);
  const encoded = encodeLoadout({ version: CURRENT_VERSION, specId, treeHash: tree.treeHash, recordCount: tree.nodes.length, nodes: records });
  return encoded.ok ? encoded.value : undefined;
}

/** Import string -> spec and talent list; undefined when the string does not decode onto this tree. */
export function codeToTalents(tree: SampleTree, code: string): { specId: number; talents: TalentPick[] } | undefined {
  const decoded = decodeLoadout(code);
  if (!decoded.ok) return undefined;
  const talents: TalentPick[] = [];
  for (const record of decoded.value.nodes) {
    const node = tree.nodes[record.index];
    const entry = node?.entries[record.choice ?? 0];
    if (entry === undefined) return undefined;
    talents.push({ talentID: entry.entryId, points: record.purchased ? record.ranks ?? entry.maxRanks : 1 });
  }
  return { specId: decoded.value.specId, talents };
}

function toBuild(tree: SampleTree, specId: number, picks: readonly Pick[]): SampleBuild {
  const talents = picksToTalents(tree, picks);
  const code = talentsToCode(tree, specId, talents);
  if (code === undefined) throw new Error(`sample build for spec ${specId} does not encode`);
  return { specId, key: buildKey(talents), talents, code };
}

/**
 * `count` distinct builds for one spec: a random base and close variants of it (and an occasional unrelated
 * build), so the builds compete the way real top builds do: mostly small differences.
 */
export function makeSpecBuilds(seed: number, tree: SampleTree, specId: number, count: number): SampleBuild[] {
  const rng = createRng(seed, `builds:${specId}`);
  const base = randomPicks(rng, tree, specId);
  const builds = [toBuild(tree, specId, base)];
  const keys = new Set(builds.map((b) => b.key));
  for (let attempts = 0; builds.length < count && attempts < count * 20; attempts++) {
    const build = toBuild(tree, specId, attempts % 4 === 3 ? randomPicks(rng, tree, specId) : varyPicks(rng, tree, specId, base));
    if (keys.has(build.key)) continue;
    keys.add(build.key);
    builds.push(build);
  }
  return builds;
}
