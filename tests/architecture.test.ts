/**
 * Dependencies point one way: pipeline -> contract <- addon-ts, and sample-world -> contract (the synthetic world:
 * tree model and sample Warcraft Logs API), which only the pipeline's CLI edge loads, for `--source sample`. The
 * contract and the addon are compiled to Lua for the game, so they may import nothing Node-only; the pipeline may
 * import nothing from the addon; the sample world nothing from the pipeline or the addon. talent-data-schema (the
 * zod form of the contract's TalentData, shared by pipeline, report and build) imports only the contract and zod.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map(
    (m) => (m[1] ?? m[2])!,
  );
}

/** Node built-ins and the npm packages only the Node side may use. */
const NODE_ONLY =
  /^(node:|fs$|path$|os$|child_process$|http$|https$|url$|crypto$|zod$|graphql|dotenv$|commander$|cli-progress$|@rpglogs\/|yazl$|yauzl$|fengari$|@att\/pipeline|@att\/sample-world|@att\/talent-data-schema)/;

const packages = {
  contract: join(root, "packages/contract/src"),
  addon: join(root, "packages/addon-ts/src"),
  pipeline: join(root, "packages/pipeline/src"),
  sampleWorld: join(root, "packages/sample-world/src"),
  talentDataSchema: join(root, "packages/talent-data-schema/src"),
};

describe("package boundaries", () => {
  it("contract imports only its own files", () => {
    for (const file of sourceFiles(packages.contract)) {
      for (const spec of importsOf(file)) {
        expect(spec.startsWith("."), `${relative(root, file)} imports ${spec}`).toBe(true);
      }
    }
  });

  it("the addon imports only itself and @att/contract, nothing Node-only or from the pipeline", () => {
    for (const file of sourceFiles(packages.addon)) {
      for (const spec of importsOf(file)) {
        const ok = spec.startsWith(".") ? !spec.includes("pipeline") && !spec.includes("contract/") : spec === "@att/contract";
        expect(ok && !NODE_ONLY.test(spec), `${relative(root, file)} imports ${spec}`).toBe(true);
      }
    }
  });

  it("the pipeline never imports the addon", () => {
    for (const file of sourceFiles(packages.pipeline)) {
      for (const spec of importsOf(file)) {
        expect(/addon-ts|@att\/addon/.test(spec), `${relative(root, file)} imports ${spec}`).toBe(false);
      }
    }
  });

  it("the sample world imports only itself, @att/contract and its Node-side libraries", () => {
    for (const file of sourceFiles(packages.sampleWorld)) {
      for (const spec of importsOf(file)) {
        const ok = spec.startsWith(".") || spec === "@att/contract" || /^(node:|graphql$)/.test(spec);
        expect(ok && !/pipeline|addon/.test(spec), `${relative(root, file)} imports ${spec}`).toBe(true);
      }
    }
  });

  it("the talent data schema imports only itself, @att/contract (with its Node-side trees module) and zod", () => {
    const seen: string[] = [];
    for (const file of sourceFiles(packages.talentDataSchema)) {
      for (const spec of importsOf(file)) {
        seen.push(spec);
        const ok =
          spec === "@att/contract" || spec === "@att/contract/trees" || spec === "zod" || (spec.startsWith(".") && !spec.includes(".."));
        expect(ok, `${relative(root, file)} imports ${spec}`).toBe(true);
      }
    }
    expect(seen).toEqual(expect.arrayContaining(["@att/contract/trees", "zod"]));
  });

  it("the tree model stays TSTL-safe: nothing Node-only under sample-world/src/trees", () => {
    for (const file of sourceFiles(join(packages.sampleWorld, "trees"))) {
      for (const spec of importsOf(file)) {
        expect(!NODE_ONLY.test(spec), `${relative(root, file)} imports ${spec}`).toBe(true);
      }
    }
  });

  it("in the pipeline only the CLI edge loads the sample world", () => {
    const importers = sourceFiles(packages.pipeline)
      .filter((file) => importsOf(file).some((spec) => spec.startsWith("@att/sample-world") || spec.includes("sample-world/")))
      .map((file) => relative(packages.pipeline, file));
    expect(importers).toEqual(["cli/main.ts"]);
  });

  it("the check sees real imports (guards against a regex that matches nothing)", () => {
    const addonImports = sourceFiles(packages.addon).flatMap(importsOf);
    expect(addonImports).toContain("@att/contract");
    expect(
      sourceFiles(packages.pipeline)
        .flatMap(importsOf)
        .some((s) => s.startsWith("@att/contract")),
    ).toBe(true);
  });
});

