/**
 * Data from any API but the live Warcraft Logs one, through the real CLI against the fake server: it is labelled
 * "test-server" with the server's origin, cached apart from live answers (and apart per endpoint and credentials),
 * refused in the tracked data folder, and wrong credentials are refused (exit 2) even when every answer is cached.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIVE_OUT_DIR } from "../../packages/pipeline/src/cli/options";
import { PLAIN_PROFILE, startFakeWcl, type FakeWcl } from "../fake-wcl/server";
import { runDirs, smallDataset } from "./helpers";

const root = join(import.meta.dirname, "../..");
const SECRET = "test-server-secret-4242";
const dirs = runDirs();
let server: FakeWcl;

interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(args: readonly string[], over: Record<string, string> = {}): Promise<Ran> {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("WCL_")) env[k] = v;
  Object.assign(env, {
    WCL_CLIENT_ID: server.clientId,
    WCL_CLIENT_SECRET: SECRET,
    WCL_API_URL: server.apiUrl,
    WCL_TOKEN_URL: server.tokenUrl,
    ...over,
  });
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "packages/pipeline/src/cli.ts", "--no-progress", "--min-spacing", "30", "--top-n", "10", ...args],
      { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => relative(dir, join(dir, name)));
}

beforeAll(async () => {
  server = await startFakeWcl({
    dataset: smallDataset({ seed: 9, specs: [62], raidBosses: 1, dungeons: 1, rowsPerRanking: 10 }),
    clientSecret: SECRET,
    // No burst limit: a burst 429 costs the CLI a live-like wait of 20 s or more, and this test is not about it.
    profile: PLAIN_PROFILE,
  });
});

afterAll(async () => {
  await server.close();
  dirs.removeAll();
});

describe("a run against a test server", () => {
  const d = { out: "", cache: "" };

  it("labels its data test-server with the server's origin, and caches under the endpoint and credentials", async () => {
    Object.assign(d, dirs.fresh("test-server"));
    const ran = await cli(["--out", d.out, "--cache-dir", d.cache]);
    expect(ran.stderr).not.toMatch(/^error:/m);
    expect(ran.code).toBe(0);
    const data = JSON.parse(readFileSync(join(d.out, "talent-data.json"), "utf8")) as { source: { kind: string; apiOrigin?: string } };
    const port = new URL(server.apiUrl).port;
    expect(data.source.kind).toBe("test-server");
    expect(data.source.apiOrigin).toBe(`http://127.0.0.1:${port}`);
    expect(readFileSync(join(d.out, "TalentData.lua"), "utf8")).toContain('kind = "test-server"');
    const files = filesUnder(d.cache);
    expect(files.length).toBeGreaterThan(0);
    // Nothing in the live API's folder; one folder for this endpoint, one below it for these credentials.
    for (const file of files) expect(file).toMatch(new RegExp(`^test-server/127\\.0\\.0\\.1-${port}-[0-9a-f]{12}/client-[0-9a-f]{12}/`));
    expect(new Set(files.map((f) => f.split("/").slice(0, 3).join("/"))).size).toBe(1);
  });

  it("refuses wrong credentials with exit 2 although every answer is cached, and a warm rerun with the right ones asks nothing", async () => {
    const before = server.stats.requests;
    const wrong = await cli(["--out", d.out, "--cache-dir", d.cache], { WCL_CLIENT_SECRET: "wrong-secret-0000" });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("error: Warcraft Logs refused the client credentials (HTTP 401 invalid_client)");
    expect(server.stats.tokenRequests).toBeGreaterThan(0);
    // No API answer was asked for: only token requests reached the server.
    expect(server.stats.received.slice(before).every((r) => r.endpoint === "token")).toBe(true);

    const warmBefore = server.stats.requests;
    const warm = await cli(["--out", d.out, "--cache-dir", d.cache]);
    expect(warm.code).toBe(0);
    expect(server.stats.requests).toBe(warmBefore);
  });

  it("never writes to the tracked data folder: the default --out is refused with exit 2 before any request", async () => {
    const before = server.stats.requests;
    const liveFiles = filesUnder(join(root, LIVE_OUT_DIR));
    const ran = await cli(["--cache-dir", dirs.fresh("test-server-live").cache]);
    expect(ran.code).toBe(2);
    expect(ran.stderr.trim().split("\n")).toEqual([
      `error: WCL_API_URL is a test server (http://127.0.0.1:${new URL(server.apiUrl).port}), not Warcraft Logs: its data is never written to ${LIVE_OUT_DIR} (the tracked live data)`,
      "hint: pass --out (say --out dist/test-server-data), or unset WCL_API_URL and WCL_TOKEN_URL for the live API",
    ]);
    expect(server.stats.requests).toBe(before);
    expect(filesUnder(join(root, LIVE_OUT_DIR))).toEqual(liveFiles);
  });
});
