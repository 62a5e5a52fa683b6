/**
 * Golden outputs: the seeded sample run's talent-data.json and one whole play session's transcript equal the
 * committed files. A difference is a behaviour change: review it, and if it is meant, `npm run golden:update`.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GOLDEN_DATA, GOLDEN_SESSION, sampleRunJson, sessionTranscript } from "./produce";

const HINT = "behaviour changed: review the diff, and run `npm run golden:update` if it is intended";

describe("golden outputs", () => {
  it("the seeded sample run writes the committed talent-data.json", async () => {
    const produced = await sampleRunJson();
    expect(produced === readFileSync(GOLDEN_DATA, "utf8"), HINT).toBe(true);
    // On a difference, show the first few differing lines rather than a megabyte of JSON.
    expect(produced.split("\n").slice(0, 40)).toEqual(readFileSync(GOLDEN_DATA, "utf8").split("\n").slice(0, 40));
  }, 120_000);

  it("one whole play session prints the committed transcript", async () => {
    expect(await sessionTranscript(), HINT).toBe(readFileSync(GOLDEN_SESSION, "utf8"));
  }, 120_000);
});
