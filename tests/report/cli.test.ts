/**
 * `npm run data:diff` and `npm run report` as a maintainer and the refresh workflow run them: exit codes, --json,
 * and one clear line (no stack trace) for every bad input.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { editable, makeTalentData } from "./fixture";

const root = join(import.meta.dirname, "../..");
let dir = "";
const file = (name: string): string => join(dir, name);

function run(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", `packages/report/src/cli/${script}.ts`, ...args], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "att-report-cli-"));
  const old = makeTalentData();
  const changed = editable(old);
  changed.generatedAt = "2026-12-02T06:00:00.000Z";
  changed.specs["64"]!.mythicplus!.general = { top: { build: 1, count: 40, near: 40, sampleSize: 90, players: 90 } };
  const dateOnly = { ...old, generatedAt: "2026-12-02T06:00:00.000Z" };
  writeFileSync(file("old.json"), JSON.stringify(old));
  writeFileSync(file("new.json"), JSON.stringify(changed));
  writeFileSync(file("same.json"), JSON.stringify(dateOnly));
  writeFileSync(file("broken.json"), '{"schemaVersion": 2, "generatedAt": ');
  writeFileSync(file("v1.json"), JSON.stringify({ ...old, schemaVersion: 1 }));
  writeFileSync(file("dangling.json"), JSON.stringify({ ...old, specs: { "64": { ...old.specs["64"]!, builds: [] } } }));
});

describe("data:diff", () => {
  it("prints Markdown; --exit-code says whether there is something to review", () => {
    const changed = run("data-diff", ["--exit-code", file("old.json"), file("new.json")]);
    expect(changed.status).toBe(1);
    expect(changed.stdout).toContain(
      "| Mythic+ · general | 39% of 90 rankings of 90 players within 2 talents, 39% exact | 44% of 90 rankings of 90 players within 2 talents, 44% exact | +Ice Nova, −Frozen Orb |",
    );
    expect(run("data-diff", ["--exit-code", file("old.json"), file("same.json")]).status).toBe(0);
    expect(run("data-diff", [file("old.json"), file("new.json")]).status).toBe(0);
  });

  it("--json gives the same diff as data", () => {
    const r = run("data-diff", ["--json", file("old.json"), file("new.json")]);
    expect(r.status).toBe(0);
    const diff = JSON.parse(r.stdout) as { changed: boolean; slots: { spec: string; section: string; kind: string }[] };
    expect(diff.changed).toBe(true);
    expect(diff.slots.map((s) => [s.spec, s.section, s.kind])).toEqual([["Frost Mage", "mythicplus", "changed"]]);
  });

  it("--allow-missing-old treats a missing old file as the first data", () => {
    const r = run("data-diff", ["--allow-missing-old", "--exit-code", file("none.json"), file("new.json")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("## First talent data: 2026-12-02");
  });

  it.each([
    ["one file", ["x.json"], /^data:diff: expected <old\.json> <new\.json>, got 1 file/],
    ["a missing file", ["old.json", "none.json"], /^data:diff: cannot read .*none\.json$/],
    ["a truncated file", ["old.json", "broken.json"], /^data:diff: .*broken\.json is not JSON$/],
    ["an old schema", ["v1.json", "new.json"], /^data:diff: .*v1\.json is not talent data: schemaVersion 1 \(these tools read 3\)$/],
    [
      "a pick into no build",
      ["old.json", "dangling.json"],
      /^data:diff: .*dangling\.json is not talent data: specs\.64\.raid\.heroic\.general\.top\.build: points past the spec's 0 builds$/,
    ],
    ["an unknown option", ["--nope", "old.json", "new.json"], /^data:diff: Unknown option '--nope'/],
  ])("%s: one line on stderr, exit 2", (_, args, message) => {
    const r = run(
      "data-diff",
      args.map((a) => (a.endsWith(".json") ? file(a) : a)),
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
  });
});

describe("report", () => {
  it("writes the HTML file and says where", () => {
    const r = run("report", ["--data", file("new.json"), "--out", file("out/report.html")]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^report: wrote .*out\/report\.html \(40 specs, \d+ KiB\)$/);
    expect(readFileSync(file("out/report.html"), "utf8")).toMatch(/^<!DOCTYPE html>/);
  });

  it("bad data: one line, exit 2, nothing written", () => {
    const r = run("report", ["--data", file("v1.json"), "--out", file("bad/report.html")]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^report: .*v1\.json is not talent data: schemaVersion 1/);
    expect(existsSync(file("bad/report.html"))).toBe(false);
  });
});
