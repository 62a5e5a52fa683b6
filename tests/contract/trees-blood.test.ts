/** The hand-laid Blood DK tree against the real Feb 2026 Death Knight strings. */
import { describe, expect, it } from "vitest";
import { decodeLoadout, encodeLoadout } from "@att/contract";
import { buildToLoadout, isLegalBuild, loadoutToBuild, spentPoints } from "@att/sample-world/trees";
import { bloodDeathKnightTree } from "../fixtures/blood-dk-tree";
import { VECTORS } from "./fixtures";

const tree = bloodDeathKnightTree();
/** The Feb 2026 tree (N = 205): the two seed strings and the Archon snapshot of 2026-02-22. */
const FEB_2026 = VECTORS.filter((v) => v.className === "Death Knight" && (v.source === "seed" || String(v.asOf).startsWith("2026-02")));
const BLOOD = FEB_2026.filter((v) => v.specID === 250);

describe("hand-laid Blood Death Knight tree", () => {
  it("has 205 nodes in ascending ID order, the three hero pickers and keystones", () => {
    expect(tree.nodes).toHaveLength(205);
    const ids = tree.nodes.map((n) => n.nodeId);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(tree.nodes.filter((n) => n.kind === "subTreeSelection").map((n) => n.specId)).toEqual([252, 251, 250]);
    expect(tree.nodes.filter((n) => n.granted).map((n) => tree.nodes.indexOf(n))).toEqual([29, 145, 155, 159]);
  });

  it("every Feb 2026 Blood string decodes onto it, is a legal build and re-encodes to the identical string", () => {
    expect(BLOOD.length).toBeGreaterThanOrEqual(3);
    for (const vector of BLOOD) {
      const decoded = decodeLoadout(vector.code);
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) continue;
      expect(decoded.value.recordCount).toBe(205);
      const build = loadoutToBuild(tree, decoded.value);
      expect(build.ok, JSON.stringify(build)).toBe(true);
      if (!build.ok) continue;
      // Granted: Blood's record 29 and the Deathbringer keystone (record 155) its picker choice brings.
      expect(build.value.filter((s) => s.granted).map((s) => tree.nodes.findIndex((n) => n.nodeId === s.nodeId))).toEqual([29, 155]);
      expect(isLegalBuild(tree, 250, build.value)).toEqual({ ok: true, value: true });
      expect(spentPoints(tree, build.value).hero).toBe(6);
      expect(encodeLoadout(buildToLoadout(tree, 250, build.value))).toEqual({ ok: true, value: vector.code });
    }
  });

  it("Frost and Unholy strings fit except where a class node is granted to them (records 30 and 38)", () => {
    for (const vector of FEB_2026.filter((v) => v.specID !== 250)) {
      const decoded = decodeLoadout(vector.code);
      if (!decoded.ok) throw new Error(decoded.error.message);
      const build = loadoutToBuild(tree, decoded.value);
      // Record 29 (Blood's granted node) is bought by the other specs: wrong-spec; 30/38 are granted to them: granted-mismatch.
      expect(build.ok).toBe(false);
      if (build.ok) continue;
      expect(["wrong-spec", "granted-mismatch"]).toContain(build.error.kind);
      const index = tree.nodes.findIndex((n) => n.nodeId === build.error.nodeId);
      expect([29, 30, 38]).toContain(index);
    }
  });
});
