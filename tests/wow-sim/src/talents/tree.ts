/** Look-ups over the class tree definition the character's talents are built from. */
import type { ClassTreeDef, EntryDef, NodeDef, SubTreeDef } from "./tree-types";
import { sim } from "../state";

export interface TreeIndex {
  readonly def: ClassTreeDef;
  readonly nodes: LuaTable<number, NodeDef>;
  readonly entryOwner: LuaTable<number, NodeDef>;
  readonly children: LuaTable<number, number[]>;
  readonly subTrees: LuaTable<number, SubTreeDef>;
  /** Distinct gate sizes per section, ascending (for "points spent above this gate"). */
  readonly nodeIds: number[];
}

let index: TreeIndex | undefined;

export function setTree(def: ClassTreeDef): void {
  const nodes = new LuaTable<number, NodeDef>();
  const entryOwner = new LuaTable<number, NodeDef>();
  const children = new LuaTable<number, number[]>();
  const subTrees = new LuaTable<number, SubTreeDef>();
  const nodeIds: number[] = [];
  for (const node of def.nodes) {
    nodes.set(node.nodeId, node);
    nodeIds.push(node.nodeId);
    for (const entry of node.entries) entryOwner.set(entry.entryId, node);
  }
  for (const node of def.nodes) {
    for (const parent of node.parents) {
      let list = children.get(parent);
      if (list === undefined) {
        list = [];
        children.set(parent, list);
      }
      list.push(node.nodeId);
    }
  }
  for (const subTree of def.subTrees) subTrees.set(subTree.subTreeId, subTree);
  index = { def, nodes, entryOwner, children, subTrees, nodeIds };
  sim.tree = def;
}

export function tree(): TreeIndex {
  if (index === undefined) error("WowSim: no talent tree configured", 2);
  return index;
}

export function hasTree(): boolean {
  return index !== undefined;
}

export function entryIndexOf(node: NodeDef, entryId: number): number | undefined {
  for (let i = 0; i < node.entries.length; i++) {
    if (node.entries[i]!.entryId === entryId) return i;
  }
  return undefined;
}

export function entryOf(node: NodeDef, entryId: number | undefined): EntryDef | undefined {
  if (entryId === undefined) return undefined;
  return node.entries.find((e) => e.entryId === entryId);
}

export function isChoice(node: NodeDef): boolean {
  return node.kind === "selection" || node.kind === "subTreeSelection";
}

/** The hero selection node is free; granted nodes are free; everything else costs one point per rank. */
export function costsPoints(node: NodeDef): boolean {
  return !node.granted && node.kind !== "subTreeSelection";
}

/**
 * Whether the node exists for a spec at all: spec-bound nodes (spec nodes, granted nodes, the spec's hero tree
 * picker) for their spec, hero nodes for the specs of their sub-tree, class nodes for every spec.
 */
export function visibleForSpec(node: NodeDef, specId: number): boolean {
  if (node.specId !== undefined) return node.specId === specId;
  if (node.subTreeId !== undefined) {
    const subTree = tree().subTrees.get(node.subTreeId);
    return subTree !== undefined && subTree.specIds.includes(specId);
  }
  return node.section === "class";
}

export function selectionNodes(): NodeDef[] {
  return tree().def.nodes.filter((n) => n.kind === "subTreeSelection");
}
