/**
 * Real recorded rankings pages (../shared/testdata/wcl-real, provenance in its SOURCE.md; read at run time, never
 * copied) through the pipeline's own row parsing: nothing in them crashes anything, and the messes they hold are
 * read the way the pipeline means to (a repeated talentID kept once, hidden players, an empty list, repeated
 * characters, an {"error"} answer).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { packEntries, SPECS } from "@att/contract";
import { REAL_PAGES, realPagesDir } from "../../packages/sample-world/src/calibrate/real-pages";
import { entriesOf } from "../../packages/pipeline/src/core/entries";
import { isHiddenRow } from "../../packages/pipeline/src/core/entry";
import { entriesOfIdentity, identityOfKey } from "../../packages/pipeline/src/core/identity";
import type { QueryAnswer } from "../../packages/pipeline/src/http/client";
import { distinctPlayerCut, extractRankings, type RankingRequest } from "../../packages/pipeline/src/wcl/rankings";

const dir = realPagesDir(join(dirname(fileURLToPath(import.meta.url)), "..", ".."));
const read = (name: string): unknown => JSON.parse(readFileSync(join(dir!, name), "utf8")) as unknown;
const scalarOf = (page: unknown): unknown =>
  (page as { data: { worldData: { encounter: { characterRankings: unknown } } } }).data.worldData.encounter.characterRankings;

const zone = {
  content: "mythicplus" as const,
  zoneId: 39,
  name: "Mythic+ Season 1",
  partition: 1,
  difficultyId: 10,
  difficultyName: "mythicplus",
  encounters: [],
};
const encounter = { id: 12660, name: "Ara-Kara, City of Echoes", content: "mythicplus" as const, zoneId: 39, order: 1, journalId: 0 };
const request = (specId: number): RankingRequest => ({ zone, encounter, spec: SPECS.find((s) => s.specId === specId)!, page: 1 });
const answer = (scalar: unknown): QueryAnswer => ({ data: { worldData: { e12660: { a0: scalar } } }, errors: [] });

describe.skipIf(dir === undefined)("real rankings pages through the pipeline's row parsing", () => {
  it("the Discipline Mythic+ page: 100 rows, none invalid; a repeated ID kept once, 2 hidden players, 1 empty list", () => {
    const out = extractRankings(request(256), 0, answer(scalarOf(read(REAL_PAGES.mplusSpec))));
    if (!out.ok) throw new Error(out.message);
    const { rows, invalidRows } = out.value;
    expect(rows).toHaveLength(100);
    expect(invalidRows).toBe(0);
    // Row 3 lists talentID 117297 twice (points 1 both times): one entry, the row flagged.
    expect(rows.filter((r) => r.repeatedId === true).map((r) => rows.indexOf(r))).toEqual([2]);
    expect(rows[2]!.build!.split(",").filter((p) => p.startsWith("117297:"))).toEqual(["117297:1"]);
    expect(rows.filter(isHiddenRow).map((r) => [rows.indexOf(r), r.name, r.report.code.slice(0, 2), r.server])).toEqual([
      [26, "Anonymous", "a:", undefined],
      [97, "Anonymous", "a:", undefined],
    ]);
    expect(rows.filter((r) => r.build === "").map((r) => rows.indexOf(r))).toEqual([72]);
    // The items carry only talentID and points: no names to keep.
    expect(out.value.talentNames).toBeUndefined();
  });

  it("the Discipline page's top 50 distinct players take 60 rows (77 characters in 100 rows), and every build packs", () => {
    const out = extractRankings(request(256), 0, answer(scalarOf(read(REAL_PAGES.mplusSpec))));
    if (!out.ok) throw new Error(out.message);
    const cut = distinctPlayerCut(out.value.rows, 50);
    expect(cut.players).toBe(50);
    expect(cut.rows).toBe(60);
    // Every character with a usable list: 75 named and 2 hidden, less the one whose only row lists nothing.
    expect(distinctPlayerCut(out.value.rows, 1000).players).toBe(76);
    const { entries, wrongSpec } = entriesOf({
      zone,
      encounter,
      spec: request(256).spec,
      rows: out.value.rows.slice(0, cut.rows),
      invalidRows: 0,
    });
    expect(wrongSpec).toBe(0);
    expect(entries.filter((e) => e.name === "Anonymous")).toHaveLength(1);
    for (const e of entries) {
      const identity = identityOfKey(e.build);
      if (identity !== null) expect(() => packEntries(entriesOfIdentity(identity))).not.toThrow();
    }
  });

  it("the every-spec page read as one spec's ranking: the other specs' rows are dropped as another spec, none crash", () => {
    const out = extractRankings(request(1473), 0, answer(scalarOf(read(REAL_PAGES.mplusAnySpec))));
    if (!out.ok) throw new Error(out.message);
    const { entries, wrongSpec } = entriesOf({ zone, encounter, spec: request(1473).spec, rows: out.value.rows, invalidRows: 0 });
    // Augmentation Evoker: 13 of the 100 rows.
    expect(entries).toHaveLength(13);
    expect(wrongSpec).toBe(87);
    for (const e of entries) expect(() => packEntries(entriesOfIdentity(identityOfKey(e.build)!))).not.toThrow();
  });

  it('the rejected query\'s {"error"} scalar is an empty last page carrying the message', () => {
    const out = extractRankings(request(256), 0, answer(read("2026-09-rankings-error-scalar.json")));
    expect(out).toEqual({
      ok: true,
      value: { hasMorePages: false, rows: [], invalidRows: 0, error: "Invalid difficulty setting or size specified." },
    });
  });
});
