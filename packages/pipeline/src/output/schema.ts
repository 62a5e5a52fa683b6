import { z } from "zod";
import type { TalentData } from "@att/contract";

/** zod form of the contract's TalentData, used to read back an existing output before a partial update. */
const BuildSchema = z.object({
  talentCode: z.string(),
  count: z.number(),
  sampleSize: z.number(),
  popularity: z.number(),
});
const ZoneSourceSchema = z.object({ zoneId: z.number(), name: z.string(), difficulty: z.string(), partition: z.number() });
const ContentSchema = z.enum(["raid", "mythicplus"]);

export const TalentDataSchema = z.object({
  schemaVersion: z.number(),
  generatedAt: z.string(),
  source: z.object({
    kind: z.enum(["warcraftlogs", "sample"]),
    topN: z.number(),
    raid: ZoneSourceSchema.optional(),
    mythicplus: ZoneSourceSchema.optional(),
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
  specs: z.record(
    z.string(),
    z.object({
      specId: z.number(),
      className: z.string(),
      specName: z.string(),
      general: z.object({ raid: BuildSchema.nullable(), mythicplus: BuildSchema.nullable() }),
      encounters: z.record(z.string(), BuildSchema),
    }),
  ),
});

/** Compile-time check that the schema produces the contract type. */
export function asTalentData(value: z.infer<typeof TalentDataSchema>): TalentData {
  return value;
}
