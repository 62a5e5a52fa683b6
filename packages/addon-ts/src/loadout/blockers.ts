/**
 * Why talents cannot be changed right now, one small object per reason (the BtWLoadouts pattern): the manager asks
 * the list in order instead of scattering checks. A blocker that `waits` (combat) queues the apply until its
 * ending event; the others refuse it, since they last a whole key or fight and the build may no longer be wanted.
 * The blockers the game has live in ../wow/blockers.ts (they read the client); this file is only their shape.
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
