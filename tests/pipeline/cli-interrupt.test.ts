import { spawn } from "node:child_process";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../packages/pipeline/src/cli/main";
import { startFakeWcl, type FakeWcl } from "../fake-wcl/server";
import { runDirs, smallDataset } from "./helpers";

/** Ctrl-C: exit 130, the terminal restored (cursor shown, progress line ended), and the resume hint. */
const root = join(import.meta.dirname, "../..");
const dataset = smallDataset({ seed: 9, specs: [62, 71], raidBosses: 2, dungeons: 2, rowsPerRanking: 20 });
let server: FakeWcl;
const dirs = runDirs();

beforeAll(async () => {
  server = await startFakeWcl({ dataset, latencyMs: 400, clientSecret: "interrupt-secret-4455" });
});
afterAll(async () => {
  await server.close();
  dirs.removeAll();
});

const env = (): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("WCL_"))),
  WCL_CLIENT_ID: server.clientId,
  WCL_CLIENT_SECRET: server.clientSecret,
  WCL_API_URL: server.apiUrl,
  WCL_TOKEN_URL: server.tokenUrl,
  WCL_TREES_URL: server.treesUrl,
});

describe("Ctrl-C", () => {
  it("SIGINT to the CLI exits 130 and says a rerun resumes from the cache", async () => {
    const { out, cache } = dirs.fresh("sigint");
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "packages/pipeline/src/cli.ts", "--no-progress", "--min-spacing", "30", "--out", out, "--cache-dir", cache],
      {
        cwd: root,
        env: env(),
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stderr = "";
    let sent = false;
    child.stdout.resume();
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
      // Interrupt once the run is fetching rankings, mid-request.
      if (!sent && /rankings: \d+ to do/.test(stderr)) {
        sent = true;
        child.kill("SIGINT");
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(sent, stderr).toBe(true);
    expect(code, stderr).toBe(130);
    expect(stderr.trimEnd().split("\n").at(-1)).toBe(`interrupted: nothing is lost, a rerun resumes from the cache in ${cache}`);
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 120_000);

  it("on a terminal the progress bar is stopped and the cursor shown again before the hint", async () => {
    const { out, cache } = dirs.fresh("tty");
    let text = "";
    const stderr = Object.assign(
      new Writable({
        write(chunk: Buffer, _enc, done) {
          text += chunk.toString();
          done();
        },
      }),
      { isTTY: true, columns: 120 },
    ) as unknown as NodeJS.WriteStream;
    const stdout = Object.assign(new Writable({ write: (_c, _e, done) => done() }), { isTTY: false }) as unknown as NodeJS.WriteStream;
    let interrupt = (): void => {};
    const run = main({
      argv: ["--out", out, "--cache-dir", cache, "--min-spacing", "30"],
      env: env(),
      stdout,
      stderr,
      onInterrupt: (handler) => {
        interrupt = handler;
        return () => {};
      },
    });
    // Wait until the bar is on screen (cursor hidden), then press Ctrl-C.
    for (let i = 0; i < 200 && !text.includes("\x1b[?25l"); i++) await new Promise((r) => setTimeout(r, 50));
    expect(text).toContain("\x1b[?25l");
    interrupt();
    expect(await run).toBe(130);
    const hidden = text.lastIndexOf("\x1b[?25l");
    const shown = text.lastIndexOf("\x1b[?25h");
    const hint = text.lastIndexOf("interrupted: nothing is lost, a rerun resumes from the cache in");
    expect(shown).toBeGreaterThan(hidden);
    expect(hint).toBeGreaterThan(shown);
    // The hint starts on a line of its own, not glued to the bar.
    expect(text.slice(hint - 1, hint)).toBe("\n");
  }, 60_000);
});
