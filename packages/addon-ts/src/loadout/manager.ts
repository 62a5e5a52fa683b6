/**
 * The LoadoutManager state machine: compares a build with the committed talents and applies it in place.
 *
 *   idle --apply--> [checks] --blocked by combat--> waiting --PLAYER_REGEN_ENABLED--> [checks again]
 *   [checks] --ok--> rollback, reset, stage, CommitConfig --> committing
 *   committing --TRAIT_CONFIG_UPDATED--> verify --> idle (applied | verify-failed)
 *   committing --CONFIG_COMMIT_FAILED / 5 s timeout--> idle (failed), or waiting when combat interrupted it
 *   waiting | committing --ACTIVE_PLAYER_SPECIALIZATION_CHANGED--> idle (spec-changed)
 *
 * One apply at a time: a request while another is waiting or committing is refused with "busy" (queueing a
 * second build behind the first would apply a build the player may no longer want once combat ends).
 * Protected calls (rollback, reset, purchases, commit) are made only out of combat; a rollback that combat
 * prevented is remembered and done on PLAYER_REGEN_ENABLED.
 */
import type { Blocker } from "./blockers";
import type { LoadoutClient, TimerHandle } from "./client";
import { evaluateBuild } from "./evaluate";
import { findDifferences } from "./match";
import { enUS } from "../locale/enUS";
import { loadoutMessage, type LoadoutMessages } from "./messages";
import { makePlan } from "./plan";
import { stagePlan } from "./stage";
import type { LoadoutResult, Problem } from "./types";

/** How long the commit may take before the apply is given up (the game's talent-change cast is a few seconds). */
export const COMMIT_TIMEOUT_SECONDS = 5;
/** Commits combat may interrupt before the apply gives up instead of waiting again. */
export const MAX_COMMIT_ATTEMPTS = 3;

export type ApplyStatus = "done" | "queued" | "committing";
export type ApplyCallback = (result: LoadoutResult) => void;

type Phase = "idle" | "waiting" | "committing";

interface ApplyRequest {
  readonly code: string;
  readonly onDone: ApplyCallback;
  /** Commits issued so far; a later "already matching" then means our commit landed. */
  attempts: number;
  configId?: number;
}


export class LoadoutManager {
  private phase: Phase = "idle";
  private request: ApplyRequest | undefined;
  private timer: TimerHandle | undefined;
  private pendingRollback: number | undefined;

  constructor(
    private readonly client: LoadoutClient,
    private readonly blockers: readonly Blocker[],
    private readonly messages: LoadoutMessages = enUS.LOADOUT,
  ) {}

  private result(ok: boolean, problem: Problem): LoadoutResult {
    return { ok, reason: problem.reason, message: loadoutMessage(problem.reason, problem.detail1, problem.detail2, this.messages) };
  }

  /** Does the committed config hold this build? Invalid, wrong-spec or ill-fitting strings are a reasoned "no". */
  hasMatchingBuild(code: string): LoadoutResult {
    const evaluation = evaluateBuild(this.client, code, "committed");
    if (!evaluation.ok) return this.result(false, evaluation.problem);
    const count = evaluation.value.differences.length;
    return count === 0 ? this.result(true, { reason: "match" }) : this.result(false, { reason: "differs", detail1: count });
  }

  isBusy(): boolean {
    return this.phase !== "idle";
  }

  /**
   * Applies a build; `onDone` is called exactly once with the outcome. Returns "done" when it already has been,
   * "queued" when waiting for combat to end, "committing" while the game applies the change.
   */
  apply(code: string, onDone: ApplyCallback): ApplyStatus {
    if (this.phase !== "idle") {
      onDone(this.result(false, { reason: "busy" }));
      return "done";
    }
    return this.start({ code, onDone, attempts: 0 });
  }

  /** Drops an apply that is waiting for combat to end; a commit already sent cannot be called back. */
  cancel(): boolean {
    const request = this.request;
    if (this.phase !== "waiting" || request === undefined) return false;
    this.finish(request, false, { reason: "cancelled" });
    return true;
  }

  TRAIT_CONFIG_UPDATED(configId: number): void {
    const request = this.request;
    if (this.phase !== "committing" || request === undefined || configId !== request.configId) return;
    this.stopTimer();
    const evaluation = evaluateBuild(this.client, request.code, "committed");
    if (evaluation.ok && evaluation.value.differences.length === 0) {
      this.finish(request, true, { reason: "applied" });
      return;
    }
    const problem: Problem = evaluation.ok ? { reason: "verify-failed", detail1: evaluation.value.differences.length } : evaluation.problem;
    this.fail(request, configId, problem);
  }

