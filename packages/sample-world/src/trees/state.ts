/**
 * A mutable working form of a build, keyed by node ID, so rules and random walks need no list scans.
 * Never exposed: the public API speaks TalentBuild (a sorted NodeState list) only.
 */
import { costsPoints, maxRanksOf, type TreeIndex } from "./lookup";
import type { NodeState, TalentBuild, TreeSection } from "./types";

export interface WorkState {
  /** Bought ranks (1 for a chosen sub-tree selection), 0 or absent when none. */
  readonly ranks: { [nodeId: number]: number | undefined };
  readonly entry: { [nodeId: number]: number | undefined };
  readonly granted: { [nodeId: number]: boolean | undefined };
  readonly spent: { class: number; spec: number; hero: number };
  /** The chosen hero tree, from the spec's selection node. */
  subTreeId: number | undefined;
}

export function emptyState(): WorkState {
  return { ranks: {}, entry: {}, granted: {}, spent: { class: 0, spec: 0, hero: 0 }, subTreeId: undefined };
}

/** Adds a node's state as given (no checks); unknown nodes are skipped. */
export function putNode(index: TreeIndex, work: WorkState, state: NodeState): void {
  const node = index.byId[state.nodeId];
  if (node === undefined) return;
  if (state.granted) {
    work.granted[state.nodeId] = true;
    return;
  }
  const before = work.ranks[state.nodeId] ?? 0;
  work.ranks[state.nodeId] = state.ranks;
  if (state.entryId !== undefined) work.entry[state.nodeId] = state.entryId;
  if (costsPoints(node)) addSpent(work, node.section, state.ranks - before);
  if (node.kind === "subTreeSelection") {
    for (const entry of node.entries) {
      if (entry.entryId === state.entryId) work.subTreeId = entry.subTreeId;
    }
    // Choosing a hero tree grants its keystone, as the client does.
    for (const other of index.tree.nodes) {
      if (other.granted && other.subTreeId !== undefined && other.subTreeId === work.subTreeId) work.granted[other.nodeId] = true;
    }
  }
}

export function addSpent(work: WorkState, section: TreeSection, points: number): void {
  if (section === "class") work.spent.class += points;
  else if (section === "spec") work.spent.spec += points;
  else work.spent.hero += points;
}

export function spentIn(work: WorkState, section: TreeSection): number {
  if (section === "class") return work.spent.class;
  if (section === "spec") return work.spent.spec;
  return work.spent.hero;
}

export function stateFromBuild(index: TreeIndex, build: TalentBuild): WorkState {
  const work = emptyState();
  for (const state of build) putNode(index, work, state);
  return work;
}

/** Granted, or bought to the max ranks of its chosen entry: what makes a node count as a parent. */
export function isFull(index: TreeIndex, work: WorkState, nodeId: number): boolean {
  if (work.granted[nodeId] === true) return true;
  const node = index.byId[nodeId];
  const ranks = work.ranks[nodeId];
  if (node === undefined || ranks === undefined || ranks <= 0) return false;
  const max = maxRanksOf(node, work.entry[nodeId]);
  return max !== undefined && ranks >= max;
}

/** The build in the tree's order (ascending node ID); fields left out rather than undefined where not used. */
export function buildFromState(index: TreeIndex, work: WorkState): NodeState[] {
  const out: NodeState[] = [];
  for (const node of index.tree.nodes) {
    const id = node.nodeId;
    if (work.granted[id] === true) {
      out.push({ nodeId: id, ranks: 0, granted: true });
      continue;
    }
    const ranks = work.ranks[id];
    if (ranks === undefined || ranks <= 0) continue;
    const entryId = work.entry[id];
    out.push(entryId === undefined ? { nodeId: id, ranks, granted: false } : { nodeId: id, ranks, entryId, granted: false });
  }
  return out;
}
