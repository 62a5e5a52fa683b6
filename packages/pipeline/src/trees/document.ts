/** What the output document takes from the trees: talent names and the drawn trees of the run's specs. Pure. */
import type { SpecInfo, SpecTreeLayout } from "@att/contract";
import { specLayout, treeNames } from "./layout";
import type { TreeSet } from "./model";

/** Talent names of the run's specs' trees, or undefined without trees (the rankings' names serve then). */
export function treeNamesOf(trees: TreeSet | undefined, specs: readonly SpecInfo[]): Map<number, string> | undefined {
  if (trees === undefined) return undefined;
  const out = new Map<number, string>();
  for (const spec of specs) {
    const tree = trees.specs.get(spec.specId);
    if (tree !== undefined) for (const [id, name] of treeNames(tree)) out.set(id, name);
  }
  return out;
}

export function layoutsOf(trees: TreeSet, specs: readonly SpecInfo[]): Map<number, SpecTreeLayout> {
  const out = new Map<number, SpecTreeLayout>();
  for (const spec of specs) {
    const tree = trees.specs.get(spec.specId);
    if (tree !== undefined) out.set(spec.specId, specLayout(tree));
  }
  return out;
}
