/**
 * A model of a class talent tree, as data. The simulated game client (tests) builds its C_Traits state from it,
 * and the pipeline's sample source draws legal builds from it, so both agree on what a legal build is.
 * Pure and TSTL-safe; the addon never imports it (it reads the live tree from the client instead).
 *
 * Rules modelled on the retail client:
 * - One node list per class (the class tree): class nodes, the nodes of every spec of the class, the hero
 *   sub-tree selection node and the hero nodes. The loadout string's records follow `nodes` in ascending nodeId.
 * - A node is reachable when it has no incoming edge or when any one of its `parents` has all its ranks.
 * - A gate: a node with `requiredSpent` needs that many points already spent in its section (class or spec).
 * - Section caps: at most `pointCaps[section]` points purchased per section.
 * - Granted nodes are free, always active for their spec and not purchasable. A granted hero node (the hero
 *   keystone: `subTreeId` set, no `specId`) is active exactly while its hero tree is chosen.
 * - Hero nodes belong to a sub-tree; only the sub-tree chosen on the selection node may be bought.
 */
export type NodeKind = "single" | "tiered" | "selection" | "subTreeSelection";
export type TreeSection = "class" | "spec" | "hero";

export interface EntryDef {
  readonly entryId: number;
  readonly maxRanks: number;
  /** Only on sub-tree selection entries: the hero sub-tree this entry activates. */
  readonly subTreeId?: number;
}

export interface NodeDef {
  readonly nodeId: number;
  readonly kind: NodeKind;
  readonly section: TreeSection;
  /**
   * Spec nodes (and granted spec nodes): the spec they belong to; sub-tree selection nodes: the spec choosing.
   * Class and hero nodes: undefined (every spec of the class, every spec that may take the hero tree).
   */
  readonly specId?: number;
  /** Hero nodes: the sub-tree they belong to. */
  readonly subTreeId?: number;
  /** Nodes connected above; reachable when any one of them is fully purchased. Empty: an entry point. */
  readonly parents: readonly number[];
  /** Points that must be spent in this node's section before it can be bought. */
  readonly requiredSpent: number;
  readonly granted: boolean;
  /** Selection nodes: one entry per option; other nodes: one entry. */
  readonly entries: readonly EntryDef[];
  readonly posX: number;
  readonly posY: number;
}

export interface SubTreeDef {
  readonly subTreeId: number;
  readonly name: string;
  /** Specs that may choose this hero tree. */
  readonly specIds: readonly number[];
}

export interface ClassTreeDef {
  readonly classId: number;
  /** The C_Traits tree ID of the class tree. */
  readonly treeId: number;
  /** Every node of the class tree, in ascending nodeId (the loadout string's record order). */
  readonly nodes: readonly NodeDef[];
  readonly subTrees: readonly SubTreeDef[];
  readonly pointCaps: { readonly class: number; readonly spec: number; readonly hero: number };
  /** 16 bytes the client reports from C_Traits.GetTreeHash. */
  readonly treeHash: readonly number[];
}

/** What one node holds in a build: ranks bought (0 for granted) and, for choice nodes, the entry chosen. */
export interface NodeState {
  readonly nodeId: number;
  readonly ranks: number;
  /** Selection / sub-tree selection nodes: the chosen entry ID. */
  readonly entryId?: number;
  readonly granted: boolean;
}

/**
 * A build (or a state on the way to one): one NodeState per active node, in ascending nodeId; nodes without
 * points are absent. Granted nodes of the spec appear with ranks 0 and `granted` true. The spec's chosen
 * sub-tree selection node appears with ranks 1 and its `entryId`; choosing a hero tree costs no points.
 * `entryId` is set on selection and sub-tree selection nodes only.
 */
export type TalentBuild = readonly NodeState[];

/** Why a build, a purchase or a loadout does not fit the tree. */
export type BuildProblemKind =
  /** The node ID is not in the tree, or a loadout record lies beyond the tree's last node. */
  | "unknown-node"
  | "duplicate-node"
  /** The spec is not one of the tree's class. */
  | "wrong-class"
  /** The node belongs to another spec (spec node, another spec's hero selection, a hero tree the spec cannot take). */
  | "wrong-spec"
  /** Ranks outside 1..maxRanks on a bought node, or not 0 on a granted one. */
  | "bad-ranks"
  /** Entry ID missing or unknown on a choice node, or set on a node that is not a choice. */
  | "bad-entry"
  /** Loadout: choice index missing, on a node without choices, or beyond the node's entries. */
  | "bad-choice"
  /** The granted flag disagrees with the tree (a granted node bought, or a bought node marked granted). */
  | "granted-mismatch"
  /** A granted node of the spec is missing. */
  | "granted-missing"
  /** A hero node while no hero tree, or another hero tree, is chosen. */
  | "hero-subtree"
  /** No parent of the node has all its ranks. */
  | "no-parent"
  /** Not enough points spent in the node's section. */
  | "gate"
  /** More points bought in a section than its cap. */
  | "over-cap"
  /** Checked as a full build, but a section has points left or no hero tree is chosen. */
  | "unspent"
  /** canPurchase: the node already has all its ranks or its choice made. */
  | "maxed";

export interface BuildProblem {
  readonly kind: BuildProblemKind;
  readonly message: string;
  /** The node the problem is about, when there is one. */
  readonly nodeId?: number;
}

/** Same shape as the codec's Result so callers handle both alike; `error` says what is wrong and where. */
export type TreeResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: BuildProblem };

/** Points bought per section. The sub-tree selection node and granted nodes cost nothing. */
export interface SectionPoints {
  readonly class: number;
  readonly spec: number;
  readonly hero: number;
}

/** A random source in [0, 1). Passed in, never global, so the same seed gives the same build in Node and Lua. */
export type Rng = () => number;
