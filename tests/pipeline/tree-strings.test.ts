/**
 * The pinned real trees against the real strings of their game build: every string decodes onto its spec's tree, the
 * contract's encoder writes the same canonical string back from the entries, the points add up to the build's budget,
 * and the pipeline's encode stage (which adds the hero selection and the free nodes itself) gives the same string
 * from the talents a ranking row lists. Expected counts come from ../shared/treedata/SOURCE.md, not from this code.
 */
import { describe, expect, it } from "vitest";
import {
  canonicalLoadout,
  decodeBuild,
  decodeLoadout,
  encodeBuild,
  encodeLoadout,
  normalizeCode,
  type NodeRecord,
} from "@att/contract/trees";
import { LEVEL_80_BUDGET, LEVEL_90_BUDGET, pointBudget } from "../../packages/pipeline/src/trees/budget";
import { encodeBuildString } from "../../packages/pipeline/src/trees/encode";
import { fitBuild } from "../../packages/pipeline/src/trees/fit-build";
import { pinnedTrees, stringsOf } from "../support/treedata";

describe.each([
  ["12.0.1", 37, LEVEL_90_BUDGET],
  ["12.0.0", 189, LEVEL_80_BUDGET],
] as const)("pinned %s trees and the real strings of that build", (build, count, budget) => {
  const trees = pinnedTrees(build);
  const strings = stringsOf(build);

  it(`has ${count} strings and the budget the strings show`, () => {
    expect(strings).toHaveLength(count);
    expect(pointBudget(trees)).toEqual(budget);
  });

  it("decodes every string onto its spec's tree (the only misses: 2 Beast Mastery strings with a Marksmanship node)", () => {
    const misses: string[] = [];
    for (const s of strings) {
      const decoded = decodeLoadout(s.code);
      expect(decoded.ok).toBe(true);
      const entries = decoded.ok ? decodeBuild(trees.specs.get(s.specID)!.codec, decoded.value) : decoded;
      if (!entries.ok) misses.push(`${s.specID} ${entries.error.kind}`);
    }
    expect(misses).toEqual(build === "12.0.0" ? ["253 tree-mismatch", "253 tree-mismatch"] : []);
  });

  it("encodes the decoded entries back to each string's canonical form, and the points add up", () => {
    let checked = 0;
    for (const s of strings) {
      const tree = trees.specs.get(s.specID)!;
      const decoded = decodeLoadout(s.code);
      if (!decoded.ok) continue;
      const entries = decodeBuild(tree.codec, decoded.value);
      if (!entries.ok) continue;
      const loadout = encodeBuild(tree.codec, 2, s.specID, entries.value);
      expect(loadout.ok && encodeLoadout(loadout.value)).toEqual(encodeLoadout(canonicalLoadout(decoded.value)));
      const fit = fitBuild(tree, budget, entries.value);
      expect(fit.ok, fit.ok ? "" : `${s.specID}: ${fit.message}`).toBe(true);
      checked++;
    }
    expect(checked).toBe(build === "12.0.0" ? count - 2 : count);
  });

  it("the encode stage gives the exporter's string from the talents alone (no free nodes, no hero selection)", () => {
    let same = 0;
    let withGranted = 0;
    for (const s of strings) {
      const tree = trees.specs.get(s.specID)!;
      const decoded = decodeLoadout(s.code);
      const entries = decoded.ok ? decodeBuild(tree.codec, decoded.value) : decoded;
      if (!decoded.ok || !entries.ok) continue;
      // What a ranking row lists: bought talents (the free nodes and the hero selection are the game's to add).
      const bought = entries.value.filter((e) => {
        const node = tree.entries.get(e.entryId)!.node;
        return !node.free && node.section !== "subtree";
      });
      const encoded = encodeBuildString(tree, bought);
      if (!encoded.ok) throw new Error(`${s.specID} ${s.context}: ${encoded.message}`);
      // Exporters that mark granted nodes as Blizzard's does (Archon, Wowhead, Icy Veins) are compared; U.gg strings
      // mark them purchased (testdata/README.md).
      if (!decoded.value.nodes.some((n) => !n.purchased)) continue;
      withGranted++;
      const theirs = normalizeCode(s.code);
      if (theirs.ok && encoded.code === theirs.value) {
        same++;
        continue;
      }
      // Otherwise the strings may differ only in a granted record of a free node (which the importer grants anyway).
      const ours = decodeLoadout(encoded.code);
      const bare = (nodes: readonly NodeRecord[]): string =>
        JSON.stringify(nodes.filter((n) => n.purchased || !tree.nodes.get(tree.codec.order[n.index]!)!.free));
      expect(ours.ok && bare(ours.value.nodes), `${s.specID} ${s.context}`).toBe(bare(decoded.value.nodes));
    }
    expect(withGranted).toBeGreaterThan(0);
    // 12.0.1: every one; 12.0.0: all but 8 (Mage strings that leave out one of their hero tree's two free nodes).
    expect(same).toBe(build === "12.0.1" ? withGranted : withGranted - 8);
  });
});

