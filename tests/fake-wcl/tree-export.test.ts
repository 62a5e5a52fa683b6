/**
 * The sample world's trees in Raidbots' talents.json form: what the sample source and the fake server serve to the
 * pipeline's tree source, which must read it exactly like the live file.
 */
import { describe, expect, it } from "vitest";
import { SPECS } from "@att/contract";
import { exportSpecTrees, makeClassTree, sampleTreeFiles, type ClassTreeDef } from "@att/sample-world";
import { parseTalents } from "../../packages/pipeline/src/trees/source";

describe("the sample trees as talents.json", () => {
  const files = sampleTreeFiles();

  it("validates as tree data for every spec, with the tree model's node order and a hash of the file", () => {
    const trees = parseTalents(files.talents, "12.0.1-sample");
    expect(trees.specs.size).toBe(SPECS.length);
    const blood = trees.specs.get(250)!;
    expect(blood.codec.order).toEqual(makeClassTree(6).nodes.map((n) => n.nodeId));
    const meta = JSON.parse(files.metadata) as { wowBuild: string; contentHash: string };
    expect(meta.wowBuild).toMatch(/^12\.0\.1-sample-r\d+$/);
    expect(meta.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("lists a spec's own nodes only: class nodes, its spec nodes, the hero trees it may take and its hero selection", () => {
    const tree = makeClassTree(6);
    const blood = exportSpecTrees(tree, 250);
    const heroTrees = tree.subTrees.filter((s) => s.specIds.includes(250)).map((s) => s.subTreeId);
    expect(blood.classNodes).toHaveLength(tree.nodes.filter((n) => n.section === "class" && (n.specId ?? 250) === 250).length);
    expect(blood.specNodes.every((n) => tree.nodes.find((m) => m.nodeId === n.id)!.specId === 250)).toBe(true);
    expect([...new Set(blood.heroNodes.map((n) => n.subTreeId))].sort()).toEqual(heroTrees.sort());
    expect(blood.subTreeNodes).toHaveLength(1);
    expect(blood.subTreeNodes[0]!.entries.map((e) => e.traitSubTreeId).sort()).toEqual(heroTrees.sort());
  });

  it("writes a node with several tier entries as a tiered (apex) node, and a multi-rank talent as single", () => {
    const base = makeClassTree(6);
    const at = base.nodes.findIndex((n) => n.section === "spec" && n.specId === 250 && !n.granted && n.kind === "single");
    const apex = {
      ...base.nodes[at]!,
      kind: "tiered" as const,
      entries: [
        { entryId: 990001, maxRanks: 1 },
        { entryId: 990002, maxRanks: 2 },
        { entryId: 990003, maxRanks: 1 },
      ],
    };
    const tree: ClassTreeDef = { ...base, nodes: base.nodes.map((n, i) => (i === at ? apex : n)) };
    const out = exportSpecTrees(tree, 250).specNodes.find((n) => n.id === apex.nodeId)!;
    expect(out).toMatchObject({ type: "tiered", maxRanks: 4 });
    expect(out.entries.map((e) => [e.id, e.maxRanks, e.type])).toEqual([
      [990001, 1, "tierrank"],
      [990002, 2, "tierrank"],
      [990003, 1, "tierrank"],
    ]);
    const multiRank = exportSpecTrees(base, 250).specNodes.find((n) => n.maxRanks === 2);
    expect(multiRank?.type).toBe("single");
  });
});
