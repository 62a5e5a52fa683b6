import * as nodeFs from "node:fs/promises";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SCHEMA_VERSION, type TalentData } from "@att/contract";
import { coverageOf, worseThanPrevious } from "../../packages/pipeline/src/output/guard";
import {
  COMMIT_FILE,
  JSON_FILE,
  LUA_FILE,
  readExisting,
  recoverOutputs,
  renderOutputs,
  writeOutputs,
  type OutputFs,
} from "../../packages/pipeline/src/output/write";
import { runDirs } from "./helpers";

const dirs = runDirs();
afterAll(() => dirs.removeAll());

/** A schema-1 build, for the guard's "any schema shape" cases. */
const build = (code: string) => ({ talentCode: code, count: 5, sampleSize: 10, popularity: 0.5 });

/**
 * A schema-2 document with `raid` raid-boss slots (Mythic) and `dungeons` dungeon slots for one spec, plus both
 * general slots; every slot points at its own string-only build.
 */
function doc(
  kind: "warcraftlogs" | "sample",
  raid: number,
  dungeons: number,
  stamp = "2026-03-01T00:00:00.000Z",
  raidZone = 46,
): TalentData {
  const encounters: Record<string, TalentData["encounters"][string]> = {};
  const builds: { entries: []; talentCode: string }[] = [];
  const slot = (code: string) => {
    builds.push({ entries: [], talentCode: code });
    return { top: { build: builds.length - 1, count: 5, near: 5, sampleSize: 10, players: 10 } };
  };
  const raidSlots: Record<string, ReturnType<typeof slot>> = {};
  const dungeonSlots: Record<string, ReturnType<typeof slot>> = {};
  for (let i = 0; i < raid; i++) {
    encounters[String(3000 + i)] = { id: 3000 + i, name: `Boss ${i}`, content: "raid", zoneId: 46, order: i + 1 };
    raidSlots[String(3000 + i)] = slot(`R${i}`);
  }
  for (let i = 0; i < dungeons; i++) {
    encounters[String(12000 + i)] = { id: 12000 + i, name: `Dungeon ${i}`, content: "mythicplus", zoneId: 47, order: i + 1 };
    dungeonSlots[String(12000 + i)] = slot(`D${i}`);
  }
  const raidGeneral = raid > 0 ? slot("RG") : null;
  const dungeonGeneral = dungeons > 0 ? slot("DG") : null;
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: stamp,
    source: {
      kind,
      raid: [{ zoneId: raidZone, name: "Raid", difficulty: "mythic", partition: 1, topN: 50 }],
      mythicplus: { zoneId: 47, name: "M+", difficulty: "mythicplus", partition: 1, topN: 50 },
    },
    encounters,
    specs: {
      "62": {
        specId: 62,
        className: "Mage",
        specName: "Arcane",
        builds,
        raid: { mythic: { general: raidGeneral, encounters: raidSlots } },
        mythicplus: { general: dungeonGeneral, encounters: dungeonSlots },
      },
    },
  };
}

describe("never-worse-data guard", () => {
  it("counts builds per content wherever they sit under specs (any schema shape)", () => {
    expect(coverageOf(doc("warcraftlogs", 3, 2))).toEqual({
      kind: "warcraftlogs",
      total: 7,
      byContent: { raid: 4, mythicplus: 3 },
      zones: { raid: [46], mythicplus: [47] },
    });
    // A nested (per-difficulty) shape still counts, attributed by the nearest content key.
    const nested = {
      source: { kind: "sample" },
      encounters: {},
      specs: { "1": { raid: { heroic: { general: build("a") }, mythic: { general: build("b") } }, mythicplus: { general: build("c") } } },
    };
    expect(coverageOf(nested)).toMatchObject({ kind: "sample", total: 3, byContent: { raid: 2, mythicplus: 1 } });
    expect(coverageOf(undefined).total).toBe(0);
  });

  it("refuses no builds at all, sample over live data, and any content below the threshold; allows the rest", () => {
    expect(worseThanPrevious(undefined, doc("warcraftlogs", 0, 0), 0.8)).toBe("the new data has no builds at all");
    expect(worseThanPrevious(undefined, doc("warcraftlogs", 1, 0), 0.8)).toBeUndefined();
    expect(worseThanPrevious(doc("warcraftlogs", 9, 8), doc("sample", 9, 8), 0.8)).toMatch(/holds Warcraft Logs data .* sample data/);
    expect(worseThanPrevious(doc("sample", 9, 8), doc("warcraftlogs", 2, 2), 0.8)).toBeUndefined();
    // 10 raid builds before (9 bosses + general), 7 after: 70% < 80%.
    expect(worseThanPrevious(doc("warcraftlogs", 9, 8), doc("warcraftlogs", 6, 8), 0.8)).toBe(
      "raid builds would drop from 10 to 7 (70%, below 80%)",
    );
    // Mythic+ gone entirely while raid grew: still refused (per content, not in total).
    expect(worseThanPrevious(doc("warcraftlogs", 9, 8), doc("warcraftlogs", 20, 0), 0.8)).toMatch(
      /^Mythic\+ builds would drop from 9 to 0/,
    );
    expect(worseThanPrevious(doc("warcraftlogs", 9, 8), doc("warcraftlogs", 8, 8), 0.8)).toBeUndefined();
    expect(worseThanPrevious(doc("warcraftlogs", 9, 8), doc("warcraftlogs", 6, 8), 0.5)).toBeUndefined();
    // A new season (none of the raid zones the previous output names): fewer builds are still the current ones.
    expect(worseThanPrevious(doc("warcraftlogs", 9, 8), doc("warcraftlogs", 4, 8, "2026-04-01T00:00:00.000Z", 60), 0.8)).toBeUndefined();
  });

  it("refuses builds without any import string (a run without tree data) over builds with them", () => {
    // 3 bosses + general, 2 dungeons + general: 7 builds, each with a string.
    const withStrings = doc("warcraftlogs", 3, 2);
    const spec = withStrings.specs["62"]!;
    const without: TalentData = {
      ...withStrings,
      specs: { "62": { ...spec, builds: spec.builds.map((b) => ({ entries: b.entries })) } },
    };
    expect(worseThanPrevious(withStrings, without, 0.8)).toBe(
      "the new builds have no import strings (no talent tree data) and the previous output's 7 have",
    );
    expect(worseThanPrevious(without, withStrings, 0.8)).toBeUndefined();
    expect(worseThanPrevious(without, without, 0.8)).toBeUndefined();
  });
});

