/**
 * Talent points a max-level character spends per section. Raidbots' talents.json does not carry them, so they are
 * known per game build: counted on real strings with the pinned trees (../shared/treedata/SOURCE.md, checked again by
 * tests/pipeline/tree-strings.test.ts): the 12.0.0 pre-patch (level 80) 31 class / 30 spec / 10 hero on 187 Feb-2026
 * strings; 12.0.1 (level 90) 34 / 34 / 13 on 37 Apr-2026 strings, the apex node's ranks counting as spec points.
 */
import type { TreeSet } from "./model";

export interface PointBudget {
  readonly class: number;
  readonly spec: number;
  readonly hero: number;
}

export const LEVEL_80_BUDGET: PointBudget = { class: 31, spec: 30, hero: 10 };
export const LEVEL_90_BUDGET: PointBudget = { class: 34, spec: 34, hero: 13 };

/**
 * The budget of a tree set: by its game build when known ("12.0.0..." is the level-80 pre-patch, later 12.x builds
 * are level 90); without one, by the trees themselves: apex (tiered) nodes came with the level-90 trees of 12.0.1.
 * Unverified for builds after 12.0.5: a patch that changes the budget needs a line here.
 */
export function pointBudget(trees: TreeSet): PointBudget {
  const build = trees.wowBuild;
  if (build !== undefined && /^\d+\.\d+\.\d+/.test(build)) {
    const [major, minor, patch] = build.split(".").map(Number) as [number, number, number];
    if (major < 12 || (major === 12 && minor === 0 && patch === 0)) return LEVEL_80_BUDGET;
    return LEVEL_90_BUDGET;
  }
  for (const spec of trees.specs.values()) for (const node of spec.nodes.values()) if (node.kind === "tiered") return LEVEL_90_BUDGET;
  return LEVEL_80_BUDGET;
}
