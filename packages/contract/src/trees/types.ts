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
 * - Granted nodes are free, always active for their spec and not purchasable.
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
  /** Spec nodes (and granted nodes): the spec they belong to. Class nodes: undefined (every spec of the class). */
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
