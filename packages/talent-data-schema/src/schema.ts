import { z } from "zod";
import { parseTreeNode, type TalentData } from "@att/contract/trees";

/**
 * zod form of the contract's TalentData (the JSON file): the one runtime check of that shape, used by the pipeline
 * (reading back an existing output before a partial update), the report tools and the addon build. The contract
 * (TSTL-safe, no dependencies, compiled to Lua) cannot import zod, so the shape is written twice; the exact type
 * equality at the bottom (sameShape) fails the typecheck on any drift, optional fields included.
 */
const Count = z.number().int().nonnegative();
const EntrySchema = z.object({ entryId: z.number().int().positive(), rank: z.number().int().positive() });
const BuildDefSchema = z.object({
  entries: z.array(EntrySchema),
  talentCode: z.string().min(1).optional(),
  heroTree: z.string().optional(),
});
const SpecTreeSchema = z.object({
  nodes: z.array(z.string().refine((line) => parseTreeNode(line) !== undefined, { message: "not a tree node line (id|x|y|kind|…)" })),
  heroTrees: z.record(z.string(), z.string()),
});
const FlexSchema = z.object({ entryId: z.number().int().positive(), taken: Count });
const PickSchema = z
  .object({ build: Count, count: Count, near: Count, sampleSize: Count, players: Count, flex: z.array(FlexSchema).optional() })
  .superRefine((pick, ctx) => {
    if (pick.count > pick.near || pick.near > pick.sampleSize)
      ctx.addIssue({ code: "custom", path: ["near"], message: "counts must be count <= near <= sampleSize" });
    if (pick.players > pick.sampleSize) ctx.addIssue({ code: "custom", path: ["players"], message: "more players than sample entries" });
  });
const SlotSchema = z.object({ top: PickSchema, alternative: PickSchema.optional() });
const ContentBuildsSchema = z.object({ general: SlotSchema.nullable(), encounters: z.record(z.string(), SlotSchema) });
const ZoneSourceSchema = z.object({
  zoneId: z.number(),
  name: z.string(),
  difficulty: z.string(),
  partition: z.number(),
  partitionName: z.string().optional(),
  topN: z.number(),
});
const ContentSchema = z.enum(["raid", "mythicplus"]);

const SpecBuildsSchema = z
  .object({
    specId: z.number(),
    className: z.string(),
    specName: z.string(),
    builds: z.array(BuildDefSchema),
    raid: z.object({ heroic: ContentBuildsSchema.optional(), mythic: ContentBuildsSchema.optional() }),
    mythicplus: ContentBuildsSchema.nullable(),
  })
  .superRefine((spec, ctx) => {
    // The path names the pick itself, so a bad file's one line says which slot is wrong.
    for (const { path, pick } of picksOf(spec)) {
      if (pick.build >= spec.builds.length)
        ctx.addIssue({ code: "custom", path: [...path, "build"], message: `points past the spec's ${spec.builds.length} builds` });
    }
  });

/** http(s)://host[:port] and nothing more (no user:password@, path, query or fragment). */
const ORIGIN = /^https?:\/\/[A-Za-z0-9.[\]:-]+$/;
const isOrigin = (text: string): boolean => ORIGIN.test(text);

export const TalentDataSchema = z.object({
  schemaVersion: z.number(),
  // Any form Date.parse reads: the report and the diff print it as a date.
  generatedAt: z.string().refine((text) => !Number.isNaN(Date.parse(text)), { message: "not a date" }),
  source: z.object({
    kind: z.enum(["warcraftlogs", "sample", "test-server"]),
    // An origin and nothing more: a path, a query or user:password in it would be a leak, not a label.
    apiOrigin: z.string().refine(isOrigin, { message: "not a URL origin (scheme://host[:port])" }).optional(),
    raid: z.array(ZoneSourceSchema),
    mythicplus: ZoneSourceSchema.optional(),
    treeBuild: z.string().optional(),
  }),
  encounters: z.record(
    z.string(),
    z.object({
      id: z.number(),
      name: z.string(),
      content: ContentSchema,
      zoneId: z.number(),
      order: z.number(),
      instanceId: z.number().optional(),
      journalEncounterId: z.number().optional(),
    }),
  ),
  specs: z.record(z.string(), SpecBuildsSchema),
  talentNames: z.record(z.string(), z.string()).optional(),
  trees: z.record(z.string(), SpecTreeSchema).optional(),
});

type Parsed = z.infer<typeof TalentDataSchema>;
type ParsedPick = z.infer<typeof PickSchema>;

type ParsedContent = z.infer<typeof ContentBuildsSchema>;
type ParsedSlot = z.infer<typeof SlotSchema>;

/** Every pick of a spec with its path inside the spec ("raid", "mythic", "encounters", "3001", "top"). */
function picksOf(spec: { raid: { heroic?: ParsedContent; mythic?: ParsedContent }; mythicplus: ParsedContent | null }): {
  path: (string | number)[];
  pick: ParsedPick;
}[] {
  const out: { path: (string | number)[]; pick: ParsedPick }[] = [];
  const contents: [string[], ParsedContent | null | undefined][] = [
    [["raid", "heroic"], spec.raid.heroic],
    [["raid", "mythic"], spec.raid.mythic],
    [["mythicplus"], spec.mythicplus],
  ];
  for (const [at, content] of contents) {
    if (content === undefined || content === null) continue;
    const slots: [string[], ParsedSlot | null][] = [
      [["general"], content.general],
      ...Object.entries(content.encounters).map(([id, slot]): [string[], ParsedSlot] => [["encounters", id], slot]),
    ];
    for (const [where, slot] of slots) {
      if (slot === null) continue;
      out.push({ path: [...at, ...where, "top"], pick: slot.top });
      if (slot.alternative !== undefined) out.push({ path: [...at, ...where, "alternative"], pick: slot.alternative });
    }
  }
  return out;
}

/**
 * Exact compile-time equality (optional fields included): the typecheck fails when a field is on one side only,
 * optional on one side only, or typed differently. Readonly is normalised away (zod infers mutable types).
 */
type Equals<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;
const sameShape: Equals<DeepReadonly<Parsed>, DeepReadonly<TalentData>> = true;
void sameShape;

/** Compile-time check that the schema produces the contract type... */
export function asTalentData(value: Parsed): TalentData {
  return value;
}
/** ...and that every contract document fits the schema's type, so neither side has a field the other lacks. */
export function asParsed(value: TalentData): DeepReadonly<Parsed> {
  return value;
}

type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
