import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeLoadout,
  diffLoadouts,
  encodeLoadout,
  mapToTree,
  normalizeCode,
  sameBuild,
  specById,
  zeroHash,
  type Loadout,
  type NodeRecord,
} from "@att/contract";
import { BLOOD_SEED, INVALID_VECTORS, VECTORS } from "./fixtures";

function decoded(code: string): Loadout {
  const result = decodeLoadout(code);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("decode: the worked example", () => {
  it("reads the Blood DK seed header and records as the format sheet works them out by hand", () => {
    const loadout = decoded(BLOOD_SEED.code);
    expect(loadout.version).toBe(2);
    expect(loadout.specId).toBe(250);
    expect(loadout.treeHash).toEqual(zeroHash());
    expect(loadout.nodes).toHaveLength(69);
    expect(loadout.nodes[0]).toEqual({ index: 2, purchased: true, ranks: undefined, choice: undefined });
    expect(loadout.nodes[1]!.index).toBe(4);
    expect(loadout.nodes[loadout.nodes.length - 1]!.index).toBe(193);
    expect(loadout.nodes.filter((n) => !n.purchased).map((n) => n.index)).toEqual([29, 155]);
    expect(loadout.nodes.filter((n) => n.choice !== undefined).map((n) => n.index)).toEqual([5, 23, 132, 150, 164]);
  });
});

describe("decode: every real string", () => {
  it.each(VECTORS.map((v) => [v.code.slice(0, 12), v] as const))(
    "%s… has its listed spec and selection count and re-encodes byte for byte",
    (_, vector) => {
      const loadout = decoded(vector.code);
      expect(loadout.specId).toBe(vector.specID);
      expect(loadout.version).toBe(vector.version);
      expect(loadout.nodes).toHaveLength(vector.selectedCount);
      expect(specById(loadout.specId)?.specName).toBe(vector.specName);
      expect(encodeLoadout(loadout)).toEqual({ ok: true, value: vector.code });
    },
  );
});

describe("decode: bad input is a typed error", () => {
  const cases: [string, string, string][] = [
    ["empty", "", "empty"],
    ["only spaces", "   \n", "empty"],
    ["a stray bracket", BLOOD_SEED.code + "]", "bad-character"],
    ["base64 padding", BLOOD_SEED.code + "=", "bad-character"],
    ["header cut short", BLOOD_SEED.code.slice(0, 20), "too-short"],
    ["over-long", BLOOD_SEED.code.repeat(8), "too-long"],
    ["version 3", "D" + BLOOD_SEED.code.slice(1), "unsupported-version"],
    ["version 0", "A" + BLOOD_SEED.code.slice(1), "unsupported-version"],
  ];
  it.each(cases)("%s", (_, code, kind) => {
    const result = decodeLoadout(code);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe(kind);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });

  it("says where a record runs out of bits", () => {
    // "w" = 110000: after the header's 2 bits, node 0 and node 1 unselected, node 2 selected + purchased,
    // and then the string ends before node 2's partial and choice bits.
    const result = decodeLoadout(BLOOD_SEED.code.slice(0, 26));
    expect(result).toMatchObject({ ok: false, error: { kind: "truncated" } });
    if (!result.ok) expect(result.error.message).toContain("node 3");
  });

  it("rejects the real broken strings by character, and reads the mis-filed ones with their true header spec", () => {
    for (const vector of INVALID_VECTORS) {
      const result = decodeLoadout(vector.code);
      if (vector.headerSpecID === undefined) {
        expect(result).toMatchObject({ ok: false, error: { kind: "bad-character" } });
      } else {
        expect(result.ok && result.value.specId).toBe(vector.headerSpecID);
        expect(vector.headerSpecID).not.toBe(vector.filedSpecID);
      }
    }
  });

  it("accepts surrounding whitespace from a paste", () => {
    expect(decoded(`  ${BLOOD_SEED.code}\n`).nodes).toHaveLength(69);
  });
});

describe("canonical form", () => {
  it("drops the zero tail and a non-zero tree hash, so equal builds are equal strings", () => {
    const loadout = decoded(BLOOD_SEED.code);
    const withHash = encodeLoadout({ ...loadout, treeHash: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 255] });
    const withLongTail = encodeLoadout({ ...loadout, recordCount: loadout.recordCount + 40 });
    const canonical = normalizeCode(BLOOD_SEED.code);
    expect(canonical.ok).toBe(true);
    if (!canonical.ok || !withHash.ok || !withLongTail.ok) return;
    expect(withHash.value).not.toBe(BLOOD_SEED.code);
    expect(normalizeCode(withHash.value)).toEqual(canonical);
    expect(normalizeCode(withLongTail.value)).toEqual(canonical);
    // The last selected record (index 193) ends at bit 559, so the canonical string is ceil(560/6) = 94 chars.
    expect(canonical.value).toHaveLength(94);
    expect(BLOOD_SEED.code.startsWith(canonical.value.slice(0, 93))).toBe(true);
    expect(normalizeCode(canonical.value)).toEqual(canonical);
  });
});

