/**
 * Reading a talent-data.json for the diff and the report. The pipeline validates what it writes; this checks the
 * shape these tools rely on, so a wrong file (another JSON, an old schema, a truncated download) gets one clear line
 * instead of a stack trace deep inside the renderer.
 */
import { readFileSync } from "node:fs";
import { SCHEMA_VERSION, type TalentData } from "@att/contract";

export type Loaded = { readonly ok: true; readonly data: TalentData } | { readonly ok: false; readonly message: string };

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** The first thing wrong with `value` as TalentData, or undefined when the tools can read it. */
export function talentDataProblem(value: unknown): string | undefined {
  if (!isObject(value)) return "not a JSON object";
  if (value["schemaVersion"] !== SCHEMA_VERSION)
    return `schemaVersion ${JSON.stringify(value["schemaVersion"])} (these tools read ${SCHEMA_VERSION})`;
  if (typeof value["generatedAt"] !== "string" || Number.isNaN(Date.parse(value["generatedAt"]))) return "generatedAt is not a date";
  const source = value["source"];
  if (!isObject(source) || (source["kind"] !== "warcraftlogs" && source["kind"] !== "sample"))
    return "source.kind is neither warcraftlogs nor sample";
  if (!Array.isArray(source["raid"])) return "source.raid is not a list";
  if (!isObject(value["encounters"])) return "encounters is not an object";
  for (const [id, e] of Object.entries(value["encounters"])) {
    if (!isObject(e) || typeof e["name"] !== "string" || (e["content"] !== "raid" && e["content"] !== "mythicplus"))
      return `encounters.${id} is not an encounter`;
  }
  if (!isObject(value["specs"])) return "specs is not an object";
  for (const [id, s] of Object.entries(value["specs"])) {
    if (!isObject(s) || typeof s["className"] !== "string" || typeof s["specName"] !== "string")
      return `specs.${id} has no class and spec name`;
    const builds = s["builds"];
    if (!Array.isArray(builds)) return `specs.${id}.builds is not a list`;
    const slots = [...(isObject(s["raid"]) ? Object.values(s["raid"]) : []), s["mythicplus"]];
    for (const content of slots) {
      if (content === null || content === undefined) continue;
      if (!isObject(content) || !isObject(content["encounters"])) return `specs.${id} has a content without encounters`;
      for (const slot of [content["general"], ...Object.values(content["encounters"])]) {
        if (slot === null || slot === undefined) continue;
        for (const pick of [(slot as Json)["top"], (slot as Json)["alternative"]]) {
          if (pick === undefined) continue;
          if (!isObject(pick) || typeof pick["build"] !== "number" || builds[pick["build"]] === undefined)
            return `specs.${id} has a pick that points at no build`;
          if (typeof pick["count"] !== "number" || typeof pick["sampleSize"] !== "number") return `specs.${id} has a pick without counts`;
        }
      }
    }
  }
  return undefined;
}

export function parseTalentData(text: string, label: string): Loaded {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: `${label} is not JSON` };
  }
  const problem = talentDataProblem(json);
  return problem === undefined ? { ok: true, data: json as TalentData } : { ok: false, message: `${label} is not talent data: ${problem}` };
}

export function loadTalentData(path: string): Loaded {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return { ok: false, message: `cannot read ${path}` };
  }
  return parseTalentData(text, path);
}
