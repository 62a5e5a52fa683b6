/**
 * The LoadoutManager state machine: compares a build with the committed talents and applies it in place, the way
 * Blizzard's talent frame does (12.0.1, tomrus88/BlizzardInterfaceCode 4679f888, Blizzard_PlayerSpells/ClassTalents/
 * Blizzard_ClassTalentsFrame.lua, "CTF" below; Blizzard_SharedTalentUI/Blizzard_SharedTalentFrame.lua, "STF"):
 *
 *   idle --apply--> [checks] --blocked by combat--> waiting --PLAYER_REGEN_ENABLED--> [checks again]
 *   [checks] --ok--> rollback, reset class + spec by currency, choose the hero tree, stage, CommitConfig --> committing
 *   committing --TRAIT_CONFIG_UPDATED--> Starter Build on? turn it off, wait for the next update (CTF:371-375);
 *                                        else dropdown cleared, verify --> idle (applied | verify-failed, no rollback)
 *   committing --CONFIG_COMMIT_FAILED (any config, as STF:346-350)--> roll back, then idle (failed), or waiting when
 *                                        combat interrupted it
 *   committing --6 s backup timer--> read the committed talents: applied if they hold the build, else keep waiting;
 *                                    after COMMIT_GIVE_UP_SECONDS idle (commit-unconfirmed), never rolled back; if
 *                                    that commit still lands, its after-commit steps run then
 *   waiting | committing --ACTIVE_PLAYER_SPECIALIZATION_CHANGED--> idle (spec-changed)
 *
 * - Reset: C_Traits.ResetTree also resets the hero talents, which the frame avoids on purpose ("Intentionally not
 *   using C_Traits.ResetTree so that Hero Talents are not reset", CTF:830-834): the class and spec currencies are
 *   reset (ResetTreeByCurrency, CTF:820-828) and the hero tree is chosen on its selection node like the hero dialog
 *   does (SetSelection on the sub-tree selection node, Blizzard_HeroTalentsSelectionDialog.lua:255-280). A build
 *   without a hero choice keeps the character's hero tree and its talents.
 * - Completion: the frame's backup timer is 6 s (maximumCommitTime, Blizzard_ClassTalentsFrame.xml:49; STF:1653
 *   "Consider removing this backup") and it only ends the visuals; it never rolls a commit back. The outcome here
 *   comes from the commit's events (STF:343-360) or, after the timer, from reading the committed talents; while
 *   the game may still finish the commit nothing is rolled back and no outcome is claimed.
 * - Loadouts: the commit names no saved loadout, so no named loadout is overwritten (the frame would write the
 *   dropdown's, CTF:1150-1155); afterwards the dropdown's selection is cleared (CTF:660-666 ClearLastSelectedConfigID)
 *   because the talents no longer are that loadout, and an active Starter Build is turned off after the commit
 *   (CTF:371-375, 1557-1563: unflagging resets pending changes, so only once they are committed).
 *
 * One apply at a time: a request while another is waiting or committing is refused with "busy".
 * Protected calls (rollback, reset, purchases, commit) are made only out of combat; a rollback that combat
 * prevented is remembered and done on PLAYER_REGEN_ENABLED.
 */
import { firstActiveBlocker, type Blocker } from "./blockers";
import { exportBuildString, previewBuild, type BuildPreview } from "./preview";
import type { LoadoutClient, TimerHandle } from "./client";
import { evaluateBuild, toBuildInput, type BuildInput } from "./evaluate";
import { splitFlex } from "./flex";
import { findDifferences } from "./match";
import { enUS } from "../locale/enUS";
import { loadoutMessage, type LoadoutMessages } from "./messages";
import { makePlan } from "./plan";
import { readCommittedBuild, type CommittedBuild } from "./snapshot";
import { stagePlan } from "./stage";
import type { LiveTree, LoadoutResult, Problem, TargetBuild } from "./types";
import { NODE_SUB_TREE_SELECTION, NODE_TIERED } from "./types";

