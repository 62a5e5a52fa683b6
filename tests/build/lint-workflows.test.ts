/**
 * The shell half of `npm run lint:workflows`: the scripts of a workflow as actionlint hands them to shellcheck.
 * The last case runs the Debian shellcheck on the refresh step that once passed `$FRESH` unquoted.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { placeholderExpressions, workflowScripts } from "../../build/workflow-scripts";

const WORKFLOW = `
on: push
defaults:
  run:
    shell: bash
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v7
      - name: Run the pipeline
        env:
          FRESH: \${{ inputs.fresh && '--fresh' || '' }}
        run: npm run pipeline -- --max-age 20h $FRESH
      - run: Write-Host hi
        shell: pwsh
  b:
    runs-on: ubuntu-latest
    defaults:
      run:
        shell: sh
    steps:
      - run: |
          echo "\${{ github.ref }}"
          echo done
`;

describe("workflowScripts", () => {
  it("takes every bash or sh run block, named by job and step, with the shell in force", () => {
    expect(workflowScripts(WORKFLOW)).toEqual([
      { where: "job a, step 2 (Run the pipeline)", shell: "bash", script: "npm run pipeline -- --max-age 20h $FRESH" },
      { where: "job b, step 1", shell: "sh", script: `echo "${"_".repeat("${{ github.ref }}".length)}"\necho done\n` },
    ]);
  });

  it("replaces each expression by underscores of its length, lines kept", () => {
    expect(placeholderExpressions("a ${{ x }} b ${{\n y }}")).toBe("a ________ b ___\n_____");
  });

  it("gives shellcheck what it flags: the unquoted $FRESH (SC2086)", () => {
    const [script] = workflowScripts(WORKFLOW);
    const result = spawnSync("shellcheck", ["--norc", "--shell=bash", "--format=gcc", "-"], { input: script!.script, encoding: "utf8" });
    expect(result.error).toBeUndefined();
    expect(result.stdout).toMatch(/-:1:\d+: note: Double quote to prevent globbing and word splitting\. \[SC2086\]/);
  });
});
