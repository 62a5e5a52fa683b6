/**
 * Pure: flex talents, the ones where top players split (the data's Pick.flex). A difference from a recommended build
 * on a node holding a flex talent (the build's or the player's choice there) is a preference, not a wrong build: it
 * is counted apart, and a player whose build differs only there can count as matching (a setting).
 */
import type { Difference } from "./match";
import type { LiveTree } from "./types";

export interface SplitDifferences {
  readonly core: readonly Difference[];
  readonly flex: readonly Difference[];
}

/**
 * Splits the differences into core and flex ones: flex where the live node has any of the flex entries. Runs on every
 * match check that finds a difference: only the differing nodes' entries are looked at (one table look-up per node
 * of the tree to find them), not every entry of the tree.
 */
export function splitFlex(
  tree: LiveTree,
  differences: readonly Difference[],
  flexEntries: readonly number[] | undefined,
): SplitDifferences {
  if (flexEntries === undefined || flexEntries.length === 0 || differences.length === 0) return { core: differences, flex: [] };
  const isFlex: { [entryId: number]: boolean } = {};
  for (let i = 0; i < flexEntries.length; i++) isFlex[flexEntries[i]!] = true;
  const differs: { [nodeId: number]: boolean } = {};
  for (let i = 0; i < differences.length; i++) differs[differences[i]!.nodeId] = true;
  const flexNode: { [nodeId: number]: boolean } = {};
  const nodes = tree.nodes;
  const count = nodes.length;
  for (let i = 0; i < count; i++) {
    const node = nodes[i]!;
    if (differs[node.nodeId] !== true) continue;
    const ids = node.entryIds;
    for (let k = 0; k < ids.length; k++) if (isFlex[ids[k]!] === true) flexNode[node.nodeId] = true;
  }
  const core: Difference[] = [];
  const flex: Difference[] = [];
  for (const difference of differences) (flexNode[difference.nodeId] === true ? flex : core).push(difference);
  return { core, flex };
}
