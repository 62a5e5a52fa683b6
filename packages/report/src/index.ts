/** Programmatic entry points of the report package (tests, the build, other tools). */
export { diffTalentData, coverageOf, type DataDiff, type SlotChange, type PickSummary, type Coverage } from "./diff/compute";
export { diffMarkdown } from "./diff/markdown";
export { loadTalentData, parseTalentData, type Loaded } from "./load";
export { renderReport } from "./html/render";
