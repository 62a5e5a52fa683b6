/** The LoadoutManager state machine against the in-memory fake client (the in-client tests use tests/wow-sim). */
import { describe, expect, it } from "vitest";
import type { Blocker } from "../../packages/addon-ts/src/loadout/blockers";
import { zeroHash } from "@att/contract";
import {
  COMMIT_GIVE_UP_SECONDS,
  COMMIT_TIMEOUT_SECONDS,
  LoadoutManager,
  MAX_COMMIT_ATTEMPTS,
} from "../../packages/addon-ts/src/loadout/manager";
import type { LoadoutResult } from "../../packages/addon-ts/src/loadout/types";
import { BUILD_A, codeFor, CONFIG, FakeClient, HERO_A, OTHER_SPEC, SPEC, STATE_A } from "./loadout-fake-client";

function setup() {
  const client = new FakeClient();
  const flags = { keystone: false, encounter: false, cannotEdit: false };
  const blockers: Blocker[] = [
    {
      name: "keystone",
      isActive: () => flags.keystone,
      describe: () => ({ reason: "keystone" }),
      endEvent: "CHALLENGE_MODE_COMPLETED",
      waits: false,
    },
    {
      name: "encounter",
      isActive: () => flags.encounter,
      describe: () => ({ reason: "encounter" }),
      endEvent: "ENCOUNTER_END",
      waits: false,
    },
    {
      name: "combat",
      isActive: () => client.combat,
      describe: () => ({ reason: "queued-combat" }),
      endEvent: "PLAYER_REGEN_ENABLED",
      waits: true,
    },
    {
      name: "cannot-edit",
      isActive: () => flags.cannotEdit,
      describe: () => ({ reason: "cannot-edit", detail1: "busy casting" }),
      endEvent: "X",
      waits: false,
    },
  ];
  const manager = new LoadoutManager(client, blockers);
  const results: LoadoutResult[] = [];
  const onDone = (result: LoadoutResult) => results.push(result);
  return { client, flags, manager, results, onDone };
}

/** The game finishing the commit: committed := staged, then the event. */
function landCommit(client: FakeClient, manager: LoadoutManager): void {
  client.completeCommit();
  manager.TRAIT_CONFIG_UPDATED(CONFIG);
}

