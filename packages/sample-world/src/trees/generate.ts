/**
 * Deterministic procedural class trees shaped like the retail ones, for every class in SPECS.
 *
 * Per class: a class section (44-47 nodes) shared by all specs; a spec section per spec (38-41 nodes, 36-38 for
 * a 4-spec class; the first one or two granted); one 14-node hero sub-tree per spec (at least 3): a keystone
 * granted with the tree and 13 nodes to buy; shared as in retail: the spec at position i in its class may take
 * hero trees i and i+1; per spec a sub-tree selection node offering those two, and an apex node (APEX_TIERS). That
 * is 206-218 nodes for a 3-spec class and 252-263 for Druid (real 12.0.1 trees: 206-281). Caps: class 34, spec 34, hero 13 (the whole hero
 * tree, as in retail); gates 8 and 20 in class and spec sections.
 *
 * Node IDs are a shuffled, gapped range derived from the class ID, so ascending-nodeId order (the loadout
 * record order) interleaves the sections as real trees do, and nothing can mistake an ID for a position.
 */
import { specsOfClass } from "@att/contract";
import { ensureSelection, laySection, rowWidths, type LaidNode, type SectionShape, type SectionSpec } from "./layout";
import { createRng, mixSeeds, randomInt } from "./prng";
import type { ClassTreeDef, EntryDef, NodeDef, Rng, SubTreeDef, TreeSection } from "./types";

export interface TreeOptions {
  /** Varies the shapes (row widths, node kinds, edges, IDs); the same seed always gives the same tree. */
  readonly seed?: number;
}

export const DEFAULT_TREE_SEED = 0;
export const CLASS_POINTS = 34;
export const SPEC_POINTS = 34;
export const HERO_POINTS = 13;
export const SECTION_GATES: readonly number[] = [8, 20];
/**
 * Midnight's apex node, one per spec: a Tiered node of three entries with 1, 2 and 1 ranks (4 in all), in the spec
 * section behind its 20-point gate, with no edges. Every spec of the real 12.0.1 trees has exactly this shape
 * (Raidbots talents.json of 12.0.1: `type: "tiered"`, `maxRanks: 4`, entries' maxRanks 1/2/1, `reqPoints: 20`,
 * no `prev`/`next`). Which currency pays for it is not in that file: here it costs spec points (unverified).
 */
export const APEX_TIERS: readonly number[] = [1, 2, 1];
export const APEX_GATE = 20;

const HERO_ROWS: readonly number[] = [1, 3, 3, 3, 2, 2];
const HERO_NAMES: readonly string[] = ["Vanguard", "Warden", "Harbinger", "Wayfinder", "Sentinel"];
/** Retail positions are in grid units of 600; sections sit side by side, spec sections share one area. */
const GRID = 300;

/** The C_Traits tree ID of a class's tree. */
export function classTreeId(classId: number): number {
  return 700 + classId;
}

/** One node before IDs exist: its shape plus where it belongs. */
interface Pending {
  readonly laid: LaidNode;
  readonly section: TreeSection;
  readonly specId?: number;
  readonly subTreeId?: number;
  /** Index of the first node of its section in the pending list (parents are section-relative). */
  readonly base: number;
  readonly originX: number;
  readonly originY: number;
  /** Sub-tree selection nodes: the hero trees offered. */
  readonly offers?: readonly number[];
  /** Apex nodes: each tier's maxRanks, one entry per tier. */
  readonly tiers?: readonly number[];
}

function sectionSpec(rng: Rng, count: number, granted: number): SectionSpec {
  return {
    rowWidths: rowWidths(rng, count, granted > 0 ? granted : 3, 3, 6),
    granted,
    tieredChance: 0.22,
    selectionChance: 0.14,
    gates: SECTION_GATES,
    firstGateRow: 3,
  };
}

function heroSpec(): SectionSpec {
  return { rowWidths: HERO_ROWS, granted: 1, tieredChance: 0, selectionChance: 0.25, gates: [], firstGateRow: 0 };
}

function checkRanks(shape: SectionShape, cap: number, what: string): void {
  if (shape.totalRanks < cap) throw new Error(`makeClassTree: ${what} has ${shape.totalRanks} ranks, fewer than its cap ${cap}`);
}

/** The hero trees spec number `position` (0-based within its class) may choose. */
function heroTreesOf(position: number, heroCount: number): number[] {
  return [position % heroCount, (position + 1) % heroCount];
}

