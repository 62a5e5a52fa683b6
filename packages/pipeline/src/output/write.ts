import * as fs from "node:fs/promises";
import * as path from "node:path";
import type { TalentData } from "@att/contract";
import { stableStringify } from "../util/stable-json";
import { talentDataLua } from "./lua";
import { TalentDataSchema } from "./schema";

export const LUA_FILE = "TalentData.lua";
export const JSON_FILE = "talent-data.json";

/** The two files for a document: same content, sorted keys, so equal data gives equal bytes. */
export function renderOutputs(data: TalentData): { lua: string; json: string } {
  return { lua: talentDataLua(JSON.parse(stableStringify(data)) as unknown), json: stableStringify(data) };
}

/** Writes both files atomically (temp + rename): an interrupted run leaves the previous files intact. */
export async function writeOutputs(dir: string, data: TalentData): Promise<{ lua: string; json: string }> {
  const { lua, json } = renderOutputs(data);
  await fs.mkdir(dir, { recursive: true });
  const files: [string, string][] = [
    [JSON_FILE, json],
    [LUA_FILE, lua],
  ];
  for (const [name, text] of files) {
    const target = path.join(dir, name);
    const temp = `${target}.tmp-${process.pid}`;
    await fs.writeFile(temp, text, "utf8");
    await fs.rename(temp, target);
  }
  return { lua: path.join(dir, LUA_FILE), json: path.join(dir, JSON_FILE) };
}

/** The existing output in `dir`, or undefined when there is none or it does not fit the schema. */
export async function readExisting(dir: string): Promise<{ data?: TalentData; problem?: string }> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, JSON_FILE), "utf8");
  } catch {
    return {};
  }
  try {
    const parsed = TalentDataSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { data: parsed.data };
    return { problem: `${JSON_FILE} in ${dir} does not match the TalentData schema; writing a new one` };
  } catch {
    return { problem: `${JSON_FILE} in ${dir} is not valid JSON; writing a new one` };
  }
}
