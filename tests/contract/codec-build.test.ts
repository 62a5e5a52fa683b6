/** The build codec on a small hand-made tree: each node kind's record, and the errors a bad build or record gets. */
import { describe, expect, it } from "vitest";
import { decodeBuild, encodeBuild, encodeLoadout, decodeLoadout, type CodecTree } from "@att/contract/trees";

// Node order 10..60; 20 is a node this spec does not have (another spec's), so it is never written.
const TREE: CodecTree = {
  order: [10, 20, 30, 40, 50, 60],
  nodes: {
    10: { nodeId: 10, kind: "single", entryIds: [100], entryRanks: [2], granted: false },
    30: { nodeId: 30, kind: "choice", entryIds: [300, 301], entryRanks: [1, 1], granted: false },
    40: { nodeId: 40, kind: "subtree", entryIds: [400, 401], entryRanks: [1, 1], granted: false },
    50: { nodeId: 50, kind: "single", entryIds: [500], entryRanks: [1], granted: true },
    60: { nodeId: 60, kind: "tiered", entryIds: [600, 601, 602], entryRanks: [1, 2, 1], granted: false },
  },
};

const records = (entries: { entryId: number; rank: number }[]) => {
  const out = encodeBuild(TREE, 2, 250, entries);
  return out.ok ? out.value.nodes : out.error;
};

describe("entries -> records", () => {
  it("writes each kind as the game's exporter does", () => {
    expect(
      records([
        { entryId: 100, rank: 1 },
        { entryId: 301, rank: 1 },
        { entryId: 401, rank: 1 },
        { entryId: 500, rank: 1 },
        { entryId: 600, rank: 1 },
        { entryId: 601, rank: 2 },
      ]),
    ).toEqual([
      { index: 0, purchased: true, ranks: 1, choice: undefined },
      { index: 2, purchased: true, ranks: undefined, choice: 1 },
      { index: 3, purchased: true, ranks: undefined, choice: 1 },
      { index: 4, purchased: false },
      { index: 5, purchased: true, ranks: 3, choice: undefined },
    ]);
  });

  it("refuses what no build holds", () => {
    expect(records([{ entryId: 999, rank: 1 }])).toMatchObject({ kind: "tree-mismatch" });
    expect(records([{ entryId: 100, rank: 3 }])).toMatchObject({ kind: "invalid-field", message: "talent entry 100: rank 3 is not 1..2" });
    expect(
      records([
        { entryId: 300, rank: 1 },
        { entryId: 301, rank: 1 },
      ]),
    ).toMatchObject({ kind: "invalid-field" });
    expect(records([{ entryId: 601, rank: 1 }])).toMatchObject({ kind: "invalid-field" });
  });

  it("round-trips through a string, the granted node as rank 1 and the tiers filled in order", () => {
    const build = [
      { entryId: 100, rank: 2 },
      { entryId: 300, rank: 1 },
      { entryId: 400, rank: 1 },
      { entryId: 500, rank: 1 },
      { entryId: 600, rank: 1 },
      { entryId: 601, rank: 2 },
      { entryId: 602, rank: 1 },
    ];
    const loadout = encodeBuild(TREE, 2, 250, build);
    const code = loadout.ok ? encodeLoadout(loadout.value) : loadout;
    const back = code.ok ? decodeLoadout(code.value) : code;
    expect(back.ok && decodeBuild(TREE, back.value)).toEqual({ ok: true, value: build });
  });
});

describe("records -> entries", () => {
  const decode = (nodes: { index: number; purchased: boolean; ranks?: number; choice?: number }[]) =>
    decodeBuild(TREE, { version: 2, specId: 250, treeHash: [], recordCount: 6, nodes });

  it("refuses a record on a node the tree does not describe, or a choice it does not have", () => {
    expect(decode([{ index: 1, purchased: true }])).toMatchObject({ ok: false, error: { kind: "tree-mismatch" } });
    expect(decode([{ index: 2, purchased: true, choice: 3 }])).toMatchObject({ ok: false, error: { kind: "invalid-field" } });
    expect(decode([{ index: 2, purchased: true }])).toMatchObject({ ok: false, error: { kind: "invalid-field" } });
    expect(decode([{ index: 5, purchased: true, ranks: 5 }])).toMatchObject({ ok: false, error: { kind: "invalid-field" } });
  });
});
