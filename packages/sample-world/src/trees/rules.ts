/**
 * The purchase rules of a class tree, as pure functions over (tree, spec, build). See types.ts for the rules.
 * Legality is "reachable one purchase at a time from the spec's starting state", which is what the client
 * enforces and what an apply-by-repeated-passes loop (the addon's LoadoutManager) relies on.
 */
import { availableTo, costsPoints, grantedFor, indexTree, isChoiceKind, maxRanksOf, treeSpecIds, type TreeIndex } from "./lookup";
import { buildFromState, isFull, putNode, spentIn, stateFromBuild, type WorkState } from "./state";
import type { BuildProblem, BuildProblemKind, ClassTreeDef, NodeDef, NodeState, SectionPoints, TalentBuild, TreeResult } from "./types";

function problem(kind: BuildProblemKind, message: string, nodeId?: number): BuildProblem {
  return nodeId === undefined ? { kind, message } : { kind, message, nodeId };
}

function failure<T>(p: BuildProblem): TreeResult<T> {
  return { ok: false, error: p };
}

function wrongClass(tree: ClassTreeDef, specId: number): BuildProblem | undefined {
  return treeSpecIds(tree).includes(specId)
    ? undefined
    : problem("wrong-class", `spec ${specId} is not a spec of class ${tree.classId}'s tree`);
}

/** Points bought per section (granted nodes and hero tree choice are free; unknown nodes are ignored). */
export function spentPoints(tree: ClassTreeDef, build: TalentBuild): SectionPoints {
  const spent = stateFromBuild(indexTree(tree), build).spent;
  return { class: spent.class, spec: spent.spec, hero: spent.hero };
}

/** The spec's starting state: its granted nodes, nothing bought, no hero tree. */
export function initialBuild(tree: ClassTreeDef, specId: number): NodeState[] {
  const out: NodeState[] = [];
  for (const node of tree.nodes) {
    if (grantedFor(node, specId, undefined)) out.push({ nodeId: node.nodeId, ranks: 0, granted: true });
  }
  return out;
}

/** Edges and hero tree: can the node be bought at all now, ignoring gates and caps? */
function reachProblem(index: TreeIndex, work: WorkState, node: NodeDef): BuildProblem | undefined {
  if (node.subTreeId !== undefined && work.subTreeId !== node.subTreeId) {
    const chosen = work.subTreeId === undefined ? "no hero tree is chosen" : `hero tree ${work.subTreeId} is chosen`;
    return problem("hero-subtree", `node ${node.nodeId} belongs to hero tree ${node.subTreeId} but ${chosen}`, node.nodeId);
  }
  if (node.parents.length === 0) return undefined;
  for (const parent of node.parents) {
    if (isFull(index, work, parent)) return undefined;
  }
  return problem("no-parent", `node ${node.nodeId} needs one of nodes ${node.parents.join(", ")} at full rank`, node.nodeId);
}

function gateProblem(work: WorkState, node: NodeDef): BuildProblem | undefined {
  const spent = spentIn(work, node.section);
  if (spent >= node.requiredSpent) return undefined;
  return problem(
    "gate",
    `node ${node.nodeId} needs ${node.requiredSpent} points spent in the ${node.section} section, ${spent} are`,
    node.nodeId,
  );
}

/** Why one more rank of the node (or this choice) cannot be bought now; undefined when it can. */
function purchaseProblem(
  index: TreeIndex,
  specId: number,
  work: WorkState,
  nodeId: number,
  entryId: number | undefined,
): BuildProblem | undefined {
  const node = index.byId[nodeId];
  if (node === undefined) return problem("unknown-node", `node ${nodeId} is not in the tree`, nodeId);
  if (!availableTo(index, node, specId)) return problem("wrong-spec", `node ${nodeId} is not available to spec ${specId}`, nodeId);
  if (node.granted) return problem("granted-mismatch", `node ${nodeId} is granted, not bought`, nodeId);
  const ranks = work.ranks[nodeId] ?? 0;
  if (isChoiceKind(node.kind)) {
    if (entryId !== undefined && maxRanksOf(node, entryId) === undefined)
      return problem("bad-entry", `node ${nodeId} has no entry ${entryId}`, nodeId);
    if (ranks > 0) return problem("maxed", `node ${nodeId} already has its choice made`, nodeId);
  } else {
    if (entryId !== undefined && entryId !== node.entries[0]?.entryId)
      return problem("bad-entry", `node ${nodeId} has no entry ${entryId}`, nodeId);
    if (ranks >= (maxRanksOf(node, undefined) ?? 0)) return problem("maxed", `node ${nodeId} is already at full rank`, nodeId);
  }
  const reach = reachProblem(index, work, node);
  if (reach !== undefined) return reach;
  const gate = gateProblem(work, node);
  if (gate !== undefined) return gate;
  if (costsPoints(node)) {
    const cap = index.tree.pointCaps[node.section];
    if (spentIn(work, node.section) + 1 > cap)
      return problem("over-cap", `the ${node.section} section's ${cap} points are all spent`, nodeId);
  }
  return undefined;
}

