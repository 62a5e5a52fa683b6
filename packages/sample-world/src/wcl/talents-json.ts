/**
 * The sample world's talent trees in Raidbots' talents.json form (one object per spec: class / spec / hero / sub-tree
 * nodes and `fullNodeOrder`), plus the metadata.json beside it, so the pipeline's tree source reads the sample source
 * and the fake server exactly as it reads the live Raidbots files. Names are synthetic ("Sample Talent <entry>",
 * the names the sample's ranking rows carry). Node kinds map as Raidbots writes them: a multi-rank talent is "single"
 * with maxRanks > 1, a node with several tier entries is "tiered" (an apex node), selection nodes are "choice",
 * the hero selection node is "subtree". Pure (Node only: the exporter is not part of the TSTL tree model).
 */
import { createHash } from "node:crypto";
import { SPECS, specById } from "@att/contract";
import type { ClassTreeDef, NodeDef } from "../trees/index";
import { SAMPLE_DATA_REVISION } from "./dataset";
import { classTree } from "./talents";

export interface SampleTalentsNode {
  readonly id: number;
  readonly name: string;
  readonly type: "single" | "choice" | "tiered" | "subtree";
  readonly posX: number;
  readonly posY: number;
  readonly maxRanks?: number;
  readonly entryNode: boolean;
  readonly freeNode?: boolean;
  readonly subTreeId?: number;
  readonly reqPoints?: number;
  readonly next: readonly number[];
  readonly prev: readonly number[];
  readonly entries: readonly {
    readonly id: number;
    readonly name: string;
    readonly maxRanks?: number;
    readonly type: string;
    readonly index: number;
    readonly traitSubTreeId?: number;
  }[];
}

export interface SampleTalentsSpec {
  readonly traitTreeId: number;
  readonly className: string;
  readonly classId: number;
  readonly specName: string;
  readonly specId: number;
  readonly classNodes: readonly SampleTalentsNode[];
  readonly specNodes: readonly SampleTalentsNode[];
  readonly heroNodes: readonly SampleTalentsNode[];
  readonly subTreeNodes: readonly SampleTalentsNode[];
  readonly fullNodeOrder: readonly number[];
}

/** The talent name the sample's ranking rows give an entry (rows.ts / talents.ts use the same). */
export function sampleTalentName(entryId: number): string {
  return `Sample Talent ${entryId}`;
}

function typeOf(node: NodeDef): SampleTalentsNode["type"] {
  switch (node.kind) {
    case "selection":
      return "choice";
    case "subTreeSelection":
      return "subtree";
    case "tiered":
      return node.entries.length > 1 ? "tiered" : "single";
    default:
      return "single";
  }
}

function exportNode(tree: ClassTreeDef, node: NodeDef, next: readonly number[]): SampleTalentsNode {
  const type = typeOf(node);
  const names = new Map(tree.subTrees.map((s) => [s.subTreeId, s.name]));
  const entries = node.entries.map((e, i) => ({
    id: e.entryId,
    name: e.subTreeId !== undefined ? (names.get(e.subTreeId) ?? sampleTalentName(e.entryId)) : sampleTalentName(e.entryId),
    ...(type === "subtree" ? {} : { maxRanks: e.maxRanks }),
    type: type === "subtree" ? "subtree" : type === "tiered" ? "tierrank" : "passive",
    index: (i + 1) * 100,
    ...(e.subTreeId !== undefined ? { traitSubTreeId: e.subTreeId } : {}),
  }));
  const maxRanks = type === "tiered" ? node.entries.reduce((n, e) => n + e.maxRanks, 0) : node.entries[0]!.maxRanks;
  return {
    id: node.nodeId,
    name: entries.map((e) => e.name).join(" / "),
    type,
    posX: node.posX,
    posY: node.posY,
    ...(type === "subtree" ? {} : { maxRanks }),
    entryNode: node.parents.length === 0,
    ...(node.granted ? { freeNode: true } : {}),
    ...(node.subTreeId !== undefined ? { subTreeId: node.subTreeId } : {}),
    ...(node.requiredSpent > 0 ? { reqPoints: node.requiredSpent } : {}),
    next,
    prev: node.parents,
    entries,
  };
}

/** One spec's trees: the class nodes, its own spec nodes, the hero trees it may take and its hero selection node. */
export function exportSpecTrees(tree: ClassTreeDef, specId: number): SampleTalentsSpec {
  const spec = specById(specId);
  if (spec === undefined || spec.classId !== tree.classId) throw new Error(`spec ${specId} is not of class ${tree.classId}`);
  const heroTrees = new Set(tree.subTrees.filter((s) => s.specIds.includes(specId)).map((s) => s.subTreeId));
  const next = new Map<number, number[]>();
  for (const node of tree.nodes) for (const parent of node.parents) next.set(parent, [...(next.get(parent) ?? []), node.nodeId]);
  const classNodes: SampleTalentsNode[] = [];
  const specNodes: SampleTalentsNode[] = [];
  const heroNodes: SampleTalentsNode[] = [];
  const subTreeNodes: SampleTalentsNode[] = [];
  for (const node of tree.nodes) {
    if (node.specId !== undefined && node.specId !== specId) continue;
    if (node.kind !== "subTreeSelection" && node.section === "hero" && !heroTrees.has(node.subTreeId ?? -1)) continue;
    const out = exportNode(tree, node, next.get(node.nodeId) ?? []);
    if (node.kind === "subTreeSelection") subTreeNodes.push(out);
    else if (node.section === "class") classNodes.push(out);
    else if (node.section === "spec") specNodes.push(out);
    else heroNodes.push(out);
  }
  return {
    traitTreeId: tree.treeId,
    className: spec.className,
    classId: spec.classId,
    specName: spec.specName,
    specId,
    classNodes,
    specNodes,
    heroNodes,
    subTreeNodes,
    fullNodeOrder: tree.nodes.map((n) => n.nodeId),
  };
}

export interface SampleTreeFiles {
  /** metadata.json: the game build the sample trees stand for (their point caps are 12.0.1's) and the file's hash. */
  readonly metadata: string;
  readonly talents: string;
}

let files: SampleTreeFiles | undefined;

/**
 * Both files for every spec of the contract's table, from the tree model's class trees (the default tree seed the
 * data set and the simulated client use). Built once per process: the trees are pure functions of the class.
 */
export function sampleTreeFiles(): SampleTreeFiles {
  if (files !== undefined) return files;
  const specs = SPECS.map((spec) => exportSpecTrees(classTree(spec.classId), spec.specId));
  const talents = JSON.stringify(specs);
  const contentHash = createHash("sha256").update(talents).digest("hex");
  const metadata = JSON.stringify({ wowBuild: `12.0.1-sample-r${SAMPLE_DATA_REVISION}`, contentHash });
  files = { metadata, talents };
  return files;
}