describe("LoadoutManager.apply", () => {
  it("applies a build from an empty tree: reset class and spec by currency, choose the hero tree, stage, commit, verify", () => {
    const { client, manager, results, onDone } = setup();
    expect(manager.apply(BUILD_A, onDone)).toBe("committing");
    expect(manager.isBusy()).toBe(true);
    const calls = client.calls.filter((c) => c.name !== "read" && c.name !== "PurchaseRank").map((c) => `${c.name}(${c.args.join(",")})`);
    // No C_Traits.ResetTree: it would also clear the hero talents (Blizzard_ClassTalentsFrame.lua:830-834).
    expect(calls).toEqual([
      `RollbackConfig(${CONFIG})`,
      `ResetTreeByCurrency(${CONFIG},700,1)`,
      `ResetTreeByCurrency(${CONFIG},700,2)`,
      "SetSelection(40,4001)",
      `ResetTreeByCurrency(${CONFIG},700,${100 + HERO_A})`,
      "SetSelection(12,1202)",
      `CommitConfig(${CONFIG})`,
    ]);
    // The talent frame's backup timer (Blizzard_ClassTalentsFrame.xml:49).
    expect(client.timers[0]!.seconds).toBe(6);
    landCommit(client, manager);
    expect(results).toEqual([{ ok: true, reason: "applied", message: "Talent build applied." }]);
    expect(client.timers[0]!.cancelled).toBe(true);
    expect(manager.isBusy()).toBe(false);
    expect(manager.hasMatchingBuild(BUILD_A).ok).toBe(true);
  });

  it("reports 'already active' at once, without touching the config", () => {
    const { client, manager, results, onDone } = setup();
    client.setCommitted(STATE_A);
    expect(manager.apply(BUILD_A, onDone)).toBe("done");
    expect(results[0]).toMatchObject({ ok: true, reason: "already-active" });
    expect(client.calls.every((c) => c.name === "read")).toBe(true);
  });

  it("refuses a second apply while one is committing", () => {
    const { client, manager, results, onDone } = setup();
    manager.apply(BUILD_A, onDone);
    expect(manager.apply(codeFor([{ id: 10 }]), onDone)).toBe("done");
    expect(results[0]).toMatchObject({ ok: false, reason: "busy" });
    landCommit(client, manager);
    expect(results[1]).toMatchObject({ ok: true, reason: "applied" });
  });

  it.each([
    ["keystone", "keystone"],
    ["encounter", "encounter"],
    ["cannotEdit", "cannot-edit"],
  ] as const)("refuses while %s is active, before any protected call", (flag, reason) => {
    const { client, flags, manager, results, onDone } = setup();
    flags[flag] = true;
    expect(manager.apply(BUILD_A, onDone)).toBe("done");
    expect(results[0]).toMatchObject({ ok: false, reason });
    expect(client.calls.every((c) => c.name === "read")).toBe(true);
  });

  it("queues in combat with no protected call, and finishes after PLAYER_REGEN_ENABLED", () => {
    const { client, manager, results, onDone } = setup();
    client.combat = true;
    expect(manager.apply(BUILD_A, onDone)).toBe("queued");
    expect(manager.apply(BUILD_A, onDone)).toBe("done");
    expect(results).toEqual([expect.objectContaining({ reason: "busy" })]);
    expect(client.protectedCallsInCombat()).toEqual([]);
    client.combat = false;
    manager.PLAYER_REGEN_ENABLED();
    landCommit(client, manager);
    expect(results[1]).toMatchObject({ ok: true, reason: "applied" });
  });

  it("waits again when combat interrupts the commit, rolling back only after combat", () => {
    const { client, manager, results, onDone } = setup();
    manager.apply(BUILD_A, onDone);
    client.combat = true;
    manager.CONFIG_COMMIT_FAILED(CONFIG);
    expect(results).toEqual([]);
    expect(client.protectedCallsInCombat()).toEqual([]);
    client.combat = false;
    manager.PLAYER_REGEN_ENABLED();
    expect(client.calls.filter((c) => c.name === "CommitConfig")).toHaveLength(2);
    landCommit(client, manager);
    expect(results).toEqual([expect.objectContaining({ ok: true, reason: "applied" })]);
  });

  it(`gives up after ${MAX_COMMIT_ATTEMPTS} interrupted commits`, () => {
    const { client, manager, results, onDone } = setup();
    manager.apply(BUILD_A, onDone);
    for (let i = 0; i < MAX_COMMIT_ATTEMPTS; i++) {
      client.combat = true;
      manager.CONFIG_COMMIT_FAILED(CONFIG);
      client.combat = false;
      manager.PLAYER_REGEN_ENABLED();
    }
    expect(results).toEqual([expect.objectContaining({ ok: false, reason: "commit-failed" })]);
    expect(client.staged).toEqual(client.committed);
    expect(manager.isBusy()).toBe(false);
  });

  it("rolls back and reports when the commit fails or is refused", () => {
    for (const how of ["event", "refused"] as const) {
      const { client, manager, results, onDone } = setup();
      if (how === "refused") client.commitMode = "refuse";
      manager.apply(BUILD_A, onDone);
      if (how === "event") manager.CONFIG_COMMIT_FAILED(CONFIG);
      expect(results).toEqual([expect.objectContaining({ ok: false, reason: "commit-failed" })]);
      expect(client.calls[client.calls.length - 1]!.name).toBe("RollbackConfig");
      expect(client.staged).toEqual(client.committed);
      // A late success event after the failure changes nothing.
      manager.TRAIT_CONFIG_UPDATED(CONFIG);
      expect(results).toHaveLength(1);
    }
  });

  it("on a slow commit waits past the 6 s backup timer without rolling back, and confirms by reading the talents", () => {
    const { client, manager, results, onDone } = setup();
    manager.apply(BUILD_A, onDone);
    const callsAtCommit = client.calls.length;
    client.fireTimers();
    expect(results).toEqual([]);
    expect(manager.isBusy()).toBe(true);
    // The game finishes the commit, but its event is lost: the next timer reads the committed talents.
    client.completeCommit();
    client.fireTimers();
    expect(results).toEqual([expect.objectContaining({ ok: true, reason: "applied" })]);
    expect(client.calls.slice(callsAtCommit).filter((c) => c.name !== "read")).toEqual([]);
  });

  it(`after ${COMMIT_GIVE_UP_SECONDS} s without an answer says it could not confirm, and still rolls nothing back`, () => {
    const { client, manager, results, onDone } = setup();
    manager.apply(BUILD_A, onDone);
    const callsAtCommit = client.calls.length;
    for (let waited = 0; waited < COMMIT_GIVE_UP_SECONDS; waited += COMMIT_TIMEOUT_SECONDS) {
      expect(results).toEqual([]);
      client.fireTimers();
    }
    expect(results).toEqual([expect.objectContaining({ ok: false, reason: "commit-unconfirmed" })]);
    expect(client.calls.slice(callsAtCommit).filter((c) => c.name !== "read")).toEqual([]);
    expect(manager.isBusy()).toBe(false);
  });

  it("keeps the hero tree and its talents when the build names no hero tree", () => {
    const { client, manager, results, onDone } = setup();
    client.setCommitted(STATE_A);
    const noHero = codeFor([{ id: 10 }, { id: 11, ranks: 1 }, { id: 20, purchased: false }, { id: 21 }]);
    expect(manager.apply(noHero, onDone)).toBe("committing");
    landCommit(client, manager);
    expect(results).toEqual([expect.objectContaining({ ok: true, reason: "applied" })]);
    expect(client.committed.get(40)).toEqual({ ranks: 0, entry: 4001 });
    expect(client.committed.get(41)).toEqual({ ranks: 1 });
    expect(client.committed.get(42)).toEqual({ ranks: 2 });
    expect(client.calls.some((c) => c.name === "ResetTreeByCurrency" && c.args[2] === 100 + HERO_A)).toBe(false);
  });

  it("reports hero-empty when the committed hero tree is not the build's", () => {
    const { client, manager, results, onDone } = setup();
    manager.apply(BUILD_A, onDone);
    client.completeCommit();
    client.committed.delete(40);
    manager.TRAIT_CONFIG_UPDATED(CONFIG);
    expect(results).toEqual([expect.objectContaining({ ok: false, reason: expect.stringMatching(/verify-failed|hero-empty/) })]);
  });

  it("turns the Starter Build off and clears the dropdown's saved loadout only after the commit landed", () => {
    const { client, manager, results, onDone } = setup();
    client.starterActive = true;
    client.selectedLoadout = -2;
    manager.apply(BUILD_A, onDone);
    expect(client.starterActive).toBe(true);
    landCommit(client, manager);
    // As the frame (CTF:371-375): the first update after the commit only turns the Starter Build off; the update
    // that unflagging brings finishes the apply.
    expect(client.starterActive).toBe(false);
    expect(results).toEqual([]);
    manager.TRAIT_CONFIG_UPDATED(CONFIG);
    expect(results).toEqual([expect.objectContaining({ ok: true, reason: "applied" })]);
    expect(client.selectedLoadout).toBeUndefined();
    const names = client.calls.map((c) => c.name);
    expect(names.indexOf("SetStarterBuildActive")).toBeGreaterThan(names.indexOf("CommitConfig"));
  });

  it("leaves the Starter Build on when the commit fails", () => {
    const { client, manager, onDone } = setup();
    client.starterActive = true;
    manager.apply(BUILD_A, onDone);
    manager.CONFIG_COMMIT_FAILED(CONFIG);
    expect(client.starterActive).toBe(true);
  });

  it("refuses with a clear reason when the client returns no tree or no currencies, before changing anything", () => {
    const { client, manager, results, onDone } = setup();
    client.readTree = () => undefined;
    manager.apply(BUILD_A, onDone);
    expect(results[0]).toMatchObject({ ok: false, reason: "tree-unavailable" });
    expect(client.calls.filter((c) => c.name !== "read")).toEqual([]);
    const second = setup();
    second.client.currencies = undefined;
    second.manager.apply(BUILD_A, second.onDone);
    expect(second.results[0]).toMatchObject({ ok: false, reason: "reset-failed" });
    expect(second.client.calls.some((c) => c.name === "CommitConfig")).toBe(false);
  });

  it("ignores another config's update, but any CONFIG_COMMIT_FAILED while committing ends the commit (as the base frame)", () => {
    const { client, manager, results, onDone } = setup();
    manager.apply(BUILD_A, onDone);
    manager.TRAIT_CONFIG_UPDATED(CONFIG + 1);
    expect(results).toEqual([]);
    landCommit(client, manager);
    expect(results[0]).toMatchObject({ ok: true });
    const second = setup();
    second.manager.apply(BUILD_A, second.onDone);
    second.manager.CONFIG_COMMIT_FAILED(CONFIG + 1);
    expect(second.results).toEqual([expect.objectContaining({ ok: false, reason: "commit-failed" })]);
  });

  it("stops before touching the player's unapplied edits in the talent frame (the frame asks before discarding them)", () => {
    const { client, manager, results, onDone } = setup();
    client.staged.set(999, { ranks: 1 });
    expect(manager.apply(BUILD_A, onDone)).toBe("done");
    expect(results).toEqual([expect.objectContaining({ ok: false, reason: "unapplied-edits" })]);
    expect(client.calls.some((c) => c.name === "RollbackConfig" || c.name === "CommitConfig")).toBe(false);
    expect(client.staged.get(999)).toEqual({ ranks: 1 });
  });

  it("a verify that fails on TRAIT_CONFIG_UPDATED is reported without a rollback (the commit is the game's)", () => {
    const { client, manager, results, onDone } = setup();
    manager.apply(BUILD_A, onDone);
    client.staged.delete(13);
    const before = client.calls.filter((c) => c.name === "RollbackConfig").length;
    landCommit(client, manager);
    expect(results[0]).toMatchObject({ ok: false, reason: "verify-failed" });
    expect(client.calls.filter((c) => c.name === "RollbackConfig").length).toBe(before);
  });

  it("reports verify-failed when the committed config does not hold the build", () => {
    const { client, manager, results, onDone } = setup();
    manager.apply(BUILD_A, onDone);
    client.staged.delete(13);
    landCommit(client, manager);
    expect(results[0]).toMatchObject({ ok: false, reason: "verify-failed", message: expect.stringContaining("1 talent") });
  });

  it("aborts on a spec change while committing or queued", () => {
    for (const queued of [false, true]) {
      const { client, manager, results, onDone } = setup();
      client.combat = queued;
      manager.apply(BUILD_A, onDone);
      const callsBefore = client.calls.length;
      client.spec = OTHER_SPEC;
      manager.ACTIVE_PLAYER_SPECIALIZATION_CHANGED();
      expect(results).toEqual([expect.objectContaining({ ok: false, reason: "spec-changed" })]);
      // A commit in flight is never rolled back.
      if (!queued) expect(client.calls.slice(callsBefore).filter((c) => c.name !== "read")).toEqual([]);
      expect(manager.isBusy()).toBe(false);
      client.combat = false;
      manager.PLAYER_REGEN_ENABLED();
      expect(results).toHaveLength(1);
    }
  });

  it("reports a purchase failure, rolled back, when the tree refuses a talent", () => {
    const { client, manager, results, onDone } = setup();
    const staging = client.staging.bind(client);
    client.staging = () => ({ ...staging(), purchaseRank: (id: number) => id !== 22 && staging().purchaseRank(id) });
    manager.apply(BUILD_A, onDone);
    expect(results[0]).toMatchObject({ ok: false, reason: "purchase-failed" });
    expect(client.calls.some((c) => c.name === "CommitConfig")).toBe(false);
    expect(client.staged).toEqual(client.committed);
  });

  it("validates before anything else: bad strings and wrong spec answer at once, even in combat", () => {
    const { client, manager, results, onDone } = setup();
    client.combat = true;
    manager.apply("not a string!", onDone);
    manager.apply(codeFor([{ id: 10 }], OTHER_SPEC), onDone);
    manager.apply(BUILD_A.slice(0, 20), onDone);
    expect(results.map((r) => r.reason)).toEqual(["invalid-string", "wrong-spec", "invalid-string"]);
    expect(client.calls.filter((c) => c.name !== "read")).toEqual([]);
  });

  it("lets the callback start the next apply", () => {
    const { client, manager, results } = setup();
    client.setCommitted(STATE_A);
    manager.apply(BUILD_A, () => {
      results.push({ ok: true, reason: "match", message: "" });
      expect(manager.apply(codeFor([{ id: 10 }]), (r) => results.push(r))).toBe("committing");
    });
    landCommit(client, manager);
    expect(results[1]).toMatchObject({ ok: true, reason: "applied" });
  });
});

