/** The talent-tree model: types, the procedural class trees, the purchase rules, random builds, loadout conversion. */
export * from "./types";
export {
  DEFAULT_TREE_SEED,
  CLASS_POINTS,
  SPEC_POINTS,
  HERO_POINTS,
  SECTION_GATES,
  APEX_TIERS,
  APEX_GATE,
  classTreeId,
  makeClassTree,
  type TreeOptions,
} from "./generate";
export { createRng, mixSeeds, randomInt, pickOne } from "./prng";
export { treeSpecIds, selectionNodeOf, isChoiceKind, tieredMaxRanks, tierRanks, type TierRanks } from "./lookup";
export {
  spentPoints,
  initialBuild,
  canPurchase,
  purchaseRank,
  purchasableNodes,
  reachableNodes,
  isLegalBuild,
  sameTalentBuild,
  type LegalityOptions,
} from "./rules";
export { randomLegalBuild, mutateBuild, withOtherHeroTree, heroTreeOf } from "./random";
export { buildToLoadout, loadoutToBuild } from "./loadout";
