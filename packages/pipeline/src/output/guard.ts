/**
 * Never write worse data over good: the builds a new document holds, per content, against the previous output's.
 * Pure. The previous output is read as plain JSON (any schema version): builds are counted wherever they sit under
 * `specs` (schema 1: an object with a `talentCode`; schema 2: a slot, an object with a `top` pick; the pooled
 * `builds` list is an array and is not walked), and attributed to a content by the nearest "raid"/"mythicplus" key
 * or by the encounter they are keyed under.
 */
import { CONTENT_TYPES, type ContentType } from "@att/contract";

/** Default share of the previous output's builds (per content) a new output must reach to replace it. */
export const DEFAULT_MIN_COVERAGE = 0.8;

export interface Coverage {
  readonly kind: string | undefined;
  readonly total: number;
  readonly byContent: Readonly<Record<ContentType, number>>;
  /** Zone IDs the source names per content (schema 1: one object; schema 2: raid is a list). */
  readonly zones: Readonly<Record<ContentType, readonly number[]>>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isContent(key: string): key is ContentType {
  return (CONTENT_TYPES as readonly string[]).includes(key);
}

/** Counts the builds of a TalentData-shaped document. */
export function coverageOf(document: unknown): Coverage {
  const byContent: Record<ContentType, number> = { raid: 0, mythicplus: 0 };
  let total = 0;
  if (!isRecord(document)) return { kind: undefined, total, byContent, zones: { raid: [], mythicplus: [] } };
  const encounters = isRecord(document["encounters"]) ? document["encounters"] : {};
  const contentOfKey = (key: string): ContentType | undefined => {
    if (isContent(key)) return key;
    const info = encounters[key];
    const content = isRecord(info) ? info["content"] : undefined;
    return typeof content === "string" && isContent(content) ? content : undefined;
  };
  const walk = (value: unknown, content: ContentType | undefined, depth: number): void => {
    if (!isRecord(value) || depth > 8) return;
    if ((typeof value["talentCode"] === "string" && value["talentCode"] !== "") || isRecord(value["top"])) {
      total++;
      if (content !== undefined) byContent[content]++;
      return;
    }
    for (const [key, child] of Object.entries(value)) walk(child, contentOfKey(key) ?? content, depth + 1);
  };
  walk(document["specs"], undefined, 0);
  const source = isRecord(document["source"]) ? document["source"] : {};
  const zoneIds = (value: unknown): number[] =>
    (Array.isArray(value) ? value : [value]).flatMap((z) => (isRecord(z) && typeof z["zoneId"] === "number" ? [z["zoneId"]] : []));
  return {
    kind: typeof source["kind"] === "string" ? source["kind"] : undefined,
    total,
    byContent,
    zones: { raid: zoneIds(source["raid"]), mythicplus: zoneIds(source["mythicplus"]) },
  };
}

const LABEL: Record<ContentType, string> = { raid: "raid", mythicplus: "Mythic+" };

/**
 * Why `next` must not replace `previous`, or undefined when it may. Refused: a document without a single build;
 * sample data over Warcraft Logs data; any content below `minCoverage` of the builds it had before (same source);
 * builds without a single import string over builds with them (a run that had no talent tree data).
 * A content whose zones all changed is a new season: the previous builds are for content that is over, so fewer
 * builds for the new season (Mythic opens in its second week) are still the better data.
 */
export function worseThanPrevious(previous: unknown, next: unknown, minCoverage: number): string | undefined {
  const after = coverageOf(next);
  if (after.total === 0) return "the new data has no builds at all";
  if (previous === undefined) return undefined;
  const before = coverageOf(previous);
  if (before.total === 0) return undefined;
  if (before.kind === "warcraftlogs" && after.kind === "sample")
    return `the previous output holds Warcraft Logs data (${before.total} builds) and this run made sample data`;
  if (before.kind !== after.kind) return undefined;
  for (const content of CONTENT_TYPES) {
    const had = before.byContent[content];
    const has = after.byContent[content];
    const newSeason = before.zones[content].length > 0 && !before.zones[content].some((id) => after.zones[content].includes(id));
    if (had > 0 && has < had * minCoverage && !newSeason) {
      const share = Math.floor((has / had) * 100);
      return `${LABEL[content]} builds would drop from ${had} to ${has} (${share}%, below ${Math.round(minCoverage * 100)}%)`;
    }
  }
  // A run without tree data writes its builds without import strings: not over data whose builds have them.
  const stringsBefore = stringsOf(previous);
  if (stringsBefore > 0 && stringsOf(next) === 0)
    return `the new builds have no import strings (no talent tree data) and the previous output's ${stringsBefore} have`;
  return undefined;
}

/** Builds with an import string in a document's pooled build lists (schema 2 and later). */
function stringsOf(document: unknown): number {
  const specs = isRecord(document) && isRecord(document["specs"]) ? document["specs"] : {};
  let count = 0;
  for (const spec of Object.values(specs)) {
    const builds = isRecord(spec) && Array.isArray(spec["builds"]) ? (spec["builds"] as unknown[]) : [];
    for (const build of builds) if (isRecord(build) && typeof build["talentCode"] === "string") count++;
  }
  return count;
}
