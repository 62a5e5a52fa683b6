/** Which kind of data an API URL makes, and where its answers are cached (config/api-source.ts). */
import { describe, expect, it } from "vitest";
import { apiSource, cacheNamespace } from "../../packages/pipeline/src/config/api-source";

describe("apiSource", () => {
  it("calls only the live Warcraft Logs endpoint warcraftlogs (case of the host, a default port and a trailing slash aside)", () => {
    for (const url of [
      "https://www.warcraftlogs.com/api/v2/client",
      "https://WWW.WarcraftLogs.com/api/v2/client/",
      "https://www.warcraftlogs.com:443/api/v2/client",
    ])
      expect(apiSource(url), url).toEqual({ kind: "warcraftlogs", folder: "warcraftlogs" });
  });

  it("calls every other URL a test server, with its origin and a folder of its own per endpoint", () => {
    const fake = apiSource("http://127.0.0.1:41234/api/v2/client");
    expect(fake).toEqual({
      kind: "test-server",
      apiOrigin: "http://127.0.0.1:41234",
      folder: expect.stringMatching(/^test-server\/127\.0\.0\.1-41234-[0-9a-f]{12}$/),
    });
    // Look-alikes of the live API are test servers too.
    expect(apiSource("http://www.warcraftlogs.com/api/v2/client").kind).toBe("test-server");
    expect(apiSource("https://www.warcraftlogs.com/api/v2/user").kind).toBe("test-server");
    expect(apiSource("https://www.warcraftlogs.com.example/api/v2/client").kind).toBe("test-server");
    // Another port, path or query of the same host never shares the folder.
    const folders = [
      fake.folder,
      apiSource("http://127.0.0.1:41235/api/v2/client").folder,
      apiSource("http://127.0.0.1:41234/other/api").folder,
      apiSource("http://127.0.0.1:41234/api/v2/client?x=1").folder,
    ];
    expect(new Set(folders).size).toBe(4);
  });

  it("keeps credentials and paths out of the origin", () => {
    const source = apiSource("https://user:pass@test.example:8443/api/v2/client?token=abc");
    expect(source.apiOrigin).toBe("https://test.example:8443");
    expect(source.folder).not.toMatch(/user|pass|abc/);
  });
});

describe("cacheNamespace", () => {
  const live = apiSource("https://www.warcraftlogs.com/api/v2/client");

  it("gives each pair of credentials its own folder below the endpoint's, without the secret in it", () => {
    const a = cacheNamespace(live, "client-a", "secret-a");
    expect(a).toMatch(/^warcraftlogs\/client-[0-9a-f]{12}$/);
    expect(cacheNamespace(live, "client-a", "secret-a")).toBe(a);
    expect(cacheNamespace(live, "client-a", "secret-b")).not.toBe(a);
    expect(cacheNamespace(live, "client-b", "secret-a")).not.toBe(a);
    expect(a).not.toContain("secret");
    // The separator keeps ("ab", "c") and ("a", "bc") apart.
    expect(cacheNamespace(live, "ab", "c")).not.toBe(cacheNamespace(live, "a", "bc"));
  });
});
