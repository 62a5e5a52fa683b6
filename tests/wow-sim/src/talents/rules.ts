/**
 * The talent rules of the retail client over one spec's node slots:
 * - a node exists for a spec when it is a class node, a node of that spec, or a hero node of a sub-tree the spec
 *   may choose; hero nodes count only while their sub-tree is the one selected;
 * - a node with parents is reachable when any one parent has all its ranks (granted parents count as full);
 * - a gate needs `requiredSpent` points spent in its section on nodes above it (nodes with a smaller gate), so
 *   a refund above a gate is refused when it would strand points below;
 * - each section (class, spec, hero) has a point cap; granted nodes and the hero selection node are free.
 * Summaries are cached per slot table and edit version: GetNodeInfo on every node of a tree must stay cheap.
 */
import type { NodeDef, TreeSection } from "./tree-types";
import type { NodeSlot } from "../state";
import { costsPoints, entryOf, isChoice, tree, visibleForSpec } from "./tree";

export type Slots = LuaTable<number, NodeSlot>;

interface Summary {
  readonly activeSubTree?: number;
  readonly spent: Record<TreeSection, number>;
  /** section -> gate size -> points spent on that section's nodes with a smaller gate */
  readonly spentBelow: Record<TreeSection, LuaTable<number, number>>;
  /** section -> gate sizes that have at least one purchased node behind them */
  readonly occupiedGates: Record<TreeSection, LuaTable<number, boolean>>;
}

let version = 0;
/** Per slot table (staged and committed are read alternately by GetNodeInfo), weakly keyed. */
const cache = new LuaTable<Slots, { specId: number; version: number; summary: Summary }>();
setmetatable(cache, { __mode: "k" });

/** Every edit of any slot table calls this, so cached summaries are never stale. */
export function slotsChanged(): void {
  version++;
}

function emptyBySection<T>(make: () => T): Record<TreeSection, T> {
  return { class: make(), spec: make(), hero: make() };
}

/** The hero sub-tree chosen on the spec's picker in these slots. */
export function activeSubTree(specId: number, slots: Slots): number | undefined {
  return summary(specId, slots).activeSubTree;
}

function findActiveSubTree(specId: number, slots: Slots): number | undefined {
  for (const node of tree().def.nodes) {
    if (node.kind !== "subTreeSelection" || !visibleForSpec(node, specId)) continue;
    const entry = entryOf(node, slots.get(node.nodeId)?.entryId);
    if (entry?.subTreeId !== undefined) return entry.subTreeId;
  }
  return undefined;
}

function computeSummary(specId: number, slots: Slots): Summary {
  const subTree = findActiveSubTree(specId, slots);
  const spent = emptyBySection(() => 0);
  const spentBelow = emptyBySection(() => new LuaTable<number, number>());
  const occupiedGates = emptyBySection(() => new LuaTable<number, boolean>());
  const gates = emptyBySection((): number[] => []);
  for (const node of tree().def.nodes) {
    if (node.requiredSpent > 0 && !gates[node.section].includes(node.requiredSpent)) gates[node.section].push(node.requiredSpent);
  }
  for (const node of tree().def.nodes) {
    const ranks = slots.get(node.nodeId)?.ranks ?? 0;
    if (ranks <= 0 || !costsPoints(node) || !isActiveWith(node, specId, subTree)) continue;
    spent[node.section] += ranks;
    if (node.requiredSpent > 0) occupiedGates[node.section].set(node.requiredSpent, true);
    for (const gate of gates[node.section]) {
      if (node.requiredSpent < gate) spentBelow[node.section].set(gate, (spentBelow[node.section].get(gate) ?? 0) + ranks);
    }
  }
  return { activeSubTree: subTree, spent, spentBelow, occupiedGates };
}

function summary(specId: number, slots: Slots): Summary {
  let entry = cache.get(slots);
  if (entry === undefined || entry.specId !== specId || entry.version !== version) {
    entry = { specId, version, summary: computeSummary(specId, slots) };
    cache.set(slots, entry);
  }
  return entry.summary;
}

function isActiveWith(node: NodeDef, specId: number, subTree: number | undefined): boolean {
  return visibleForSpec(node, specId) && (node.subTreeId === undefined || node.subTreeId === subTree);
}

/** The node counts for this spec now (hero nodes only in the selected sub-tree). */
export function isActive(node: NodeDef, specId: number, slots: Slots): boolean {
  return isActiveWith(node, specId, summary(specId, slots).activeSubTree);
}

export function maxRanks(node: NodeDef, slots: Slots): number {
  if (node.kind === "tiered") {
    let total = 0;
    for (const entry of node.entries) total += entry.maxRanks;
    return total;
  }
  if (isChoice(node)) return (entryOf(node, slots.get(node.nodeId)?.entryId) ?? node.entries[0])?.maxRanks ?? 1;
  return node.entries[0]?.maxRanks ?? 1;
}

