import { describe, expect, it } from "vitest";
import { createResponder, makeDataset, type SampleDataset } from "@att/sample-world";
import { rankingsField } from "./client";

/** A parsed answer: the tests walk arbitrary JSON, so its shape is not typed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyJson = any;

/** Runs one query straight through the responder (no HTTP). */
function ask(
  responder: ReturnType<typeof createResponder>,
  query: string,
  variables?: Record<string, unknown>,
): { status: number; body: AnyJson } {
  const reply = responder.respond(JSON.stringify({ query, variables }));
  return { status: reply.status, body: JSON.parse(JSON.stringify(reply.body)) };
}

const RAID_BOSS = 3301;
const MPLUS_DUNGEON = 12800;

function small(extra: Partial<Parameters<typeof makeDataset>[0]> = {}): SampleDataset {
  return makeDataset({ seed: 11, specs: [253, 62, 105], raidBosses: 2, dungeons: 1, rowsPerRanking: 20, ...extra });
}

describe("sample responder: validation against the official schema", () => {
  const responder = createResponder(small());

  it("rejects an unknown field like the real API, with an errors array and no data", () => {
    const { status, body } = ask(responder, "{ worldData { zone(id: 46) { id bossCount } } }");
    expect(status).toBe(200);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].message).toContain('Cannot query field "bossCount" on type "Zone"');
  });

  it("rejects an argument characterRankings does not have (timeframe exists only on Character rankings)", () => {
    const { body } = ask(responder, `{ worldData { encounter(id: ${RAID_BOSS}) { characterRankings(timeframe: Today) } } }`);
    expect(body.errors[0].message).toContain('Unknown argument "timeframe"');
  });

  it("rejects a wrong argument type and conflicting aliases", () => {
    const wrongType = ask(responder, `{ worldData { encounter(id: "3301") { id } } }`);
    expect(wrongType.body.errors[0].message).toMatch(/Int cannot represent/);
    const conflict = ask(
      responder,
      `{ worldData { encounter(id: ${RAID_BOSS}) { x: ${rankingsField("Hunter", "BeastMastery")} x: ${rankingsField("Mage", "Arcane")} } } }`,
    );
    expect(conflict.body.errors[0].message).toMatch(/"x" conflict/);
  });

  it("reports a syntax error and a non-JSON body", () => {
    expect(ask(responder, "{ worldData { ").body.errors[0].message).toMatch(/Syntax Error/);
    const reply = responder.respond("not json");
    expect(reply.status).toBe(400);
  });

  it("answers an unknown report with a GraphQL error and null data at that path", () => {
    const { body } = ask(responder, `{ reportData { report(code: "NoSuchReport0000") { code } } }`);
    expect(body.data.reportData.report).toBeNull();
    expect(body.errors[0].path).toEqual(["reportData", "report"]);
  });
});

describe("sample responder: characterRankings", () => {
  it("serves 100 rows per page and says when more pages follow", () => {
    const responder = createResponder(small({ rowsPerRanking: 250 }));
    const page = (n: number) =>
      ask(responder, `{ worldData { encounter(id: ${RAID_BOSS}) { ${rankingsField("Hunter", "BeastMastery", `page: ${n}`)} } } }`).body.data
        .worldData.encounter.characterRankings;
    expect([1, 2, 3, 4].map((n) => [page(n).page, page(n).count, page(n).hasMorePages, page(n).rankings.length])).toEqual([
      [1, 100, true, 100],
      [2, 100, true, 100],
      [3, 50, false, 50],
      [4, 0, false, 0],
    ]);
    expect(page(2).rankings[0].amount).toBeLessThanOrEqual(page(1).rankings[99].amount);
  });

  it("returns {error} inside the JSON for a difficulty the zone does not have", () => {
    const responder = createResponder(small());
    const { status, body } = ask(
      responder,
      `{ worldData { raid: encounter(id: ${RAID_BOSS}) { ${rankingsField("Hunter", "BeastMastery", "difficulty: 10")} }
                     key: encounter(id: ${MPLUS_DUNGEON}) { ${rankingsField("Hunter", "BeastMastery", "difficulty: 5")} } } }`,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.worldData.raid.characterRankings).toEqual({ error: "Invalid difficulty setting specified." });
    expect(body.data.worldData.key.characterRankings).toEqual({ error: "Invalid difficulty setting specified." });
  });

  it("lists talents only with includeCombatantInfo, as talentID/points pairs", () => {
    // No row without talents and no row with an empty list (both real quirks the world draws, ~0.5 % each).
    const responder = createResponder(small({ quirks: { noTalents: 0, emptyList: 0 } }));
    const q = (info: boolean) =>
      ask(
        responder,
        `{ worldData { encounter(id: ${RAID_BOSS}) { ${rankingsField("Mage", "Arcane", `includeCombatantInfo: ${info}`)} } } }`,
      ).body.data.worldData.encounter.characterRankings.rankings;
    expect(q(false).every((r: Record<string, unknown>) => r.talents === undefined)).toBe(true);
    const rows = q(true);
    expect(rows.every((r: { talents: unknown[] }) => Array.isArray(r.talents) && r.talents.length > 20)).toBe(true);
    expect(Object.keys(rows[0].talents[0])).toEqual(expect.arrayContaining(["talentID", "points"]));
  });

  it("hides Mythic+ runs without a log when asked for leaderboard: LogsOnly", () => {
    const responder = createResponder(small({ rowsPerMythicPlusRanking: 20, quirks: { leaderboardOnly: 1 } }));
    const q = (board: string) =>
      ask(
        responder,
        `{ worldData { encounter(id: ${MPLUS_DUNGEON}) { ${rankingsField("Hunter", "BeastMastery", `leaderboard: ${board}`)} } } }`,
      ).body.data.worldData.encounter.characterRankings.rankings;
    expect(q("Any")).toHaveLength(20);
    expect(q("Any").every((r: Record<string, unknown>) => r.report === undefined)).toBe(true);
    expect(q("LogsOnly")).toHaveLength(0);
  });

  it("answers world data with the current zones, their bosses and a default partition", () => {
    const responder = createResponder(small());
    const { body } = ask(
      responder,
      "{ worldData { raid: zone(id: 46) { name frozen encounters { id journalID } difficulties { id } partitions { id default } } key: zone(id: 47) { name encounters { id } } } }",
    );
    const raid = body.data.worldData.raid;
    expect(raid.frozen).toBe(false);
    expect(raid.encounters).toHaveLength(2);
    expect(raid.encounters.every((e: { id: number }) => e.id < 10000)).toBe(true);
    expect(raid.difficulties.map((d: { id: number }) => d.id)).toContain(5);
    expect(raid.partitions.filter((p: { default: boolean }) => p.default)).toHaveLength(1);
    expect(body.data.worldData.key.name).toBe("Mythic+ Season 1");
    expect(body.data.worldData.key.encounters[0].id).toBeGreaterThanOrEqual(10000);
  });
});

