import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createSampleFetch,
  createSampleSource,
  makeDataset,
  SAMPLE_API_URL,
  SAMPLE_CREDENTIALS,
  SAMPLE_TOKEN_URL,
} from "@att/sample-world";
import { getToken, gql, postQuery, rankingsField } from "./client";
import { startFakeWcl, type FakeWcl, PLAIN_PROFILE } from "./server";

const dataset = makeDataset({ seed: 9, specs: [71, 264], raidBosses: 2, dungeons: 2, rowsPerRanking: 30 });
const sample = { ...SAMPLE_CREDENTIALS, apiUrl: SAMPLE_API_URL, tokenUrl: SAMPLE_TOKEN_URL };

describe("sample fetch (--source sample)", () => {
  let server: FakeWcl;
  beforeAll(async () => {
    server = await startFakeWcl({ profile: PLAIN_PROFILE, dataset, ...SAMPLE_CREDENTIALS });
  });
  afterAll(() => server.close());

  it("answers the same bodies as the HTTP fake server for the same data set", async () => {
    const sampleFetch = createSampleFetch(dataset);
    const sampleToken = await getToken(sample, sampleFetch);
    const serverToken = await getToken(server);
    const report = [...dataset.reports.values()][3]!;
    const queries = [
      "{ worldData { expansions { id name zones { id name frozen encounters { id name journalID } partitions { id default } } } } }",
      "{ gameData { classes { id slug specs { id slug } } } }",
      `{ worldData { a: encounter(id: 3301) { ${rankingsField("Warrior", "Arms", "includeCombatantInfo: true")} }
                     b: encounter(id: 12800) { ${rankingsField("Shaman", "Restoration", "leaderboard: LogsOnly, includeCombatantInfo: true")} } } }`,
      `{ reportData { report(code: "${report.code}") { masterData { actors(type: "Player") { id name server } }
           fights(fightIDs: [${report.fights[0]!.id}]) { id p: talentImportCode(actorID: ${report.actors[0]!.id}) } } } }`,
      "{ worldData { zone(id: 46) { nope } } }",
      `{ worldData { encounter(id: 3301) { ${rankingsField("Warrior", "Arms", "difficulty: 10")} } } }`,
    ];
    for (const query of queries) {
      const viaFetch = await postQuery(sample, sampleToken, query, undefined, { doFetch: sampleFetch });
      const viaServer = await postQuery(server, serverToken, query);
      expect(viaFetch.status).toBe(viaServer.status);
      expect(JSON.parse(viaFetch.text)).toEqual(JSON.parse(viaServer.text));
    }
  });

  it("requires a bearer token from its token URL, like the server", async () => {
    const sampleFetch = createSampleFetch(dataset);
    expect((await gql(sample, undefined, "{ rateLimitData { limitPerHour } }", undefined, sampleFetch)).status).toBe(401);
    const viaForm = await sampleFetch(SAMPLE_TOKEN_URL, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: SAMPLE_CREDENTIALS.clientId,
        client_secret: SAMPLE_CREDENTIALS.clientSecret,
      }),
    });
    expect(viaForm.status).toBe(200);
    const { access_token } = (await viaForm.json()) as { access_token: string };
    const answer = await gql(sample, access_token, "{ rateLimitData { limitPerHour pointsSpentThisHour } }", undefined, sampleFetch);
    expect(answer.body.data.rateLimitData).toEqual({ limitPerHour: 3600, pointsSpentThisHour: 0 });
  });

  it("uses a reserved .invalid host and fails like a network error for any other URL", async () => {
    expect(new URL(SAMPLE_API_URL).hostname.endsWith(".invalid")).toBe(true);
    const sampleFetch = createSampleFetch(dataset);
    await expect(sampleFetch("https://www.warcraftlogs.com/api/v2/client", { method: "POST", body: "{}" })).rejects.toThrow(TypeError);
  });

  it("honours an already aborted signal", async () => {
    const sampleFetch = createSampleFetch(dataset);
    await expect(sampleFetch(SAMPLE_TOKEN_URL, { method: "POST", body: "", signal: AbortSignal.abort() })).rejects.toThrow();
  });

  it("createSampleSource bundles the default data set with URLs and credentials", async () => {
    const source = createSampleSource(dataset);
    const token = await getToken(source, source.fetch);
    const answer = await gql(source, token, "{ worldData { zone(id: 47) { name } } }", undefined, source.fetch);
    expect(answer.body.data.worldData.zone.name).toBe("Mythic+ Season 1");
  });
});