describe("tree mapping and diff", () => {
  const a = decoded(VECTORS[0]!.code);
  const b = decoded(VECTORS[1]!.code);

  it("maps records onto node IDs and refuses a string longer than the tree", () => {
    const nodeIds = Array.from({ length: 205 }, (_, i) => 1000 + i);
    const mapped = mapToTree(a, nodeIds);
    expect(mapped.ok && mapped.value[0]).toMatchObject({ index: 2, nodeId: 1002 });
    expect(mapToTree(a, nodeIds.slice(0, 100))).toMatchObject({ ok: false, error: { kind: "tree-mismatch" } });
  });

  it("lists added, removed, rank and choice changes between two builds", () => {
    const base: Loadout = {
      version: 2,
      specId: 250,
      treeHash: zeroHash(),
      recordCount: 10,
      nodes: [
        { index: 1, purchased: true },
        { index: 3, purchased: true, ranks: 1 },
        { index: 5, purchased: true, choice: 0 },
      ],
    };
    const other: Loadout = {
      ...base,
      nodes: [
        { index: 3, purchased: true },
        { index: 5, purchased: true, choice: 1 },
        { index: 7, purchased: false },
      ],
    };
    expect(diffLoadouts(base, other, [10, 11, 12, 13, 14, 15, 16, 17, 18, 19]).changes).toEqual([
      { kind: "removed", index: 1, nodeId: 11 },
      { kind: "ranks", index: 3, nodeId: 13, from: 1, to: -1 },
      { kind: "choice", index: 5, nodeId: 15, from: 0, to: 1 },
      { kind: "added", index: 7, nodeId: 17 },
    ]);
    expect(sameBuild(base, base)).toBe(true);
    expect(sameBuild(a, b)).toBe(false);
    expect(diffLoadouts(a, b).sameSpec).toBe(true);
  });
});

describe("property: encode and decode are inverse", () => {
  const record = (index: number, version: number): fc.Arbitrary<NodeRecord> =>
    fc
      .record({
        purchased: version === 1 ? fc.constant(true) : fc.boolean(),
        ranks: fc.option(fc.integer({ min: 0, max: 63 }), { nil: undefined }),
        choice: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      })
      .map((r) => (r.purchased ? { index, ...r } : { index, purchased: false }));

  const loadoutArb: fc.Arbitrary<Loadout> = fc
    .record({
      version: fc.constantFrom(1, 2),
      specId: fc.integer({ min: 0, max: 65535 }),
      treeHash: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 16, maxLength: 16 }),
      selected: fc.array(fc.boolean(), { minLength: 0, maxLength: 300 }),
    })
    .chain(({ version, specId, treeHash, selected }) =>
      fc.tuple(...selected.map((isSelected, index) => (isSelected ? record(index, version) : fc.constant(undefined)))).map((records) => ({
        version,
        specId,
        treeHash,
        recordCount: selected.length,
        nodes: records.filter((r): r is NodeRecord => r !== undefined),
      })),
    );

  it("decode(encode(x)) returns x's records, and encoding is stable", () => {
    fc.assert(
      fc.property(loadoutArb, (loadout) => {
        const code = encodeLoadout(loadout);
        if (!code.ok) return false;
        const back = decodeLoadout(code.value);
        if (!back.ok) return false;
        // Padding adds at most 5 unselected records at the end.
        expect(back.value.recordCount - loadout.recordCount).toBeGreaterThanOrEqual(0);
        expect(back.value.recordCount - loadout.recordCount).toBeLessThan(6);
        expect(back.value.nodes).toEqual(
          loadout.nodes.map((n) => ({ index: n.index, purchased: n.purchased, ranks: n.ranks, choice: n.choice })),
        );
        expect(back.value.specId).toBe(loadout.specId);
        expect(back.value.treeHash).toEqual(loadout.treeHash);
        expect(encodeLoadout(back.value)).toEqual(code);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it("rejects fields that do not fit their bit width instead of truncating them", () => {
    const base: Loadout = { version: 2, specId: 250, treeHash: zeroHash(), recordCount: 3, nodes: [{ index: 0, purchased: true }] };
    expect(encodeLoadout({ ...base, specId: 70000 })).toMatchObject({ ok: false, error: { kind: "invalid-field" } });
    expect(encodeLoadout({ ...base, nodes: [{ index: 0, purchased: true, choice: 4 }] })).toMatchObject({ ok: false });
    expect(encodeLoadout({ ...base, nodes: [{ index: 5, purchased: true }] })).toMatchObject({ ok: false });
    expect(encodeLoadout({ ...base, version: 3 })).toMatchObject({ ok: false, error: { kind: "unsupported-version" } });
  });
});
