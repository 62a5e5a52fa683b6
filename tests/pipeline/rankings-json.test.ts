import { describe, expect, it } from "vitest";
import { SPECS } from "@att/contract";
import type { QueryAnswer } from "../../packages/pipeline/src/http/client";
import { extractRankings, PAGE_SIZE, type RankingRequest } from "../../packages/pipeline/src/wcl/rankings";

/** The characterRankings JSON scalar in the shapes the real API (or a client in between) may hand over. */
const request: RankingRequest = {
  zone: { content: "raid", zoneId: 46, name: "Raid", partition: 2, difficultyId: 5, difficultyName: "mythic", encounters: [] },
  encounter: { id: 3301, name: "Boss", content: "raid", zoneId: 46, order: 1, journalId: 2801 },
  spec: SPECS.find((s) => s.specId === 62)!,
  page: 1,
};

function answer(value: unknown): QueryAnswer {
  return { data: { worldData: { e3301: { a0: value } } }, errors: [] };
}

function row(i: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: `Player${i}`,
    class: "Mage",
    spec: "Arcane",
    startTime: 1_700_000_000_000 + i,
    report: { code: `code${i}`, fightID: 3, startTime: 1_700_000_000_000 },
    server: { id: 1, name: "Argent Dawn", region: "EU" },
    talents: [
      { name: "A", id: 11, talentID: 1001, points: 1, icon: "a.jpg" },
      { name: "B", id: 12, talentID: 1000, points: 2, icon: "b.jpg" },
    ],
    ...extra,
  };
}

describe("rankings JSON variants", () => {
  it("reads a page given as an object or as a JSON string", () => {
    const page = { page: 1, hasMorePages: false, count: 1, rankings: [row(1)] };
    for (const value of [page, JSON.stringify(page)]) {
      const out = extractRankings(request, 0, answer(value));
      // The talent names are kept by talentID, for the JSON's talentNames.
      expect(out).toEqual({
        ok: true,
        value: {
          hasMorePages: false,
          invalidRows: 0,
          rows: [expect.objectContaining({ name: "Player1", build: "1000:2,1001:1" })],
          talentNames: { "1000": "B", "1001": "A" },
        },
      });
    }
  });

  it('takes {"error": ...} (also inside a string) as the API\'s answer: an empty last page carrying the error, not a failure', () => {
    for (const value of [
      { error: "Invalid difficulty setting or size specified." },
      JSON.stringify({ error: "Invalid difficulty setting or size specified." }),
    ]) {
      const out = extractRankings(request, 0, answer(value));
      expect(out).toEqual({
        ok: true,
        value: { hasMorePages: false, rows: [], invalidRows: 0, error: "Invalid difficulty setting or size specified." },
      });
    }
  });

  it("keeps a talentID listed twice once (its highest points) and marks the row; an empty list is a row without a build", () => {
    const talents = [
      { talentID: 117297, points: 1 },
      { talentID: 1000, points: 2 },
      { talentID: 117297, points: 1 },
      { talentID: 1001, points: 1 },
      { talentID: 1001, points: 2 },
    ];
    const out = extractRankings(
      request,
      0,
      answer({ page: 1, hasMorePages: false, rankings: [row(1, { talents }), row(2, { talents: [] }), row(3)] }),
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.rows.map((r) => [r.build, r.repeatedId])).toEqual([
      ["1000:2,1001:2,117297:1", true],
      ["", undefined],
      ["1000:2,1001:1", undefined],
    ]);
    // Items without names (live rows carry only talentID and points): no names, nothing else lost.
    expect(out.value.talentNames).toEqual({ "1000": "B", "1001": "A" });
  });

  it("reads a hidden player's row (no server, report code a:...) as a row like any other", () => {
    const hidden = row(1, { name: "Anonymous", hidden: true, server: undefined, report: { code: "a:ATftvd4hyqC3ZLxc", fightID: 80 } });
    const out = extractRankings(request, 0, answer({ page: 1, hasMorePages: false, rankings: [hidden] }));
    expect(out.ok && out.value.rows).toEqual([expect.objectContaining({ name: "Anonymous", hidden: true, build: "1000:2,1001:1" })]);
  });

  it("accepts a page without hasMorePages: a full page may have more, a short one is the last", () => {
    const full = extractRankings(
      request,
      0,
      answer({ page: 1, count: PAGE_SIZE, rankings: Array.from({ length: PAGE_SIZE }, (_, i) => row(i)) }),
    );
    expect(full.ok && full.value.hasMorePages).toBe(true);
    expect(full.ok && full.value.rows).toHaveLength(PAGE_SIZE);
    const short = extractRankings(request, 0, answer({ page: 2, rankings: [row(1), row(2)] }));
    expect(short.ok && short.value).toMatchObject({ hasMorePages: false, invalidRows: 0 });
    const empty = extractRankings(request, 0, answer({ page: 3, rankings: [] }));
    expect(empty.ok && empty.value).toEqual({ hasMorePages: false, rows: [], invalidRows: 0 });
  });

  it("keeps a row whose talent list does not fit (its build then comes from its import string)", () => {
    const odd = [
      row(1, { talents: [{ name: "A", id: 11, talentID: null, points: 1 }] }),
      row(2, { talents: [{ name: "A", id: 11, points: 1 }] }),
      row(3, { talents: "n/a" }),
      row(4, { talents: null }),
      row(5, { talents: undefined }),
    ];
    const out = extractRankings(request, 0, answer({ page: 1, hasMorePages: false, rankings: odd }));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.invalidRows).toBe(0);
    expect(out.value.rows.map((r) => [r.name, r.build])).toEqual([1, 2, 3, 4, 5].map((i) => [`Player${i}`, null]));
  });

  it("counts rows that cannot be used at all (no report, no name) as invalid, not the whole page", () => {
    const out = extractRankings(
      request,
      0,
      answer({ page: 1, hasMorePages: false, rankings: [row(1), row(2, { report: undefined }), row(3, { name: 7 }), null, row(4)] }),
    );
    expect(out.ok && out.value.invalidRows).toBe(3);
    expect(out.ok && out.value.rows.map((r) => r.name)).toEqual(["Player1", "Player4"]);
  });

  it("refuses a value that is no rankings page (null alias, unparsable string)", () => {
    expect(extractRankings(request, 0, answer(null)).ok).toBe(false);
    expect(extractRankings(request, 0, answer("{not json")).ok).toBe(false);
    expect(extractRankings(request, 0, answer({ page: 1, hasMorePages: false })).ok).toBe(false);
  });
});
