import type { BuildDef, Pick } from "@att/contract";

/** A chosen build with what it stands for (the contract's Pick before builds are pooled per spec). */
export interface ResolvedPick extends Omit<Pick, "build"> {
  readonly build: BuildDef;
}

/** One slot's picks: the consensus build and, when the other hero tree is popular enough, that tree's consensus build. */
export interface ResolvedSlot {
  readonly top: ResolvedPick;
  readonly alternative?: ResolvedPick;
}
