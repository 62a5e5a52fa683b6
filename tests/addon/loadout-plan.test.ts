/** The pure apply plan (dependency order) and the stager's repeated passes. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeLoadout } from "@att/contract";
import { dependencyOrder, makePlan } from "../../packages/addon-ts/src/loadout/plan";
import { stagePlan, type StagingPort } from "../../packages/addon-ts/src/loadout/stage";
import { buildTarget } from "../../packages/addon-ts/src/loadout/target";
import { findDifferences } from "../../packages/addon-ts/src/loadout/match";
import type { LiveNode, LiveTree } from "../../packages/addon-ts/src/loadout/types";
import { BUILD_A, CONFIG, FakeClient, STATE_A, TREE } from "./loadout-fake-client";

function node(nodeId: number, children: number[], posY = 0, type = 0): LiveNode {
  return {
    nodeId,
    type,
    maxRanks: 1,
    entryIds: [nodeId * 10],
    entrySubTreeIds: [],
    entryMaxRanks: [],
    rank: 0,
    grantedRanks: 0,
    visible: true,
    posX: 0,
    posY,
    children,
  };
}

describe("dependencyOrder", () => {
  it("puts every node after the nodes leading to it, whatever their position, and the hero selection first", () => {
    // 1 -> 3 -> 2 although 2 sits higher; 4 is the sub-tree selection node at the bottom.
    const tree: LiveTree = { configId: 1, treeId: 1, nodes: [node(1, [3], 5), node(2, [], 0), node(3, [2], 9), node(4, [], 99, 3)] };
    expect(dependencyOrder(tree).map((n) => n.nodeId)).toEqual([4, 1, 3, 2]);
  });
  it("orders random DAGs topologically and keeps every node once (cycles go last)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { maxLength: 60 }),
        fc.array(fc.nat(9), { minLength: 31, maxLength: 31 }),
        (edges, rows) => {
          const children = new Map<number, number[]>();
          for (const [a, b] of edges) if (a < b) children.set(a, [...(children.get(a) ?? []), b]);
          const nodes = rows.map((row, id) => node(id, children.get(id) ?? [], row));
          const order = dependencyOrder({ configId: 1, treeId: 1, nodes }).map((n) => n.nodeId);
          expect([...order].sort((a, b) => a - b)).toEqual(nodes.map((n) => n.nodeId));
          const at = new Map(order.map((id, i) => [id, i]));
          for (const [a, b] of edges) if (a < b) expect(at.get(a)!).toBeLessThan(at.get(b)!);
        },
      ),
    );
    const cyclic = dependencyOrder({ configId: 1, treeId: 1, nodes: [node(1, [2]), node(2, [1]), node(3, [])] });
    expect(cyclic.map((n) => n.nodeId)).toEqual([3, 1, 2]);
  });
});

describe("makePlan + stagePlan on the fake tree", () => {
  function plan(client: FakeClient) {
    const tree = client.readTree(CONFIG, TREE, "committed")!;
    const decoded = decodeLoadout(BUILD_A);
    if (!decoded.ok) throw new Error("decode");
    const target = buildTarget(decoded.value, tree);
    if (!target.ok) throw new Error("target");
    return { tree, target: target.value, plan: makePlan(tree, target.value) };
  }

  it("skips granted talents, selects the hero tree before its talents and stages the whole build", () => {
    const client = new FakeClient();
    const { plan: p, target } = plan(client);
    expect(p.steps.map((s) => s.nodeId)).toEqual([40, 10, 11, 12, 21, 41, 13, 22, 42]);
    expect(p.steps.find((s) => s.nodeId === 20)).toBeUndefined();
    const outcome = stagePlan(p.steps, client.staging());
    expect(outcome).toEqual({ complete: true, unfinished: [] });
    expect(findDifferences(client.readTree(CONFIG, TREE, "staged")!, target)).toEqual([]);
    client.completeCommit();
    expect([...client.committed.entries()].sort(([a], [b]) => a - b)).toEqual(Object.entries(STATE_A).map(([k, v]) => [Number(k), v]));
  });

  it("repeats passes: a node refused early (a gate) is bought once the rest of the pass made it available", () => {
    let spent = 0;
    const ranks = new Map<number, number>();
    const port: StagingPort = {
      nodeState: (id) => ({ rank: ranks.get(id) ?? 0 }),
      // Node 1 needs two points elsewhere first, though the plan lists it first.
      purchaseRank: (id) => {
        if ((ranks.get(id) ?? 0) >= 1 || (id === 1 && spent < 2)) return false;
        ranks.set(id, 1);
        spent++;
        return true;
      },
      setSelection: () => false,
    };
    const steps = [1, 2, 3].map((nodeId) => ({ nodeId, ranks: 1, selectOnly: false }));
    expect(stagePlan(steps, port)).toEqual({ complete: true, unfinished: [] });
  });

  it("stops when a pass makes no progress and names what is left; never loops on a call that changes nothing", () => {
    const port: StagingPort = { nodeState: () => ({ rank: 0 }), purchaseRank: () => true, setSelection: () => true };
    const steps = [
      { nodeId: 5, ranks: 2, selectOnly: false },
      { nodeId: 6, ranks: 1, entryId: 60, selectOnly: false },
    ];
    expect(stagePlan(steps, port)).toEqual({ complete: false, unfinished: [5, 6] });
  });
});
