/**
 * The shell scripts of a workflow, as actionlint hands them to shellcheck (its rule_shellcheck.go): every `run:` of a
 * step whose shell is bash or sh (GitHub's default on Linux runners is bash), with each `${{ ... }}` expression
 * replaced by underscores of the same length, so shellcheck sees a plain word and columns stay where they were.
 * Pure: the YAML text comes in.
 */
import { parse } from "yaml";

export interface WorkflowScript {
  /** "job <id>, step <n> (<name>)", for messages. */
  readonly where: string;
  readonly shell: "bash" | "sh";
  readonly script: string;
}

interface Step {
  readonly name?: string;
  readonly run?: unknown;
  readonly shell?: unknown;
}

interface Job {
  readonly steps?: readonly Step[];
  readonly defaults?: { readonly run?: { readonly shell?: unknown } };
}

export function placeholderExpressions(script: string): string {
  return script.replace(/\$\{\{[\s\S]*?\}\}/g, (expression) => expression.replace(/[^\n]/g, "_"));
}

export function workflowScripts(yamlText: string): WorkflowScript[] {
  const doc = parse(yamlText) as { jobs?: Record<string, Job>; defaults?: { run?: { shell?: unknown } } } | null;
  const out: WorkflowScript[] = [];
  for (const [id, job] of Object.entries(doc?.jobs ?? {})) {
    (job.steps ?? []).forEach((step, i) => {
      if (typeof step.run !== "string") return;
      const shell = step.shell ?? job.defaults?.run?.shell ?? doc?.defaults?.run?.shell ?? "bash";
      if (shell !== "bash" && shell !== "sh") return;
      out.push({
        where: `job ${id}, step ${i + 1}${step.name !== undefined ? ` (${step.name})` : ""}`,
        shell,
        script: placeholderExpressions(step.run),
      });
    });
  }
  return out;
}
