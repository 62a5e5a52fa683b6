/**
 * Pure: checks a decoded loadout against the game (version, spec, tree hash) and places its records on the live
 * tree, the way the game's importer reads them. Anything that does not fit is a Problem, never a Lua error.
 */
import { isZeroHash, type Loadout, type NodeRecord } from "@att/contract";
import {
  NODE_SELECTION,
  NODE_SUB_TREE_SELECTION,
  type LiveNode,
  type LiveTree,
  type Problem,
  type TargetBuild,
  type TargetNode,
} from "./types";

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

/** What the client says about itself, read before the (much larger) node list. */
export interface GameHeader {
  readonly version: number;
  readonly specId: number | undefined;
  /** C_Traits.GetTreeHash of the class tree. */
  readonly treeHash: readonly number[];
}

const fit = (detail: string): Outcome<never> => ({ ok: false, problem: { reason: "tree-mismatch", detail1: detail } });

/** The game's own import checks, in its order: version, spec, then a non-zero hash must equal the tree's. */
export function checkHeader(loadout: Loadout, game: GameHeader): Problem | undefined {
  if (loadout.version !== game.version) return { reason: "version-mismatch", detail1: loadout.version, detail2: game.version };
  if (game.specId === undefined || loadout.specId !== game.specId) return { reason: "wrong-spec" };
  if (!isZeroHash(loadout.treeHash)) {
    if (game.treeHash.length !== loadout.treeHash.length) return { reason: "tree-changed" };
    for (let i = 0; i < loadout.treeHash.length; i++) {
      if (loadout.treeHash[i] !== game.treeHash[i]) return { reason: "tree-changed" };
    }
  }
  return undefined;
}

export function isChoiceNode(node: LiveNode): boolean {
  return node.type === NODE_SELECTION || node.type === NODE_SUB_TREE_SELECTION;
}

/** Hero talents carry their sub-tree; the sub-tree selection node itself belongs to no hero tree. */
export function isHeroNode(node: LiveNode): boolean {
  return node.subTreeId !== undefined && node.type !== NODE_SUB_TREE_SELECTION;
}

/** One record on its node: entry chosen = entryIds[choice], ranks = partial ranks or all, granted = nothing to buy. */
function placeRecord(record: NodeRecord, node: LiveNode): Outcome<TargetNode> {
  const where = `node ${record.index + 1} (ID ${node.nodeId})`;
  if (!record.purchased) {
    return { ok: true, value: { nodeId: node.nodeId, type: node.type, granted: true, ranks: 1, full: node.maxRanks <= 1 } };
  }
  // The game's importer rejects a string whose choice flag disagrees with the node type ("node type mismatch").
  if ((record.choice !== undefined) !== isChoiceNode(node)) {
    return fit(record.choice === undefined ? `${where} is a choice node but the string picks no option` : `${where} is not a choice node`);
  }
  let entryId: number | undefined;
  if (record.choice !== undefined) {
    entryId = node.entryIds[record.choice];
    if (entryId === undefined) return fit(`${where} has no option ${record.choice + 1}`);
  }
  const maxRanks = record.choice === undefined ? node.maxRanks : (node.entryMaxRanks[record.choice] ?? node.maxRanks);
  const ranks = record.ranks ?? maxRanks;
  if (ranks < 1 || ranks > maxRanks) return fit(`${where} cannot have ${ranks} rank(s)`);
  return { ok: true, value: { nodeId: node.nodeId, type: node.type, granted: false, ranks, full: ranks >= maxRanks, entryId } };
}

/** The hero sub-tree picked on a sub-tree selection node, 0 when the entry names none. */
function heroOf(node: LiveNode, entryId: number | undefined): number {
  for (let i = 0; i < node.entryIds.length; i++) {
    if (node.entryIds[i] === entryId) return node.entrySubTreeIds[i] ?? 0;
  }
  return 0;
}

/**
 * Places every selected record on the live tree. Only talents of the current spec (visible nodes) and of the
 * hero tree the string itself chooses may be selected; a string that selects others was made for another tree.
 */
export function buildTarget(loadout: Loadout, tree: LiveTree): Outcome<TargetBuild> {
  const nodes: TargetNode[] = [];
  const placedOn: LiveNode[] = [];
  let heroSubTreeId: number | undefined;
  for (const record of loadout.nodes) {
    const node = tree.nodes[record.index];
    if (node === undefined) return fit(`the string selects node ${record.index + 1} but the tree has only ${tree.nodes.length}`);
    const placed = placeRecord(record, node);
    if (!placed.ok) return placed;
    if (node.type === NODE_SUB_TREE_SELECTION && placed.value.entryId !== undefined) {
      const hero = heroOf(node, placed.value.entryId);
      if (hero === 0) return fit(`hero choice at node ${record.index + 1} names no hero talent tree`);
      heroSubTreeId = hero;
    }
    nodes.push(placed.value);
    placedOn.push(node);
  }
  for (const node of placedOn) {
    if (isHeroNode(node)) {
      if (node.subTreeId !== heroSubTreeId) return fit(`talent ${node.nodeId} belongs to a hero talent tree the string does not choose`);
    } else if (!node.visible) {
      return fit(`talent ${node.nodeId} is not part of your specialization`);
    }
  }
  return { ok: true, value: { specId: loadout.specId, heroSubTreeId, nodes } };
}
