import { describe, expect, it } from "vitest";
import { canonicalKey, readTalentList } from "../../packages/pipeline/src/core/talent-list";
import { entriesOf } from "../../packages/pipeline/src/core/entries";
import { SPECS, packEntries } from "@att/contract";
import { entriesOfIdentity } from "../../packages/pipeline/src/core/identity";

describe("a row's talent list", () => {
  it("keeps a repeated talentID once with its highest points, drops 0-point entries, sorts by ID", () => {
    expect(
      readTalentList([
        { talentID: 30, points: 1 },
        { talentID: 10, points: 0 },
        { talentID: 20, points: 1 },
        { talentID: 30, points: 1 },
        { talentID: 20, points: 2 },
      ]),
    ).toEqual({
      picks: [
        { talentID: 20, points: 2 },
        { talentID: 30, points: 1 },
      ],
      repeated: true,
    });
    expect(readTalentList([{ talentID: 5, points: 1 }]).repeated).toBe(false);
    expect(readTalentList([])).toEqual({ picks: [], repeated: false });
  });

  it("canonicalKey folds a cached key that lists an ID twice, and leaves a canonical key as it is", () => {
    expect(canonicalKey("20:1,117297:1,117297:1")).toBe("20:1,117297:1");
    expect(canonicalKey("30:1,20:2")).toBe("20:2,30:1");
    const key = "20:2,30:1";
    expect(canonicalKey(key)).toBe(key);
    expect(canonicalKey("")).toBe("");
    expect(canonicalKey("code:ABC")).toBe("code:ABC");
  });

  it("a ranking whose cached rows repeat an ID packs without throwing; a hidden row becomes Anonymous", () => {
    const spec = SPECS.find((s) => s.specId === 256)!;
    const { entries } = entriesOf({
      zone: { content: "mythicplus", zoneId: 47, name: "M+", partition: 2, difficultyId: 10, difficultyName: "mythicplus", encounters: [] },
      encounter: { id: 12660, name: "Ara-Kara", content: "mythicplus", zoneId: 47, order: 1, journalId: 0 },
      spec,
      rows: [
        { name: "A", spec: "Discipline", report: { code: "r1", fightID: 1 }, build: "20:1,117297:1,117297:1" },
        { name: "Zed", hidden: true, report: { code: "a:ATftvd4hyqC3ZLxc", fightID: 80 }, build: "20:1" },
      ],
      invalidRows: 0,
      repeatedIds: 1,
    });
    expect(entries.map((e) => [e.name, e.server, e.build])).toEqual([
      ["A", "", "20:1,117297:1"],
      ["Anonymous", "", "20:1"],
    ]);
    // Such a key once made packEntries throw ("entry IDs must be ascending") after all points were spent.
    expect(packEntries(entriesOfIdentity({ key: entries[0]!.build! }))).toBe(
      packEntries([
        { entryId: 20, rank: 1 },
        { entryId: 117297, rank: 1 },
      ]),
    );
  });
});
