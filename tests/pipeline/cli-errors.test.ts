import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeWcl, type FakeWcl } from "../fake-wcl/server";
import { removeDir, runAgainst, runDirs, smallDataset } from "./helpers";

/**
 * Every failure a user can cause or meet, through the real CLI in a child process: one `error:` line and at most
 * one `hint:` line, no stack trace, the documented exit code. All invocations are spawned at once (each process
 * start costs about a second of CPU), then the tests read their results.
 */
const root = join(import.meta.dirname, "../..");
const SECRET = "cli-errors-secret-7788";
const full = smallDataset({ seed: 5, specs: [62, 71, 250], raidBosses: 2, dungeons: 2, rowsPerRanking: 20 });
const oneSpec = smallDataset({ seed: 5, specs: [62], raidBosses: 2, dungeons: 2, rowsPerRanking: 20 });
let server: FakeWcl;
let oneSpecServer: FakeWcl;
let limited: FakeWcl;
let wordy: FakeWcl;
/** A GraphQL error message far longer than a line (servers put stack-like detail in them). */
const LONG_GRAPHQL_ERROR = `Internal server error: ${"while resolving worldData.encounter.characterRankings ".repeat(30)}END`;
let html: Server;
let htmlOrigin = "";
const dirs = runDirs();
const scratch = mkdtempSync(join(tmpdir(), "att-cli-errors-"));