export function makeClassTree(classId: number, options: TreeOptions = {}): ClassTreeDef {
  const specs = specsOfClass(classId);
  if (specs.length === 0) throw new Error(`makeClassTree: no spec of class ${classId}`);
  const seed = options.seed ?? DEFAULT_TREE_SEED;
  const rng = createRng(mixSeeds(classId, seed));
  const heroCount = Math.max(specs.length, 3);
  const subTreeIds: number[] = [];
  for (let k = 0; k < heroCount; k++) subTreeIds.push(classId * 10 + k + 1);

  const pending: Pending[] = [];
  const add = (shape: SectionShape, where: Omit<Pending, "laid" | "base">): void => {
    const base = pending.length;
    for (const laid of shape.nodes) pending.push({ ...where, laid, base });
  };

  const classShape = laySection(rng, sectionSpec(rng, randomInt(rng, 44, 47), 0));
  checkRanks(classShape, CLASS_POINTS, "the class section");
  add(classShape, { section: "class", originX: 0, originY: 0 });
  const specMin = specs.length > 3 ? 36 : 38;
  for (const spec of specs) {
    const specShape = laySection(
      rng,
      sectionSpec(rng, randomInt(rng, specMin, specMin + (specs.length > 3 ? 2 : 3)), randomInt(rng, 1, 2)),
    );
    checkRanks(specShape, SPEC_POINTS, `the spec section of ${spec.specId}`);
    add(specShape, { section: "spec", specId: spec.specId, originX: 24, originY: 0 });
  }
  subTreeIds.forEach((subTreeId, k) => {
    const heroShape = ensureSelection(rng, laySection(rng, heroSpec()));
    checkRanks(heroShape, HERO_POINTS, `hero tree ${subTreeId}`);
    add(heroShape, { section: "hero", subTreeId, originX: 12 + 8 * (k % 2), originY: 4 });
  });
  specs.forEach((spec, position) => {
    const offers: number[] = [];
    for (const k of heroTreesOf(position, heroCount)) offers.push(subTreeIds[k]!);
    const laid: LaidNode = {
      kind: "subTreeSelection",
      row: 0,
      x: 0,
      parents: [],
      requiredSpent: 0,
      granted: false,
      entryCount: 2,
      maxRanks: 1,
    };
    add({ nodes: [laid], totalRanks: 0 }, { section: "hero", specId: spec.specId, originX: 16, originY: 0, offers });
  });
  for (const spec of specs) {
    const apex: LaidNode = {
      kind: "tiered",
      // Beside the spec section's rows (at most 6 nodes wide, x in -5..5), like the real trees' apex at the edge.
      row: 11,
      x: 14,
      parents: [],
      requiredSpent: APEX_GATE,
      granted: false,
      entryCount: APEX_TIERS.length,
      maxRanks: 1,
    };
    add({ nodes: [apex], totalRanks: 4 }, { section: "spec", specId: spec.specId, originX: 24, originY: 0, tiers: APEX_TIERS });
  }

  // Shuffled, gapped node IDs: position i of the pending list gets ID base + 3 * perm[i] + 1.
  const perm: number[] = [];
  for (let i = 0; i < pending.length; i++) perm.push(i);
  for (let i = perm.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = perm[i]!;
    perm[i] = perm[j]!;
    perm[j] = t;
  }
  const idBase = 80000 + classId * 1000;
  const nodeIdAt = (i: number): number => idBase + 3 * perm[i]! + 1;

  // Nodes in ascending ID order; entry IDs then count up in that order.
  const order: number[] = [];
  for (let id = 0; id < pending.length; id++) order.push(-1);
  pending.forEach((_, i) => {
    order[perm[i]!] = i;
  });
  let nextEntry = 100000 + classId * 1000;
  const nodes: NodeDef[] = [];
  for (const i of order) {
    const p = pending[i]!;
    const entries: EntryDef[] = [];
    for (let e = 0; e < p.laid.entryCount; e++) {
      const offered = p.offers === undefined ? undefined : p.offers[e];
      const maxRanks = p.tiers?.[e] ?? p.laid.maxRanks;
      entries.push(offered === undefined ? { entryId: nextEntry, maxRanks } : { entryId: nextEntry, maxRanks: 1, subTreeId: offered });
      nextEntry++;
    }
    const parents: number[] = [];
    for (const parent of p.laid.parents) parents.push(nodeIdAt(p.base + parent));
    nodes.push({
      nodeId: nodeIdAt(i),
      kind: p.laid.kind,
      section: p.section,
      specId: p.specId,
      subTreeId: p.subTreeId,
      parents,
      requiredSpent: p.laid.requiredSpent,
      granted: p.laid.granted,
      entries,
      posX: (p.originX * 2 + p.laid.x + 12) * GRID,
      posY: (p.originY + p.laid.row) * 2 * GRID + 1200,
    });
  }

  const subTrees: SubTreeDef[] = [];
  subTreeIds.forEach((subTreeId, k) => {
    const specIds: number[] = [];
    specs.forEach((spec, position) => {
      if (heroTreesOf(position, heroCount).includes(k)) specIds.push(spec.specId);
    });
    subTrees.push({ subTreeId, name: `${specs[0]!.className} ${HERO_NAMES[k] ?? `Hero ${k + 1}`}`, specIds });
  });

  // A nonzero hash (first byte 1..255), as the client reports; canonical strings zero it anyway.
  const treeHash: number[] = [randomInt(rng, 1, 255)];
  for (let i = 1; i < 16; i++) treeHash.push(randomInt(rng, 0, 255));

  return {
    classId,
    treeId: classTreeId(classId),
    nodes,
    subTrees,
    pointCaps: { class: CLASS_POINTS, spec: SPEC_POINTS, hero: HERO_POINTS },
    treeHash,
  };
}
