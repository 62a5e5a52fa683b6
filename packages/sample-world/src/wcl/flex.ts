/**
 * How a spec's top players build, calibrated to real rankings (bench/calibrate.ts; the real figures are in
 * ../calibrate/real-figures.ts): per hero tree one core build that nearly everyone shares, and up to 14 of its
 * choice nodes ("flex" nodes, ~10 on most specs of the tree model) where players differ, two rarely, the rest often. Each player takes the other entry of each flex node
 * with that node's share, so whole builds barely repeat (a real Mythic+ top 50: 44 distinct builds, the most common
 * one 3 players) while two builds differ by a few choice swaps (real: a median of 8 points, 4 swaps), and ~70 % of
 * the talents are in >= 95 % of the lists. A choice swap keeps a build legal (the node stays full, nothing else
 * moves), so every build is one a player could log.
 */
import { heroTreeOf, randomLegalBuild, withOtherHeroTree, type ClassTreeDef, type TalentBuild } from "../trees/index";
import { createRng, type Rng } from "./prng";
import { lazySampleBuild, nodesById, type SampleBuild } from "./talents";

/** Flex nodes per hero tree: the choice nodes of the core build, up to this many. */
const MAX_FLEX = 14;
/** Flex nodes almost everyone leaves as in the core (a share of 1-5 %): the near-universal talents' tail. */
const RARE_FLEX = 2;
const RARE_SHARE = [0.01, 0.05] as const;
/** The others split the players: the alternative's share. */
const SPLIT_SHARE = [0.18, 0.5] as const;
/** How far one encounter's shares stray from the hero tree's (a boss or dungeon favours some talents). */
const ENCOUNTER_SPREAD = 0.12;
/** Split nodes whose favourite entry differs between raid and Mythic+ (AoE and single-target picks). */
const MPLUS_FLIPS = 2;

export interface FlexNode {
  readonly nodeId: number;
  /** The core build's entry, then the alternative. */
  readonly entries: readonly [number, number];
}

export interface HeroModel {
  readonly heroTree: number;
  readonly core: TalentBuild;
  readonly flex: readonly FlexNode[];
  /** Per flex node, the share of players on its alternative entry: raid, then Mythic+. */
  readonly raidShares: readonly number[];
  readonly mplusShares: readonly number[];
}

export interface SpecModel {
  readonly specId: number;
  readonly tree: ClassTreeDef;
  /** The spec's main hero tree first, then the other (when the spec has two). */
  readonly heroes: readonly HeroModel[];
}

const between = (rng: Rng, [low, high]: readonly [number, number]): number => low + rng.next() * (high - low);

function heroModel(tree: ClassTreeDef, specId: number, core: TalentBuild, rng: Rng): HeroModel {
  const byId = nodesById(tree);
  const flex: FlexNode[] = [];
  for (const state of rng.shuffle(core)) {
    const node = byId.get(state.nodeId);
    if (state.granted || node?.kind !== "selection" || flex.length >= MAX_FLEX) continue;
    const other = node.entries.find((e) => e.entryId !== state.entryId && e.maxRanks === state.ranks);
    if (other !== undefined && state.entryId !== undefined) flex.push({ nodeId: node.nodeId, entries: [state.entryId, other.entryId] });
  }
  const raidShares = flex.map((_, i) => (i < RARE_FLEX ? between(rng, RARE_SHARE) : between(rng, SPLIT_SHARE)));
  const flips = new Set(rng.shuffle(flex.map((_, i) => i).filter((i) => i >= RARE_FLEX)).slice(0, MPLUS_FLIPS));
  const mplusShares = raidShares.map((share, i) => (flips.has(i) ? 1 - share : share));
  return { heroTree: heroTreeOf(tree, specId, core) ?? 0, core, flex, raidShares, mplusShares };
}

const models = new WeakMap<ClassTreeDef, Map<string, SpecModel>>();
const memo = new WeakMap<HeroModel, Map<number, SampleBuild>>();

/** The spec's model for a seed: a pure function of its arguments, drawn once per process. */
export function specModel(seed: number, tree: ClassTreeDef, specId: number): SpecModel {
  let bySeed = models.get(tree);
  if (bySeed === undefined) models.set(tree, (bySeed = new Map()));
  const key = `${seed}:${specId}`;
  const known = bySeed.get(key);
  if (known !== undefined) return known;
  const rng = createRng(seed, `builds:${specId}`);
  const main = randomLegalBuild(tree, specId, rng.next);
  const other = withOtherHeroTree(tree, specId, main, rng.next);
  const heroes = [heroModel(tree, specId, main, rng), ...(other === undefined ? [] : [heroModel(tree, specId, other, rng)])];
  const model = { specId, tree, heroes };
  bySeed.set(key, model);
  return model;
}

/** One encounter's shares: the content's, each moved a little (clamped so a rare node stays rare-ish). */
export function encounterShares(rng: Rng, hero: HeroModel, mythicPlus: boolean): number[] {
  return (mythicPlus ? hero.mplusShares : hero.raidShares).map((share) =>
    Math.min(0.95, Math.max(0.005, share + (rng.next() * 2 - 1) * ENCOUNTER_SPREAD * Math.min(1, share * 4))),
  );
}

/** Which flex nodes a player swaps, as a bit mask. */
export function drawMask(rng: Rng, shares: readonly number[]): number {
  let mask = 0;
  shares.forEach((share, i) => {
    if (rng.chance(share)) mask |= 1 << i;
  });
  return mask;
}

/** The build of a hero tree with the flex nodes in `mask` swapped; one object per (hero tree, mask). */
export function flexBuild(model: SpecModel, hero: HeroModel, mask: number): SampleBuild {
  let builds = memo.get(hero);
  if (builds === undefined) memo.set(hero, (builds = new Map()));
  const known = builds.get(mask);
  if (known !== undefined) return known;
  const swapped = new Map<number, number>();
  hero.flex.forEach((f, i) => {
    if ((mask & (1 << i)) !== 0) swapped.set(f.nodeId, f.entries[1]);
  });
  const build = hero.core.map((s) => (swapped.has(s.nodeId) ? { ...s, entryId: swapped.get(s.nodeId)! } : s));
  const made = lazySampleBuild(model.tree, model.specId, build, hero.heroTree);
  builds.set(mask, made);
  return made;
}
