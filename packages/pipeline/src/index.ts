/** Programmatic entry points of the pipeline (tests, bench, other tools). */
export { runPipeline, DEFAULT_BATCH, DEFAULT_CONCURRENCY, type PipelineConfig, type PipelineDeps } from "./run/pipeline";
export type { RunSummary } from "./run/summary";
export { silentReporter, LineReporter, type Reporter } from "./run/progress";
export { Redactor } from "./util/redact";
export { realClock } from "./http/deps";
export { DEFAULT_RETRY } from "./http/retry";
export { renderOutputs, LUA_FILE, JSON_FILE } from "./output/write";
export { luaString, luaValue, talentDataLua } from "./output/lua";