/** The talent frame's backup timer for a commit (Blizzard_ClassTalentsFrame.xml:49 maximumCommitTime = 6). */
export const COMMIT_TIMEOUT_SECONDS = 6;
/** After this long without an answer from the game the apply stops waiting and says it could not confirm. */
export const COMMIT_GIVE_UP_SECONDS = 30;
/** Commits combat may interrupt before the apply gives up instead of waiting again. */
export const MAX_COMMIT_ATTEMPTS = 3;

export type ApplyStatus = "done" | "queued" | "committing";

export type { BuildPreview } from "./preview";
export type ApplyCallback = (result: LoadoutResult) => void;

type Phase = "idle" | "waiting" | "committing";

interface ApplyRequest {
  readonly build: BuildInput;
  readonly onDone: ApplyCallback;
  /** Commits issued so far; a later "already matching" then means our commit landed. */
  attempts: number;
  configId?: number;
  specId?: number;
  /** The committed hero tree before the apply: a build without a hero choice must leave it in place. */
  heroBefore?: number;
  /** The starter build was on when the commit went out: turn it off once committed. */
  leaveStarter?: boolean;
  /** Seconds waited for the game's answer to the current commit. */
  waited: number;
}

export class LoadoutManager {
  private phase: Phase = "idle";
  private request: ApplyRequest | undefined;
  private timer: TimerHandle | undefined;
  private pendingRollback: number | undefined;
  /** The last apply given up on after COMMIT_GIVE_UP_SECONDS: if its commit still lands, the after-commit steps run. */
  private late: ApplyRequest | undefined;

  constructor(
    private readonly client: LoadoutClient,
    private readonly blockers: readonly Blocker[],
    private readonly messages: LoadoutMessages = enUS.LOADOUT,
  ) {}

  private result(ok: boolean, problem: Problem): LoadoutResult {
    return { ok, reason: problem.reason, message: loadoutMessage(problem.reason, problem.detail1, problem.detail2, this.messages) };
  }

  /**
   * Does the committed config hold this build? Invalid, wrong-spec or ill-fitting builds are a reasoned "no". With
   * `flexMatches`, a build that differs only in its flex talents matches too ("flex-only"); applying still takes the
   * whole build.
   */
  hasMatchingBuild(build: string | BuildInput, flexMatches = false): LoadoutResult {
    const evaluation = evaluateBuild(this.client, build, "committed", "match");
    if (!evaluation.ok) return this.result(false, evaluation.problem);
    const { tree, differences } = evaluation.value;
    if (differences.length === 0) return this.result(true, { reason: "match" });
    const split = splitFlex(tree, differences, toBuildInput(build).flexEntries);
    if (split.core.length === 0) return this.result(flexMatches, { reason: "flex-only", detail1: split.flex.length });
    return this.result(false, { reason: "differs", detail1: differences.length });
  }

  /** What applying a build would change, read from the live client (see preview.ts). */
  preview(build: string | BuildInput): BuildPreview {
    return previewBuild(this.client, build, (problem) => this.result(false, problem).message);
  }

  /** The build's import string for sharing (see preview.ts). */
  exportString(build: string | BuildInput): string | undefined {
    return exportBuildString(this.client, build);
  }

  /** The committed build as entries (what a restore puts back), or undefined when the talents cannot be read. */
  currentBuild(): CommittedBuild | undefined {
    const read = readCommittedBuild(this.client);
    return read.ok ? read.value : undefined;
  }

  isBusy(): boolean {
    return this.phase !== "idle";
  }

  /**
   * Applies a build; `onDone` is called exactly once with the outcome. Returns "done" when it already has been,
   * "queued" when waiting for combat to end, "committing" while the game applies the change.
   */
  apply(build: string | BuildInput, onDone: ApplyCallback): ApplyStatus {
    if (this.phase !== "idle") {
      onDone(this.result(false, { reason: "busy" }));
      return "done";
    }
    this.late = undefined;
    return this.start({ build: toBuildInput(build), onDone, attempts: 0, waited: 0 });
  }

  /** Drops an apply that is waiting for combat to end; a commit already sent cannot be called back. */
  cancel(): boolean {
    const request = this.request;
    if (this.phase !== "waiting" || request === undefined) return false;
    this.finish(request, false, { reason: "cancelled" });
    return true;
  }

