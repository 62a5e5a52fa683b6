/**
 * Pure: the apply plan. Which node to select or buy, up to how many ranks, in which order. The order is the tree's
 * dependency order (a node after every node that leads to it, ties broken top to bottom, left to right) with the
 * hero tree's selection first, since hero talents can only be bought once their tree is chosen. Gates (points spent
 * above) are not edges; the stager's repeated passes take care of them.
 */
import type { LiveTree, TargetBuild } from "./types";
import { NODE_SUB_TREE_SELECTION, type LiveNode } from "./types";

export interface PlanStep {
  readonly nodeId: number;
  /** Total ranks the node must reach (free ranks count). */
  readonly ranks: number;
  /** Choice nodes: select this entry (SetSelection) before buying. */
  readonly entryId?: number;
  /** Sub-tree selection nodes are done once the entry is selected; they have no ranks to buy. */
  readonly selectOnly: boolean;
}

export interface ApplyPlan {
  readonly configId: number;
  /** ResetTree(configId, treeId) clears every purchase first, so no refunds are needed. */
  readonly resetTreeId: number;
  readonly steps: readonly PlanStep[];
}

function before(a: LiveNode, b: LiveNode): boolean {
  const aFirst = a.type === NODE_SUB_TREE_SELECTION ? 0 : 1;
  const bFirst = b.type === NODE_SUB_TREE_SELECTION ? 0 : 1;
  if (aFirst !== bFirst) return aFirst < bFirst;
  if (a.posY !== b.posY) return a.posY < b.posY;
  if (a.posX !== b.posX) return a.posX < b.posX;
  return a.nodeId < b.nodeId;
}

/**
 * Kahn's topological sort over the live edges, taking the earliest ready node each time (a linear scan: trees have
 * a few hundred nodes and this runs once per apply). Nodes on a cycle, which a real tree never has, go last.
 */
export function dependencyOrder(tree: LiveTree): LiveNode[] {
  const byId = new Map<number, LiveNode>();
  const incoming = new Map<number, number>();
  for (const node of tree.nodes) {
    byId.set(node.nodeId, node);
    incoming.set(node.nodeId, 0);
  }
  for (const node of tree.nodes) {
    for (const child of node.children) {
      const count = incoming.get(child);
      if (count !== undefined) incoming.set(child, count + 1);
    }
  }
  const ready: LiveNode[] = tree.nodes.filter((node) => incoming.get(node.nodeId) === 0);
  const order: LiveNode[] = [];
  const placed = new Set<number>();
  while (ready.length > 0) {
    let best = 0;
    for (let i = 1; i < ready.length; i++) {
      if (before(ready[i]!, ready[best]!)) best = i;
    }
    const node = ready[best]!;
    ready.splice(best, 1);
    order.push(node);
    placed.add(node.nodeId);
    for (const childId of node.children) {
      const count = incoming.get(childId);
      const child = byId.get(childId);
      if (count === undefined || child === undefined) continue;
      incoming.set(childId, count - 1);
      if (count - 1 === 0) ready.push(child);
    }
  }
  const rest = tree.nodes.filter((node) => !placed.has(node.nodeId)).sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  for (const node of rest) order.push(node);
  return order;
}

/** Steps for every talent the build buys or selects; granted talents need nothing and are only verified. */
export function makePlan(tree: LiveTree, target: TargetBuild): ApplyPlan {
  const wanted = new Map<number, (typeof target.nodes)[number]>();
  for (const node of target.nodes) {
    if (!node.granted) wanted.set(node.nodeId, node);
  }
  const steps: PlanStep[] = [];
  for (const node of dependencyOrder(tree)) {
    const want = wanted.get(node.nodeId);
    if (want === undefined) continue;
    steps.push({ nodeId: node.nodeId, ranks: want.ranks, entryId: want.entryId, selectOnly: node.type === NODE_SUB_TREE_SELECTION });
  }
  return { configId: tree.configId, resetTreeId: tree.treeId, steps };
}
