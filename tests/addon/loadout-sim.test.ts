/**
 * The LoadoutManager of the built addon inside the simulated client: random legal builds applied on every class's
 * synthetic tree, and the scenarios that can go wrong (combat, failed or slow commits, spec changes, bad strings,
 * keystones, encounters). Needs the built addon (npm run build:addon) with main.ts setting ns.loadout.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { createRng, makeClassTree, mixSeeds, randomLegalBuild, type ClassTreeDef } from "@att/sample-world/trees";
import { TINY_TREE } from "../wow-sim/fixtures";
import { codeOf, LoadoutSession, specsOf, TINY_A, TINY_B } from "./loadout-sim-support";

const CLASS_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
const trees = new Map<number, ClassTreeDef>();
const treeOf = (classId: number): ClassTreeDef => {
  let tree = trees.get(classId);
  if (tree === undefined) {
    tree = makeClassTree(classId);
    trees.set(classId, tree);
  }
  return tree;
};
const randomCode = (classId: number, specId: number, seed: number): string =>
  codeOf(treeOf(classId), specId, randomLegalBuild(treeOf(classId), specId, createRng(mixSeeds(specId, seed))));

let session: LoadoutSession | undefined;
afterEach(() => {
  session?.close();
  session = undefined;
});

/** No Lua error and no protected call attempted in combat, ever. */
function expectCleanClient(s: LoadoutSession): void {
  expect(s.game.luaErrors()).toEqual([]);
  expect(s.game.blockedActions()).toEqual([]);
}

describe.each(CLASS_IDS)("apply: random legal builds on class %i's synthetic tree (real Lua 5.1)", (classId) => {
  // A session per run (starting one costs ~0.3 s on Lua 5.1); fast-check draws the spec and the builds and
  // prints the seed on failure. Each apply starts from the build the previous one left.
  it("ends with the exported string equal to the target, and hasMatchingBuild agrees", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), async (specPick, seed) => {
        const specs = specsOf(classId);
        const specId = specs[specPick % specs.length]!;
        const start = randomCode(classId, specId, seed);
        const s = await LoadoutSession.start({ tree: treeOf(classId), classId, activeSpecId: specId, startCode: start });
        try {
          expect(s.game.exportActiveLoadout()).toBe(start);
          expect(s.matches(start)).toMatchObject({ ok: true, reason: "match" });
          let previous = start;
          for (let step = 1; step <= 3; step++) {
            const target = randomCode(classId, specId, seed + step * 7919);
            expect(s.matches(target)).toMatchObject({ ok: false, reason: "differs" });
            expect(s.apply(target)).toBe("committing");
            s.game.advance(2);
            expect(s.takeResults()).toEqual([{ ok: true, reason: "applied", message: "Talent build applied." }]);
            expect(s.game.exportActiveLoadout()).toBe(target);
            expect(s.game.exportStagedLoadout()).toBe(target);
            expect(s.matches(target).ok).toBe(true);
            expect(s.matches(previous).ok).toBe(false);
            previous = target;
          }
          expect(s.apply(previous)).toBe("done");
          expect(s.takeResults()).toEqual([expect.objectContaining({ ok: true, reason: "already-active" })]);
          expectCleanClient(s);
        } finally {
          s.close();
        }
      }),
      { numRuns: 4 },
    );
  }, 120_000);
});

describe("apply in fengari (the sim's reference runtime), on the sim's hand-laid tree", () => {
  it("applies a build, switching hero tree and choice, and verifies it", async () => {
    const [a, b] = [TINY_A, TINY_B].map((build) => codeOf(TINY_TREE, 250, build));
    session = await LoadoutSession.start({ tree: TINY_TREE, classId: 6, activeSpecId: 250, startCode: a!, runtime: "fengari" });
    expect(session.apply(b!)).toBe("committing");
    session.game.advance(2);
    expect(session.takeResults()).toEqual([expect.objectContaining({ ok: true, reason: "applied" })]);
    expect(session.game.exportActiveLoadout()).toBe(b);
    expect(session.matches(a!)).toMatchObject({ ok: false, reason: "differs" });
    expectCleanClient(session);
  }, 120_000);
});