/** The file a relative import, @att/contract(/trees), @att/sample-world or @att/talent-data-schema names, or undefined for a package import. */
function resolveImport(from: string, spec: string): string | undefined {
  if (spec === "@att/contract") return join(packages.contract, "index.ts");
  if (spec === "@att/contract/trees") return join(packages.contract, "trees.ts");
  if (spec === "@att/sample-world") return join(packages.sampleWorld, "index.ts");
  if (spec === "@att/talent-data-schema") return join(packages.talentDataSchema, "index.ts");
  if (spec === "@att/sample-world/trees") return join(packages.sampleWorld, "trees/index.ts");
  if (!spec.startsWith(".")) return undefined;
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.d.ts`, join(base, "index.ts"), base]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next form
    }
  }
  return undefined;
}

/** Import cycles (type-only imports included: they still tie two modules' designs together), each as a path. */
function findCycles(files: readonly string[]): string[][] {
  const edges = new Map(
    files.map((f) => [
      f,
      importsOf(f)
        .map((s) => resolveImport(f, s))
        .filter((t): t is string => t !== undefined),
    ]),
  );
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, "open");
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      const s = state.get(next);
      if (s === "open") cycles.push([...stack.slice(stack.indexOf(next)), next].map((f) => relative(root, f)));
      else if (s === undefined && edges.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}

describe("no import cycles", () => {
  it("no package source file reaches itself through its imports", () => {
    const files = Object.values(packages).flatMap(sourceFiles);
    expect(findCycles(files).map((c) => c.join(" -> "))).toEqual([]);
  });

  it("the resolver follows real imports (guards against a check that sees no edges)", () => {
    const files = sourceFiles(packages.pipeline);
    const resolved = files.flatMap((f) => importsOf(f).map((s) => resolveImport(f, s))).filter((t) => t !== undefined);
    expect(resolved.length).toBeGreaterThan(100);
  });
});

describe("one WoW edge", () => {
  /** A client global read or called: the C_ namespaces and the classic globals the addon declares in wow/api.d.ts. */
  const CLIENT_CALL =
    /\b(C_[A-Za-z]+\s*\.|InCombatLockdown|CreateFrame|GetInstanceInfo|GetServerTime|GetLocale|GetTime|StaticPopup_\w+|StaticPopupDialogs|EJ_\w+|Settings\s*\.|GameTooltip|UIParent|SlashCmdList|RunNextFrame|UnitName|hooksecurefunc|securecallfunction)\b/;
  const withoutComments = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");

  it("only files under packages/addon-ts/src/wow/ touch the client", () => {
    const offenders = sourceFiles(packages.addon)
      .filter((file) => !relative(packages.addon, file).startsWith("wow/"))
      .filter((file) => CLIENT_CALL.test(withoutComments(readFileSync(file, "utf8"))))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  it("the check sees client calls where they are (guards against a pattern that matches nothing)", () => {
    const wowFiles = sourceFiles(join(packages.addon, "wow")).filter((f) => !f.endsWith(".d.ts"));
    expect(wowFiles.filter((file) => CLIENT_CALL.test(withoutComments(readFileSync(file, "utf8")))).length).toBeGreaterThan(5);
  });
});
