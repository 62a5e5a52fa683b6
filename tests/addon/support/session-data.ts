/**
 * Session data straight from the pipeline's sample source: the real CLI entry (`main`, what `npm run pipeline`
 * runs) with --source sample, for a few specs, into a temporary directory. The sample source draws its builds from
 * the sample world's tree model, the same trees the simulated client serves, so every build is legal in the sim.
 * Variants (a boss without a build) are edits of that output, printed back to Lua by the pipeline's own printer.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { Slot, TalentData } from "@att/contract";
import { main } from "../../../packages/pipeline/src/cli/main";
import { talentDataLua } from "../../../packages/pipeline/src/output/lua";
import { toLuaTalentData } from "../../../packages/pipeline/src/output/lua-data";

/** The date written as generatedAt; sessions set the sim's server time relative to it. */
export const GENERATED_AT = "2026-03-02T00:00:00.000Z";
export const GENERATED_EPOCH = Date.parse(GENERATED_AT) / 1000;

/**
 * talent-data.json text of `npm run pipeline -- --source sample <args>` (the real CLI entry, in-process), run into a
 * temporary directory with the fixed generatedAt stamp.
 */
export async function sampleRunJson(args: readonly string[] = []): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "att-session-data-"));
  let log = "";
  const sink = new Writable({
    write(chunk, _encoding, done) {
      log += String(chunk);
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  try {
    const argv = [
      "--source",
      "sample",
      ...args,
      "--out",
      join(dir, "out"),
      "--cache-dir",
      join(dir, "cache"),
      "--generated-at",
      GENERATED_AT,
      "--no-progress",
    ];
    const code = await main({ argv, env: {}, stdout: sink, stderr: sink, dotenvPath: undefined });
    if (code !== 0) throw new Error(`pipeline --source sample failed (${code}):\n${log}`);
    return readFileSync(join(dir, "out", "talent-data.json"), "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function sampleTalentData(specIds: readonly number[]): Promise<TalentData> {
  return JSON.parse(await sampleRunJson(["--spec", specIds.join(",")])) as TalentData;
}

/** The data file the addon loads: specs packed, as the pipeline writes it. */
export function toLua(data: TalentData): string {
  return talentDataLua(toLuaTalentData(data));
}

import { encounterTop } from "../../support/talent-data-view";

export { encounterTop, generalTop } from "../../support/talent-data-view";

/** A copy of the data without one spec's build for one encounter (a boss the sample ranked nobody on). */
export function withoutEncounterBuild(data: TalentData, specId: number, encounterId: string): TalentData {
  const copy = JSON.parse(JSON.stringify(data)) as TalentData;
  const spec = copy.specs[String(specId)]!;
  for (const content of [spec.raid.heroic, spec.raid.mythic, spec.mythicplus]) {
    if (content !== undefined && content !== null) delete (content.encounters as Record<string, Slot>)[encounterId];
  }
  return copy;
}

/** The first season dungeon whose top build for `specId` is not `own` (a string): its instance ID and that build's string. */
export function dungeonWithOtherBuild(data: TalentData, specId: number, own: string): { instanceId: number; code: string } {
  for (const e of Object.values(data.encounters)) {
    const top = e.content === "mythicplus" ? encounterTop(data, specId, String(e.id)) : undefined;
    if (top !== undefined && top.talentCode !== own && e.instanceId !== undefined)
      return { instanceId: e.instanceId, code: top.talentCode };
  }
  throw new Error(`the sample data has no dungeon build of spec ${specId} that differs from the given one`);
}