/** Can one more rank of the node (for a choice node: the given or first entry) be bought in this state? */
export function canPurchase(tree: ClassTreeDef, specId: number, state: TalentBuild, nodeId: number, entryId?: number): TreeResult<true> {
  const cls = wrongClass(tree, specId);
  if (cls !== undefined) return failure(cls);
  const index = indexTree(tree);
  const p = purchaseProblem(index, specId, stateFromBuild(index, state), nodeId, entryId);
  return p === undefined ? { ok: true, value: true } : failure(p);
}

/** Adds one rank in place; the caller has checked purchaseProblem. Choice nodes take `entryId` or their first entry. */
export function applyPurchase(index: TreeIndex, work: WorkState, node: NodeDef, entryId: number | undefined): void {
  const ranks = (work.ranks[node.nodeId] ?? 0) + 1;
  const chosen = isChoiceKind(node.kind) ? (entryId ?? node.entries[0]?.entryId) : undefined;
  putNode(
    index,
    work,
    chosen === undefined ? { nodeId: node.nodeId, ranks, granted: false } : { nodeId: node.nodeId, ranks, entryId: chosen, granted: false },
  );
}

/** The state after buying one rank (or making the choice), or why that is not allowed. */
export function purchaseRank(
  tree: ClassTreeDef,
  specId: number,
  state: TalentBuild,
  nodeId: number,
  entryId?: number,
): TreeResult<NodeState[]> {
  const cls = wrongClass(tree, specId);
  if (cls !== undefined) return failure(cls);
  const index = indexTree(tree);
  const work = stateFromBuild(index, state);
  const p = purchaseProblem(index, specId, work, nodeId, entryId);
  if (p !== undefined) return failure(p);
  applyPurchase(index, work, index.byId[nodeId]!, entryId);
  return { ok: true, value: buildFromState(index, work) };
}

/** Node IDs the spec could buy next (edges, hero tree, gates and caps all met), ascending. */
export function purchasableNodes(tree: ClassTreeDef, specId: number, state: TalentBuild): number[] {
  const index = indexTree(tree);
  const work = stateFromBuild(index, state);
  const out: number[] = [];
  for (const node of tree.nodes) {
    if (purchaseProblem(index, specId, work, node.nodeId, undefined) === undefined) out.push(node.nodeId);
  }
  return out;
}

/**
 * Node IDs of the spec's non-granted nodes whose edges are satisfied (no parent, or a parent at full rank, and for
 * hero nodes their hero tree chosen), whether or not gates, caps or ranks still allow a purchase. Ascending.
 */
export function reachableNodes(tree: ClassTreeDef, specId: number, state: TalentBuild): number[] {
  const index = indexTree(tree);
  const work = stateFromBuild(index, state);
  const out: number[] = [];
  for (const node of tree.nodes) {
    if (!node.granted && availableTo(index, node, specId) && reachProblem(index, work, node) === undefined) out.push(node.nodeId);
  }
  return out;
}

/** Checks each node state on its own: known, the spec's, flags, ranks and entry consistent with the tree. */
function stateProblem(index: TreeIndex, specId: number, state: NodeState): BuildProblem | undefined {
  const id = state.nodeId;
  const node = index.byId[id];
  if (node === undefined) return problem("unknown-node", `node ${id} is not in the tree`, id);
  if (!availableTo(index, node, specId)) return problem("wrong-spec", `node ${id} is not available to spec ${specId}`, id);
  if (node.granted !== state.granted) {
    return problem(
      "granted-mismatch",
      node.granted ? `node ${id} is granted but marked bought` : `node ${id} is marked granted but is not`,
      id,
    );
  }
  if (node.granted) {
    if (state.ranks !== 0 || state.entryId !== undefined)
      return problem("bad-ranks", `granted node ${id} must have 0 bought ranks and no entry`, id);
    return undefined;
  }
  if (isChoiceKind(node.kind)) {
    if (maxRanksOf(node, state.entryId) === undefined)
      return problem("bad-entry", `choice node ${id} needs one of its entry IDs, got ${state.entryId ?? "none"}`, id);
  } else if (state.entryId !== undefined) {
    return problem("bad-entry", `node ${id} is not a choice node but has entry ${state.entryId}`, id);
  }
  const max = maxRanksOf(node, state.entryId) ?? 0;
  if (state.ranks !== Math.floor(state.ranks) || state.ranks < 1 || state.ranks > max) {
    return problem("bad-ranks", `node ${id} has ${state.ranks} ranks, allowed 1..${max}`, id);
  }
  return undefined;
}

