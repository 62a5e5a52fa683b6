/**
 * The shape of one tree section (class, one spec, one hero tree) before node IDs exist: rows of nodes, each node
 * below the first row linked to at least one node of the row above, gates at row boundaries.
 *
 * Why this shape: it makes every section completable by buying in any order. If each non-root node has a parent
 * in the row above, and a gate of G points sits only where the rows above it hold at least G purchasable ranks,
 * then while points remain some node is always buyable: the first row with a node not at full rank has its
 * parents full, and its gate (if any) is met because every rank above it is bought. Random builds therefore never
 * dead-end, and any build the rules accept can be reached one purchase at a time.
 */
import { pickOne, randomInt } from "./prng";
import type { NodeKind, Rng } from "./types";

export interface LaidNode {
  readonly kind: NodeKind;
  readonly row: number;
  /** Horizontal slot in half-columns: neighbours in a row are 2 apart, rows are centred on 0. */
  readonly x: number;
  /** Indices into the section's node list (always in the row above). */
  readonly parents: number[];
  requiredSpent: number;
  readonly granted: boolean;
  /** Entry count (2 for selection nodes) and the ranks of each entry. */
  readonly entryCount: number;
  readonly maxRanks: number;
}

export interface SectionShape {
  readonly nodes: LaidNode[];
  /** Purchasable ranks of the section (granted nodes excluded). */
  readonly totalRanks: number;
}

export interface SectionSpec {
  /** Node count per row, top to bottom. */
  readonly rowWidths: readonly number[];
  /** Granted nodes: the first `granted` nodes of row 0. */
  readonly granted: number;
  /** Chance of a two-rank tiered node and of a two-entry selection node (rows below the first). */
  readonly tieredChance: number;
  readonly selectionChance: number;
  /** Point gates in ascending order (e.g. 8 and 20); the first sits at row `firstGateRow` or lower. */
  readonly gates: readonly number[];
  readonly firstGateRow: number;
}

/** Row widths summing to exactly `count`, each `min..max` except a shorter last row; `first` for row 0. */
export function rowWidths(rng: Rng, count: number, first: number, min: number, max: number): number[] {
  const widths: number[] = [first];
  let total = first;
  while (total < count) {
    const width = Math.min(randomInt(rng, min, max), count - total);
    widths.push(width);
    total += width;
  }
  return widths;
}

function kindFor(rng: Rng, spec: SectionSpec, row: number, granted: boolean): { kind: NodeKind; entryCount: number; maxRanks: number } {
  if (row === 0 || granted) return { kind: "single", entryCount: 1, maxRanks: 1 };
  const roll = rng();
  if (roll < spec.tieredChance) return { kind: "tiered", entryCount: 1, maxRanks: 2 };
  if (roll < spec.tieredChance + spec.selectionChance) return { kind: "selection", entryCount: 2, maxRanks: 1 };
  return { kind: "single", entryCount: 1, maxRanks: 1 };
}

/** Parents in the previous row: the nearest node always, sometimes also the next nearest when adjacent. */
function parentsFor(rng: Rng, x: number, previous: readonly number[], nodes: readonly LaidNode[]): number[] {
  let best = -1;
  let second = -1;
  for (const index of previous) {
    const d = Math.abs(nodes[index]!.x - x);
    if (best < 0 || d < Math.abs(nodes[best]!.x - x)) {
      second = best;
      best = index;
    } else if (second < 0 || d < Math.abs(nodes[second]!.x - x)) {
      second = index;
    }
  }
  const parents = [best];
  if (second >= 0 && Math.abs(nodes[second]!.x - x) <= 2 && rng() < 0.35) parents.push(second);
  return parents;
}

export function laySection(rng: Rng, spec: SectionSpec): SectionShape {
  const nodes: LaidNode[] = [];
  const rows: number[][] = [];
  spec.rowWidths.forEach((width, row) => {
    const indices: number[] = [];
    for (let i = 0; i < width; i++) {
      const granted = row === 0 && i < spec.granted;
      const x = 2 * i - (width - 1);
      const parents = row === 0 ? [] : parentsFor(rng, x, rows[row - 1]!, nodes);
      const kind = kindFor(rng, spec, row, granted);
      indices.push(nodes.length);
      nodes.push({ ...kind, row, x, parents, requiredSpent: 0, granted });
    }
    rows.push(indices);
  });
  // Gates: each at the first row (from firstGateRow on, two rows after the previous gate) with enough ranks above.
  let ranksAbove = 0;
  let gate = 0;
  let earliest = spec.firstGateRow;
  let required = 0;
  rows.forEach((indices, row) => {
    const next = spec.gates[gate];
    if (next !== undefined && row >= earliest && ranksAbove >= next) {
      required = next;
      gate++;
      earliest = row + 2;
    }
    for (const index of indices) {
      const node = nodes[index]!;
      node.requiredSpent = required;
      if (!node.granted) ranksAbove += node.maxRanks;
    }
  });
  return { nodes, totalRanks: ranksAbove };
}

/** Ensures at least one selection node below the first row (hero trees always offer a choice). */
export function ensureSelection(rng: Rng, shape: SectionShape): SectionShape {
  for (const node of shape.nodes) {
    if (node.kind === "selection") return shape;
  }
  const candidates: number[] = [];
  shape.nodes.forEach((node, index) => {
    if (node.row > 0 && node.maxRanks === 1) candidates.push(index);
  });
  const pick = pickOne(rng, candidates);
  if (pick === undefined) return shape;
  const old = shape.nodes[pick]!;
  const nodes = shape.nodes.slice();
  nodes[pick] = { ...old, kind: "selection", entryCount: 2, maxRanks: 1, parents: old.parents };
  return { nodes, totalRanks: shape.totalRanks };
}