/** Ranks in effect: granted nodes have all their ranks while active; others have what was bought. */
export function currentRank(node: NodeDef, specId: number, slots: Slots): number {
  if (!isActive(node, specId, slots)) return 0;
  if (node.granted) return maxRanks(node, slots);
  return slots.get(node.nodeId)?.ranks ?? 0;
}

export function isFull(node: NodeDef, specId: number, slots: Slots): boolean {
  const rank = currentRank(node, specId, slots);
  return rank > 0 && rank >= maxRanks(node, slots);
}

export function edgesMet(node: NodeDef, specId: number, slots: Slots): boolean {
  if (node.parents.length === 0) return true;
  for (const parentId of node.parents) {
    const parent = tree().nodes.get(parentId);
    if (parent !== undefined && isFull(parent, specId, slots)) return true;
  }
  return false;
}

export function gateMet(node: NodeDef, specId: number, slots: Slots): boolean {
  if (node.requiredSpent <= 0) return true;
  return (summary(specId, slots).spentBelow[node.section].get(node.requiredSpent) ?? 0) >= node.requiredSpent;
}

export function spent(section: TreeSection, specId: number, slots: Slots): number {
  return summary(specId, slots).spent[section];
}

export function capLeft(section: TreeSection, specId: number, slots: Slots): number {
  return tree().def.pointCaps[section] - spent(section, specId, slots);
}

export function isAvailable(node: NodeDef, specId: number, slots: Slots): boolean {
  return isActive(node, specId, slots) && edgesMet(node, specId, slots) && gateMet(node, specId, slots);
}

/** Why one more rank (or, for a choice node with no pick yet, the pick `entryId`) cannot be bought; undefined if it can. */
export function purchaseProblem(node: NodeDef, specId: number, slots: Slots, entryId?: number): string | undefined {
  if (!isActive(node, specId, slots)) return "node is not active for this spec or hero tree";
  if (node.granted) return "node is granted";
  if (node.kind === "subTreeSelection") return "the hero tree is chosen with SetSelection";
  const slot = slots.get(node.nodeId);
  if (node.kind === "selection" && slot?.entryId === undefined && entryId === undefined) return "choice node has no selection";
  if (node.kind === "selection" && entryId !== undefined && entryOf(node, entryId) === undefined) return "entry is not on this node";
  if ((slot?.ranks ?? 0) >= maxRanks(node, slots)) return "node has all its ranks";
  if (!edgesMet(node, specId, slots)) return "no parent node has all its ranks";
  if (!gateMet(node, specId, slots)) return "not enough points spent above the gate";
  if (capLeft(node.section, specId, slots) < 1) return "no points left in this section";
  return undefined;
}

/** Why one rank cannot be refunded (children or gates depending on it); undefined if it can. */
export function refundProblem(node: NodeDef, specId: number, slots: Slots): string | undefined {
  const ranks = slots.get(node.nodeId)?.ranks ?? 0;
  if (node.granted) return "node is granted";
  if (ranks <= 0) return "node has no purchased ranks";
  if (ranks === maxRanks(node, slots)) {
    for (const childId of tree().children.get(node.nodeId) ?? []) {
      const child = tree().nodes.get(childId)!;
      if ((slots.get(childId)?.ranks ?? 0) <= 0 || !isActive(child, specId, slots)) continue;
      const otherParent = child.parents.some((p) => p !== node.nodeId && isFull(tree().nodes.get(p)!, specId, slots));
      if (!otherParent) return `node ${childId} depends on it`;
    }
  }
  if (costsPoints(node)) {
    const s = summary(specId, slots);
    for (const [gate] of s.occupiedGates[node.section]) {
      if (node.requiredSpent < gate && (s.spentBelow[node.section].get(gate) ?? 0) - 1 < gate)
        return `a node behind the ${gate}-point gate depends on it`;
    }
  }
  return undefined;
}

/** The first rule a whole slot table breaks (used to check builds handed in by tests); undefined if legal. */
export function buildProblem(specId: number, slots: Slots): string | undefined {
  for (const [nodeId, slot] of slots) {
    const node = tree().nodes.get(nodeId);
    if (node === undefined) return `node ${nodeId} is not in the tree`;
    if (slot.ranks <= 0) continue;
    if (!isActive(node, specId, slots)) return `node ${nodeId} is not active for spec ${specId}`;
    if (node.granted) return `node ${nodeId} is granted and cannot be purchased`;
    if (isChoice(node) && entryOf(node, slot.entryId) === undefined) return `choice node ${nodeId} has no valid entry`;
    if (slot.ranks > maxRanks(node, slots)) return `node ${nodeId} has ${slot.ranks} ranks, more than ${maxRanks(node, slots)}`;
    if (!costsPoints(node)) continue;
    if (!edgesMet(node, specId, slots)) return `node ${nodeId} has no parent with all its ranks`;
    if (!gateMet(node, specId, slots)) return `node ${nodeId} is behind a gate that is not met`;
  }
  for (const section of ["class", "spec", "hero"] as const) {
    if (capLeft(section, specId, slots) < 0) return `${section} section is over its cap of ${tree().def.pointCaps[section]}`;
  }
  return undefined;
}
