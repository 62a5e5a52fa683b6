/**
 * The pinned real talent trees (Raidbots talents.json copies in ../shared/treedata, provenance in its SOURCE.md) and
 * the real talent strings (../shared/testdata), read from beside the project as the tests expect; never committed.
 */
import { readFileSync } from "node:fs";
import { parseTalents } from "../../packages/pipeline/src/trees/source";
import type { TreeSet } from "../../packages/pipeline/src/trees/model";
import { sharedPath } from "./shared-data";

/** 12.0.0 pre-patch (level 80, no apex nodes), 12.0.1 live (every apex node), and the 12.0.5 (inferred) copy. */
export const PINNED = {
  "12.0.0": sharedPath("treedata", "raidbots-talents_2026-01-20_wow-12.0.0-prepatch_wowarenalogs-4007080.json"),
  "12.0.1": sharedPath("treedata", "raidbots-talents_live_2026-03-04_wow-12.0.1_Bloodmallet-simc_support-1611cc4.json"),
  "12.0.5": sharedPath("treedata", "raidbots-talents_2026-04-26_wow-12.0.5_Raslgodx-wow-talent-tree-46b7ecb.json"),
} as const;

const loaded = new Map<string, TreeSet>();

/** One pinned file as the pipeline reads it (the game build given, as metadata.json would give it). */
export function pinnedTrees(build: keyof typeof PINNED): TreeSet {
  let set = loaded.get(build);
  if (set === undefined) loaded.set(build, (set = parseTalents(readFileSync(PINNED[build], "utf8"), build)));
  return set;
}

export interface RealString {
  readonly code: string;
  readonly specID: number;
  readonly source: string;
  readonly context: string;
  readonly asOf: string | null;
}

export const REAL_STRINGS: readonly RealString[] = JSON.parse(
  readFileSync(sharedPath("testdata", "talent-strings.json"), "utf8"),
) as RealString[];

/**
 * The strings of one game build, by their source's date (testdata/README.md and treedata/SOURCE.md): the Apr-2026
 * ones (Midnight season 1) fit 12.0.1, the Feb-2026 ones and the two seeds fit the 12.0.0 pre-patch.
 */
export function stringsOf(build: "12.0.0" | "12.0.1"): readonly RealString[] {
  return REAL_STRINGS.filter((s) =>
    build === "12.0.1" ? (s.asOf ?? "").startsWith("2026-04") : (s.asOf ?? "").startsWith("2026-02") || s.source === "seed",
  );
}
