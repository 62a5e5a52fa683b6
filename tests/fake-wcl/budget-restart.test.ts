/**
 * The fake server's point budget outlives its process, as the live one does (per client and hour): the window is
 * resumed from the budget file by a restart within the hour, and a restart after it starts a new window.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRateLimiter } from "@att/sample-world";
import { describe, expect, it } from "vitest";
import { getToken, gql, rankingsField, type Endpoints } from "./client";

const root = join(import.meta.dirname, "../..");
const RAID_BOSS = 3301;

describe("rate limiter resume", () => {
  it("continues a window that has not ended, and ignores one that has", () => {
    let now = 1_000_000;
    const limiter = createRateLimiter({ now: () => now, resume: { spent: 120, windowEnd: now + 600_000 } });
    expect(limiter.snapshot()).toEqual({ limitPerHour: 3600, pointsSpentThisHour: 120, pointsResetIn: 600 });
    limiter.charge(5);
    expect(limiter.window()).toEqual({ spent: 125, windowEnd: 1_600_000 });
    now = 2_000_000;
    const late = createRateLimiter({ now: () => now, resume: { spent: 120, windowEnd: 1_600_000 } });
    expect(late.snapshot()).toEqual({ limitPerHour: 3600, pointsSpentThisHour: 0, pointsResetIn: 3600 });
  });
});

function start(budgetFile: string): Promise<{ child: ChildProcess; api: Endpoints; banner: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "build/fake-wcl.ts", "--profile", "plain", "--budget-file", budgetFile], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let banner = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      banner += chunk.toString();
      if (!banner.includes("Ctrl+C")) return;
      const env = Object.fromEntries([...banner.matchAll(/^ {2}(WCL_[A-Z_]+)=(\S+)$/gm)].map((m) => [m[1]!, m[2]!]));
      resolve({
        child,
        banner,
        api: {
          apiUrl: env["WCL_API_URL"]!,
          tokenUrl: env["WCL_TOKEN_URL"]!,
          clientId: env["WCL_CLIENT_ID"]!,
          clientSecret: env["WCL_CLIENT_SECRET"]!,
        },
      });
    });
    child.on("exit", (code) => reject(new Error(`fake-wcl exited (${code}) before it was ready: ${banner}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.on("exit", () => resolve());
    child.kill("SIGINT");
  });
}

async function spentThisHour(api: Endpoints, token: string): Promise<number> {
  const { body } = await gql(api, token, "{ rateLimitData { pointsSpentThisHour } }");
  return body.data.rateLimitData.pointsSpentThisHour as number;
}

describe("npm run fake-wcl across a restart", () => {
  it("keeps the hour's spend", { timeout: 60_000 }, async () => {
    const file = join(mkdtempSync(join(tmpdir(), "att-fake-budget-")), "budget.json");
    const first = await start(file);
    expect(first.banner).toContain("Point budget: a new hour");
    const token = await getToken(first.api);
    const rankings = await gql(
      first.api,
      token,
      `{ worldData { encounter(id: ${RAID_BOSS}) { a: ${rankingsField("Hunter", "BeastMastery")} b: ${rankingsField("Mage", "Arcane")} } } }`,
    );
    expect(rankings.status).toBe(200);
    const spent = await spentThisHour(first.api, token);
    expect(spent).toBeGreaterThan(0);
    await stop(first.child);
    // The reading is a request of its own, a lone rateLimitData, and costs 1 point (the 2026 price); the answer
    // states the spend before it.
    const kept = spent + 1;
    expect((JSON.parse(readFileSync(file, "utf8")) as { spent: number }).spent).toBe(kept);

    const second = await start(file);
    try {
      expect(second.banner).toContain(`Point budget: ${kept} points already spent this hour`);
      expect(await spentThisHour(second.api, await getToken(second.api))).toBe(kept);
    } finally {
      await stop(second.child);
    }
  });
});
