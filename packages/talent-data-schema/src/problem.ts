/**
 * The first thing wrong with a JSON value as TalentData, as the one short phrase a tool prints after
 * "<file> is not talent data: ". The schema version is checked before the shape: an old file fails on nearly every
 * field, and "schemaVersion 1 (these tools read 2)" is the one fact that helps.
 */
import { SCHEMA_VERSION, type TalentData } from "@att/contract";
import type { z } from "zod";
import { TalentDataSchema } from "./schema";

export type TalentDataCheck = { readonly ok: true; readonly data: TalentData } | { readonly ok: false; readonly problem: string };

/** `specs.250.builds[3].entries[0].rank`: record keys dotted, list indexes bracketed, as a reader looks them up. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`)).join("");
}

function describe(issue: z.core.$ZodIssue | undefined): string {
  if (issue === undefined) return "does not fit the TalentData schema";
  const where = issuePath(issue.path);
  return where === "" ? issue.message : `${where}: ${issue.message}`;
}

export function checkTalentData(value: unknown): TalentDataCheck {
  if (typeof value === "object" && value !== null && !Array.isArray(value) && "schemaVersion" in value) {
    const version = value.schemaVersion;
    if (version !== SCHEMA_VERSION)
      return { ok: false, problem: `schemaVersion ${JSON.stringify(version)} (these tools read ${SCHEMA_VERSION})` };
  }
  const parsed = TalentDataSchema.safeParse(value);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, problem: describe(parsed.error.issues[0]) };
}
