/**
 * What `npm run report` and `npm run data:diff` say about a file that is not talent data: one line naming the first
 * problem and where it is. The check is the pipeline's zod schema (@att/talent-data-schema), so each case below is
 * one the tools' former hand-written check caught, plus deep ones only the full schema sees.
 */
import { describe, expect, it } from "vitest";
import { parseTalentData } from "../../packages/report/src/index";
import { BOSS_1, editable, makeTalentData, type Mutable } from "./fixture";
import type { TalentData } from "@att/contract";

type Edit = (data: Mutable<TalentData> & Record<string, unknown>) => void;

/** The fixture (one spec, Frost Mage) with one edit, as the text of a file. */
function fileWith(edit: Edit): string {
  const data = editable(makeTalentData({ specs: [64] })) as Mutable<TalentData> & Record<string, unknown>;
  edit(data);
  return JSON.stringify(data);
}

/** Assigns a value the contract type does not allow, which is the point of these cases. */
function put(target: object, key: string, value: unknown): void {
  (target as Record<string, unknown>)[key] = value;
}

const problemOf = (text: string): string => {
  const loaded = parseTalentData(text, "data.json");
  return loaded.ok ? "(read fine)" : loaded.message;
};

describe("parseTalentData", () => {
  it("reads the fixture, every field kept", () => {
    const text = fileWith(() => {});
    const loaded = parseTalentData(text, "data.json");
    expect(loaded.ok).toBe(true);
    expect(loaded.ok && loaded.data).toEqual(JSON.parse(text));
  });

  it("text that is not JSON", () => {
    expect(problemOf('{"schemaVersion": 2, "generatedAt": ')).toBe("data.json is not JSON");
  });

  it("an old schema version is named before any shape problem", () => {
    // schema 1 also has no `builds` pool; the version is the one fact worth printing
    const text = fileWith((d) => {
      d.schemaVersion = 1;
      put(d.specs["64"]!, "builds", undefined);
    });
    expect(problemOf(text)).toBe("data.json is not talent data: schemaVersion 1 (these tools read 3)");
  });

  it.each<[string, unknown, string]>([
    ["a list", [], "expected object, received array"],
    ["a string", "talent data", "expected object, received string"],
    ["null", null, "expected object, received null"],
  ])("not a JSON object (%s)", (_, value, message) => {
    expect(problemOf(JSON.stringify(value))).toBe(`data.json is not talent data: Invalid input: ${message}`);
  });

  it.each<[string, Edit, string]>([
    ["generatedAt is not a date", (d) => (d.generatedAt = "yesterday"), "generatedAt: not a date"],
    [
      "source.kind is neither warcraftlogs nor sample",
      (d) => put(d.source, "kind", "raiderio"),
      'source.kind: Invalid option: expected one of "warcraftlogs"|"sample"',
    ],
    ["source.raid is not a list", (d) => put(d.source, "raid", {}), "source.raid: Invalid input: expected array, received object"],
    ["encounters is not an object", (d) => put(d, "encounters", []), "encounters: Invalid input: expected record, received array"],
    [
      "an encounter without a name",
      (d) => put(d.encounters[String(BOSS_1)]!, "name", undefined),
      `encounters.${BOSS_1}.name: Invalid input: expected string, received undefined`,
    ],
    [
      "an encounter of no known content",
      (d) => put(d.encounters[String(BOSS_1)]!, "content", "pvp"),
      `encounters.${BOSS_1}.content: Invalid option: expected one of "raid"|"mythicplus"`,
    ],
    ["specs is not an object", (d) => put(d, "specs", "all"), "specs: Invalid input: expected record, received string"],
    [
      "a spec without a class name",
      (d) => put(d.specs["64"]!, "className", undefined),
      "specs.64.className: Invalid input: expected string, received undefined",
    ],
    [
      "a spec without a spec name",
      (d) => put(d.specs["64"]!, "specName", 64),
      "specs.64.specName: Invalid input: expected string, received number",
    ],
    ["builds is not a list", (d) => put(d.specs["64"]!, "builds", {}), "specs.64.builds: Invalid input: expected array, received object"],
    [
      "a content without encounters",
      (d) => put(d.specs["64"]!.mythicplus!, "encounters", undefined),
      "specs.64.mythicplus.encounters: Invalid input: expected record, received undefined",
    ],
    [
      "a pick that points at no build",
      (d) => (d.specs["64"]!.raid.mythic!.encounters[String(BOSS_1)]!.alternative!.build = 3),
      `specs.64.raid.mythic.encounters.${BOSS_1}.alternative.build: points past the spec's 3 builds`,
    ],
    [
      "a pick without counts",
      (d) => put(d.specs["64"]!.mythicplus!.general!.top, "sampleSize", undefined),
      "specs.64.mythicplus.general.top.sampleSize: Invalid input: expected number, received undefined",
    ],
  ])("%s", (_, edit, problem) => {
    expect(problemOf(fileWith(edit))).toBe(`data.json is not talent data: ${problem}`);
  });

  it.each<[string, Edit, string]>([
    [
      "a talent rank of 0 inside a build",
      (d) => (d.specs["64"]!.builds[1]!.entries[2]!.rank = 0),
      "specs.64.builds[1].entries[2].rank: Too small: expected number to be >0",
    ],
    [
      "an empty import string",
      (d) => (d.specs["64"]!.builds[0]!.talentCode = ""),
      "specs.64.builds[0].talentCode: Too small: expected string to have >=1 characters",
    ],
    [
      "a source zone without its sample size",
      (d) => put(d.source.raid[1]!, "topN", undefined),
      "source.raid[1].topN: Invalid input: expected number, received undefined",
    ],
    [
      "a talent name that is not text",
      (d) => put(d.talentNames!, "101", 101),
      "talentNames.101: Invalid input: expected string, received number",
    ],
  ])("deep, only the full schema sees it: %s", (_, edit, problem) => {
    expect(problemOf(fileWith(edit))).toBe(`data.json is not talent data: ${problem}`);
  });
});
