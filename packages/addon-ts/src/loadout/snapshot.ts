/**
 * The player's own build as trait entries, read from the committed tree: what "put my build back" restores. Taken
 * before an apply; restoring it goes through the same apply path as any build by entries (LoadoutManager.apply),
 * so a restore whose talents no longer fit the tree is refused with the same reason ("talents changed").
 */
import type { LoadoutClient } from "./client";
import type { Outcome } from "./target";
import type { BuildEntry } from "./target-entries";
import { NODE_SELECTION, NODE_SUB_TREE_SELECTION, type LiveNode, type LiveTree } from "./types";

export interface CommittedBuild {
  readonly specId: number;
  readonly entries: readonly BuildEntry[];
}

/** The chosen hero sub-tree: the visible sub-tree selection node's chosen entry's sub-tree. */
function chosenHero(tree: LiveTree): { node: LiveNode; entryId: number; subTreeId: number } | undefined {
  for (const node of tree.nodes) {
    if (node.type !== NODE_SUB_TREE_SELECTION || !node.visible || node.entryId === undefined) continue;
    const index = node.entryIds.indexOf(node.entryId);
    const subTreeId = index < 0 ? 0 : (node.entrySubTreeIds[index] ?? 0);
    if (subTreeId !== 0) return { node, entryId: node.entryId, subTreeId };
  }
  return undefined;
}

/**
 * Pure: every talent the player bought, as entries (the data's form). Free ranks are left out (the game grants
 * them whatever the build), as are other specs' nodes and the other hero tree's; the hero choice is kept as its
 * selection entry, so a restore chooses the hero tree back.
 */
export function entriesOf(tree: LiveTree): BuildEntry[] {
  const hero = chosenHero(tree);
  const entries: BuildEntry[] = [];
  if (hero !== undefined) entries.push({ entryId: hero.entryId, rank: 1 });
  for (const node of tree.nodes) {
    if (node.type === NODE_SUB_TREE_SELECTION) continue;
    if (node.subTreeId !== undefined ? node.subTreeId !== hero?.subTreeId : !node.visible) continue;
    if (node.rank <= node.grantedRanks) continue;
    const entryId = node.type === NODE_SELECTION ? node.entryId : node.entryIds[0];
    if (entryId !== undefined) entries.push({ entryId, rank: node.rank });
  }
  return entries;
}

/** The committed build of the active spec, or why it cannot be read now. */
export function readCommittedBuild(client: LoadoutClient): Outcome<CommittedBuild> {
  const configId = client.activeConfigId();
  const treeId = configId === undefined ? undefined : client.classTreeId(configId);
  if (configId === undefined || treeId === undefined) return { ok: false, problem: { reason: "no-config" } };
  const specId = client.gameHeader(treeId).specId;
  if (specId === undefined) return { ok: false, problem: { reason: "no-config" } };
  const tree = client.readTree(configId, treeId, "committed", { edges: false, hidden: false });
  if (tree === undefined) return { ok: false, problem: { reason: "tree-unavailable" } };
  return { ok: true, value: { specId, entries: entriesOf(tree) } };
}
