/**
 * Session data straight from the pipeline's sample source: the real CLI entry (`main`, what `npm run pipeline`
 * runs) with --source sample, for a few specs, into a temporary directory. The sample source draws its builds from
 * the contract's tree models, the same trees the simulated client serves, so every build is legal in the sim.
 * Variants (a boss without a build) are edits of that output, printed back to Lua by the pipeline's own printer.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { TalentData } from "@att/contract";
import { main } from "../../../packages/pipeline/src/cli/main";
import { talentDataLua } from "../../../packages/pipeline/src/output/lua";

/** The date written as generatedAt; sessions set the sim's server time relative to it. */
export const GENERATED_AT = "2026-03-02T00:00:00.000Z";
export const GENERATED_EPOCH = Date.parse(GENERATED_AT) / 1000;

export async function sampleTalentData(specIds: readonly number[]): Promise<TalentData> {
  const dir = mkdtempSync(join(tmpdir(), "att-session-data-"));
  let log = "";
  const sink = new Writable({
    write(chunk, _encoding, done) {
      log += String(chunk);
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  try {
    const argv = ["--source", "sample", "--spec", specIds.join(","), "--out", join(dir, "out"), "--cache-dir", join(dir, "cache"), "--generated-at", GENERATED_AT, "--no-progress"];
    const code = await main({ argv, env: {}, stdout: sink, stderr: sink, dotenvPath: undefined });
    if (code !== 0) throw new Error(`pipeline --source sample failed (${code}):\n${log}`);
    return JSON.parse(readFileSync(join(dir, "out", "talent-data.json"), "utf8")) as TalentData;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function toLua(data: TalentData): string {
  return talentDataLua(data);
}

/** A copy of the data without one spec's build for one encounter (a boss the sample ranked nobody on). */
export function withoutEncounterBuild(data: TalentData, specId: number, encounterId: string): TalentData {
  const copy = JSON.parse(JSON.stringify(data)) as { specs: Record<string, { encounters: Record<string, unknown> }> };
  delete copy.specs[String(specId)]!.encounters[encounterId];
  return copy as unknown as TalentData;
}
