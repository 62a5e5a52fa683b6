/** The synthetic Warcraft Logs API: data set, GraphQL responder, in-process fetch (`--source sample`). */
export * from "./dataset";
export * from "./responder";
export * from "./fetch";
export { createAuth, UNAUTHORIZED, type Auth, type AuthOptions, type ClientCredentials, type TokenRequest } from "./auth";
export {
  COST_MODEL,
  COST_MODEL_TEXT,
  createRateLimiter,
  type RateLimiter,
  type RateLimitSnapshot,
  type RateLimiterOptions,
} from "./ratelimit";
export { RANKINGS_PAGE_SIZE, rankingsPage, type RankingsArgs, type RankingsPayload } from "./rankings-page";
export { loadWclSchema } from "./schema";
export { DEFAULT_QUIRKS, type SampleQuirkRates } from "./rows";
export { SAMPLE_SERVERS, type SampleActor, type SampleFight, type SampleReport, type SampleRow, type SampleServer } from "./rankings";
export { buildKey, type RowTalent, type SampleBuild, type SampleTree, type TalentPick } from "./talents";
export * from "./world";
export {
  exportSpecTrees,
  sampleTalentName,
  sampleTreeFiles,
  type SampleTalentsNode,
  type SampleTalentsSpec,
  type SampleTreeFiles,
} from "./talents-json";
