/** What `npm start` runs (build/start-plan.ts): the source, and the folder only live data may write. */
import { describe, expect, it } from "vitest";
import { startPlan } from "../../build/start-plan";
import { DEFAULT_API_URL, DEFAULT_TOKEN_URL, DEFAULT_TREES_URL } from "../../packages/pipeline/src/config/env";

const urls = { apiUrl: DEFAULT_API_URL, tokenUrl: DEFAULT_TOKEN_URL, treesUrl: DEFAULT_TREES_URL };
const live = { clientId: "id", clientSecret: "secret", ...urls };

describe("startPlan", () => {
  it("writes live data to the tracked folder, sample data without credentials to dist/sample-data", () => {
    expect(startPlan(live, [])).toEqual({
      source: "wcl",
      out: "packages/addon-ts/data",
      pipelineArgs: ["--source", "wcl", "--out", "packages/addon-ts/data"],
    });
    expect(startPlan(urls, ["--spec", "62"])).toEqual({
      source: "sample",
      out: "dist/sample-data",
      pipelineArgs: ["--source", "sample", "--out", "dist/sample-data", "--spec", "62"],
    });
  });

  it("sends data from a test server (the fake server's lines in the environment) to dist/test-server-data", () => {
    const fake = { ...live, apiUrl: "http://127.0.0.1:40000/api/v2/client", tokenUrl: "http://127.0.0.1:40000/oauth/token" };
    expect(startPlan(fake, []).out).toBe("dist/test-server-data");
    expect(startPlan(fake, []).pipelineArgs).toEqual(["--source", "wcl", "--out", "dist/test-server-data"]);
  });

  it("keeps an --out the user passed, in either form (the pipeline refuses test-server data in the tracked folder)", () => {
    expect(startPlan(live, ["--out", "x"])).toEqual({ source: "wcl", out: "x", pipelineArgs: ["--source", "wcl", "--out", "x"] });
    expect(startPlan(live, ["--out=y", "--fresh"]).out).toBe("y");
  });
});