  /**
   * The commit landed. As the frame does (CTF:367-412): with the Starter Build to turn off, turn it off and wait for
   * the update that follows (unflagging reloads the config, CTF:371-375); otherwise clear the dropdown and verify. A
   * build the committed talents do not hold is reported, never rolled back: the commit is the game's.
   */
  TRAIT_CONFIG_UPDATED(configId: number): void {
    const request = this.request;
    if (this.phase === "idle" && this.late !== undefined && configId === this.late.configId) {
      // A commit that landed after the give-up: its outcome was reported as unconfirmed, but the frame's
      // bookkeeping (Starter Build off, dropdown cleared) is still due.
      const late = this.late;
      this.late = undefined;
      this.afterCommit(late);
      return;
    }
    if (this.phase !== "committing" || request === undefined || configId !== request.configId) return;
    if (request.leaveStarter === true && this.client.slots.starterBuildActive()) {
      request.leaveStarter = false;
      this.client.slots.leaveStarterBuild();
      this.armTimer(request);
      return;
    }
    this.stopTimer();
    this.afterCommit(request);
    const problem = this.verify(request);
    this.finish(request, problem === undefined, problem ?? { reason: "applied" });
  }

  /** The base frame reacts to any CONFIG_COMMIT_FAILED while its commit is in progress (STF:346-350). */
  CONFIG_COMMIT_FAILED(_configId: number): void {
    const request = this.request;
    if (this.phase !== "committing" || request === undefined || request.configId === undefined) return;
    this.retryOrFail(request, request.configId, { reason: "commit-failed" });
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
    // A commit in flight is the game's to finish or fail; the old spec's config is left as the game leaves it.
    if (this.phase === "committing") {
      this.finish(request, false, { reason: "spec-changed" });
      return;
    }
    this.fail(request, request.configId, { reason: "spec-changed" });
  }

  private start(request: ApplyRequest): ApplyStatus {
    const evaluation = evaluateBuild(this.client, request.build, "committed");
    if (!evaluation.ok) return this.fail(request, this.pendingRollback, evaluation.problem);
    const { configId, tree, target, differences } = evaluation.value;
    if (differences.length === 0) {
      return this.finish(request, true, { reason: request.attempts > 0 ? "applied" : "already-active" });
    }
    const blocker = firstActiveBlocker(this.blockers);
    if (blocker !== undefined) {
      if (!blocker.waits) return this.fail(request, this.pendingRollback, blocker.describe());
      this.phase = "waiting";
      this.request = request;
      return "queued";
    }
    // Out of combat from here on. The player's own unapplied edits in the talent frame are theirs: the frame asks
    // before discarding them, so the apply stops and says so. A failed commit's leftovers (ours) are rolled back.
    if (this.pendingRollback !== configId && this.client.hasStagedChanges(configId))
      return this.finish(request, false, { reason: "unapplied-edits" });
    this.client.rollback(configId);
    this.pendingRollback = undefined;
    request.specId = target.specId;
    request.heroBefore = this.client.activeHeroTree();
    const prepared = this.prepare(configId, tree, target);
    if (prepared !== undefined) return this.fail(request, configId, prepared);
    const staged = stagePlan(makePlan(tree, target).steps, this.client.staging(configId));
    if (!staged.complete) return this.fail(request, configId, { reason: "purchase-failed", detail1: staged.unfinished.length });
    const after = this.client.readTree(configId, tree.treeId, "staged");
    if (after === undefined) return this.fail(request, configId, { reason: "tree-unavailable" });
    const left = findDifferences(after, target);
    if (left.length > 0) return this.fail(request, configId, { reason: "purchase-failed", detail1: left.length });
    request.leaveStarter = this.client.slots.starterBuildActive();
    return this.commit(request, configId);
  }

