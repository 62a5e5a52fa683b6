/**
 * The hero tree's picker as Blizzard's frame finds it: the first visible and available sub-tree selection node
 * offering the tree (TalentFrameUtil.GetFirstAvailableSubTreeSelectionNode, Blizzard_SharedTalentUtil.lua:168-185).
 */
import { describe, expect, it } from "vitest";
import { buildTargetFromEntries } from "../../packages/addon-ts/src/loadout/target-entries";
import { NODE_SINGLE, NODE_SUB_TREE_SELECTION, type LiveNode, type LiveTree } from "../../packages/addon-ts/src/loadout/types";

function node(fields: Partial<LiveNode> & Pick<LiveNode, "nodeId" | "type" | "entryIds">): LiveNode {
  return {
    maxRanks: 1,
    entrySubTreeIds: [],
    entryMaxRanks: [],
    rank: 0,
    grantedRanks: 0,
    visible: true,
    posX: 0,
    posY: 0,
    children: [],
    ...fields,
  };
}

/** Two pickers offering hero tree 7 (entries 51 and 61): the first one unavailable. */
function tree(firstAvailable: boolean, secondAvailable: boolean): LiveTree {
  return {
    configId: 1,
    treeId: 2,
    nodes: [
      node({ nodeId: 5, type: NODE_SUB_TREE_SELECTION, entryIds: [51, 52], entrySubTreeIds: [7, 8], available: firstAvailable }),
      node({ nodeId: 6, type: NODE_SUB_TREE_SELECTION, entryIds: [61, 62], entrySubTreeIds: [7, 8], available: secondAvailable }),
      node({ nodeId: 10, type: NODE_SINGLE, entryIds: [100] }),
      node({ nodeId: 70, type: NODE_SINGLE, entryIds: [700], subTreeId: 7 }),
    ],
  };
}

const HERO_BUILD = [
  { entryId: 100, rank: 1 },
  { entryId: 700, rank: 1 },
];

describe("hero picker", () => {
  it("chooses the hero tree on the first visible and available picker, skipping an unavailable one", () => {
    const target = buildTargetFromEntries(HERO_BUILD, 250, tree(false, true));
    expect(target.ok && target.value.nodes.find((n) => n.type === NODE_SUB_TREE_SELECTION)).toMatchObject({ nodeId: 6, entryId: 61 });
    const first = buildTargetFromEntries(HERO_BUILD, 250, tree(true, true));
    expect(first.ok && first.value.nodes.find((n) => n.type === NODE_SUB_TREE_SELECTION)).toMatchObject({ nodeId: 5, entryId: 51 });
  });

  it("refuses a hero build when no picker is available, and a build naming an unavailable picker's entry", () => {
    const none = buildTargetFromEntries(HERO_BUILD, 250, tree(false, false));
    expect(none.ok ? undefined : none.problem).toMatchObject({ reason: "talents-changed" });
    const named = buildTargetFromEntries([...HERO_BUILD, { entryId: 51, rank: 1 }], 250, tree(false, true));
    expect(named.ok ? undefined : named.problem).toMatchObject({
      reason: "talents-changed",
      detail1: "hero choice 51 is not available to you yet",
    });
  });
});
