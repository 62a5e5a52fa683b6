/**
 * The built addon's LoadoutManager applying builds the way Blizzard's talent frame does (12.0.1), in the simulated
 * client on real Lua 5.1: hero tree kept or chosen (never left empty), Starter Build turned off, no saved loadout
 * overwritten and the dropdown telling the truth, slow commits waited for, client reads that return nothing.
 */
import { afterEach, describe, expect, it } from "vitest";
import { encodeLoadout, zeroHash } from "@att/contract";
import { buildToLoadout, type NodeState } from "@att/sample-world/trees";
import { toLua } from "../wow-sim/driver/lua-literal";
import { TINY_TREE } from "../wow-sim/fixtures";
import { codeOf, LoadoutSession, TINY_A, TINY_B } from "./loadout-sim-support";

const A = codeOf(TINY_TREE, 250, TINY_A);
const B = codeOf(TINY_TREE, 250, TINY_B);
/** TINY_B's class and spec talents with no hero choice at all. */
const B_NO_HERO: NodeState[] = TINY_B.filter((n) => n.nodeId < 400);
/** What B_NO_HERO on top of TINY_A must give: B's class/spec talents, A's hero tree and talents untouched. */
const B_WITH_HERO_OF_A: NodeState[] = [...B_NO_HERO, ...TINY_A.filter((n) => n.nodeId >= 400)];

let session: LoadoutSession | undefined;
afterEach(() => {
  session?.close();
  session = undefined;
});

async function open(options: { commitDelay?: number } = {}): Promise<LoadoutSession> {
  session = await LoadoutSession.start({ tree: TINY_TREE, classId: 6, activeSpecId: 250, startCode: A, commitDelay: options.commitDelay });
  return session;
}

function expectClean(s: LoadoutSession): void {
  expect(s.game.luaErrors()).toEqual([]);
  expect(s.game.blockedActions()).toEqual([]);
}

describe("apply like Blizzard's talent frame (real Lua 5.1)", () => {
  it("a build without a hero choice keeps the hero tree and its talents (no ResetTree)", async () => {
    const s = await open();
    const noHero = codeOf(TINY_TREE, 250, B_NO_HERO);
    expect(s.apply(noHero)).toBe("committing");
    s.game.advance(2);
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: true, reason: "applied" })]);
    expect(s.game.talentFrame().heroTree).toBe(1);
    expect(s.game.exportActiveLoadout()).toBe(codeOf(TINY_TREE, 250, B_WITH_HERO_OF_A));
    expectClean(s);
  });

  it("a build with another hero tree switches to it and verifies it after the commit", async () => {
    const s = await open();
    expect(s.apply(B)).toBe("committing");
    s.game.advance(2);
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: true, reason: "applied" })]);
    expect(s.game.talentFrame().heroTree).toBe(2);
    expect(s.game.exportActiveLoadout()).toBe(B);
    expectClean(s);
  });

  it("turns the Starter Build off once the deviating build is committed", async () => {
    const s = await open();
    s.game.setStarterBuild(true, true);
    expect(s.apply(B)).toBe("committing");
    expect(s.game.talentFrame().starterBuildActive).toBe(true);
    s.game.advance(2);
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: true, reason: "applied" })]);
    expect(s.game.talentFrame()).toMatchObject({ starterBuildActive: false, dropdown: "Default Loadout" });
    expect(s.game.exportActiveLoadout()).toBe(B);
    expectClean(s);
  });

  it("overwrites no saved loadout and leaves the dropdown naming none, since the talents no longer are that loadout", async () => {
    const s = await open();
    const mine = s.game.addSavedLoadout("My raid", A, true);
    expect(s.game.talentFrame().dropdown).toBe("My raid");
    expect(s.apply(B)).toBe("committing");
    s.game.advance(2);
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: true, reason: "applied" })]);
    expect(s.game.savedLoadoutCode(mine)).toBe(A);
    expect(s.game.talentFrame().dropdown).toBe("Default Loadout");
    expectClean(s);
  });

  it(`a commit slower than every timer: no rollback, "not confirmed" after 30 s, and the game's result stands`, async () => {
    const s = await open({ commitDelay: 40 });
    expect(s.apply(B)).toBe("committing");
    s.game.advance(29.9);
    expect(s.takeResults()).toEqual([]);
    s.game.advance(0.2);
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: false, reason: "commit-unconfirmed" })]);
    s.game.advance(10);
    expect(s.game.exportActiveLoadout()).toBe(B);
    expect(s.matches(B).ok).toBe(true);
    expectClean(s);
  });

  it("a commit landing after the give-up still gets the frame's after-commit steps: Starter Build off, dropdown cleared", async () => {
    const s = await open({ commitDelay: 40 });
    s.game.setStarterBuild(true, true);
    expect(s.apply(B)).toBe("committing");
    s.game.advance(30.1);
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: false, reason: "commit-unconfirmed" })]);
    expect(s.game.talentFrame().starterBuildActive).toBe(true);
    s.game.advance(10);
    expect(s.game.talentFrame()).toMatchObject({ starterBuildActive: false, dropdown: "Default Loadout" });
    expect(s.takeResults()).toEqual([]);
    expectClean(s);
  });

  it("unapplied edits in the talent frame are left alone: the apply stops and says so; once applied or undone it goes ahead", async () => {
    const s = await open();
    const refunded = s.game.lua.json<boolean>("C_Traits.RefundRank(C_ClassTalents.GetActiveConfigID(), 402)");
    expect(refunded).toBe(true);
    expect(s.apply(B)).toBe("done");
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: false, reason: "unapplied-edits" })]);
    expect(s.game.exportStagedLoadout()).not.toBe(A);
    s.game.lua.run("C_Traits.RollbackConfig(C_ClassTalents.GetActiveConfigID())");
    expect(s.apply(B)).toBe("committing");
    s.game.advance(2);
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: true, reason: "applied" })]);
    expectClean(s);
  });

  it("with the Starter Build on, the apply ends on the update that turning it off brings, not on the commit's", async () => {
    const s = await open();
    s.game.setStarterBuild(true, true);
    expect(s.apply(B)).toBe("committing");
    s.game.advance(2);
    const updates = s.game.events().filter((e) => e.event === "TRAIT_CONFIG_UPDATED");
    expect(updates.length).toBeGreaterThanOrEqual(2);
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: true, reason: "applied" })]);
    expectClean(s);
  });
});