  CONFIG_COMMIT_FAILED(configId: number): void {
    const request = this.request;
    if (this.phase !== "committing" || request === undefined || configId !== request.configId) return;
    this.retryOrFail(request, configId, { reason: "commit-failed" });
  }

  PLAYER_REGEN_ENABLED(): void {
    if (this.pendingRollback !== undefined && this.phase !== "committing" && !this.client.inCombat()) {
      this.client.rollback(this.pendingRollback);
      this.pendingRollback = undefined;
    }
    const request = this.request;
    if (this.phase !== "waiting" || request === undefined) return;
    this.phase = "idle";
    this.request = undefined;
    this.start(request);
  }

  ACTIVE_PLAYER_SPECIALIZATION_CHANGED(): void {
    const request = this.request;
    if (this.phase === "idle" || request === undefined) return;
    this.fail(request, request.configId, { reason: "spec-changed" });
  }

  private start(request: ApplyRequest): ApplyStatus {
    const evaluation = evaluateBuild(this.client, request.code, "committed");
    if (!evaluation.ok) return this.fail(request, this.pendingRollback, evaluation.problem);
    const { configId, tree, target, differences } = evaluation.value;
    if (differences.length === 0) {
      return this.finish(request, true, { reason: request.attempts > 0 ? "applied" : "already-active" });
    }
    for (const blocker of this.blockers) {
      if (!blocker.isActive()) continue;
      if (!blocker.waits) return this.fail(request, this.pendingRollback, blocker.describe());
      this.phase = "waiting";
      this.request = request;
      return "queued";
    }
    // Out of combat from here on. Staged edits (the talent UI's, or a failed commit's) would mix into ours.
    this.client.rollback(configId);
    this.pendingRollback = undefined;
    if (!this.client.resetTree(configId, tree.treeId)) return this.fail(request, configId, { reason: "reset-failed" });
    const staged = stagePlan(makePlan(tree, target).steps, this.client.staging(configId));
    if (!staged.complete) return this.fail(request, configId, { reason: "purchase-failed", detail1: staged.unfinished.length });
    const left = findDifferences(this.client.readTree(configId, tree.treeId, "staged"), target);
    if (left.length > 0) return this.fail(request, configId, { reason: "purchase-failed", detail1: left.length });
    return this.commit(request, configId);
  }

  private commit(request: ApplyRequest, configId: number): ApplyStatus {
    // Wait before committing: a client may report the outcome from inside CommitConfig.
    request.configId = configId;
    request.attempts++;
    this.phase = "committing";
    this.request = request;
    this.timer = this.client.startTimer(COMMIT_TIMEOUT_SECONDS, () => this.onCommitTimeout(request));
    if (!this.client.commit(configId) && this.request === request && this.phase === "committing") {
      return this.retryOrFail(request, configId, { reason: "commit-failed" });
    }
    return this.request === request ? (this.phase === "committing" ? "committing" : "queued") : "done";
  }

  private onCommitTimeout(request: ApplyRequest): void {
    this.timer = undefined;
    if (this.phase !== "committing" || this.request !== request || request.configId === undefined) return;
    this.retryOrFail(request, request.configId, { reason: "commit-timeout" });
  }

  /** Combat interrupts the talent-change cast: start over once it ends, unless it keeps happening. */
  private retryOrFail(request: ApplyRequest, configId: number, problem: Problem): ApplyStatus {
    this.stopTimer();
    if (this.client.inCombat() && request.attempts < MAX_COMMIT_ATTEMPTS) {
      this.pendingRollback = configId;
      this.phase = "waiting";
      return "queued";
    }
    return this.fail(request, configId, problem);
  }

  /** Rolls staged changes back (after combat if need be) and reports the failure. */
  private fail(request: ApplyRequest, configId: number | undefined, problem: Problem): ApplyStatus {
    if (configId !== undefined) {
      if (this.client.inCombat()) {
        this.pendingRollback = configId;
      } else {
        this.client.rollback(configId);
        if (this.pendingRollback === configId) this.pendingRollback = undefined;
      }
    }
    return this.finish(request, false, problem);
  }

  /** Back to idle before the callback runs, so the callback may start another apply. */
  private finish(request: ApplyRequest, ok: boolean, problem: Problem): ApplyStatus {
    if (this.request === request || this.phase === "idle") {
      this.stopTimer();
      this.phase = "idle";
      this.request = undefined;
    }
    request.onDone(this.result(ok, problem));
    return "done";
  }

  private stopTimer(): void {
    if (this.timer !== undefined) this.timer.cancel();
    this.timer = undefined;
  }
}
