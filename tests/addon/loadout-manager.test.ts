/** The LoadoutManager state machine against the in-memory fake client (the in-client tests use tests/wow-sim). */
import { describe, expect, it } from "vitest";
import type { Blocker } from "../../packages/addon-ts/src/loadout/blockers";
import { LoadoutManager, MAX_COMMIT_ATTEMPTS } from "../../packages/addon-ts/src/loadout/manager";
import type { LoadoutResult } from "../../packages/addon-ts/src/loadout/types";
import { BUILD_A, codeFor, CONFIG, FakeClient, OTHER_SPEC, STATE_A } from "./loadout-fake-client";

function setup() {
  const client = new FakeClient();
  const flags = { keystone: false, encounter: false, cannotEdit: false };
  const blockers: Blocker[] = [
    { name: "keystone", isActive: () => flags.keystone, describe: () => ({ reason: "keystone" }), endEvent: "CHALLENGE_MODE_COMPLETED", waits: false },
    { name: "encounter", isActive: () => flags.encounter, describe: () => ({ reason: "encounter" }), endEvent: "ENCOUNTER_END", waits: false },
    { name: "combat", isActive: () => client.combat, describe: () => ({ reason: "queued-combat" }), endEvent: "PLAYER_REGEN_ENABLED", waits: true },
    { name: "cannot-edit", isActive: () => flags.cannotEdit, describe: () => ({ reason: "cannot-edit", detail1: "busy casting" }), endEvent: "X", waits: false },
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
  it("applies a build from an empty tree: reset, stage, commit, verify", () => {
    const { client, manager, results, onDone } = setup();
    expect(manager.apply(BUILD_A, onDone)).toBe("committing");
    expect(manager.isBusy()).toBe(true);
    expect(client.calls.filter((c) => c.name !== "read" && c.name !== "PurchaseRank" && c.name !== "SetSelection").map((c) => c.name)).toEqual([
      "RollbackConfig",
      "ResetTree",
      "CommitConfig",
    ]);
    expect(client.timers[0]!.seconds).toBe(5);
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

  it("rolls back and reports when the commit fails, is refused, or times out", () => {
    for (const how of ["event", "refused", "timeout"] as const) {
      const { client, manager, results, onDone } = setup();
      if (how === "refused") client.commitMode = "refuse";
      manager.apply(BUILD_A, onDone);
      if (how === "event") manager.CONFIG_COMMIT_FAILED(CONFIG);
      if (how === "timeout") client.fireTimers();
      expect(results).toEqual([expect.objectContaining({ ok: false, reason: how === "timeout" ? "commit-timeout" : "commit-failed" })]);
      expect(client.calls[client.calls.length - 1]!.name).toBe("RollbackConfig");
      expect(client.staged).toEqual(client.committed);
      // A late success event after the failure changes nothing.
      manager.TRAIT_CONFIG_UPDATED(CONFIG);
      expect(results).toHaveLength(1);
    }
  });

  it("ignores events for other configs", () => {
    const { client, manager, results, onDone } = setup();
    manager.apply(BUILD_A, onDone);
    manager.CONFIG_COMMIT_FAILED(CONFIG + 1);
    manager.TRAIT_CONFIG_UPDATED(CONFIG + 1);
    expect(results).toEqual([]);
    landCommit(client, manager);
    expect(results[0]).toMatchObject({ ok: true });
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
      client.spec = OTHER_SPEC;
      manager.ACTIVE_PLAYER_SPECIALIZATION_CHANGED();
      expect(results).toEqual([expect.objectContaining({ ok: false, reason: "spec-changed" })]);
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
    expect(manager.hasMatchingBuild(codeFor([{ id: 30 }]))).toMatchObject({ ok: false, reason: "tree-mismatch" });
    client.version = 3;
    expect(manager.hasMatchingBuild(BUILD_A)).toMatchObject({ ok: false, reason: "version-mismatch" });
  });
});