/** node:fs/promises, except that the nth rename throws as if the process died there. */
function crashingFs(failOnRename: number): OutputFs {
  let renames = 0;
  return {
    readFile: (f, e) => nodeFs.readFile(f, e),
    writeFile: (f, d, e) => nodeFs.writeFile(f, d, e),
    unlink: (f) => nodeFs.unlink(f),
    mkdir: (d, o) => nodeFs.mkdir(d, o),
    rename: async (from, to) => {
      if (++renames === failOnRename) throw new Error("simulated crash");
      await nodeFs.rename(from, to);
    },
  };
}

describe("the JSON/Lua pair is written as one change", () => {
  const oldDoc = doc("warcraftlogs", 2, 2, "2026-03-01T00:00:00.000Z");
  const newDoc = doc("warcraftlogs", 3, 3, "2026-03-08T00:00:00.000Z");

  it("a crash between the two renames is finished by the next read: both files new, no leftovers", async () => {
    const { out } = dirs.fresh("pair-forward");
    await writeOutputs(out, oldDoc);
    // Renames: 1 commit file, 2 Lua, 3 JSON. Dying at the JSON leaves a new Lua beside the old JSON...
    await expect(writeOutputs(out, newDoc, crashingFs(3))).rejects.toThrow("simulated crash");
    expect(readFileSync(join(out, LUA_FILE), "utf8")).toBe(renderOutputs(newDoc).lua);
    expect(readFileSync(join(out, JSON_FILE), "utf8")).toBe(renderOutputs(oldDoc).json);
    // ...which the next read (or write) completes before using anything.
    const read = await readExisting(out);
    expect(read.data?.generatedAt).toBe(newDoc.generatedAt);
    expect(readFileSync(join(out, LUA_FILE), "utf8")).toBe(renderOutputs(newDoc).lua);
    expect(readFileSync(join(out, JSON_FILE), "utf8")).toBe(renderOutputs(newDoc).json);
    expect(readdirSync(out).sort()).toEqual([LUA_FILE, JSON_FILE].sort());
  });

  it("a crash before the commit keeps the previous pair and drops the half-made one", async () => {
    const { out } = dirs.fresh("pair-back");
    await writeOutputs(out, oldDoc);
    await expect(writeOutputs(out, newDoc, crashingFs(1))).rejects.toThrow("simulated crash");
    await recoverOutputs(out);
    expect(readFileSync(join(out, LUA_FILE), "utf8")).toBe(renderOutputs(oldDoc).lua);
    expect(readFileSync(join(out, JSON_FILE), "utf8")).toBe(renderOutputs(oldDoc).json);
    expect(existsSync(join(out, COMMIT_FILE))).toBe(false);
    expect(readdirSync(out).sort()).toEqual([LUA_FILE, JSON_FILE].sort());
  });

  it("readExisting gives the raw JSON of a document the schema rejects to the guard, without offering it as a merge base", async () => {
    const { out } = dirs.fresh("pair-raw");
    writeFileSync(join(out, JSON_FILE), JSON.stringify({ ...oldDoc, generatedAt: 12345 }));
    const read = await readExisting(out);
    expect(read.data).toBeUndefined();
    expect(coverageOf(read.raw).total).toBe(coverageOf(oldDoc).total);
  });
});