  /** Clears the class and spec points and, when the build names one, sets up its hero tree with no points in it. */
  private prepare(configId: number, tree: LiveTree, target: TargetBuild): Problem | undefined {
    const currencies = this.client.classAndSpecCurrencies(configId, tree.treeId);
    if (currencies === undefined) return { reason: "reset-failed" };
    const reset: { [currency: number]: boolean } = {};
    for (const currency of currencies) {
      if (!this.client.resetByCurrency(configId, tree.treeId, currency)) return { reason: "reset-failed" };
      reset[currency] = true;
    }
    // Which currency pays for the apex track is not documented: whatever its cost names beyond class and spec points
    // is reset too, so a build with fewer tiers can be staged.
    for (const node of tree.nodes) {
      if (node.type !== NODE_TIERED || node.entryIds.length <= 1 || !node.visible || node.subTreeId !== undefined) continue;
      for (const currency of this.client.nodeCurrencies(configId, node.nodeId) ?? []) {
        if (reset[currency] === true) continue;
        if (!this.client.resetByCurrency(configId, tree.treeId, currency)) return { reason: "reset-failed" };
        reset[currency] = true;
      }
    }
    const hero = target.heroSubTreeId;
    if (hero === undefined) return undefined;
    const picker = target.nodes.find((node) => node.type === NODE_SUB_TREE_SELECTION);
    const port = this.client.staging(configId);
    if (picker?.entryId !== undefined && port.nodeState(picker.nodeId).entryId !== picker.entryId) {
      if (!port.setSelection(picker.nodeId, picker.entryId)) return { reason: "hero-failed" };
    }
    const currency = this.client.heroCurrency(configId, hero);
    if (currency === undefined || !this.client.resetByCurrency(configId, tree.treeId, currency)) return { reason: "reset-failed" };
    return undefined;
  }

  /** After the game confirmed a commit: the committed talents hold the build and a hero tree is chosen. */
  private verify(request: ApplyRequest): Problem | undefined {
    const evaluation = evaluateBuild(this.client, request.build, "committed", "match");
    if (!evaluation.ok) return evaluation.problem;
    if (evaluation.value.differences.length > 0) return { reason: "verify-failed", detail1: evaluation.value.differences.length };
    const wanted = evaluation.value.target.heroSubTreeId ?? request.heroBefore;
    if (wanted !== undefined && this.client.activeHeroTree() !== wanted) return { reason: "hero-empty" };
    return undefined;
  }

  /** The frame's bookkeeping once a commit landed: Starter Build off, no saved loadout shown as selected. */
  private afterCommit(request: ApplyRequest): void {
    if (request.leaveStarter === true && this.client.slots.starterBuildActive()) this.client.slots.leaveStarterBuild();
    request.leaveStarter = false;
    if (request.specId !== undefined && this.client.slots.selected(request.specId) !== undefined)
      this.client.slots.clearSelected(request.specId);
  }

  private commit(request: ApplyRequest, configId: number): ApplyStatus {
    // Wait before committing: a client may report the outcome from inside CommitConfig.
    request.configId = configId;
    request.attempts++;
    request.waited = 0;
    this.phase = "committing";
    this.request = request;
    this.armTimer(request);
    if (!this.client.commit(configId) && this.request === request && this.phase === "committing") {
      return this.retryOrFail(request, configId, { reason: "commit-failed" });
    }
    return this.request === request ? (this.phase === "committing" ? "committing" : "queued") : "done";
  }

  private armTimer(request: ApplyRequest): void {
    this.stopTimer();
    this.timer = this.client.startTimer(COMMIT_TIMEOUT_SECONDS, () => this.onCommitTimer(request));
  }

  /**
   * The backup timer: the game has not answered yet. If the committed talents already hold the build, the commit
   * landed (its event was missed); otherwise it may still be under way, so keep waiting, and after
   * COMMIT_GIVE_UP_SECONDS say so without claiming success or failure and without rolling anything back.
   */
  private onCommitTimer(request: ApplyRequest): void {
    this.timer = undefined;
    if (this.phase !== "committing" || this.request !== request) return;
    request.waited += COMMIT_TIMEOUT_SECONDS;
    if (this.verify(request) === undefined) {
      this.afterCommit(request);
      this.finish(request, true, { reason: "applied" });
      return;
    }
    if (request.waited >= COMMIT_GIVE_UP_SECONDS) {
      this.late = request;
      this.finish(request, false, { reason: "commit-unconfirmed" });
      return;
    }
    this.armTimer(request);
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

  /** Rolls staged changes back (after combat if need be) and reports the failure. Never called mid-commit. */
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
