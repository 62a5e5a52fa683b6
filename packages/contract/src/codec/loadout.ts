/** The decoded form of a loadout string. Records are positional: record i describes the tree's i-th node. */

/** Header size in bits: version (8) + spec ID (16) + tree hash (16 x 8). */
export const HEADER_BITS = 152;
export const TREE_HASH_BYTES = 16;
export const SUPPORTED_VERSIONS: readonly number[] = [1, 2];
/** The version written by The War Within and Midnight clients. */
export const CURRENT_VERSION = 2;
/**
 * Longest string accepted. Real strings are 84-115 characters; even a 300-node tree with every record at its
 * widest (12 bits) needs (152 + 3600) / 6 = 626. Anything longer is not a loadout string.
 */
export const MAX_CODE_LENGTH = 640;

/** One selected node record. Unselected nodes are not stored; `index` says where the record sits. */
export interface NodeRecord {
  /** 0-based position in the tree's node list. */
  readonly index: number;
  /** False for a granted (free) node: selected but not bought. Version 1 strings have only purchased nodes. */
  readonly purchased: boolean;
  /** Purchased ranks when fewer than the node's maximum; undefined means all ranks. */
  readonly ranks?: number;
  /** 0-based entry index for choice and hero sub-tree selection nodes; undefined for other nodes. */
  readonly choice?: number;
}

export interface Loadout {
  readonly version: number;
  readonly specId: number;
  /** 16 bytes; all zero when the exporter did not bind the string to a tree version. */
  readonly treeHash: readonly number[];
  /** Number of node records in the string (selected or not), i.e. where encoding stops. */
  readonly recordCount: number;
  /** Selected records in ascending index order. */
  readonly nodes: readonly NodeRecord[];
}

export function isZeroHash(hash: readonly number[]): boolean {
  for (const byte of hash) {
    if (byte !== 0) return false;
  }
  return true;
}

export function zeroHash(): number[] {
  const hash: number[] = [];
  for (let i = 0; i < TREE_HASH_BYTES; i++) hash.push(0);
  return hash;
}
