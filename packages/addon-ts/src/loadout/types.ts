/**
 * Plain data the pure part of the LoadoutManager works on. The edge (client.ts) fills these from C_Traits; tests
 * build them by hand. No WoW globals here, so match/plan/stage run unchanged in Node and in the client.
 */
import type { LoadoutReason } from "./messages";

/** Enum.TraitNodeType values, repeated here because the Enum global exists only in the client. */
export const NODE_SINGLE = 0;
export const NODE_TIERED = 1;
export const NODE_SELECTION = 2;
export const NODE_SUB_TREE_SELECTION = 3;

/** One node of the class tree as the client reports it, reduced to what comparing and applying needs. */
export interface LiveNode {
  readonly nodeId: number;
  /** Enum.TraitNodeType. */
  readonly type: number;
  /** A tiered node's: all its tiers' ranks together (totalMaxRanks). */
  readonly maxRanks: number;
  readonly entryIds: readonly number[];
  /**
   * Sub-tree selection nodes: the hero sub-tree of each entry, parallel to entryIds (0: none). Nothing reads it on
   * other nodes, and the client read leaves it empty there.
   */
  readonly entrySubTreeIds: readonly number[];
  /**
   * Choice nodes: each entry's maximum ranks, parallel to entryIds (a choice node's maxRanks is its current entry's).
   * Empty on other nodes (a tier track's tiers need none: its target is their sum, bounded by maxRanks, the total).
   */
  readonly entryMaxRanks: readonly number[];
  /** Ranks the node has in the view read (committed or staged), free ranks included. */
  readonly rank: number;
  /** Free ranks the game grants; they need no purchase and cannot be removed. */
  readonly grantedRanks: number;
  /** Choice nodes: the entry chosen in the view read. */
  readonly entryId?: number;
  /** False for the nodes of the class's other specializations. */
  readonly visible: boolean;
  /** The client's isAvailable (false: cannot be chosen or bought now, e.g. hero talents below their level); absent: true. */
  readonly available?: boolean;
  /** Hero nodes: their sub-tree. */
  readonly subTreeId?: number;
  readonly posX: number;
  readonly posY: number;
  /** Nodes this one leads to (visibleEdges' targets): they need it before they can be bought. */
  readonly children: readonly number[];
}

export interface LiveTree {
  readonly configId: number;
  /** The class tree (GetConfigInfo(configId).treeIDs[1]) that holds class, spec and hero nodes. */
  readonly treeId: number;
  /** Ascending nodeId: the loadout string's record order. */
  readonly nodes: readonly LiveNode[];
}

/** What the build wants on one node, placed on the live tree. */
export interface TargetNode {
  readonly nodeId: number;
  readonly type: number;
  /** Granted in the string: the node only has to be active, nothing is bought. */
  readonly granted: boolean;
  /** Total ranks wanted (free ranks included); the node's (or chosen entry's) maximum for a fully ranked node. */
  readonly ranks: number;
  readonly full: boolean;
  /** Choice and sub-tree selection nodes: the entry to select. */
  readonly entryId?: number;
}

export interface TargetBuild {
  readonly specId: number;
  /** The hero sub-tree the string selects; undefined when it selects none (hero talents then are not compared). */
  readonly heroSubTreeId?: number;
  /** Ascending nodeId for a string; entry order for a build by entries (every consumer looks nodes up by ID). */
  readonly nodes: readonly TargetNode[];
}

/** A refusal or failure: a reason key and its details, turned into text by loadoutMessage. */
export interface Problem {
  readonly reason: LoadoutReason;
  readonly detail1?: string | number;
  readonly detail2?: string | number;
}

/** What hasMatchingBuild and apply report; `message` comes from the locale table. */
export interface LoadoutResult {
  readonly ok: boolean;
  readonly reason: LoadoutReason;
  readonly message: string;
}
