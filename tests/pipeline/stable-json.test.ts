import { describe, expect, it } from "vitest";
import { stableStringify } from "../../packages/pipeline/src/util/stable-json";

describe("stableStringify", () => {
  it("sorts keys, indents by two, and writes an object of plain values on one line", () => {
    const value = {
      b: [
        { rank: 2, entryId: 7 },
        { entryId: 9, rank: 1 },
      ],
      a: { z: null, y: 'x"y', nested: { k: [] }, empty: {} },
      c: [1, "two", undefined],
      d: undefined,
    };
    expect(stableStringify(value)).toBe(
      [
        "{",
        '  "a": {',
        '    "empty": {},',
        '    "nested": {',
        '      "k": []',
        "    },",
        '    "y": "x\\"y",',
        '    "z": null',
        "  },",
        '  "b": [',
        '    { "entryId": 7, "rank": 2 },',
        '    { "entryId": 9, "rank": 1 }',
        "  ],",
        '  "c": [',
        "    1,",
        '    "two",',
        "    null",
        "  ]",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("reads back to the same value as JSON.stringify writes", () => {
    const value = { specs: { "250": { builds: [{ entries: [{ entryId: 1, rank: 1 }], talentCode: "AB" }] } }, n: 1.5, s: "é" };
    expect(JSON.parse(stableStringify(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });
});
