import { z } from "zod";
import { SPECS } from "@att/contract";

/**
 * zod form of Raidbots' talents.json (https://www.raidbots.com/static/data/live/talents.json): one object per spec
 * with its class / spec / hero / sub-tree nodes and `fullNodeOrder`, the class tree's node order that loadout strings
 * follow. Only the fields the pipeline and the report use are kept (unknown ones are stripped). Checked against the
 * pinned copies in ../shared/treedata (12.0.0, 12.0.1, 12.0.5); fields marked optional are absent on some nodes there.
 */
const EntrySchema = z.object({
  id: z.number().int().positive(),
  name: z.string().optional(),
  spellId: z.number().int().optional(),
  maxRanks: z.number().int().min(1).optional(),
  type: z.string().optional(),
  /** Sub-tree selection entries: the hero tree this entry activates. */
  traitSubTreeId: z.number().int().optional(),
});

const NodeSchema = z.object({
  id: z.number().int().positive(),
  name: z.string().optional(),
  type: z.enum(["single", "choice", "tiered", "subtree"]),
  posX: z.number(),
  posY: z.number(),
  maxRanks: z.number().int().min(1).optional(),
  entryNode: z.boolean().optional(),
  freeNode: z.boolean().optional(),
  subTreeId: z.number().int().optional(),
  reqPoints: z.number().int().optional(),
  next: z.array(z.number().int()).default([]),
  // A few real nodes carry an empty entry object beside their one real entry (12.0.1 Mistweaver 101093): dropped.
  entries: z
    .array(EntrySchema.partial({ id: true }))
    .transform((entries) => entries.filter((e): e is z.infer<typeof EntrySchema> => e.id !== undefined)),
});
export type RaidbotsNode = z.infer<typeof NodeSchema>;

/** Nodes with no real entry (the Evoker specs' placeholder node 93196 in every pinned copy) cannot be chosen: dropped. */
const NodeListSchema = z.array(NodeSchema).transform((nodes) => nodes.filter((n) => n.entries.length > 0));

const SpecTreeSchema = z.object({
  traitTreeId: z.number().int(),
  className: z.string(),
  classId: z.number().int(),
  specName: z.string(),
  specId: z.number().int(),
  classNodes: NodeListSchema,
  specNodes: NodeListSchema,
  heroNodes: NodeListSchema,
  subTreeNodes: NodeListSchema,
  fullNodeOrder: z.array(z.number().int().positive()).min(1),
});
export type RaidbotsSpecTree = z.infer<typeof SpecTreeSchema>;

/** Every node list of a spec, with the section its points count in (sub-tree selection nodes cost nothing). */
export function nodeLists(spec: RaidbotsSpecTree): readonly (readonly [RaidbotsNode[], "class" | "spec" | "hero" | "subtree"])[] {
  return [
    [spec.classNodes, "class"],
    [spec.specNodes, "spec"],
    [spec.heroNodes, "hero"],
    [spec.subTreeNodes, "subtree"],
  ];
}

export const TalentsFileSchema = z.array(SpecTreeSchema).superRefine((specs, ctx) => {
  const present = new Set(specs.map((s) => s.specId));
  const missing = SPECS.filter((s) => !present.has(s.specId)).map((s) => s.specId);
  if (missing.length > 0) ctx.addIssue({ code: "custom", message: `the tree data has no tree for spec ${missing.join(", ")}` });
  for (const spec of specs) {
    const seen = new Set<number>();
    for (const [nodes] of nodeLists(spec)) {
      for (const node of nodes) {
        for (const entry of node.entries) {
          // Nodes shared by several lists are not expected; an entry listed twice in one spec would be ambiguous.
          if (seen.has(entry.id) && node.type !== "subtree")
            ctx.addIssue({ code: "custom", message: `spec ${spec.specId}: entry ${entry.id} is listed twice` });
          seen.add(entry.id);
        }
      }
    }
  }
});
export type TalentsFile = z.infer<typeof TalentsFileSchema>;

/** metadata.json beside talents.json: which game build the trees are of, and a hash that changes with the file. */
export const TreeMetadataSchema = z.object({
  wowBuild: z.string().min(1).optional(),
  contentHash: z.string().min(1).optional(),
});
export type TreeMetadata = z.infer<typeof TreeMetadataSchema>;
