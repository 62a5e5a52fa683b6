/**
 * The tree check on the logged builds, before any build is chosen: each ranking row's talent list is placed on its
 * spec's tree (fit-build.ts); a row whose build does not add up leaves the sample and is counted by reason, and a row
 * that fits is keyed by its normalised talents (apex tiers per tier), so the two forms of one build are one build.
 * Rows without a talent list, and specs the tree data lacks, pass unchanged. Pure.
 */
import type { RankedEntry } from "../core/entry";
import { entriesOfIdentity, identityOfKey, talentsKey } from "../core/identity";
import type { PointBudget } from "./budget";
import { fitBuild, type FitProblemKind } from "./fit-build";
import type { TreeSet } from "./model";

export interface RowCheck {
  readonly kept: RankedEntry[];
  /** Rows dropped, by reason. */
  readonly dropped: ReadonlyMap<FitProblemKind, number>;
  /** One example message per reason, for --verbose. */
  readonly examples: ReadonlyMap<FitProblemKind, string>;
}

export function checkRows(entries: readonly RankedEntry[], trees: TreeSet, budget: PointBudget): RowCheck {
  const kept: RankedEntry[] = [];
  const dropped = new Map<FitProblemKind, number>();
  const examples = new Map<FitProblemKind, string>();
  // Many rows share a build: each distinct (spec, build) is placed once, to its normalised key or its problem.
  const fitted = new Map<string, { readonly key: string } | { readonly problem: FitProblemKind }>();
  for (const entry of entries) {
    const identity = identityOfKey(entry.build);
    const tree = trees.specs.get(entry.specId);
    if (identity === null || tree === undefined) {
      kept.push(entry);
      continue;
    }
    const memo = `${entry.specId}|${identity.key}`;
    let outcome = fitted.get(memo);
    if (outcome === undefined) {
      const fit = fitBuild(tree, budget, entriesOfIdentity(identity));
      if (fit.ok) outcome = { key: talentsKey(fit.entries.map((e) => ({ talentID: e.entryId, points: e.rank }))) };
      else {
        outcome = { problem: fit.kind };
        if (!examples.has(fit.kind)) examples.set(fit.kind, `spec ${entry.specId}: ${fit.message}`);
      }
      fitted.set(memo, outcome);
    }
    if ("problem" in outcome) {
      dropped.set(outcome.problem, (dropped.get(outcome.problem) ?? 0) + 1);
      continue;
    }
    kept.push(outcome.key === entry.build ? entry : { ...entry, build: outcome.key });
  }
  return { kept, dropped, examples };
}