describe("the pinned 12.0.5 copy (game build inferred, SOURCE.md)", () => {
  it("reads as tree data and fits the Apr-2026 strings but the Blood one, whose tree lost 2 nodes", () => {
    const trees = pinnedTrees("12.0.5");
    expect(trees.specs.size).toBe(40);
    const misses = stringsOf("12.0.1").filter((s) => {
      const decoded = decodeLoadout(s.code);
      const entries = decoded.ok ? decodeBuild(trees.specs.get(s.specID)!.codec, decoded.value) : decoded;
      const fits = entries.ok && fitBuild(trees.specs.get(s.specID)!, LEVEL_90_BUDGET, entries.value).ok;
      return !fits;
    });
    expect(misses.map((s) => s.specID)).toEqual([250]);
  });
});

describe("apex nodes in 12.0.1 strings", () => {
  const trees = pinnedTrees("12.0.1");

  it("are one record: no choice index, ranks only below the node's total, spread over the tiers in order", () => {
    const seen = new Set<string>();
    for (const s of stringsOf("12.0.1")) {
      const tree = trees.specs.get(s.specID)!;
      const decoded = decodeLoadout(s.code);
      if (!decoded.ok) continue;
      for (const record of decoded.value.nodes) {
        const node = tree.nodes.get(tree.codec.order[record.index]!)!;
        if (node.kind !== "tiered") continue;
        expect(record.choice).toBeUndefined();
        const total = node.entries.reduce((n, e) => n + e.maxRanks, 0);
        if (record.ranks !== undefined) expect(record.ranks).toBeLessThan(total);
        seen.add(record.ranks === undefined ? "full" : `partial ${record.ranks}`);
      }
    }
    // Both forms occur in the real strings: the full node (4 of 4 ranks) and one rank.
    expect([...seen].sort()).toEqual(["full", "partial 1"]);
  });

  it("encode a Death Knight apex node (tiers 1 + 2 + 1 ranks) as one record per total", () => {
    const tree = trees.specs.get(250)!;
    const apex = tree.nodes.get(110353)!;
    expect(apex.kind).toBe("tiered");
    expect(apex.entries.map((e) => e.maxRanks)).toEqual([1, 2, 1]);
    const [t1, t2, t3] = apex.entries.map((e) => e.entryId) as [number, number, number];
    const index = tree.codec.order.indexOf(110353);
    const record = (ranks: { entryId: number; rank: number }[]) => {
      const out = encodeBuild(tree.codec, 2, 250, ranks);
      return out.ok ? out.value.nodes : out.error.kind;
    };
    expect(record([{ entryId: t1, rank: 1 }])).toEqual([{ index, purchased: true, ranks: 1, choice: undefined }]);
    expect(
      record([
        { entryId: t1, rank: 1 },
        { entryId: t2, rank: 1 },
      ]),
    ).toEqual([{ index, purchased: true, ranks: 2, choice: undefined }]);
    expect(
      record([
        { entryId: t1, rank: 1 },
        { entryId: t2, rank: 2 },
        { entryId: t3, rank: 1 },
      ]),
    ).toEqual([{ index, purchased: true, ranks: undefined, choice: undefined }]);
    // A later tier without the earlier ones full is no build the game can hold.
    expect(record([{ entryId: t2, rank: 1 }])).toBe("invalid-field");
    // And back: 3 ranks fill tier 1, then tier 2.
    const back = decodeBuild(tree.codec, {
      version: 2,
      specId: 250,
      treeHash: [],
      recordCount: index + 1,
      nodes: [{ index, purchased: true, ranks: 3 }],
    });
    expect(back.ok && back.value).toEqual([
      { entryId: Math.min(t1, t2), rank: t1 < t2 ? 1 : 2 },
      { entryId: Math.max(t1, t2), rank: t1 < t2 ? 2 : 1 },
    ]);
  });
});
