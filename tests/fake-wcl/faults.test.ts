import { afterEach, describe, expect, it } from "vitest";
import { makeDataset } from "@att/sample-world";
import { getToken, gql, postQuery, rankingsField } from "./client";
import { isRankingsQuery, isReportQuery, mentions, startFakeWcl, type FakeWcl, type FaultRule, PLAIN_PROFILE } from "./server";

const dataset = makeDataset({ seed: 5, specs: [253, 62], raidBosses: 2, dungeons: 1, rowsPerRanking: 20 });
const RANKINGS = `{ worldData { encounter(id: 3301) { ${rankingsField("Hunter", "BeastMastery")} } } }`;
const RATE = "{ rateLimitData { limitPerHour pointsSpentThisHour } }";
const REPORT = `{ reportData { report(code: "${[...dataset.reports.keys()][0]}") { code } } }`;

let server: FakeWcl | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(
  faults: FaultRule[],
  extra: Partial<Parameters<typeof startFakeWcl>[0]> = {},
): Promise<{ server: FakeWcl; token: string }> {
  server = await startFakeWcl({ profile: PLAIN_PROFILE, dataset, faults, ...extra });
  return { server, token: await getToken(server) };
}

describe("fake server faults fire where addressed, a bounded number of times", () => {
  it("HTTP 429 with Retry-After, twice, then normal answers", async () => {
    const { server, token } = await start([{ fault: { kind: "status429", retryAfterSeconds: 3 }, times: 2 }]);
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await postQuery(server, token, RANKINGS));
    expect(answers.map((a) => a.status)).toEqual([429, 429, 200]);
    expect(answers[0]!.headers.get("retry-after")).toBe("3");
    expect(server.stats.faults.status429).toBe(2);
  });

  it("5xx with an HTML body on the 2nd GraphQL request only", async () => {
    const { server, token } = await start([{ fault: { kind: "status5xx", status: 503 }, nth: 2 }]);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await postQuery(server, token, RATE)).status);
    expect(statuses).toEqual([200, 503, 200]);
    expect(server.stats.faults.status5xx).toBe(1);
  });

  it("a hung request never answers (the client times out) and the next one does", async () => {
    const { server, token } = await start([{ fault: { kind: "hang" } }]);
    await expect(postQuery(server, token, RATE, undefined, { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect((await postQuery(server, token, RATE)).status).toBe(200);
    expect(server.stats.faults.hang).toBe(1);
  });

  it("malformed bodies: truncated JSON, then an HTML page, both HTTP 200, then valid JSON", async () => {
    const { server, token } = await start([
      { fault: { kind: "truncatedJson" }, nth: 1 },
      { fault: { kind: "htmlPage" }, nth: 2 },
    ]);
    const truncated = await postQuery(server, token, RANKINGS);
    expect(truncated.status).toBe(200);
    expect(() => JSON.parse(truncated.text)).toThrow();
    const html = await postQuery(server, token, RANKINGS);
    expect(html.status).toBe(200);
    expect(html.headers.get("content-type")).toContain("text/html");
    expect(html.text).toMatch(/^<!DOCTYPE html>/);
    const fine = await postQuery(server, token, RANKINGS);
    expect(JSON.parse(fine.text).data.worldData.encounter.characterRankings.rankings).toHaveLength(20);
    expect(server.stats.faults).toMatchObject({ truncatedJson: 1, htmlPage: 1 });
  });

  it("GraphQL errors with null data, then data again", async () => {
    const { server, token } = await start([{ fault: { kind: "graphqlErrors", message: "Something broke" } }]);
    const failed = await gql(server, token, RANKINGS);
    expect(failed.status).toBe(200);
    expect(failed.body).toEqual({ data: null, errors: [{ message: "Something broke" }] });
    expect((await gql(server, token, RANKINGS)).body.data.worldData.encounter.characterRankings.page).toBe(1);
  });

  it('{"error"} inside the rankings JSON of the 3rd request that mentions characterRankings', async () => {
    const { server, token } = await start([
      { fault: { kind: "rankingsError", message: "Invalid difficulty setting specified." }, where: isRankingsQuery, nth: 3 },
    ]);
    const two = `{ worldData { a: encounter(id: 3301) { ${rankingsField("Hunter", "BeastMastery")} } b: encounter(id: 3303) { ${rankingsField("Hunter", "BeastMastery")} } } }`;
    const bodies = [];
    for (const q of [RANKINGS, RATE, RANKINGS, two, two]) bodies.push((await gql(server, token, q)).body);
    expect(bodies[3].errors).toBeUndefined();
    expect(bodies[3].data.worldData.a.characterRankings).toEqual({ error: "Invalid difficulty setting specified." });
    expect(bodies[3].data.worldData.b.characterRankings.rankings).toHaveLength(20);
    expect(bodies[4].data.worldData.a.characterRankings.rankings).toHaveLength(20);
    expect(bodies[2].data.worldData.encounter.characterRankings.rankings).toHaveLength(20);
    expect(server.stats.faults.rankingsError).toBe(1);
  });

  it('{"error"} also replaces an aliased rankings field, as clients that batch with aliases send them', async () => {
    const { server, token } = await start([{ fault: { kind: "rankingsError" }, where: isRankingsQuery }]);
    const aliased = `{ worldData { a: encounter(id: 3301) { r1: ${rankingsField("Hunter", "BeastMastery")} } } }`;
    const body = (await gql(server, token, aliased)).body;
    expect(body.data.worldData.a.r1).toEqual({ error: "Invalid difficulty setting specified." });
    expect(server.stats.faults.rankingsError).toBe(1);
  });

  it("token expiry: 401 for the old token until the client fetches a new one", async () => {
    const { server, token } = await start([{ fault: { kind: "tokenExpiry" }, where: isReportQuery }]);
    expect((await postQuery(server, token, RATE)).status).toBe(200);
    expect((await postQuery(server, token, REPORT)).status).toBe(401);
    expect((await postQuery(server, token, RATE)).status).toBe(401);
    const fresh = await getToken(server);
    expect((await postQuery(server, fresh, REPORT)).status).toBe(200);
    expect(server.stats.faults.tokenExpiry).toBe(1);
    expect(server.stats.unauthorized).toBe(2);
  });

  it("rate-limit exhaustion: costly queries get 429 until the window resets; rateLimitData shows the full budget", async () => {
    const { server, token } = await start(
      [{ fault: { kind: "rateLimitExhausted", resetInMs: 400 }, where: mentions("characterRankings"), nth: 2 }],
      {
        pointsPerHour: 50,
      },
    );
    expect((await postQuery(server, token, RANKINGS)).status).toBe(200);
    const refused = await postQuery(server, token, RANKINGS);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    const budget = await gql(server, token, RATE);
    expect(budget.body.data.rateLimitData).toEqual({ limitPerHour: 50, pointsSpentThisHour: 50 });
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect((await postQuery(server, token, RANKINGS)).status).toBe(200);
    expect(server.stats.faults.rateLimitExhausted).toBe(1);
  });

  it("faults can target the token endpoint, and setFaults replaces the plan", async () => {
    server = await startFakeWcl({ profile: PLAIN_PROFILE, dataset, faults: [{ endpoint: "token", fault: { kind: "status5xx" } }] });
    await expect(getToken(server)).rejects.toThrow(/502/);
    const token = await getToken(server);
    server.setFaults([{ fault: { kind: "status429" } }]);
    expect((await postQuery(server, token, RATE)).status).toBe(429);
    expect((await postQuery(server, token, RATE)).status).toBe(200);
    expect(server.stats.faults).toMatchObject({ status5xx: 1, status429: 1 });
  });

  it("a truncated token answer, then a good one", async () => {
    server = await startFakeWcl({ profile: PLAIN_PROFILE, dataset, faults: [{ endpoint: "token", fault: { kind: "truncatedJson" } }] });
    await expect(getToken(server)).rejects.toThrow(SyntaxError);
    expect((await postQuery(server, await getToken(server), RATE)).status).toBe(200);
  });

  it("predicates see the parsed query and variables", async () => {
    const { server, token } = await start([
      { fault: { kind: "status5xx", status: 500 }, where: (r) => r.variables?.code === "target" && isReportQuery(r) },
    ]);
    const query = "query ($code: String) { reportData { report(code: $code) { code } } }";
    expect((await postQuery(server, token, query, { code: "other" })).status).toBe(200);
    expect((await postQuery(server, token, query, { code: "target" })).status).toBe(500);
    expect((await postQuery(server, token, query, { code: "target" })).status).toBe(200);
  });

  it("adds the configured latency to every answer", async () => {
    const { server, token } = await start([], { latencyMs: 150 });
    const t0 = performance.now();
    await postQuery(server, token, RATE);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
  });
});

describe("the secret travels only in the token request's Authorization header", () => {
  it("never appears in any other request, header or body", async () => {
    const secret = "very-secret-value-42";
    server = await startFakeWcl({ profile: PLAIN_PROFILE, dataset, clientId: "id-1", clientSecret: secret });
    const token = await getToken(server);
    await postQuery(server, token, RANKINGS);
    await postQuery(server, token, REPORT);
    const carriers = server.stats.received.filter((r) =>
      [r.body, ...Object.values(r.headers)].some(
        (v) =>
          v.includes(secret) ||
          Buffer.from(v.replace(/^Basic /, ""), "base64")
            .toString()
            .includes(secret),
      ),
    );
    expect(carriers.map((r) => r.endpoint)).toEqual(["token"]);
    expect(carriers[0]!.body).not.toContain(secret);
  });
});