describe("scenarios (Death Knight tree, Blood, real Lua 5.1)", () => {
  const START = () => randomCode(6, 250, 11);
  const TARGET = () => randomCode(6, 250, 12);
  const open = async (commitDelay?: number) => {
    session = await LoadoutSession.start({ tree: treeOf(6), classId: 6, activeSpecId: 250, startCode: START(), commitDelay });
    return session;
  };

  it("combat starting mid-commit: waits, never calls a protected API in combat, finishes after combat", async () => {
    const s = await open();
    expect(s.apply(TARGET())).toBe("committing");
    s.game.enterCombat();
    s.game.advance(2); // the cast ends in combat: CONFIG_COMMIT_FAILED
    expect(s.takeResults()).toEqual([]);
    expect(s.busy()).toBe(true);
    expect(s.game.exportActiveLoadout()).toBe(START());
    s.game.advance(30);
    s.game.leaveCombat();
    s.game.advance(2);
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: true, reason: "applied" })]);
    expect(s.game.exportActiveLoadout()).toBe(TARGET());
    expectCleanClient(s);
  });

  it("apply in combat is queued and done once combat ends", async () => {
    const s = await open();
    s.game.enterCombat();
    expect(s.apply(TARGET())).toBe("queued");
    expect(s.apply(TARGET())).toBe("done");
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: false, reason: "busy" })]);
    s.game.advance(10);
    s.game.leaveCombat();
    s.game.advance(2);
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: true, reason: "applied" })]);
    expectCleanClient(s);
  });

  it("a failed commit is rolled back and reported", async () => {
    const s = await open();
    s.game.injectCommitFailure();
    expect(s.apply(TARGET())).toBe("committing");
    s.game.advance(2);
    expect(s.takeResults()).toEqual([
      { ok: false, reason: "commit-failed", message: "The game refused the talent change; nothing was changed." },
    ]);
    expect(s.game.exportActiveLoadout()).toBe(START());
    expect(s.game.exportStagedLoadout()).toBe(START());
    expect(s.busy()).toBe(false);
    expectCleanClient(s);
  });

  it("a commit that outlasts the 6 s backup timer is waited for, never rolled back, and reported when it lands", async () => {
    const s = await open(8);
    expect(s.apply(TARGET())).toBe("committing");
    s.game.advance(6.1);
    expect(s.takeResults()).toEqual([]);
    expect(s.busy()).toBe(true);
    s.game.advance(2);
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: true, reason: "applied" })]);
    expect(s.busy()).toBe(false);
    expect(s.matches(TARGET()).ok).toBe(true);
    expectCleanClient(s);
  });

  it("a spec change mid-apply aborts it with a reason", async () => {
    const s = await open();
    expect(s.apply(TARGET())).toBe("committing");
    s.game.changeSpec(251);
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: false, reason: "spec-changed" })]);
    s.game.advance(2);
    expect(s.takeResults()).toEqual([]);
    expect(s.busy()).toBe(false);
    s.game.changeSpec(250);
    expect(s.game.exportActiveLoadout()).toBe(START());
    expectCleanClient(s);
  });

  it("refuses a second apply while one is committing", async () => {
    const s = await open();
    expect(s.apply(TARGET())).toBe("committing");
    expect(s.apply(START())).toBe("done");
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: false, reason: "busy" })]);
    s.game.advance(2);
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: true, reason: "applied" })]);
  });

  it("refuses in an active keystone and during an encounter, touching nothing", async () => {
    const s = await open();
    s.game.enterInstance({ instanceId: 2660, name: "Ara-Kara", instanceType: "party", difficultyId: 23, mapId: 2357, challengeMapId: 503 });
    s.game.startKeystone();
    expect(s.apply(TARGET())).toBe("done");
    s.game.completeKeystone();
    s.game.encounterStart(2902);
    expect(s.apply(TARGET())).toBe("done");
    expect(s.takeResults().map((r) => r.reason)).toEqual(["keystone", "encounter"]);
    expect(s.game.exportActiveLoadout()).toBe(START());
    expectCleanClient(s);
  });

  it("a node list out of ascending order is read in ascending order: strings still match and apply", async () => {
    const s = await open();
    // The docs promise ascending IDs; a client breaking the promise must not shift a string's records.
    s.game.lua.run(`
      local listed = C_Traits.GetTreeNodes
      C_Traits.GetTreeNodes = function(treeId)
        local ids, reversed = listed(treeId), {}
        for i = #ids, 1, -1 do reversed[#reversed + 1] = ids[i] end
        return reversed
      end
    `);
    expect(s.matches(START())).toMatchObject({ ok: true, reason: "match" });
    expect(s.matches(TARGET())).toMatchObject({ ok: false, reason: "differs" });
    expect(s.apply(TARGET())).toBe("committing");
    s.game.advance(2);
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: true, reason: "applied" })]);
    expect(s.game.exportActiveLoadout()).toBe(TARGET());
    expect(s.matches(TARGET())).toMatchObject({ ok: true, reason: "match" });
    expectCleanClient(s);
  });

  it("wrong-spec strings, and strings cut anywhere, are a reasoned no: never an error, never half applied", async () => {
    const s = await open();
    const other = randomCode(6, 251, 3);
    expect(s.matches(other)).toMatchObject({ ok: false, reason: "wrong-spec" });
    expect(s.apply(other)).toBe("done");
    expect(s.takeResults()).toEqual([
      expect.objectContaining({ ok: false, reason: "wrong-spec", message: "This talent build is for another specialization." }),
    ]);
    const target = TARGET();
    for (let cut = 0; cut < target.length; cut += 3) {
      const code = target.slice(0, cut);
      const before = s.game.exportActiveLoadout();
      const status = s.apply(code);
      if (status === "committing") s.game.advance(2);
      const [result] = s.takeResults();
      expect(result, `cut at ${cut}`).toBeDefined();
      // Cut inside the header or a record: invalid; at a record boundary: a smaller build, applied only if reachable.
      if (result!.ok) expect(s.matches(code).ok).toBe(true);
      else expect(s.game.exportActiveLoadout()).toBe(before);
      expect(s.busy()).toBe(false);
    }
    expectCleanClient(s);
  }, 60_000);
});
