/**
 * Why talents cannot be changed right now, one small object per reason (the BtWLoadouts idea): ONE ordered list,
 * made at the edge (../wow/blockers.ts reads the client) and handed to both the prompt decision (through the
 * controller, as the first active blocker's name) and the LoadoutManager, so the two can never disagree about
 * what stops a talent change. A blocker that `waits` (combat) queues the apply until its ending event; the others
 * refuse it, since they last a whole key or fight and the build may no longer be wanted. This file is only the
 * shape and the one way of asking the list.
 */
import type { Problem } from "./types";

export interface Blocker {
  readonly name: string;
  isActive(): boolean;
  /** The refusal (or, for a waiting blocker, the notice) to report. */
  describe(): Problem;
  /** The client event after which the blocker is gone. */
  readonly endEvent: string;
  readonly waits: boolean;
}

/** The first blocker of the list that is active now, or undefined when talents may change. */
export function firstActiveBlocker(blockers: readonly Blocker[]): Blocker | undefined {
  for (const blocker of blockers) {
    if (blocker.isActive()) return blocker;
  }
  return undefined;
}
