/**
 * A dry run of what the refresh and release workflows run, in their order, with `npm run fake-wcl` standing in for
 * Warcraft Logs: the pipeline (cold, then warm from its cache), the release check, the build diff with
 * --exit-code, the report, and the release build with its packager folder. Two differences from the workflows,
 * both to keep the repository untouched: outputs go to a temporary folder (--out, --cache-dir), and --generated-at
 * stamps the synthetic data as fresh (its rankings are dated in the past, which the release check would refuse).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADDON_NAME, parseToc } from "../../build/addon-manifest";
import { unzipTo } from "../harness/unzip";

const root = join(import.meta.dirname, "../..");
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
const dir = mkdtempSync(join(tmpdir(), "att-refresh-"));
const data = join(dir, "data", "talent-data.json");
let fake: ChildProcess | undefined;
let env: Record<string, string> = {};

function tsx(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 240_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  // A small season keeps the cold run short; every spec is still ranked, so the release check sees a full run.
  fake = spawn(process.execPath, ["--import", "tsx", "build/fake-wcl.ts", "--bosses", "2", "--dungeons", "2"], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let printed = "";
  await new Promise<void>((resolve, reject) => {
    fake!.stdout!.on("data", (chunk: Buffer) => {
      printed += chunk.toString();
      if (printed.includes("Ctrl+C")) resolve();
    });
    fake!.on("exit", (code) => reject(new Error(`fake-wcl exited (${code}) before it was ready: ${printed}`)));
  });
  env = Object.fromEntries([...printed.matchAll(/^ {2}(WCL_[A-Z_]+)=(\S+)$/gm)].map((m) => [m[1]!, m[2]!]));
});

afterAll(() => {
  fake?.kill("SIGTERM");
});

describe("refresh, then release, against the fake server", () => {
  it("prints its endpoints and credentials", () => {
    expect(Object.keys(env).sort()).toEqual(["WCL_API_URL", "WCL_CLIENT_ID", "WCL_CLIENT_SECRET", "WCL_TOKEN_URL", "WCL_TREES_URL"]);
    expect(env["WCL_API_URL"]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  });

  // Two pipeline runs, a release build (TypeScriptToLua) and five small scripts: a minute on a loaded 2-core machine.
  it("runs the workflow's scripts in order", { timeout: 240_000 }, async () => {
    const pipelineArgs = [
      "--max-age",
      "20h",
      "--no-progress",
      "--out",
      join(dir, "data"),
      "--cache-dir",
      join(dir, "cache"),
      "--generated-at",
      new Date().toISOString(),
    ];
    const cold = tsx("packages/pipeline/src/cli.ts", pipelineArgs);
    expect(cold.stderr.split("\n").filter((l) => /failed|error/i.test(l))).toEqual([]);
    expect(cold.status).toBe(0);

    const check = tsx("build/build-addon.ts", ["--release", "--check", "--data", data]);
    expect(check.stdout).toContain("this data may be released");
    expect(check.status).toBe(0);

    // First refresh: no tracked data yet.
    const first = tsx("packages/report/src/cli/data-diff.ts", [
      "--exit-code",
      "--allow-missing-old",
      "--max-chars",
      "60000",
      join(dir, "none.json"),
      data,
    ]);
    expect(first.status).toBe(1);
    expect(first.stdout).toContain("## First talent data");

    // The next day: same rankings from the cache, so nothing to review and no pull request.
    copyFileSync(data, join(dir, "old.json"));
    const warm = tsx("packages/pipeline/src/cli.ts", pipelineArgs);
    expect(warm.status).toBe(0);
    const again = tsx("packages/report/src/cli/data-diff.ts", ["--exit-code", "--allow-missing-old", join(dir, "old.json"), data]);
    expect(again.stdout).toContain("No build changed.");
    expect(again.status).toBe(0);

    const report = tsx("packages/report/src/cli/report.ts", ["--data", data, "--out", join(dir, "report.html")]);
    expect(report.status).toBe(0);
    expect(readFileSync(join(dir, "report.html"), "utf8")).not.toContain("SAMPLE DATA");

    // release.yml: npm run release, then the packager's input.
    const release = tsx("build/build-addon.ts", ["--release", "--data", data, "--out", join(dir, "dist")]);
    expect(release.stderr).not.toContain("WARNING");
    expect(release.status).toBe(0);
    expect(release.stdout).toMatch(/specs: {6}40 of 40/);
    const zip = join(dir, "dist", `${ADDON_NAME}-${version}.zip`);
    expect(existsSync(zip)).toBe(true);
    const names = await unzipTo(zip, join(dir, "unzipped"));
    expect(names.sort()).toEqual([
      `${ADDON_NAME}/${ADDON_NAME}.lua`,
      `${ADDON_NAME}/${ADDON_NAME}.toc`,
      `${ADDON_NAME}/CHANGELOG.md`,
      `${ADDON_NAME}/LICENSE`,
      `${ADDON_NAME}/TalentData.lua`,
    ]);
    expect(parseToc(readFileSync(join(dir, "unzipped", ADDON_NAME, `${ADDON_NAME}.toc`), "utf8")).metadata["Version"]).toBe(version);
    const packaged = parseToc(readFileSync(join(dir, "dist", "package", ADDON_NAME, `${ADDON_NAME}.toc`), "utf8"));
    expect(packaged.metadata["Version"]).toBe("@project-version@");
    expect(packaged.metadata["X-License"]).toBe("MIT");
  });
});
