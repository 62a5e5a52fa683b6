/**
 * Sorts the test files into the three vitest projects by what they load, so a new test lands in the right one
 * without a list to maintain:
 * - lua: loads a Lua runtime (tests/harness) or the simulated client (tests/wow-sim/driver), so it needs the built
 *   addon and simulator and seconds per file;
 * - e2e: starts processes, a browser or the fake Warcraft Logs server (child_process, playwright-core,
 *   tests/fake-wcl/server);
 * - unit: everything else, pure TypeScript in Node, which runs in seconds without a build.
 * The decision follows relative imports transitively inside tests/, so a test that reaches the harness through a
 * support module counts as a Lua test.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

export type ProjectName = "unit" | "lua" | "e2e";

const IMPORT = /(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" ? [] : testFiles(full);
    return name.endsWith(".test.ts") ? [full] : [];
  });
}

function resolveRelative(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, join(base, "index.ts")]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this candidate
    }
  }
  return undefined;
}

/** Every import specifier reachable from `file` through relative imports that stay inside `testsDir`. */
function reachableSpecifiers(file: string, testsDir: string): Set<string> {
  const seen = new Set<string>();
  const specs = new Set<string>();
  const stack = [file];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);
    specs.add(relative(testsDir, current));
    for (const m of readFileSync(current, "utf8").matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      specs.add(spec);
      if (!spec.startsWith(".")) continue;
      const target = resolveRelative(current, spec);
      if (target !== undefined && target.startsWith(testsDir) && target.endsWith(".ts")) stack.push(target);
    }
  }
  return specs;
}

export function projectOf(file: string, testsDir: string): ProjectName {
  const specs = [...reachableSpecifiers(file, testsDir)];
  if (specs.some((s) => s.startsWith("harness/") || s.startsWith("wow-sim/driver"))) return "lua";
  if (specs.some((s) => s === "node:child_process" || s === "playwright-core" || s === "fake-wcl/server.ts")) return "e2e";
  return "unit";
}

/** Test files per project, as paths relative to the repository root (vitest's include globs). */
export function testProjects(root: string): Record<ProjectName, string[]> {
  const testsDir = join(root, "tests");
  const out: Record<ProjectName, string[]> = { unit: [], lua: [], e2e: [] };
  for (const file of testFiles(testsDir).sort()) out[projectOf(file, testsDir)].push(relative(root, file));
  return out;
}
