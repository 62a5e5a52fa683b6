import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeDataset } from "@att/sample-world";
import { basicAuth, getToken, gql, rankingsField } from "./client";
import { startFakeWcl, type FakeWcl, PLAIN_PROFILE } from "./server";

const dataset = makeDataset({ seed: 7, specs: [253, 62], raidBosses: 2, dungeons: 2, rowsPerRanking: 30 });

describe("fake Warcraft Logs server: auth and GraphQL", () => {
  let server: FakeWcl;
  beforeAll(async () => {
    server = await startFakeWcl({ profile: PLAIN_PROFILE, dataset, clientId: "test-id", clientSecret: "s3cr3t-value" });
  });
  afterAll(() => server.close());

  it("listens on 127.0.0.1 only", () => {
    expect(new URL(server.apiUrl).hostname).toBe("127.0.0.1");
    expect(new URL(server.tokenUrl).pathname).toBe("/oauth/token");
    expect(new URL(server.apiUrl).pathname).toBe("/api/v2/client");
  });

  it("answers 401 without a token or with an unknown one", async () => {
    const none = await gql(server, undefined, "{ rateLimitData { limitPerHour } }");
    expect(none.status).toBe(401);
    const wrong = await gql(server, "made-up-token", "{ rateLimitData { limitPerHour } }");
    expect(wrong.status).toBe(401);
  });

  it("issues a bearer token for Basic auth and for form fields, refuses a wrong secret and grant", async () => {
    const viaBasic = await fetch(server.tokenUrl, {
      method: "POST",
      headers: { authorization: basicAuth("test-id", "s3cr3t-value"), "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials",
    });
    expect(viaBasic.status).toBe(200);
    const token = (await viaBasic.json()) as { access_token: string; token_type: string; expires_in: number };
    expect(token.token_type).toBe("Bearer");
    expect(token.access_token.length).toBeGreaterThan(10);
    expect(token.expires_in).toBeGreaterThan(0);

    const viaForm = await fetch(server.tokenUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials&client_id=test-id&client_secret=s3cr3t-value",
    });
    expect(viaForm.status).toBe(200);

    const wrongSecret = await fetch(server.tokenUrl, {
      method: "POST",
      headers: { authorization: basicAuth("test-id", "nope"), "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials",
    });
    expect(wrongSecret.status).toBe(401);

    const wrongGrant = await fetch(server.tokenUrl, {
      method: "POST",
      headers: { authorization: basicAuth("test-id", "s3cr3t-value"), "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=password",
    });
    expect(wrongGrant.status).toBe(400);
  });

  it("serves aliased rankings with a token and counts requests and points", async () => {
    const before = { ...server.stats };
    const token = await getToken(server);
    const [boss1, boss2] = dataset.zones.find((z) => z.id === 46)!.encounters;
    const answer = await gql(
      server,
      token,
      `{ worldData {
          a: encounter(id: ${boss1!.id}) { bm: ${rankingsField("Hunter", "BeastMastery")} arcane: ${rankingsField("Mage", "Arcane")} }
          b: encounter(id: ${boss2!.id}) { bm: ${rankingsField("Hunter", "BeastMastery")} } } }`,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.worldData.a.bm.rankings).toHaveLength(30);
    expect(answer.body.data.worldData.a.bm.rankings[0].spec).toBe("BeastMastery");
    expect(answer.body.data.worldData.a.arcane.rankings[0].class).toBe("Mage");
    expect(answer.body.data.worldData.b.bm.rankings).toHaveLength(30);
    expect(server.stats.tokenRequests).toBe(before.tokenRequests + 1);
    expect(server.stats.graphqlRequests).toBe(before.graphqlRequests + 1);
    // Three rankings aliases at 1 point each.
    expect(server.stats.pointsCharged).toBe(before.pointsCharged + 3);
  });

  it("lets a token expire after tokenTtlSeconds", async () => {
    const shortLived = await startFakeWcl({ profile: PLAIN_PROFILE, dataset, tokenTtlSeconds: 1 });
    try {
      const token = await getToken(shortLived);
      expect((await gql(shortLived, token, "{ rateLimitData { limitPerHour } }")).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await gql(shortLived, token, "{ rateLimitData { limitPerHour } }")).status).toBe(401);
    } finally {
      await shortLived.close();
    }
  });
});
