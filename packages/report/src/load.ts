/**
 * Reading a talent-data.json for the diff and the report, with the same zod schema the pipeline reads back its
 * output with (@att/talent-data-schema), so a wrong file (another JSON, an old schema, a truncated download) gets
 * one clear line instead of a stack trace deep inside the renderer.
 */
import { readFileSync } from "node:fs";
import type { TalentData } from "@att/contract";
import { checkTalentData } from "@att/talent-data-schema";

export type Loaded = { readonly ok: true; readonly data: TalentData } | { readonly ok: false; readonly message: string };

export function parseTalentData(text: string, label: string): Loaded {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: `${label} is not JSON` };
  }
  const checked = checkTalentData(json);
  return checked.ok ? { ok: true, data: checked.data } : { ok: false, message: `${label} is not talent data: ${checked.problem}` };
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
