/**
 * `npm run fake-wcl` as a user (or a script) runs it: npm starts a shell, which starts tsx, which starts the server.
 * A SIGTERM to npm's PID alone must still free the port (npm does not pass it on; the server watches its ancestors).
 */
import { spawn } from "node:child_process";
import { connect } from "node:net";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return check();
}

describe("npm run fake-wcl", () => {
  it("stops listening when only npm's own PID is sent SIGTERM", { timeout: 90_000 }, async () => {
    // Its own process group, so that whatever happens the test can clean up the whole tree at the end.
    const budget = join(mkdtempSync(join(tmpdir(), "att-fake-lifecycle-")), "budget.json");
    const npm = spawn("npm", ["run", "--silent", "fake-wcl", "--", "--budget-file", budget], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
      detached: true,
    });
    try {
      let printed = "";
      const port = await new Promise<number>((resolve, reject) => {
        npm.stdout.on("data", (chunk: Buffer) => {
          printed += chunk.toString();
          const match = /on port (\d+)/.exec(printed);
          if (match !== null && printed.includes("Ctrl+C")) resolve(Number(match[1]));
        });
        npm.on("exit", (code) => reject(new Error(`npm exited (${code}) before the server was ready: ${printed}`)));
      });
      expect(await listening(port)).toBe(true);
      // Its banner sends the lines to the environment, not to .env, and the data to the test-server folder.
      expect(printed).not.toMatch(/put them in \.env/);
      expect(printed).toContain("npm run pipeline -- --out dist/test-server-data");

      npm.kill("SIGTERM");
      // The server polls its ancestors once a second; under the whole suite's load on two cores (a dozen processes
      // starting at once) that poll and the close can take several seconds, so the wait is generous: what is tested
      // is that the port is freed at all, where it used to stay taken forever.
      expect(await until(async () => !(await listening(port)), 30_000)).toBe(true);
    } finally {
      try {
        process.kill(-npm.pid!, "SIGKILL");
      } catch {
        // Already gone: the case this test wants.
      }
    }
  });
});
