/**
 * The talent-tree model: tree shapes for every class, the purchase rules, random and mutated builds, and the
 * round trip through the loadout string. Property tests run over every class, many tree seeds and many build seeds.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SPECS, decodeLoadout, encodeLoadout, specsOfClass, type Loadout } from "@att/contract";
import {
  APEX_TIERS,
  buildToLoadout,
  canPurchase,
  createRng,
  initialBuild,
  isLegalBuild,
  loadoutToBuild,
  makeClassTree,
  mutateBuild,
  purchasableNodes,
  purchaseRank,
  randomLegalBuild,
  reachableNodes,
  sameTalentBuild,
  selectionNodeOf,
  spentPoints,
  tieredMaxRanks,
  tierRanks,
  type ClassTreeDef,
  type NodeDef,
  type NodeState,
  type TalentBuild,
} from "@att/sample-world/trees";

const CLASS_IDS = [...new Set(SPECS.map((s) => s.classId))];

function byId(tree: ClassTreeDef, nodeId: number): NodeDef {
  const node = tree.nodes.find((n) => n.nodeId === nodeId);
  if (node === undefined) throw new Error(`no node ${nodeId}`);
  return node;
}

function sorted(build: NodeState[]): NodeState[] {
  return build.slice().sort((a, b) => a.nodeId - b.nodeId);
}

function reasonOf(result: { ok: boolean; error?: { kind: string } }): string | undefined {
  return result.ok ? undefined : result.error?.kind;
}

describe("makeClassTree", () => {
  it.each(CLASS_IDS)("class %i: a retail-shaped tree, consistent and deterministic", (classId) => {
    for (const seed of [0, 1, 7, 123456, 2 ** 31 - 1]) {
      const tree = makeClassTree(classId, { seed });
      expect(makeClassTree(classId, { seed })).toEqual(tree);
      const specs = specsOfClass(classId);
      expect(tree.classId).toBe(classId);
      expect(tree.nodes.length).toBeGreaterThanOrEqual(200);
      expect(tree.nodes.length).toBeLessThanOrEqual(260);
      expect(tree.treeHash).toHaveLength(16);
      expect(tree.treeHash.every((b) => Number.isInteger(b) && b >= 0 && b <= 255)).toBe(true);
      expect(tree.treeHash.some((b) => b !== 0)).toBe(true);
      expect(tree.pointCaps).toEqual({ class: 34, spec: 34, hero: 13 });

      const ids = tree.nodes.map((n) => n.nodeId);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(new Set(ids).size).toBe(ids.length);
      const entryIds = tree.nodes.flatMap((n) => n.entries.map((e) => e.entryId));
      expect(new Set(entryIds).size).toBe(entryIds.length);

      const count = (pred: (n: NodeDef) => boolean): number => tree.nodes.filter(pred).length;
      expect(count((n) => n.section === "class")).toBeGreaterThanOrEqual(40);
      expect(count((n) => n.section === "class")).toBeLessThanOrEqual(50);
      for (const node of tree.nodes) {
        for (const parentId of node.parents) {
          const parent = byId(tree, parentId);
          // Edges stay inside a section (and inside one spec or one hero tree).
          expect([parent.section, parent.specId, parent.subTreeId]).toEqual([node.section, node.specId, node.subTreeId]);
          expect(parent.posY).toBeLessThan(node.posY);
          expect(parent.requiredSpent).toBeLessThanOrEqual(node.requiredSpent);
        }
        const apex = node.kind === "tiered" && node.entries.length > 1;
        if (apex) expect(node.entries.map((e) => e.maxRanks)).toEqual([1, 2, 1]);
        else {
          expect(node.entries.length).toBe(node.kind === "selection" || node.kind === "subTreeSelection" ? 2 : 1);
          for (const entry of node.entries) expect(entry.maxRanks).toBe(node.kind === "tiered" ? 2 : 1);
        }
        // Granted: a spec's first node(s), or a hero tree's keystone (granted while that tree is chosen).
        if (node.granted) expect(node.parents).toEqual([]);
        if (node.granted)
          expect(
            node.section === "spec"
              ? node.specId !== undefined
              : node.section === "hero" && node.subTreeId !== undefined && node.specId === undefined,
          ).toBe(true);
      }
      for (const gate of [8, 20]) {
        expect(count((n) => n.section === "class" && n.requiredSpent === gate)).toBeGreaterThan(0);
      }

      expect(tree.subTrees).toHaveLength(Math.max(3, specs.length));
      for (const subTree of tree.subTrees) {
        expect(count((n) => n.subTreeId === subTree.subTreeId)).toBe(14);
        expect(count((n) => n.subTreeId === subTree.subTreeId && n.granted)).toBe(1);
        expect(count((n) => n.subTreeId === subTree.subTreeId && n.kind === "selection")).toBeGreaterThan(0);
      }
      for (const spec of specs) {
        const specNodes = count((n) => n.section === "spec" && n.specId === spec.specId);
        expect(specNodes).toBeGreaterThanOrEqual(36);
        expect(specNodes).toBeLessThanOrEqual(42);
        expect(count((n) => n.granted && n.specId === spec.specId)).toBeGreaterThanOrEqual(1);
        expect(count((n) => n.granted && n.specId === spec.specId)).toBeLessThanOrEqual(2);
        const picker = selectionNodeOf(tree, spec.specId)!;
        expect(picker.kind).toBe("subTreeSelection");
        expect(count((n) => n.kind === "subTreeSelection" && n.specId === spec.specId)).toBe(1);
        for (const entry of picker.entries) {
          expect(tree.subTrees.find((t) => t.subTreeId === entry.subTreeId)?.specIds).toContain(spec.specId);
        }
        expect(tree.subTrees.filter((t) => t.specIds.includes(spec.specId))).toHaveLength(2);
        // One apex node per spec, shaped like every spec's in the real 12.0.1 trees (Raidbots: tiered, 1/2/1, gate 20).
        const apex = tree.nodes.filter((n) => n.specId === spec.specId && n.kind === "tiered" && n.entries.length > 1);
        expect(apex).toHaveLength(1);
        expect(apex[0]).toMatchObject({ section: "spec", requiredSpent: 20, parents: [], granted: false });
        expect(tree.nodes.some((n) => n.parents.includes(apex[0]!.nodeId))).toBe(false);
      }
    }
  });

  it("varies with the seed and the class", () => {
    expect(makeClassTree(6, { seed: 1 })).not.toEqual(makeClassTree(6, { seed: 2 }));
    expect(makeClassTree(6).nodes.map((n) => n.nodeId)).not.toEqual(makeClassTree(1).nodes.map((n) => n.nodeId));
    expect(makeClassTree(6)).toEqual(makeClassTree(6, { seed: 0 }));
  });

  it("refuses a class without specs", () => {
    expect(() => makeClassTree(99)).toThrow(/no spec of class 99/);
  });
});

describe("apex (tiered) nodes", () => {
  const tree = makeClassTree(6);
  const specId = 250;
  const apex = tree.nodes.find((n) => n.specId === specId && n.kind === "tiered" && n.entries.length > 1)!;
  const [t1, t2, t3] = apex.entries.map((e) => e.entryId);

  it("the node's max is the tiers' sum and ranks fill the tiers in order, as the game's importer spreads them", () => {
    expect(APEX_TIERS).toEqual([1, 2, 1]);
    expect(tieredMaxRanks(apex)).toBe(4);
    expect(tierRanks(apex, 0)).toEqual([]);
    expect(tierRanks(apex, 1)).toEqual([{ entryId: t1, ranks: 1 }]);
    expect(tierRanks(apex, 2)).toEqual([
      { entryId: t1, ranks: 1 },
      { entryId: t2, ranks: 1 },
    ]);
    expect(tierRanks(apex, 4)).toEqual([
      { entryId: t1, ranks: 1 },
      { entryId: t2, ranks: 2 },
      { entryId: t3, ranks: 1 },
    ]);
  });

  it("random full builds take none, some or all of the apex's 4 ranks, and a 4-rank apex is a full record", () => {
    const seen = new Set<number>();
    for (let seed = 1; seed <= 60; seed++) {
      const build = randomLegalBuild(tree, specId, createRng(seed));
      const ranks = build.find((s) => s.nodeId === apex.nodeId)?.ranks ?? 0;
      seen.add(ranks);
      const record = buildToLoadout(tree, specId, build).nodes.find((r) => tree.nodes[r.index]!.nodeId === apex.nodeId);
      if (ranks > 0) expect(record).toEqual({ index: record!.index, purchased: true, ranks: ranks < 4 ? ranks : undefined });
    }
    expect([...seen].filter((r) => r > 0).length).toBeGreaterThanOrEqual(2);
    expect(isLegalBuild(tree, specId, [{ nodeId: apex.nodeId, ranks: 5, granted: false }]).ok).toBe(false);
  });
});

describe("createRng", () => {
  it("is the Park-Miller minimal standard generator, in [0, 1)", () => {
    // Reference with exact integers: state' = 48271 * state mod (2^31 - 1).
    const rng = createRng(42);
    let state = 42n + 1n;
    for (let i = 0; i < 4; i++) state = (state * 48271n) % 2147483647n;
    for (let i = 0; i < 2000; i++) {
      state = (state * 48271n) % 2147483647n;
      const value = rng();
      expect(value).toBe(Number(state - 1n) / 2147483646);
      expect(value >= 0 && value < 1).toBe(true);
    }
  });

  it("accepts any seed", () => {
    for (const seed of [0, -1, -(2 ** 40), 2 ** 53, 0.5, 2147483646, 2147483647]) {
      const value = createRng(seed)();
      expect(value >= 0 && value < 1).toBe(true);
    }
    expect(createRng(5)()).toBe(createRng(5)());
    expect(createRng(5)()).not.toBe(createRng(6)());
  });
});

const classAndSeeds = fc.record({
  classId: fc.constantFrom(...CLASS_IDS),
  treeSeed: fc.oneof(fc.constant(0), fc.nat(1000)),
  buildSeed: fc.nat(),
});

describe("random builds (property)", () => {
  it("randomLegalBuild is legal, spends exactly the caps and round-trips through the loadout string; mutateBuild is legal and different", () => {
    fc.assert(
      fc.property(classAndSeeds, ({ classId, treeSeed, buildSeed }) => {
        const tree = makeClassTree(classId, { seed: treeSeed });
        for (const spec of specsOfClass(classId)) {
          const rng = createRng(buildSeed + spec.specId);
          const build = randomLegalBuild(tree, spec.specId, rng);
          expect(isLegalBuild(tree, spec.specId, build, { full: true })).toEqual({ ok: true, value: true });
          expect(spentPoints(tree, build)).toEqual(tree.pointCaps);
          expect(build.map((s) => s.nodeId)).toEqual(sorted(build).map((s) => s.nodeId));
          // Nothing more can be bought in a full build.
          expect(purchasableNodes(tree, spec.specId, build)).toEqual([]);

          const loadout = buildToLoadout(tree, spec.specId, build);
          const code = encodeLoadout(loadout);
          expect(code.ok).toBe(true);
          if (!code.ok) return;
          const decoded = decodeLoadout(code.value);
          expect(decoded.ok && decoded.value.specId).toBe(spec.specId);
          if (!decoded.ok) return;
          expect(loadoutToBuild(tree, decoded.value)).toEqual({ ok: true, value: build });

          const variant = mutateBuild(tree, spec.specId, build, rng);
          expect(isLegalBuild(tree, spec.specId, variant, { full: true })).toEqual({ ok: true, value: true });
          expect(sameTalentBuild(variant, build)).toBe(false);
        }
      }),
      { numRuns: 60, seed: 20261128 },
    );
  });

  it("the same seed gives the same build; different seeds usually differ", () => {
    const tree = makeClassTree(6);
    expect(randomLegalBuild(tree, 250, createRng(9))).toEqual(randomLegalBuild(tree, 250, createRng(9)));
    const distinct = new Set<string>();
    for (let seed = 0; seed < 20; seed++) distinct.add(JSON.stringify(randomLegalBuild(tree, 250, createRng(seed))));
    expect(distinct.size).toBe(20);
  });

  it("a build can be replayed with canPurchase/purchaseRank one rank at a time in repeated passes", () => {
    const tree = makeClassTree(11, { seed: 3 });
    const target = randomLegalBuild(tree, 104, createRng(77));
    let state: TalentBuild = initialBuild(tree, 104);
    for (let pass = 0; pass < 50; pass++) {
      let progress = false;
      for (const want of target) {
        if (want.granted) continue;
        const have = state.find((s) => s.nodeId === want.nodeId)?.ranks ?? 0;
        if (have < want.ranks && canPurchase(tree, 104, state, want.nodeId, want.entryId).ok) {
          const next = purchaseRank(tree, 104, state, want.nodeId, want.entryId);
          expect(next.ok).toBe(true);
          if (next.ok) state = next.value;
          progress = true;
        }
      }
      if (!progress) break;
    }
    expect(state).toEqual(target);
  });
});

describe("isLegalBuild rejects illegal builds with the right reason", () => {
  const tree = makeClassTree(6);
  const specId = 250;
  const full = randomLegalBuild(tree, specId, createRng(1));
  const picker = selectionNodeOf(tree, specId)!;
  const chosenEntry = full.find((s) => s.nodeId === picker.nodeId)!.entryId;
  const chosenTree = picker.entries.find((e) => e.entryId === chosenEntry)!.subTreeId;
  const has = (build: TalentBuild, id: number): boolean => build.some((s) => s.nodeId === id);
  const fullState = (node: NodeDef): NodeState =>
    node.kind === "selection"
      ? { nodeId: node.nodeId, ranks: 1, entryId: node.entries[0]!.entryId, granted: false }
      : { nodeId: node.nodeId, ranks: node.entries[0]!.maxRanks, granted: false };
  const start = sorted([...initialBuild(tree, specId), { nodeId: picker.nodeId, ranks: 1, entryId: chosenEntry, granted: false }]);
  const keystoneOf = (subTreeId: number | undefined): NodeState => ({
    nodeId: tree.nodes.find((n) => n.subTreeId === subTreeId && n.granted)!.nodeId,
    ranks: 0,
    granted: true,
  });
  const started = sorted([...start, keystoneOf(chosenTree)]);

  it("accepts the starting state and partial builds unless `full` is asked", () => {
    expect(isLegalBuild(tree, specId, started).ok).toBe(true);
    expect(reasonOf(isLegalBuild(tree, specId, started, { full: true }))).toBe("unspent");
    expect(reasonOf(isLegalBuild(tree, specId, initialBuild(tree, specId), { full: true }))).toBe("unspent");
  });

  it("gate not met", () => {
    // A chain of full parents from an entry point down to a node behind the 20-point gate: edges fine, points short.
    const gated = tree.nodes.find((n) => n.section === "class" && n.requiredSpent === 20)!;
    const chain: NodeState[] = [];
    for (
      let node: NodeDef | undefined = gated;
      node !== undefined;
      node = node.parents[0] === undefined ? undefined : byId(tree, node.parents[0])
    ) {
      chain.push(fullState(node));
    }
    expect(chain.length).toBeLessThan(12);
    const result = isLegalBuild(tree, specId, sorted([...started, ...chain]));
    expect(reasonOf(result)).toBe("gate");
  });

  it("no parent", () => {
    const orphan = tree.nodes.find((n) => n.section === "class" && n.parents.length > 0 && n.requiredSpent === 0)!;
    const result = isLegalBuild(tree, specId, sorted([...started, fullState(orphan)]));
    expect(result).toMatchObject({ ok: false, error: { kind: "no-parent", nodeId: orphan.nodeId } });
  });

  it("over cap", () => {
    const extra = tree.nodes.find((n) => n.section === "class" && n.kind === "single" && !has(full, n.nodeId))!;
    expect(reasonOf(isLegalBuild(tree, specId, sorted([...full, fullState(extra)])))).toBe("over-cap");
  });

  it("a node of another spec", () => {
    const other = tree.nodes.find((n) => n.section === "spec" && n.specId === 251 && !n.granted)!;
    expect(isLegalBuild(tree, specId, sorted([...full, fullState(other)]))).toMatchObject({
      ok: false,
      error: { kind: "wrong-spec", nodeId: other.nodeId },
    });
    // Another spec's hero tree picker, and a hero tree the spec cannot take, are other specs' nodes too.
    const otherPicker = selectionNodeOf(tree, 251)!;
    const withOtherPicker = sorted([
      ...full,
      { nodeId: otherPicker.nodeId, ranks: 1, entryId: otherPicker.entries[0]!.entryId, granted: false },
    ]);
    expect(reasonOf(isLegalBuild(tree, specId, withOtherPicker))).toBe("wrong-spec");
    const foreignTree = tree.subTrees.find((t) => !t.specIds.includes(specId))!;
    const foreignNode = tree.nodes.find((n) => n.subTreeId === foreignTree.subTreeId)!;
    expect(reasonOf(isLegalBuild(tree, specId, sorted([...full, fullState(foreignNode)])))).toBe("wrong-spec");
  });

  it("a hero node of the hero tree not chosen", () => {
    const otherEntry = picker.entries.find((e) => e.entryId !== chosenEntry)!;
    const other = tree.nodes.find((n) => n.subTreeId === otherEntry.subTreeId && !n.granted)!;
    expect(other.subTreeId).not.toBe(chosenTree);
    expect(isLegalBuild(tree, specId, sorted([...start, fullState(other)]))).toMatchObject({
      ok: false,
      error: { kind: "hero-subtree", nodeId: other.nodeId },
    });
    // Its keystone too, and any hero node with no hero tree chosen at all.
    const otherKeystone = tree.nodes.find((n) => n.subTreeId === otherEntry.subTreeId && n.granted)!;
    expect(reasonOf(isLegalBuild(tree, specId, sorted([...start, { nodeId: otherKeystone.nodeId, ranks: 0, granted: true }])))).toBe(
      "hero-subtree",
    );
    const mine = tree.nodes.find((n) => n.subTreeId === chosenTree && !n.granted)!;
    expect(reasonOf(isLegalBuild(tree, specId, sorted([...initialBuild(tree, specId), fullState(mine)])))).toBe("hero-subtree");
  });

  it("the chosen hero tree's keystone is granted with it", () => {
    const keystone = tree.nodes.find((n) => n.subTreeId === chosenTree && n.granted)!;
    expect(start.some((s) => s.nodeId === keystone.nodeId)).toBe(false);
    expect(full).toContainEqual({ nodeId: keystone.nodeId, ranks: 0, granted: true });
    expect(reasonOf(isLegalBuild(tree, specId, start))).toBe("granted-missing");
    expect(isLegalBuild(tree, specId, sorted([...start, { nodeId: keystone.nodeId, ranks: 0, granted: true }])).ok).toBe(true);
  });

  it("state-level problems: unknown or duplicate node, ranks, entries, granted flags, missing granted node, wrong class", () => {
    const bought = full.find((s) => !s.granted && byId(tree, s.nodeId).kind === "single")!;
    const granted = full.find((s) => s.granted)!;
    const tiered = tree.nodes.find((n) => n.kind === "tiered" && n.section === "class")!;
    const choice = full.find((s) => byId(tree, s.nodeId).kind === "selection")!;
    const replace = (id: number, state: NodeState): NodeState[] => full.map((s) => (s.nodeId === id ? state : s));
    expect(reasonOf(isLegalBuild(tree, specId, [...full, { nodeId: 1, ranks: 1, granted: false }]))).toBe("unknown-node");
    expect(reasonOf(isLegalBuild(tree, specId, [...full, bought]))).toBe("duplicate-node");
    expect(reasonOf(isLegalBuild(tree, specId, replace(bought.nodeId, { ...bought, ranks: 2 })))).toBe("bad-ranks");
    expect(reasonOf(isLegalBuild(tree, specId, replace(bought.nodeId, { ...bought, ranks: 0 })))).toBe("bad-ranks");
    expect(reasonOf(isLegalBuild(tree, specId, sorted([...started, { nodeId: tiered.nodeId, ranks: 3, granted: false }])))).toBe(
      "bad-ranks",
    );
    expect(reasonOf(isLegalBuild(tree, specId, replace(bought.nodeId, { ...bought, entryId: 5 })))).toBe("bad-entry");
    expect(reasonOf(isLegalBuild(tree, specId, replace(choice.nodeId, { nodeId: choice.nodeId, ranks: 1, granted: false })))).toBe(
      "bad-entry",
    );
    expect(reasonOf(isLegalBuild(tree, specId, replace(granted.nodeId, { nodeId: granted.nodeId, ranks: 1, granted: false })))).toBe(
      "granted-mismatch",
    );
    expect(reasonOf(isLegalBuild(tree, specId, replace(bought.nodeId, { ...bought, ranks: 0, granted: true })))).toBe("granted-mismatch");
    expect(
      reasonOf(
        isLegalBuild(
          tree,
          specId,
          full.filter((s) => s.nodeId !== granted.nodeId),
        ),
      ),
    ).toBe("granted-missing");
    expect(reasonOf(isLegalBuild(tree, 71, full))).toBe("wrong-class");
  });
});

describe("canPurchase, reachable and purchasable nodes", () => {
  const tree = makeClassTree(6);
  const specId = 252;
  const start = initialBuild(tree, specId);
  const picker = selectionNodeOf(tree, specId)!;

  it("explains why a node cannot be bought now", () => {
    const root = tree.nodes.find((n) => n.section === "class" && n.parents.length === 0)!;
    expect(canPurchase(tree, specId, start, root.nodeId)).toEqual({ ok: true, value: true });
    const child = tree.nodes.find((n) => n.section === "class" && n.parents.length > 0)!;
    expect(reasonOf(canPurchase(tree, specId, start, child.nodeId))).toBe("no-parent");
    const granted = start[0]!;
    expect(reasonOf(canPurchase(tree, specId, start, granted.nodeId))).toBe("granted-mismatch");
    const keystone = tree.nodes.find((n) => n.subTreeId === picker.entries[0]!.subTreeId && n.granted)!;
    const hero = tree.nodes.find((n) => n.parents.includes(keystone.nodeId))!;
    expect(reasonOf(canPurchase(tree, specId, start, hero.nodeId))).toBe("hero-subtree");
    expect(canPurchase(tree, specId, start, picker.nodeId, picker.entries[1]!.entryId).ok).toBe(true);
    expect(reasonOf(canPurchase(tree, specId, start, picker.nodeId, 12345))).toBe("bad-entry");
    const chosen = purchaseRank(tree, specId, start, picker.nodeId, picker.entries[0]!.entryId);
    expect(chosen.ok).toBe(true);
    if (!chosen.ok) return;
    expect(chosen.value).toContainEqual({ nodeId: keystone.nodeId, ranks: 0, granted: true });
    expect(canPurchase(tree, specId, chosen.value, hero.nodeId).ok).toBe(true);
    expect(reasonOf(canPurchase(tree, specId, chosen.value, picker.nodeId))).toBe("maxed");
    expect(reasonOf(canPurchase(tree, specId, start, 7))).toBe("unknown-node");
    expect(reasonOf(canPurchase(tree, 250, initialBuild(tree, 250), granted.nodeId))).toBe("wrong-spec");
  });

  it("a gate holds back a reachable node until enough points are spent; a full section refuses more", () => {
    const full = randomLegalBuild(tree, specId, createRng(5));
    // Keep only the class nodes without a gate: a gated node whose parent is bought is reachable but gated.
    const ungated = full.filter((s) => {
      const node = byId(tree, s.nodeId);
      return node.section !== "class" || node.requiredSpent === 0;
    });
    const spent = spentPoints(tree, ungated).class;
    const gated = tree.nodes.find(
      (n) =>
        n.section === "class" &&
        n.requiredSpent > spent &&
        n.parents.some((p) => ungated.some((s) => s.nodeId === p && s.ranks === byId(tree, p).entries[0]!.maxRanks)),
    );
    if (gated !== undefined) {
      expect(reachableNodes(tree, specId, ungated)).toContain(gated.nodeId);
      expect(reasonOf(canPurchase(tree, specId, ungated, gated.nodeId))).toBe("gate");
      expect(purchasableNodes(tree, specId, ungated)).not.toContain(gated.nodeId);
    }
    const reachable = reachableNodes(tree, specId, full).filter(
      (id) => byId(tree, id).section === "class" && !full.some((s) => s.nodeId === id),
    );
    expect(reachable.length).toBeGreaterThan(0);
    expect(reasonOf(canPurchase(tree, specId, full, reachable[0]!))).toBe("over-cap");
  });
});

describe("loadoutToBuild rejects loadouts that do not fit the tree", () => {
  const tree = makeClassTree(6);
  const specId = 250;
  const full = randomLegalBuild(tree, specId, createRng(2));
  const loadout = buildToLoadout(tree, specId, full);
  const position = (id: number): number => tree.nodes.findIndex((n) => n.nodeId === id);
  const withRecord = (index: number, record: Partial<Loadout["nodes"][number]>): Loadout => {
    const nodes = loadout.nodes.filter((r) => r.index !== index);
    nodes.push({ index, purchased: true, ...record });
    nodes.sort((a, b) => a.index - b.index);
    return { ...loadout, recordCount: Math.max(loadout.recordCount, index + 1), nodes };
  };

  it("writes granted, partial and choice records as the game does", () => {
    expect(loadout).toMatchObject({ version: 2, specId, recordCount: tree.nodes.length });
    expect(loadout.treeHash.every((b) => b === 0)).toBe(true);
    for (const record of loadout.nodes) {
      const node = tree.nodes[record.index]!;
      const state = full.find((s) => s.nodeId === node.nodeId)!;
      if (node.granted) expect(record).toEqual({ index: record.index, purchased: false });
      else {
        const max = node.entries.length > 1 && node.kind === "tiered" ? 4 : node.entries[0]!.maxRanks;
        expect(record.ranks).toBe(state.ranks < max ? state.ranks : undefined);
        expect(record.choice).toBe(
          node.kind === "selection" || node.kind === "subTreeSelection"
            ? node.entries.findIndex((e) => e.entryId === state.entryId)
            : undefined,
        );
      }
    }
    const picker = selectionNodeOf(tree, specId)!;
    expect(loadout.nodes.find((r) => r.index === position(picker.nodeId))?.choice).toBeGreaterThanOrEqual(0);
  });

  it("a wrong spec's node, an unknown choice index, too many ranks, a record past the tree", () => {
    const other = tree.nodes.find((n) => n.specId === 251 && !n.granted && n.kind === "single")!;
    expect(loadoutToBuild(tree, withRecord(position(other.nodeId), {}))).toMatchObject({
      ok: false,
      error: { kind: "wrong-spec", nodeId: other.nodeId },
    });
    const choice = tree.nodes.find((n) => n.kind === "selection" && n.section === "class")!;
    expect(reasonOf(loadoutToBuild(tree, withRecord(position(choice.nodeId), { choice: 2 })))).toBe("bad-choice");
    expect(reasonOf(loadoutToBuild(tree, withRecord(position(choice.nodeId), {})))).toBe("bad-choice");
    const single = tree.nodes.find((n) => n.kind === "single" && n.section === "class")!;
    expect(reasonOf(loadoutToBuild(tree, withRecord(position(single.nodeId), { choice: 0 })))).toBe("bad-choice");
    expect(reasonOf(loadoutToBuild(tree, withRecord(position(single.nodeId), { ranks: 2 })))).toBe("bad-ranks");
    expect(reasonOf(loadoutToBuild(tree, withRecord(position(single.nodeId), { purchased: false })))).toBe("granted-mismatch");
    expect(reasonOf(loadoutToBuild(tree, withRecord(tree.nodes.length, {})))).toBe("unknown-node");
    expect(reasonOf(loadoutToBuild(tree, { ...loadout, specId: 71 }))).toBe("wrong-class");
  });

  it("accepts granted nodes written as purchased or left out (other exporters do both)", () => {
    const granted = tree.nodes.filter((n) => n.granted && n.specId === specId).map((n) => position(n.nodeId));
    const asPurchased = {
      ...loadout,
      nodes: loadout.nodes.map((r) => (granted.includes(r.index) ? { index: r.index, purchased: true } : r)),
    };
    expect(loadoutToBuild(tree, asPurchased)).toEqual({ ok: true, value: full });
    const leftOut = { ...loadout, nodes: loadout.nodes.filter((r) => !granted.includes(r.index)) };
    expect(loadoutToBuild(tree, leftOut)).toEqual({ ok: true, value: full });
  });
});