describe("client reads that return nothing (MayReturnNothing in the docs): a reason, never a Lua error", () => {
  it.each([
    ["GetTreeNodes", "tree-unavailable"],
    ["GetNodeInfo", "tree-unavailable"],
    ["GetTreeCurrencyInfo", "reset-failed"],
    ["GetSubTreeInfo", "reset-failed"],
  ])("%s returning nothing: %s, talents untouched", async (api, reason) => {
    const s = await open();
    s.game.setNilReads([api]);
    expect(s.apply(B)).toBe("done");
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: false, reason })]);
    expect(s.matches(B).ok).toBe(false);
    s.game.advance(5);
    expect(s.game.exportActiveLoadout()).toBe(A);
    expectClean(s);
  });

  it("GetEntryInfo returning nothing is survived too", async () => {
    const s = await open();
    s.game.setNilReads(["GetEntryInfo"]);
    const status = s.apply(B);
    if (status === "committing") s.game.advance(2);
    expect(s.takeResults()).toHaveLength(1);
    expectClean(s);
  });
});

describe("a patch that moves nodes (real Lua 5.1)", () => {
  /** The tiny tree after a patch: a new class talent (node 100) first, so every later node's record index shifts. */
  const PATCHED: typeof TINY_TREE = {
    ...TINY_TREE,
    nodes: [
      {
        nodeId: 100,
        kind: "single",
        section: "class",
        parents: [],
        requiredSpent: 0,
        granted: false,
        entries: [{ entryId: 1000, maxRanks: 1 }],
        posX: 2,
        posY: 0,
      },
      ...TINY_TREE.nodes,
    ],
  };
  /** TINY_B as trait entries, read off the tree model (entry IDs survive the patch). */
  const ENTRIES_B = TINY_B.map((state) => {
    const node = TINY_TREE.nodes.find((n) => n.nodeId === state.nodeId)!;
    const entry = node.entries.find((e) => e.entryId === state.entryId) ?? node.entries[0]!;
    return { entryId: entry.entryId, rank: state.granted ? entry.maxRanks : state.ranks };
  });
  /** The string of TINY_B made before the patch, with the zero tree hash the shipped strings carry. */
  const OLD_STRING = (() => {
    const encoded = encodeLoadout({ ...buildToLoadout(TINY_TREE, 250, TINY_B), treeHash: zeroHash() });
    if (!encoded.ok) throw new Error(encoded.error.message);
    return encoded.value;
  })();

  it("applies a build by its entries on the patched tree, and refuses the old string-only build with the reason", async () => {
    session = await LoadoutSession.start({ tree: PATCHED, classId: 6, activeSpecId: 250, startCode: codeOf(PATCHED, 250, TINY_A) });
    const s = session;
    const before = s.game.exportActiveLoadout();
    expect(s.apply(OLD_STRING)).toBe("done");
    expect(s.takeResults()).toEqual([
      expect.objectContaining({
        ok: false,
        reason: "talents-changed",
        message: expect.stringContaining("talents changed since the data was made"),
      }),
    ]);
    expect(s.game.exportActiveLoadout()).toBe(before);
    expect(s.game.lua.json<string>(`__loadout_apply({ entries = ${toLua(ENTRIES_B)} })`)).toBe("committing");
    s.game.advance(2);
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: true, reason: "applied" })]);
    expect(s.game.exportActiveLoadout()).toBe(codeOf(PATCHED, 250, TINY_B));
    expectClean(s);
  });

  it("refuses a build naming a talent the live tree does not have, as a whole", async () => {
    session = await LoadoutSession.start({ tree: TINY_TREE, classId: 6, activeSpecId: 250, startCode: A });
    const s = session;
    expect(s.game.lua.json<string>(`__loadout_apply({ entries = ${toLua([...ENTRIES_B, { entryId: 1000, rank: 1 }])} })`)).toBe("done");
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: false, reason: "talents-changed" })]);
    expect(s.game.exportActiveLoadout()).toBe(A);
    expectClean(s);
  });
});