/** A 5 KB HTML page, as a gateway or maintenance page sends it. */
const BIG_HTML = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>${"<p>The server is temporarily unavailable. ".repeat(120)}</body></html>`;

interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cliEnv(over: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("WCL_")) env[k] = v;
  return {
    ...env,
    WCL_CLIENT_ID: server.clientId,
    WCL_CLIENT_SECRET: SECRET,
    WCL_API_URL: server.apiUrl,
    WCL_TOKEN_URL: server.tokenUrl,
    WCL_TREES_URL: server.treesUrl,
    ...over,
  };
}

function spawnCli(
  args: readonly string[],
  env: Record<string, string> = {},
  onStderr?: (text: string, kill: () => void) => void,
): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "packages/pipeline/src/cli.ts", "--no-progress", "--min-spacing", "30", ...args],
      {
        cwd: root,
        env: cliEnv(env),
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
      onStderr?.(stderr, () => child.kill("SIGINT"));
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh cache (and output) folder per invocation, so concurrent runs never share files. */
function folders(label: string): string[] {
  const d = dirs.fresh(label);
  return ["--out", d.out, "--cache-dir", d.cache];
}

const results = new Map<string, Ran>();
const ran = (name: string): Ran => results.get(name)!;

const aFile = join(scratch, "a-file");
/** Root ignores permission bits, so as root an unwritable folder is one of the kernel's (writing there is EACCES). */
const unwritable = process.getuid?.() === 0 ? "/sys/kernel" : join(scratch, "read-only");

beforeAll(async () => {
  server = await startFakeWcl({ dataset: full, clientSecret: SECRET });
  oneSpecServer = await startFakeWcl({ dataset: oneSpec, clientSecret: SECRET });
  limited = await startFakeWcl({
    dataset: full,
    clientSecret: SECRET,
    faults: [{ fault: { kind: "status429", retryAfterSeconds: 1 }, times: 1000 }],
  });
  wordy = await startFakeWcl({
    dataset: full,
    clientSecret: SECRET,
    faults: [{ fault: { kind: "graphqlErrors", message: LONG_GRAPHQL_ERROR }, times: 1000 }],
  });
  html = createServer((req, res) => {
    if (req.url === "/oauth/token") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ access_token: "html-test-token-0000", token_type: "Bearer", expires_in: 3600 }));
      return;
    }
    res.writeHead(502, { "content-type": "text/html" });
    res.end(BIG_HTML);
  });
  await new Promise<void>((r) => html.listen(0, "127.0.0.1", r));
  htmlOrigin = `http://127.0.0.1:${(html.address() as AddressInfo).port}`;

  writeFileSync(aFile, "not a folder");
  if (unwritable !== "/sys/kernel") {
    mkdirSync(unwritable, { mode: 0o500 });
  }
  // A previous output with three specs; the one-spec server can only make a third of it.
  const previous = dirs.fresh("guard-previous");
  await runAgainst(server, previous, { clientSecret: SECRET });
  const guardKeep = dirs.fresh("guard-keep");
  const guardForce = dirs.fresh("guard-force");
  for (const target of [guardKeep.out, guardForce.out]) {
    for (const name of ["TalentData.lua", "talent-data.json"]) copyFileSync(join(previous.out, name), join(target, name));
  }
  const one = { WCL_API_URL: oneSpecServer.apiUrl, WCL_TOKEN_URL: oneSpecServer.tokenUrl };

  const invocations: Record<string, () => Promise<Ran>> = {
    help: () => spawnCli(["--help"]),
    unknownOption: () => spawnCli(["--frsh"]),
    unknownSpec: () => spawnCli(["--spec", "Tinker", ...folders("spec")]),
    unknownClass: () => spawnCli(["--class", "Tinker", ...folders("class")]),
    unknownEncounter: () => spawnCli(["--encounter", "Nobody At All", ...folders("encounter")]),
    wrongSecret: () => spawnCli([...folders("secret")], { WCL_CLIENT_SECRET: "wrong-secret-0000" }),
    invalidTokenUrl: () => spawnCli([...folders("url")], { WCL_TOKEN_URL: "not a url" }),
    invalidTreesUrl: () => spawnCli([...folders("trees-url")], { WCL_TREES_URL: "ftp://trees" }),
    badTreesFile: () => spawnCli(["--trees", aFile, ...folders("trees-file")]),
    notATokenEndpoint: () => spawnCli([...folders("404")], { WCL_TOKEN_URL: server.tokenUrl.replace("/oauth/token", "/nothing-here") }),
    unreachable: () => spawnCli(["--retries", "1", ...folders("unreachable")], { WCL_TOKEN_URL: "http://127.0.0.1:9/oauth/token" }),
    noNetwork: () => spawnCli(["--retries", "1", ...folders("dns")], { WCL_TOKEN_URL: "http://att-no-such-host.invalid/oauth/token" }),
    outIsFile: () => spawnCli(["--out", aFile, "--cache-dir", dirs.fresh("outfile").cache]),
    outNotDir: () => spawnCli(["--out", join(aFile, "sub"), "--cache-dir", dirs.fresh("outnotdir").cache]),
    cacheUnwritable: () => spawnCli(["--cache-dir", unwritable, "--out", dirs.fresh("cacheperm").out]),
    budget: () => spawnCli([...folders("budget")], { WCL_API_URL: limited.apiUrl, WCL_TOKEN_URL: limited.tokenUrl }),
    longGraphqlError: () =>
      spawnCli(["--retries", "1", ...folders("graphql")], { WCL_API_URL: wordy.apiUrl, WCL_TOKEN_URL: wordy.tokenUrl }),
    html5xx: () =>
      spawnCli(["--retries", "1", ...folders("html")], {
        WCL_API_URL: `${htmlOrigin}/api/v2/client`,
        WCL_TOKEN_URL: `${htmlOrigin}/oauth/token`,
      }),
    guardKeep: () => spawnCli(["--top-n", "20", "--out", guardKeep.out, "--cache-dir", guardKeep.cache], one),
    guardForce: () => spawnCli(["--top-n", "20", "--force", "--out", guardForce.out, "--cache-dir", guardForce.cache], one),
  };
  const names = Object.keys(invocations);
  const outcomes = await Promise.all(names.map((n) => invocations[n]!()));
  names.forEach((n, i) => results.set(n, outcomes[i]!));
  results.set("guardKeep:files", {
    code: 0,
    stdout: readFileSync(join(guardKeep.out, "talent-data.json"), "utf8"),
    stderr: readFileSync(join(previous.out, "talent-data.json"), "utf8"),
  });
  results.set("guardForce:files", {
    code: 0,
    stdout: readFileSync(join(guardForce.out, "talent-data.json"), "utf8"),
    stderr: readFileSync(join(previous.out, "talent-data.json"), "utf8"),
  });
}, 240_000);

afterAll(async () => {
  await Promise.all([server.close(), oneSpecServer.close(), limited.close(), wordy.close(), new Promise((r) => html.close(r))]);
  dirs.removeAll();
  removeDir(scratch);
});

/** The failure as printed: exactly one error line, at most one hint line after it, no stack trace, no secret. */
function failure(name: string, exitCode: number): { error: string; hint: string | undefined } {
  const r = ran(name);
  expect(r.code, `${name}: ${r.stderr}`).toBe(exitCode);
  const lines = r.stderr.split("\n").filter((l) => l !== "");
  const errors = lines.filter((l) => l.startsWith("error:"));
  expect(errors, r.stderr).toHaveLength(1);
  const at = lines.indexOf(errors[0]!);
  const rest = lines.slice(at + 1);
  expect(rest.length, r.stderr).toBeLessThanOrEqual(1);
  if (rest.length === 1) expect(rest[0]).toMatch(/^hint: /);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr + r.stdout).not.toContain(SECRET);
  return { error: errors[0]!, hint: rest[0] };
}