describe("LoadoutManager.hasMatchingBuild", () => {
  it("answers with a reason, never an error", () => {
    const { client, manager } = setup();
    client.setCommitted(STATE_A);
    expect(manager.hasMatchingBuild(BUILD_A)).toMatchObject({ ok: true, reason: "match" });
    expect(manager.hasMatchingBuild(codeFor([{ id: 10 }]))).toMatchObject({ ok: false, reason: "differs" });
    expect(manager.hasMatchingBuild("")).toMatchObject({ ok: false, reason: "invalid-string" });
    // A zero-hash string that does not fit: the tree changed since the data was made (the game cannot tell).
    expect(manager.hasMatchingBuild(codeFor([{ id: 30 }]))).toMatchObject({ ok: false, reason: "talents-changed" });
    client.hash = [...Array(16).keys()].map((i) => i + 1);
    expect(manager.hasMatchingBuild(codeFor([{ id: 30 }], SPEC, client.hash))).toMatchObject({ ok: false, reason: "tree-mismatch" });
    client.hash = zeroHash();
    client.version = 3;
    expect(manager.hasMatchingBuild(BUILD_A)).toMatchObject({ ok: false, reason: "version-mismatch" });
  });
});

describe("LoadoutManager with builds given as trait entries (patch-proof)", () => {
  /** BUILD_A as entry ID + rank pairs, without the hero picker (rankings list talents, not the picker). */
  const ENTRIES_A = [
    { entryId: 1001, rank: 1 },
    { entryId: 1101, rank: 2 },
    { entryId: 1202, rank: 1 },
    { entryId: 1301, rank: 1 },
    { entryId: 2001, rank: 1 },
    { entryId: 2101, rank: 1 },
    { entryId: 2201, rank: 2 },
    { entryId: 4101, rank: 1 },
    { entryId: 4201, rank: 2 },
  ];

  it("matches and applies by entry, choosing the hero tree the hero talents belong to", () => {
    const { client, manager, results, onDone } = setup();
    expect(manager.hasMatchingBuild({ entries: ENTRIES_A })).toMatchObject({ ok: false, reason: "differs" });
    expect(manager.apply({ entries: ENTRIES_A }, onDone)).toBe("committing");
    landCommit(client, manager);
    expect(results).toEqual([expect.objectContaining({ ok: true, reason: "applied" })]);
    expect(client.committed).toEqual(new Map(Object.entries(STATE_A).map(([k, v]) => [Number(k), v])));
    expect(manager.hasMatchingBuild({ entries: ENTRIES_A, talentCode: "ignored when entries exist" })).toMatchObject({ ok: true });
  });

  it("refuses a build with an entry the live tree does not have, as a whole, before any change", () => {
    const { client, manager, results, onDone } = setup();
    client.setCommitted(STATE_A);
    manager.apply({ entries: [...ENTRIES_A.slice(0, 3), { entryId: 999999, rank: 1 }] }, onDone);
    expect(results[0]).toMatchObject({
      ok: false,
      reason: "talents-changed",
      message: expect.stringContaining("talents changed since the data was made"),
    });
    expect(client.calls.filter((c) => c.name !== "read")).toEqual([]);
  });

  it("refuses entries of two hero trees and ranks beyond the talent's maximum", () => {
    const { manager } = setup();
    expect(manager.hasMatchingBuild({ entries: [...ENTRIES_A, { entryId: 5101, rank: 1 }] })).toMatchObject({ reason: "talents-changed" });
    expect(manager.hasMatchingBuild({ entries: [{ entryId: 1101, rank: 3 }] })).toMatchObject({ reason: "talents-changed" });
  });
});
