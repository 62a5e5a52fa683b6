/**
 * Tier tracks (Midnight's apex node) in the pure loadout core: a build's tiers are grouped on their node, the target
 * rank is their sum bounded by the node's total, and matching and planning follow. Hand-built live trees.
 */
import { describe, expect, it } from "vitest";
import { splitFlex } from "../../packages/addon-ts/src/loadout/flex";
import { findDifferences } from "../../packages/addon-ts/src/loadout/match";
import { makePlan } from "../../packages/addon-ts/src/loadout/plan";
import { NO_ENTRY_FACTS, toLiveNode, type NodeInfoFields } from "../../packages/addon-ts/src/loadout/read-node";
import { buildTargetFromEntries } from "../../packages/addon-ts/src/loadout/target-entries";
import { NODE_SELECTION, NODE_SINGLE, NODE_TIERED, type LiveNode, type LiveTree } from "../../packages/addon-ts/src/loadout/types";

function node(fields: Partial<LiveNode> & Pick<LiveNode, "nodeId" | "type" | "maxRanks" | "entryIds">): LiveNode {
  return {
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

/** A 1/2/1 apex track (4 ranks), a 2-rank single-entry tiered node, a single node and a choice node. */
function tree(apexRank: number): LiveTree {
  return {
    configId: 1,
    treeId: 2,
    nodes: [
      node({ nodeId: 10, type: NODE_SINGLE, maxRanks: 1, entryIds: [100], rank: 1 }),
      node({ nodeId: 20, type: NODE_TIERED, maxRanks: 2, entryIds: [200], rank: 2 }),
      node({ nodeId: 30, type: NODE_SELECTION, maxRanks: 1, entryIds: [300, 301], entryMaxRanks: [1, 1], rank: 1, entryId: 300 }),
      node({ nodeId: 40, type: NODE_TIERED, maxRanks: 4, entryIds: [401, 402, 403], entryMaxRanks: [1, 2, 1], rank: apexRank }),
    ],
  };
}

const BASE = [
  { entryId: 100, rank: 1 },
  { entryId: 200, rank: 2 },
  { entryId: 300, rank: 1 },
];

describe("buildTargetFromEntries: tiers of a track", () => {
  it("groups a track's tiers on its node: the target rank is their sum, full at the node's total", () => {
    const cases: [{ entryId: number; rank: number }[], number, boolean][] = [
      [[{ entryId: 401, rank: 1 }], 1, false],
      [
        [
          { entryId: 401, rank: 1 },
          { entryId: 402, rank: 1 },
        ],
        2,
        false,
      ],
      [
        [
          { entryId: 403, rank: 1 },
          { entryId: 401, rank: 1 },
          { entryId: 402, rank: 2 },
        ],
        4,
        true,
      ],
    ];
    for (const [tiers, ranks, full] of cases) {
      const target = buildTargetFromEntries([...BASE, ...tiers], 250, tree(0));
      expect(target.ok).toBe(true);
      if (!target.ok) continue;
      const apex = target.value.nodes.filter((n) => n.nodeId === 40);
      expect(apex).toEqual([{ nodeId: 40, type: NODE_TIERED, granted: false, ranks, full }]);
    }
  });

  it("reads one tier listed with the track's whole rank as that rank (the other reading of logs)", () => {
    const target = buildTargetFromEntries([...BASE, { entryId: 401, rank: 4 }], 250, tree(0));
    expect(target.ok && target.value.nodes.find((n) => n.nodeId === 40)).toEqual({
      nodeId: 40,
      type: NODE_TIERED,
      granted: false,
      ranks: 4,
      full: true,
    });
  });

  it("refuses a sum above the track's total, and two entries on a node that is no track", () => {
    const refused = (entries: { entryId: number; rank: number }[]) => {
      const target = buildTargetFromEntries(entries, 250, tree(0));
      return target.ok ? undefined : target.problem.reason;
    };
    expect(refused([...BASE, { entryId: 402, rank: 5 }])).toBe("talents-changed");
    expect(
      refused([...BASE, { entryId: 401, rank: 1 }, { entryId: 402, rank: 2 }, { entryId: 403, rank: 1 }, { entryId: 401, rank: 1 }]),
    ).toBe("talents-changed");
    expect(refused([...BASE, { entryId: 301, rank: 1 }])).toBe("talents-changed");
    expect(refused([...BASE, { entryId: 200, rank: 1 }])).toBe("talents-changed");
  });
});

describe("matching and planning a track", () => {
  const all = [...BASE, { entryId: 401, rank: 1 }, { entryId: 402, rank: 2 }, { entryId: 403, rank: 1 }];
  const two = [...BASE, { entryId: 401, rank: 1 }, { entryId: 402, rank: 1 }];

  it("compares the track's total rank with the tiers' sum", () => {
    const target = (entries: typeof all) => {
      const t = buildTargetFromEntries(entries, 250, tree(0));
      if (!t.ok) throw new Error(t.problem.reason);
      return t.value;
    };
    expect(findDifferences(tree(4), target(all))).toEqual([]);
    expect(findDifferences(tree(2), target(two))).toEqual([]);
    expect(findDifferences(tree(3), target(all))).toEqual([{ nodeId: 40, kind: "ranks" }]);
    expect(findDifferences(tree(4), target(two))).toEqual([{ nodeId: 40, kind: "ranks" }]);
    expect(findDifferences(tree(0), target(two))).toEqual([{ nodeId: 40, kind: "missing" }]);
    expect(findDifferences(tree(2), target(BASE))).toEqual([{ nodeId: 40, kind: "extra" }]);
  });

  it("plans one step to the summed rank (PurchaseRank then fills the tiers in order)", () => {
    const target = buildTargetFromEntries(all, 250, tree(0));
    if (!target.ok) throw new Error(target.problem.reason);
    expect(makePlan(tree(0), target.value).steps.find((s) => s.nodeId === 40)).toEqual({
      nodeId: 40,
      ranks: 4,
      entryId: undefined,
      selectOnly: false,
    });
  });
});

describe("toLiveNode: a tiered node's maximum is totalMaxRanks", () => {
  const info = (fields: Partial<NodeInfoFields>): NodeInfoFields => ({
    ID: 40,
    type: NODE_TIERED,
    maxRanks: 1,
    entryIDs: [401, 402, 403],
    ranksPurchased: 3,
    activeRank: 3,
    currentRank: 3,
    isVisible: true,
    posX: 0,
    posY: 0,
    ...fields,
  });
  it("takes totalMaxRanks where the client gives one, else maxRanks; other node types keep maxRanks", () => {
    expect(toLiveNode(info({ totalMaxRanks: 4 }), "committed", NO_ENTRY_FACTS).maxRanks).toBe(4);
    expect(toLiveNode(info({ maxRanks: 4 }), "committed", NO_ENTRY_FACTS).maxRanks).toBe(4);
    expect(toLiveNode(info({ type: NODE_SINGLE, maxRanks: 2, totalMaxRanks: 5 }), "committed", NO_ENTRY_FACTS).maxRanks).toBe(2);
  });
});

describe("splitFlex: differences on nodes holding a flex talent are counted apart", () => {
  it("puts a difference on a node with any flex entry (the build's option or the other) in flex, the rest in core", () => {
    const differences = [
      { nodeId: 10, kind: "missing" as const },
      { nodeId: 30, kind: "choice" as const },
      { nodeId: 40, kind: "ranks" as const },
    ];
    expect(splitFlex(tree(0), differences, [301])).toEqual({
      core: [differences[0], differences[2]],
      flex: [differences[1]],
    });
    expect(splitFlex(tree(0), differences, [402, 100])).toEqual({ core: [differences[1]], flex: [differences[0], differences[2]] });
    expect(splitFlex(tree(0), differences, undefined)).toEqual({ core: differences, flex: [] });
    expect(splitFlex(tree(0), differences, [])).toEqual({ core: differences, flex: [] });
  });
});
