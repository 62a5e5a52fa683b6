/** The Lua data file's packed spec and entry list (contract pack/): hand-worked examples, round trips, refusals. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_ENTRY_ID,
  packEntries,
  packEntriesDiff,
  packSpec,
  unpackEntries,
  unpackEntriesDiff,
  unpackSpec,
  type SpecBuilds,
} from "@att/contract";
import { damaged, specBuilds } from "./pack-fixtures";

const unpackAll = (text: string) => unpackEntries(text, 0, text.length);

describe("entry lists", () => {
  it("writes (gap - 1) * 4 + (rank - 1) as 5-bit base64 varints, worked by hand", () => {
    // Entry 1 rank 1: gap 1 -> 0 -> "A". Entry 5 rank 3: gap 5 -> 4 * 4 + 2 = 18 -> "S".
    expect(packEntries([{ entryId: 1, rank: 1 }])).toBe("A");
    expect(packEntries([{ entryId: 5, rank: 3 }])).toBe("S");
    // Entry 100 rank 1: 99 * 4 = 396 = 12 + 12 * 32 -> "s" (12 + 32, more follows) "M" (12).
    // Entry 101 rank 4: gap 1 -> 0 * 4 + 3 (rank escape) -> "D", then rank - 4 = 0 -> "A".
    expect(
      packEntries([
        { entryId: 100, rank: 1 },
        { entryId: 101, rank: 4 },
      ]),
    ).toBe("sMDA");
    expect(unpackAll("sMDA")).toEqual([
      { entryId: 100, rank: 1 },
      { entryId: 101, rank: 4 },
    ]);
    expect(packEntries([])).toBe("");
  });

  it("refuses what the packer never writes: a zero high group, a cut varint, an over-long one, a non-alphabet character", () => {
    expect(unpackAll("gA")).toBeUndefined(); // 0 written in two characters
    expect(unpackAll("g")).toBeUndefined(); // ends while "more follows"
    expect(unpackAll("ggggggB")).toBeUndefined(); // 7 characters: past 2^30
    expect(unpackAll("//////P")).toBeUndefined();
    expect(packEntries([{ entryId: MAX_ENTRY_ID, rank: 3 }])).toHaveLength(6);
    expect(unpackAll("A|")).toBeUndefined();
    expect(unpackAll("D")).toBeUndefined(); // rank escape without the rank
  });

  it("throws when asked to pack an unsorted, duplicate or out-of-range list (a pipeline bug)", () => {
    expect(() =>
      packEntries([
        { entryId: 5, rank: 1 },
        { entryId: 4, rank: 1 },
      ]),
    ).toThrow(/ascending/);
    expect(() =>
      packEntries([
        { entryId: 5, rank: 1 },
        { entryId: 5, rank: 2 },
      ]),
    ).toThrow(/ascending/);
    expect(() => packEntries([{ entryId: 5, rank: 0 }])).toThrow(/rank/);
    expect(() => packEntries([{ entryId: 0, rank: 1 }])).toThrow(/ascending/);
    expect(() => packEntries([{ entryId: MAX_ENTRY_ID + 1, rank: 1 }])).toThrow(/ascending/);
  });

  it("round-trips any sorted list", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: MAX_ENTRY_ID }), { maxLength: 60 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 60, maxLength: 60 }),
        (ids, ranks) => {
          const entries = [...ids].sort((a, b) => a - b).map((entryId, i) => ({ entryId, rank: ranks[i]! }));
          expect(unpackAll(packEntries(entries))).toEqual(entries);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe("difference lists", () => {
  const base = [
    { entryId: 1, rank: 1 },
    { entryId: 5, rank: 3 },
  ];
  const diffAll = (text: string) => unpackEntriesDiff(text, 0, text.length, base);

  it("writes (gap - 1) * 4 + rank here (0 = removed, 3 = rank escape) for the entries that differ, worked by hand", () => {
    // Same entries: nothing. Entry 1 removed: 0 -> "A"; entry 5 at rank 1: gap 4 -> 3 * 4 + 1 = 13 -> "N".
    expect(packEntriesDiff(base, base)).toBe("");
    expect(diffAll("")).toEqual(base);
    expect(packEntriesDiff(base, [{ entryId: 5, rank: 1 }])).toBe("AN");
    expect(diffAll("AN")).toEqual([{ entryId: 5, rank: 1 }]);
    // Entry 3 added at rank 3: gap 3 -> 2 * 4 + 3 = 11 -> "L", then rank - 3 = 0 -> "A"; entry 5 removed: gap 2 -> 4 -> "E".
    const other = [
      { entryId: 1, rank: 1 },
      { entryId: 3, rank: 3 },
    ];
    expect(packEntriesDiff(base, other)).toBe("LAE");
    expect(diffAll("LAE")).toEqual(other);
    // Against an empty base every entry is an addition: entry 1 at rank 1 -> 1 -> "B"; entry 3 at rank 3: gap 2 -> 7 -> "H" "A".
    expect(packEntriesDiff([], other)).toBe("BHA");
    expect(unpackEntriesDiff("BHA", 0, 3, [])).toEqual(other);
  });

  it("refuses what the packer never writes: a rank equal to the base's, removing what the base lacks, bad varints", () => {
    expect(diffAll("B")).toBeUndefined(); // entry 1 at rank 1: the base's rank
    expect(diffAll("E")).toBeUndefined(); // entry 2 removed: the base lacks it
    expect(diffAll("TA")).toBeUndefined(); // entry 5 at rank 3: the base's rank
    expect(diffAll("AA")).toBeUndefined(); // entry 1 removed, then entry 2 removed: the base lacks it
    expect(diffAll("gA")).toBeUndefined(); // 0 written in two characters
    expect(diffAll("D")).toBeUndefined(); // rank escape without the rank
    expect(diffAll("DiD")).toBeUndefined(); // rank 3 + 98 = 101, past MAX_ENTRY_RANK
    expect(diffAll("DhD")).toEqual([
      { entryId: 1, rank: 100 },
      { entryId: 5, rank: 3 },
    ]);
  });

  it("round-trips any two sorted lists", () => {
    const list = fc
      .uniqueArray(fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: MAX_ENTRY_ID })), { maxLength: 30 })
      .chain((ids) =>
        fc
          .array(fc.integer({ min: 1, max: 4 }), { minLength: ids.length, maxLength: ids.length })
          .map((ranks) => [...ids].sort((a, b) => a - b).map((entryId, i) => ({ entryId, rank: ranks[i]! }))),
      );
    fc.assert(
      fc.property(list, list, (a, b) => {
        const text = packEntriesDiff(a, b);
        expect(unpackEntriesDiff(text, 0, text.length, a)).toEqual(b);
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});

const SPEC: SpecBuilds = {
  specId: 250,
  className: "Death Knight",
  specName: "Blood|Tank\\",
  builds: [
    {
      entries: [
        { entryId: 1, rank: 1 },
        { entryId: 5, rank: 3 },
      ],
      talentCode: "CoPA",
    },
    { entries: [], talentCode: "B+/" },
    {
      entries: [
        { entryId: 1, rank: 1 },
        { entryId: 5, rank: 2 },
        { entryId: 7, rank: 4 },
        { entryId: 100, rank: 1 },
      ],
    },
  ],
  raid: {
    mythic: {
      general: {
        top: {
          build: 0,
          count: 3,
          near: 21,
          sampleSize: 50,
          players: 41,
          flex: [
            { entryId: 5, taken: 30 },
            { entryId: 7, taken: 14 },
          ],
        },
        alternative: { build: 1, count: 2, near: 9, sampleSize: 13, players: 12 },
      },
      encounters: {
        "3303": { top: { build: 2, count: 1, near: 1, sampleSize: 2, players: 2 } },
        "3301": { top: { build: 0, count: 0, near: 0, sampleSize: 0, players: 0 } },
      },
    },
  },
  mythicplus: { general: null, encounters: {} },
};

describe("packed specs", () => {
  it("writes the documented layout, worked by hand", () => {
    // Build 0: entries 1/1, 5/3 -> "A" + gap 4 -> 3 * 4 + 2 = 14 -> "O", then its string.
    // The others as differences against build 0, (gap - 1) * 4 + rank here (0 = removed, 3 = rank escape):
    // build 1 (string only) removes 1 -> 0 -> "A" and 5 -> gap 4 -> 3 * 4 + 0 = 12 -> "M", then its string;
    // build 2 keeps 1/1 (not written), 5/3 -> 5/2: gap 5 -> 4 * 4 + 2 = 18 -> "S"; adds 7/4: gap 2 -> 1 * 4 + 3 = 7
    // -> "H", then rank - 3 = 1 -> "B"; adds 100/1: gap 93 -> 92 * 4 + 1 = 369 = 17 + 11 * 32 -> "x" (17 + 32) "L".
    // Heroic absent (empty field); Mythic general (build:count:near:sampleSize:players) with its flex talents: "~",
    // their count 2 -> "C", entry 5: gap 5 - 0 - 1 = 4 -> "E", taken 30 -> "e"; entry 7: gap 7 - 5 - 1 = 1 -> "B", taken
    // 14 -> "O"; then its alternative, encounters ascending; Mythic+ general null.
    expect(packSpec(SPEC)).toBe(
      "3|250|Death Knight|Blood\\|Tank\\\\|AO.CoPA,AM.B+/,SHBxL||0:3:21:50:41~CEeBO+1:2:9:13:12;3301=0:0:0:0:0;3303=2:1:1:2:2|-",
    );
    expect(unpackSpec(packSpec(SPEC))).toEqual(SPEC);
    expect(unpackSpec("3|62|Mage|Arcane||||")).toEqual({
      specId: 62,
      className: "Mage",
      specName: "Arcane",
      builds: [],
      raid: {},
      mythicplus: null,
    });
  });

  it("round-trips every spec the packer accepts", () => {
    fc.assert(
      fc.property(specBuilds, (spec) => {
        expect(unpackSpec(packSpec(spec))).toEqual(spec);
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  it("never throws on damaged strings, and accepts only canonical ones (an accepted string packs back to itself)", () => {
    fc.assert(
      fc.property(damaged(specBuilds.map(packSpec)), (text) => {
        const spec = unpackSpec(text);
        if (spec !== undefined) expect(packSpec(spec)).toBe(text);
      }),
      { numRuns: 1500, seed: 13 },
    );
  });

  it("refuses malformed strings of each kind", () => {
    const good = packSpec(SPEC);
    // Valid shape: "3|specId|class|spec|builds|heroic|mythic|mythicplus" (7 bars).
    const bad = [
      "",
      "2|250|A|B||||", // the previous format (builds in full)
      "4|250|A|B||||", // unknown format
      "3|250|A|B|||", // a field short
      "3|250|A|B|||||", // a field too many
      "3|0250|A|B||||", // leading zero
      "3|250|A\\x|B||||", // unknown escape
      "3|250|A|B|.||0:0:0:0:0|", // empty talent code, no entries
      "3|250|A|B|A.C*|||", // talent code outside the alphabet
      "3|250|A|B|A||1:0:0:0:0|", // build index past the pool
      "3|250|A|B|A||0:2:2:1:1|", // count above sample size
      "3|250|A|B|A||0:2:1:3:3|", // count above near
      "3|250|A|B|A||0:1:4:3:3|", // near above sample size
      "3|250|A|B|A||0:1:1:3:4|", // more players than sample entries
      "3|250|A|B|A||0:1:1:1|", // players missing (the version 1 pick)
      "3|250|A|B|A||0:1:1:3:3~BEE|", // flex taken (4) above sample size
      "3|250|A|B|A||0:1:1:3:3~A|", // an empty flex list is written as none
      "3|250|A|B|A||0:1:1:3:3~CEB|", // two flex talents announced, one and a half written
      "3|250|A|B|A||0:1:1:3:3~BgAB|", // over-long varint (gap 0 written in two characters)
      "3|250|A|B|A||0:1:1:3:3~B|", // flex count without its talents
      "3|250|A|B|A||0:1:1:3:3~|", // flex without its count
      "3|250|A|B|A||-;5=0:1:1:1:1;5=0:1:1:1:1|", // duplicate encounter
      "3|250|A|B|A||-;6=0:1:1:1:1;5=0:1:1:1:1|", // encounters out of order
      "3|250|A|B|A||0:1:1:1:1+|", // alternative missing
      "3|250|A|B|A||0:1:1:1:1x|", // trailing junk
      "3|250|A|B|A||-x|",
      "3|250|A|B|A||1234567890:0:0:0:0|", // 10 digits
      // Builds after the first as differences against it (its entries: "A", entry 1 rank 1). A gap is at least 1, so
      // the IDs of a difference always ascend; a repeat or a step back cannot be written.
      "3|250|A|B|A,B||1:0:0:0:0|", // entry 1 at rank 1: build 0's rank
      "3|250|A|B|A,E||1:0:0:0:0|", // entry 2 removed: build 0 lacks it
      "3|250|A|B|A,AE||1:0:0:0:0|", // entry 1 removed, then entry 2 removed
      "3|250|A|B|A,A||1:0:0:0:0|", // entry 1 removed: no entries left and no talent code
      "3|250|A|B|A,gA||1:0:0:0:0|", // over-long varint
      "3|250|A|B|A,D||1:0:0:0:0|", // rank escape without the rank
      "3|250|A|B|A,A.||1:0:0:0:0|", // empty talent code
      good.slice(0, -2), // cut: a field short
    ];
    expect(unpackSpec("3|250|A|B|A||0:0:0:0:0|")).toBeDefined(); // the template of the cases below is valid
    // Flex: "~" count 2 ("C"), entry 5 (gap 5 - 0 - 1 = 4, "E") taken by 1 ("B"), entry 6 (gap 0, "A") taken by 3 ("D").
    expect(unpackSpec("3|250|A|B|A||0:1:2:3:3~CEBAD|")!.raid.mythic!.general!.top.flex).toEqual([
      { entryId: 5, taken: 1 },
      { entryId: 6, taken: 3 },
    ]);
    // Templates of the difference cases: entry 1 at rank 2; the same entries as build 0; build 0's entry removed, a code kept.
    expect(unpackSpec("3|250|A|B|A,C||1:0:0:0:0|")?.builds).toEqual([
      { entries: [{ entryId: 1, rank: 1 }] },
      { entries: [{ entryId: 1, rank: 2 }] },
    ]);
    expect(unpackSpec("3|250|A|B|A,||1:0:0:0:0|")?.builds).toEqual([
      { entries: [{ entryId: 1, rank: 1 }] },
      { entries: [{ entryId: 1, rank: 1 }] },
    ]);
    expect(unpackSpec("3|250|A|B|A,A.B||1:0:0:0:0|")?.builds).toEqual([
      { entries: [{ entryId: 1, rank: 1 }] },
      { entries: [], talentCode: "B" },
    ]);
    for (const text of bad) expect(unpackSpec(text), text).toBeUndefined();
    expect(unpackSpec(undefined)).toBeUndefined();
    expect(unpackSpec({})).toBeUndefined();
    expect(unpackSpec(42)).toBeUndefined();
  });

  it("throws when asked to pack data that breaks the contract", () => {
    expect(() => packSpec({ ...SPEC, builds: [{ entries: [] }] })).toThrow(/entries or a talent code/);
    expect(() => packSpec({ ...SPEC, builds: [{ entries: [], talentCode: "A|B" }] })).toThrow(/alphabet/);
    expect(() => packSpec({ ...SPEC, builds: [] })).toThrow(/builds/);
    expect(() =>
      packSpec({
        ...SPEC,
        raid: { heroic: { general: { top: { build: 0, count: 3, near: 3, sampleSize: 2, players: 2 } }, encounters: {} } },
      }),
    ).toThrow(/count 3 <= near 3 <= sample size 2/);
    const flexPick = (flex: { entryId: number; taken: number }[]) => ({
      ...SPEC,
      raid: { heroic: { general: { top: { build: 0, count: 1, near: 1, sampleSize: 2, players: 2, flex } }, encounters: {} } },
    });
    expect(() => packSpec(flexPick([{ entryId: MAX_ENTRY_ID + 1, taken: 1 }]))).toThrow(/flex entry IDs must ascend/);
    expect(() =>
      packSpec(
        flexPick([
          { entryId: 9, taken: 1 },
          { entryId: 9, taken: 1 },
        ]),
      ),
    ).toThrow(/flex entry IDs must ascend/);
    expect(() => packSpec(flexPick([{ entryId: 9, taken: 3 }]))).toThrow(/flex taken 3 exceeds sample size 2/);
  });
});