export interface LegalityOptions {
  /** Also require every section's cap spent and a hero tree chosen (a finished build). */
  readonly full?: boolean;
}

/**
 * Whether the build can be reached from the spec's starting state by legal purchases (and, with `full`, is
 * finished). Checks, in this order: node states, granted nodes present, hero tree, caps, edges and gates.
 */
export function isLegalBuild(tree: ClassTreeDef, specId: number, build: TalentBuild, options: LegalityOptions = {}): TreeResult<true> {
  const cls = wrongClass(tree, specId);
  if (cls !== undefined) return failure(cls);
  const index = indexTree(tree);
  const seen: { [nodeId: number]: boolean } = {};
  for (const state of build) {
    if (seen[state.nodeId] === true) return failure(problem("duplicate-node", `node ${state.nodeId} appears twice`, state.nodeId));
    seen[state.nodeId] = true;
    const p = stateProblem(index, specId, state);
    if (p !== undefined) return failure(p);
  }
  const target = stateFromBuild(index, build);
  for (const state of build) {
    const node = index.byId[state.nodeId]!;
    if (node.subTreeId !== undefined && node.subTreeId !== target.subTreeId) {
      const p = reachProblem(index, target, node);
      if (p !== undefined) return failure(p);
    }
  }
  for (const node of tree.nodes) {
    if (grantedFor(node, specId, target.subTreeId) && seen[node.nodeId] !== true) {
      return failure(problem("granted-missing", `granted node ${node.nodeId} of spec ${specId} is missing`, node.nodeId));
    }
  }
  const sections: readonly ("class" | "spec" | "hero")[] = ["class", "spec", "hero"];
  for (const section of sections) {
    const cap = tree.pointCaps[section];
    if (spentIn(target, section) > cap)
      return failure(problem("over-cap", `${spentIn(target, section)} points in the ${section} section, cap ${cap}`));
  }
  const order = orderProblem(index, build, target);
  if (order !== undefined) return failure(order);
  if (options.full === true) {
    for (const section of sections) {
      const cap = tree.pointCaps[section];
      if (spentIn(target, section) < cap)
        return failure(problem("unspent", `${spentIn(target, section)} of ${cap} points spent in the ${section} section`));
    }
    if (target.subTreeId === undefined) return failure(problem("unspent", `spec ${specId} has no hero tree chosen`));
  }
  return { ok: true, value: true };
}

/**
 * Replays the build from its free nodes: repeatedly adds every bought node whose edges and gate are met by what is
 * already in, at its target ranks. Adding only ever helps others (more full parents, more points spent), so this
 * finds a purchase order whenever one exists. What is left over names the problem.
 */
function orderProblem(index: TreeIndex, build: TalentBuild, target: WorkState): BuildProblem | undefined {
  const current = stateFromBuild(index, []);
  let pending: NodeState[] = [];
  for (const state of build) {
    const node = index.byId[state.nodeId]!;
    if (costsPoints(node)) pending.push(state);
    else putNode(index, current, state);
  }
  let progress = true;
  while (pending.length > 0 && progress) {
    progress = false;
    const rest: NodeState[] = [];
    for (const state of pending) {
      const node = index.byId[state.nodeId]!;
      if (reachProblem(index, current, node) === undefined && gateProblem(current, node) === undefined) {
        putNode(index, current, state);
        progress = true;
      } else {
        rest.push(state);
      }
    }
    pending = rest;
  }
  if (pending.length === 0) return undefined;
  // An edge problem even in the finished build is the root cause; otherwise some node waits on a gate.
  for (const state of pending) {
    const p = reachProblem(index, target, index.byId[state.nodeId]!);
    if (p !== undefined) return p;
  }
  for (const state of pending) {
    const p = gateProblem(current, index.byId[state.nodeId]!);
    if (p !== undefined) return p;
  }
  return problem("gate", "the build cannot be bought in any order");
}

/** Whether two builds hold the same nodes with the same ranks, entries and granted flags (order-insensitive). */
export function sameTalentBuild(a: TalentBuild, b: TalentBuild): boolean {
  if (a.length !== b.length) return false;
  const byId: { [nodeId: number]: NodeState | undefined } = {};
  for (const state of a) byId[state.nodeId] = state;
  for (const state of b) {
    const other = byId[state.nodeId];
    if (other === undefined || other.ranks !== state.ranks || other.entryId !== state.entryId || other.granted !== state.granted)
      return false;
  }
  return true;
}
