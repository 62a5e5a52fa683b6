import type { BuildDef } from "@att/contract";

/** A chosen build with the players it stands for (the contract's Pick before builds are pooled per spec). */
export interface ResolvedPick {
  readonly build: BuildDef;
  /** Distinct players who used exactly this build. */
  readonly count: number;
  /** Distinct players of the slot's sample with a usable build. */
  readonly sampleSize: number;
}

/** One slot's picks: the top build and, when the other hero tree is popular enough, its best build. */
export interface ResolvedSlot {
  readonly top: ResolvedPick;
  readonly alternative?: ResolvedPick;
}