describe("pipeline CLI errors (spawned)", () => {
  it("--help documents the exit codes", () => {
    expect(ran("help").code).toBe(0);
    expect(ran("help").stdout).toMatch(/Exit codes:\n\s+0 .*\n\s+1 .*\n\s+2 .*\n\s+130 .*Ctrl-C/);
  });

  it("usage errors exit 2: unknown option, spec, class, encounter", () => {
    expect(ran("unknownOption").code).toBe(2);
    expect(ran("unknownOption").stderr).toMatch(/^error: unknown option '--frsh'/);
    expect(failure("unknownSpec", 2).error).toMatch(/^error: unknown spec "Tinker"/);
    expect(failure("unknownClass", 2).error).toMatch(/^error: unknown class tinker/);
    expect(failure("unknownEncounter", 2).error).toMatch(/^error: unknown encounter "Nobody At All"; encounters: /);
  });

  it("wrong credentials (401 invalid_client) exit 2 and say which settings to check", () => {
    const f = failure("wrongSecret", 2);
    expect(f.error).toBe("error: Warcraft Logs refused the client credentials (HTTP 401 invalid_client)");
    expect(f.hint).toMatch(/WCL_CLIENT_ID and WCL_CLIENT_SECRET/);
  });

  it("an invalid token URL exits 2: not a URL, or a URL that is no token endpoint", () => {
    expect(failure("invalidTokenUrl", 2).error).toBe('error: WCL_TOKEN_URL is not an http(s) URL: "not a url"');
    const f = failure("notATokenEndpoint", 2);
    expect(f.error).toMatch(/^error: the token URL .*\/nothing-here is not an OAuth token endpoint: HTTP 404/);
    expect(f.hint).toMatch(/WCL_TOKEN_URL/);
  });

  it("tree data the user named that is unusable exits 2: --trees not tree data, WCL_TREES_URL not a URL", () => {
    const f = failure("badTreesFile", 2);
    expect(f.error).toMatch(/^error: --trees \S+: not JSON/);
    expect(f.hint).toMatch(/Raidbots talents\.json/);
    expect(failure("invalidTreesUrl", 2).error).toBe('error: WCL_TREES_URL is not an http(s) URL: "ftp://trees"');
  });

  it("an unreachable token URL and no network exit 1 with a network hint", () => {
    for (const name of ["unreachable", "noNetwork"]) {
      const f = failure(name, 1);
      expect(f.error).toMatch(/^error: cannot reach the token endpoint http:\/\/\S+ \(1 attempt\): network error: /);
      expect(f.hint).toMatch(/network connection/);
    }
  });

  it("an unusable --out or --cache-dir exits 2 naming the option (a file, ENOTDIR, EACCES)", () => {
    expect(failure("outIsFile", 2).error).toBe(`error: --out ${aFile} is a file, not a folder`);
    expect(failure("outNotDir", 2).error).toMatch(/^error: --out \S+\/sub: cannot create the folder: ENOTDIR/);
    const f = failure("cacheUnwritable", 2);
    expect(f.error).toMatch(/^error: --cache-dir \S+: cannot write in the folder: EACCES \(permission denied\)/);
    expect(f.hint).toBe("hint: pass --cache-dir a folder you can write to");
  });

  it("a spent budget (429 after every wait) exits 1 and says to rerun after the reset", () => {
    const f = failure("budget", 1);
    expect(f.error).toMatch(/still rate limited \(HTTP 429\)/);
    expect(f.hint).toMatch(/rerun after the reset/);
  });

  it("a failing request quotes at most 200 characters of an HTML body, never the page", () => {
    const f = failure("html5xx", 1);
    expect(f.error).toMatch(/HTTP 502: <!DOCTYPE html>/);
    expect(f.error).not.toContain("</html>");
    const quoted = f.error.slice(f.error.indexOf("<!DOCTYPE"));
    expect(quoted.length).toBeLessThanOrEqual(200);
  });

  it("a GraphQL error message is quoted up to 200 characters", () => {
    const f = failure("longGraphqlError", 1);
    expect(f.error).toMatch(/GraphQL error: Internal server error: while resolving/);
    expect(f.error).not.toContain("END");
    expect(f.error.slice(f.error.indexOf("GraphQL error: ") + "GraphQL error: ".length).length).toBeLessThanOrEqual(200);
  });

  it("keeps the previous output when the new one covers less, exit 1 with one line; --force writes", () => {
    const f = failure("guardKeep", 1);
    expect(f.error).toMatch(/^error: kept the previous output in \S+: raid builds would drop from \d+ to \d+ \(\d+%, below 80%\)$/);
    expect(f.hint).toBe("hint: --force writes the new output anyway");
    expect(ran("guardKeep:files").stdout).toBe(ran("guardKeep:files").stderr);
    expect(ran("guardForce").code, ran("guardForce").stderr).toBe(0);
    expect(ran("guardForce:files").stdout).not.toBe(ran("guardForce:files").stderr);
  });
});
