/**
 * Builds to and from the codec's Loadout: one record per node of the class tree, in the tree's (ascending
 * nodeId) order, as the game exports them. Granted nodes are "selected, not purchased"; ranks are written only
 * when partial; the choice index is the chosen entry's 0-based position in `entries`, for selection nodes and
 * the hero tree picker alike.
 */
import { CURRENT_VERSION, zeroHash, type Loadout, type NodeRecord } from "@att/contract";
import { availableTo, entryPosition, grantedFor, indexTree, isChoiceKind, maxRanksOf, treeSpecIds } from "./lookup";
import type { BuildProblemKind, ClassTreeDef, NodeState, TalentBuild, TreeResult } from "./types";

/**
 * The loadout of a build (version 2, zero hash, a record slot for every node). Expects a build of this tree
 * (check it with isLegalBuild first): a node or entry the tree does not have is a programming error and throws.
 */
export function buildToLoadout(tree: ClassTreeDef, specId: number, build: TalentBuild): Loadout {
  const index = indexTree(tree);
  const byId: { [nodeId: number]: NodeState | undefined } = {};
  for (const state of build) {
    if (index.byId[state.nodeId] === undefined) throw new Error(`buildToLoadout: node ${state.nodeId} is not in tree ${tree.treeId}`);
    byId[state.nodeId] = state;
  }
  const records: NodeRecord[] = [];
  tree.nodes.forEach((node, position) => {
    const state = byId[node.nodeId];
    if (state === undefined) return;
    if (state.granted) {
      records.push({ index: position, purchased: false });
      return;
    }
    let choice: number | undefined;
    if (isChoiceKind(node.kind)) {
      choice = entryPosition(node, state.entryId);
      if (choice < 0) throw new Error(`buildToLoadout: node ${node.nodeId} has no entry ${state.entryId ?? "(none)"}`);
    }
    const max = maxRanksOf(node, state.entryId) ?? 0;
    const ranks = state.ranks < max ? state.ranks : undefined;
    records.push({ index: position, purchased: true, ranks, choice });
  });
  return { version: CURRENT_VERSION, specId, treeHash: zeroHash(), recordCount: tree.nodes.length, nodes: records };
}

function refuse<T>(kind: BuildProblemKind, message: string, nodeId?: number): TreeResult<T> {
  return { ok: false, error: nodeId === undefined ? { kind, message } : { kind, message, nodeId } };
}

/**
 * The build a loadout describes on this tree, or why it does not fit: a record beyond the tree, a node of
 * another spec, a choice index missing or beyond the node's entries, ranks above the node's maximum.
 * Granted nodes come out granted whether the string marks them granted or purchased (U.gg strings buy every
 * node), and granted nodes a string leaves out are added (the spec's, and the keystone of the hero tree it chooses): the
 * game grants them regardless.
 * Legality (edges, gates, caps) is not checked here: use isLegalBuild.
 */
export function loadoutToBuild(tree: ClassTreeDef, loadout: Loadout): TreeResult<NodeState[]> {
  const specId = loadout.specId;
  if (!treeSpecIds(tree).includes(specId)) return refuse("wrong-class", `spec ${specId} is not a spec of class ${tree.classId}'s tree`);
  const index = indexTree(tree);
  const states: { [position: number]: NodeState | undefined } = {};
  for (const record of loadout.nodes) {
    const node = tree.nodes[record.index];
    if (node === undefined) {
      return refuse("unknown-node", `the loadout selects record ${record.index + 1} but the tree has ${tree.nodes.length} nodes`);
    }
    const id = node.nodeId;
    if (!availableTo(index, node, specId))
      return refuse("wrong-spec", `record ${record.index + 1} selects node ${id}, which spec ${specId} cannot take`, id);
    if (node.granted) {
      states[record.index] = { nodeId: id, ranks: 0, granted: true };
      continue;
    }
    if (!record.purchased) return refuse("granted-mismatch", `node ${id} is marked granted but spec ${specId} is not granted it`, id);
    let entryId: number | undefined;
    if (isChoiceKind(node.kind)) {
      const entry = record.choice === undefined ? undefined : node.entries[record.choice];
      if (entry === undefined) {
        return refuse(
          "bad-choice",
          `choice node ${id} has ${node.entries.length} entries; the loadout chose ${record.choice === undefined ? "none" : `index ${record.choice}`}`,
          id,
        );
      }
      entryId = entry.entryId;
    } else if (record.choice !== undefined) {
      return refuse("bad-choice", `node ${id} is not a choice node but the loadout chose index ${record.choice}`, id);
    }
    const max = maxRanksOf(node, entryId) ?? 0;
    const ranks = record.ranks ?? max;
    if (ranks < 1 || ranks > max) return refuse("bad-ranks", `node ${id} has ${ranks} ranks in the loadout, allowed 1..${max}`, id);
    states[record.index] = entryId === undefined ? { nodeId: id, ranks, granted: false } : { nodeId: id, ranks, entryId, granted: false };
  }
  // The hero tree chosen on the spec's picker decides which keystone is granted.
  let subTreeId: number | undefined;
  tree.nodes.forEach((node, position) => {
    const state = states[position];
    if (node.kind !== "subTreeSelection" || state === undefined) return;
    for (const entry of node.entries) {
      if (entry.entryId === state.entryId) subTreeId = entry.subTreeId;
    }
  });
  const out: NodeState[] = [];
  tree.nodes.forEach((node, position) => {
    const state = states[position];
    if (state !== undefined) out.push(state);
    else if (grantedFor(node, specId, subTreeId)) out.push({ nodeId: node.nodeId, ranks: 0, granted: true });
  });
  return { ok: true, value: out };
}
