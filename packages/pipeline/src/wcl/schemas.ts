import { z } from "zod";

/**
 * zod schemas for every answer the pipeline reads from Warcraft Logs. Nothing from the network is used
 * through a type assertion: an answer that does not fit is a malformed answer and is retried or reported.
 * Unknown fields are stripped, so the cache holds only what the pipeline uses.
 */
export const TokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().positive().optional(),
});

export const RateLimitSchema = z.object({
  limitPerHour: z.number(),
  pointsSpentThisHour: z.number(),
  pointsResetIn: z.number(),
});
export type RateLimitData = z.infer<typeof RateLimitSchema>;

export const GraphQLErrorSchema = z.object({
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
});
export type GraphQLErrorItem = z.infer<typeof GraphQLErrorSchema>;

export const EnvelopeSchema = z.object({
  data: z.record(z.string(), z.unknown()).nullable().optional(),
  errors: z.array(GraphQLErrorSchema).optional(),
});

/** Lists in the WCL schema are nullable with nullable items; drop the nulls. */
function list<T extends z.ZodType>(item: T) {
  return z
    .array(item.nullable())
    .nullable()
    .optional()
    .transform((items) => (items ?? []).filter((x): x is NonNullable<typeof x> => x !== null && x !== undefined));
}

export const EncounterSchema = z.object({ id: z.number().int(), name: z.string(), journalID: z.number().int() });
export const DifficultySchema = z.object({ id: z.number().int(), name: z.string() });
export const PartitionSchema = z.object({ id: z.number().int(), name: z.string(), default: z.boolean() });
export const ZoneSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  frozen: z.boolean(),
  encounters: list(EncounterSchema),
  difficulties: list(DifficultySchema),
  partitions: list(PartitionSchema),
});
export type Zone = z.infer<typeof ZoneSchema>;
export const ExpansionSchema = z.object({ id: z.number().int(), name: z.string(), zones: list(ZoneSchema) });
export type Expansion = z.infer<typeof ExpansionSchema>;

export const ExpansionsAnswerSchema = z.object({ worldData: z.object({ expansions: list(ExpansionSchema) }) });
export const ZoneAnswerSchema = z.object({ worldData: z.object({ zone: ZoneSchema.nullable() }) });

export const TalentSchema = z.object({ talentID: z.number().int(), points: z.number().int() });

/** One ranking row; fields beyond these are dropped. */
export const RankingRowSchema = z.object({
  name: z.string(),
  spec: z.string().optional(),
  startTime: z.number().optional(),
  report: z.object({ code: z.string().min(1), fightID: z.number().int(), startTime: z.number().optional() }),
  server: z.object({ name: z.string(), region: z.string().optional() }).nullable().optional(),
  /** Hidden players (real rows): `true`, with the name "Anonymous", no server and a report code "a:...". */
  hidden: z.boolean().optional(),
  /** Read with TalentListSchema: a list that does not fit makes the row one without a talent list, not an invalid row. */
  talents: z.unknown().optional(),
});
/** Combatant info's talent list (unverified shape): rows whose list does not fit fall back to their import string. */
export const TalentListSchema = z.array(TalentSchema);
export type RankingRow = z.infer<typeof RankingRowSchema>;

/** The characterRankings JSON scalar: a page of rows, or `{ "error": ... }` with HTTP 200. */
export const RankingsPageSchema = z.object({
  page: z.number().optional(),
  /** Absent in some answers: then a full page may have a next one (see extractRankings). */
  hasMorePages: z.boolean().optional(),
  rankings: z.array(z.unknown()),
});
export const RankingsErrorSchema = z.object({ error: z.unknown() });

/**
 * What the cache keeps per (spec, encounter, page): valid rows and how many rows were unusable. A row's talent
 * list is stored as its build identity key ("talentID:points,..." sorted, see core/identity.ts): a page is then
 * ~5x smaller than as JSON objects, and a warm rerun of 680 pages neither parses nor sorts talent lists.
 */
export const CachedRowSchema = RankingRowSchema.omit({ talents: true }).extend({
  build: z.string().nullable(),
  /** Set (true) on a row whose talent list named a talentID twice: kept once (core/talent-list.ts), counted in the summary. */
  repeatedId: z.literal(true).optional(),
});
export type CachedRow = z.infer<typeof CachedRowSchema>;
export const CachedPageSchema = z.object({
  hasMorePages: z.boolean(),
  rows: z.array(CachedRowSchema),
  invalidRows: z.number().int(),
  /** Talent names by talentID as the page's talent lists gave them (for the JSON's talentNames); older pages lack it. */
  talentNames: z.record(z.string(), z.string()).optional(),
  /**
   * The API's `{"error": ...}` for this ranking (HTTP 200, e.g. "Invalid difficulty setting or size specified."):
   * the page is then an empty last page. Cached like any answer: the same question gets the same refusal.
   */
  error: z.string().optional(),
});
export type CachedPage = z.infer<typeof CachedPageSchema>;

export const ActorSchema = z.object({
  id: z.number().int().nullable().optional(),
  name: z.string().nullable().optional(),
  server: z.string().nullable().optional(),
});
export const ReportActorsSchema = z.object({
  masterData: z
    .object({ actors: list(ActorSchema) })
    .nullable()
    .optional(),
});
/** Cached per report: its players. */
export const CachedActorsSchema = z.object({
  actors: z.array(z.object({ id: z.number().int(), name: z.string(), server: z.string() })),
});
export type CachedActors = z.infer<typeof CachedActorsSchema>;

/** Cached per (report, fight, actor): the import string or null when the API had none. */
export const CachedCodeSchema = z.object({ code: z.string().nullable() });