describe("sample responder: points", () => {
  it("charges live prices: 1 per rankings alias, 1 per report actors, 2 + 0.1 per import string for report fights; rateLimitData shows the spend before the request", () => {
    const ds = small();
    const responder = createResponder(ds, { limitPerHour: 100 });
    const [codeA, codeB] = [...ds.reports.keys()];
    const first = ask(
      responder,
      `{ worldData { a: encounter(id: ${RAID_BOSS}) { x: ${rankingsField("Hunter", "BeastMastery")} y: ${rankingsField("Mage", "Arcane")} }
                     b: encounter(id: 3303) { ${rankingsField("Hunter", "BeastMastery")} } }
         reportData { r1: report(code: "${codeA}") { code masterData { actors(type: "Player") { id } } }
                      r2: report(code: "${codeB}") { fights { id p1: talentImportCode(actorID: 1) p2: talentImportCode(actorID: 2) } } }
         rateLimitData { limitPerHour pointsSpentThisHour pointsResetIn } }`,
    );
    expect(first.body.data.rateLimitData).toMatchObject({ limitPerHour: 100, pointsSpentThisHour: 0 });
    expect(first.body.data.rateLimitData.pointsResetIn).toBeGreaterThan(3500);
    const fights = first.body.data.reportData.r2.fights.length;
    const second = ask(responder, "{ rateLimitData { pointsSpentThisHour } worldData { zone(id: 46) { name } } }");
    // 3 pages + 1 report's actors + one fights alias (2) with 2 import strings per fight listed (0.1 each).
    const expected = 3 + 1 + 2 + 0.2 * fights;
    expect(second.body.data.rateLimitData.pointsSpentThisHour).toBeCloseTo(expected, 6);
    expect(responder.rateLimit.totalCharged()).toBeCloseTo(expected, 6);
  });

  it("bills a request holding rateLimitData alone 1 point (live, 2026), and rateLimitData beside other fields nothing", () => {
    const responder = createResponder(small(), { limitPerHour: 100 });
    ask(responder, "{ rateLimitData { pointsSpentThisHour } }");
    expect(responder.rateLimit.totalCharged()).toBe(1);
    ask(responder, "query Probe { __typename rateLimitData { limitPerHour } }");
    expect(responder.rateLimit.totalCharged()).toBe(2);
    // Beside free world data it stays free: only a request of its own is billed.
    const both = ask(responder, "{ rateLimitData { pointsSpentThisHour } worldData { zone(id: 46) { name } } }");
    expect(both.body.data.rateLimitData.pointsSpentThisHour).toBe(2);
    expect(responder.rateLimit.totalCharged()).toBe(2);
  });

  it("refuses costly queries with 429 once the budget is spent, still answers rateLimitData, and resets with the window", () => {
    let now = 1_000_000;
    const responder = createResponder(small(), { limitPerHour: 2, windowMs: 60_000, now: () => now });
    const rankings = `{ worldData { a: encounter(id: ${RAID_BOSS}) { x: ${rankingsField("Hunter", "BeastMastery")} y: ${rankingsField("Mage", "Arcane")} } } }`;
    expect(ask(responder, rankings).status).toBe(200);
    const refused = responder.respond(JSON.stringify({ query: rankings }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBe(60);
    const budget = ask(responder, "{ rateLimitData { limitPerHour pointsSpentThisHour pointsResetIn } }");
    expect(budget.status).toBe(200);
    expect(budget.body.data.rateLimitData).toEqual({ limitPerHour: 2, pointsSpentThisHour: 2, pointsResetIn: 60 });
    now += 60_000;
    expect(ask(responder, rankings).status).toBe(200);
  });
});
