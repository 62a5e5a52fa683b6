import * as nodeFs from "node:fs/promises";
import * as path from "node:path";
import type { TalentData } from "@att/contract";
import { TalentDataSchema } from "@att/talent-data-schema";
import { stableStringify } from "../util/stable-json";
import { talentDataLua } from "./lua";
import { toLuaTalentData } from "./lua-data";

export const LUA_FILE = "TalentData.lua";
export const JSON_FILE = "talent-data.json";
/** Written once both new files are complete: from then on the pair is committed and a restart finishes it. */
export const COMMIT_FILE = ".talent-data.commit";
const NEXT = ".next";
const PAIR = [LUA_FILE, JSON_FILE] as const;

/** The file operations the output needs (node:fs/promises fits); injected so tests can crash between them. */
export interface OutputFs {
  readFile(file: string, encoding: "utf8"): Promise<string>;
  writeFile(file: string, data: string, encoding: "utf8"): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  mkdir(dir: string, options: { recursive: true }): Promise<string | undefined>;
}

/**
 * The two files for a document, sorted keys, so equal data gives equal bytes: the JSON in the logical form, the
 * Lua in the packed form the addon loads (see lua-data.ts).
 */
export function renderOutputs(data: TalentData): { lua: string; json: string } {
  return { lua: talentDataLua(JSON.parse(stableStringify(toLuaTalentData(data))) as unknown), json: stableStringify(data) };
}

async function exists(fs: OutputFs, file: string): Promise<boolean> {
  try {
    await fs.readFile(file, "utf8");
    return true;
  } catch {
    return false;
  }
}

/**
 * Finishes or undoes an interrupted write, so the Lua and JSON files always come from the same run. With a commit
 * file, both new files were complete before any rename: the renames still to do are done (roll forward). Without
 * one, leftover new files are from a write that never committed and are removed (the old pair stays).
 */
export async function recoverOutputs(dir: string, fs: OutputFs = nodeFs): Promise<void> {
  const commit = path.join(dir, COMMIT_FILE);
  const committed = await exists(fs, commit);
  for (const name of PAIR) {
    const next = path.join(dir, name + NEXT);
    if (!(await exists(fs, next))) continue;
    if (committed) await fs.rename(next, path.join(dir, name));
    else await fs.unlink(next);
  }
  if (committed) await fs.unlink(commit);
  if (await exists(fs, `${commit}.tmp`)) await fs.unlink(`${commit}.tmp`);
}

/**
 * Writes both files as one change. Each file goes to `<name>.next` first; a commit file marks the pair complete;
 * then both are renamed into place and the commit file removed. A crash before the commit leaves the previous
 * pair; a crash after it leaves a commit that the next read or write finishes. Either way the JSON and the Lua
 * never disagree once recoverOutputs has run (every read and write here runs it first).
 */
export async function writeOutputs(dir: string, data: TalentData, fs: OutputFs = nodeFs): Promise<{ lua: string; json: string }> {
  const { lua, json } = renderOutputs(data);
  await fs.mkdir(dir, { recursive: true });
  await recoverOutputs(dir, fs);
  const text: Record<(typeof PAIR)[number], string> = { [LUA_FILE]: lua, [JSON_FILE]: json };
  for (const name of PAIR) await fs.writeFile(path.join(dir, name + NEXT), text[name], "utf8");
  const commit = path.join(dir, COMMIT_FILE);
  await fs.writeFile(`${commit}.tmp`, `${JSON.stringify({ files: PAIR })}\n`, "utf8");
  await fs.rename(`${commit}.tmp`, commit);
  for (const name of PAIR) await fs.rename(path.join(dir, name + NEXT), path.join(dir, name));
  await fs.unlink(commit);
  return { lua: path.join(dir, LUA_FILE), json: path.join(dir, JSON_FILE) };
}

/**
 * The existing output in `dir`: `data` when it fits the current schema (the base of a partial run), `raw` whenever
 * it is JSON at all (what the never-worse guard compares against, whatever its schema version).
 */
export async function readExisting(dir: string, fs: OutputFs = nodeFs): Promise<{ data?: TalentData; raw?: unknown; problem?: string }> {
  let text: string;
  try {
    await recoverOutputs(dir, fs);
    text = await fs.readFile(path.join(dir, JSON_FILE), "utf8");
  } catch {
    return {};
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text) as unknown;
  } catch {
    return { problem: `${JSON_FILE} in ${dir} is not valid JSON; writing a new one` };
  }
  const parsed = TalentDataSchema.safeParse(raw);
  if (parsed.success) return { data: parsed.data, raw };
  return { raw, problem: `${JSON_FILE} in ${dir} does not match the TalentData schema; writing a new one` };
}
