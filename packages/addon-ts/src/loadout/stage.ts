/**
 * Pure over a port: stages a plan on the (already reset) config. Passes over the steps in plan order, selecting
 * choices and buying ranks, and repeats while a pass made progress: a node that is not available yet (its gate
 * needs more points above it) becomes available once later steps of the same pass have been bought.
 */
import type { PlanStep } from "./plan";

/** The few staging calls the stager needs; client.ts implements them with C_Traits. */
export interface StagingPort {
  /** Staged ranks (free ranks included) and, for choice nodes, the staged entry. */
  nodeState(nodeId: number): { readonly rank: number; readonly entryId?: number };
  purchaseRank(nodeId: number): boolean;
  setSelection(nodeId: number, entryId: number): boolean;
}

export interface StageOutcome {
  readonly complete: boolean;
  /** Steps not reached, in plan order. */
  readonly unfinished: readonly number[];
}

function isDone(step: PlanStep, port: StagingPort): boolean {
  const state = port.nodeState(step.nodeId);
  if (step.entryId !== undefined && state.entryId !== step.entryId) return false;
  return step.selectOnly || state.rank >= step.ranks;
}

/** One attempt at a step; true when it changed anything. Stops at the first refused call. */
function advance(step: PlanStep, port: StagingPort): boolean {
  let progress = false;
  let state = port.nodeState(step.nodeId);
  if (step.entryId !== undefined && state.entryId !== step.entryId) {
    // In the client, selecting an option of an unbought choice node also buys its rank.
    if (!port.setSelection(step.nodeId, step.entryId)) return false;
    const after = port.nodeState(step.nodeId);
    if (after.entryId !== step.entryId) return false;
    progress = true;
    state = after;
  }
  if (step.selectOnly) return progress;
  while (state.rank < step.ranks) {
    if (!port.purchaseRank(step.nodeId)) break;
    const after = port.nodeState(step.nodeId);
    // A call that reports success but changes nothing would otherwise loop forever.
    if (after.rank <= state.rank) break;
    state = after;
    progress = true;
  }
  return progress;
}

/** Runs passes until every step is done or a pass makes no progress (bounded by the step count). */
export function stagePlan(steps: readonly PlanStep[], port: StagingPort): StageOutcome {
  let pending = steps.filter((step) => !isDone(step, port));
  for (let pass = 0; pass <= steps.length && pending.length > 0; pass++) {
    let progress = false;
    for (const step of pending) {
      if (advance(step, port)) progress = true;
    }
    pending = pending.filter((step) => !isDone(step, port));
    if (!progress) break;
  }
  return { complete: pending.length === 0, unfinished: pending.map((step) => step.nodeId) };
}
