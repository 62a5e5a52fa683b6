/**
 * Dependencies point one way: pipeline -> contract <- addon-ts. The contract and the addon are compiled to Lua
 * for the game, so they may import nothing Node-only; the pipeline may import nothing from the addon.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
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
  return [...text.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

/** Node built-ins and the npm packages only the Node side may use. */
const NODE_ONLY = /^(node:|fs$|path$|os$|child_process$|http$|https$|url$|crypto$|zod$|graphql|dotenv$|commander$|cli-progress$|@rpglogs\/|yazl$|yauzl$|fengari$|@att\/pipeline)/;

const packages = {
  contract: join(root, "packages/contract/src"),
  addon: join(root, "packages/addon-ts/src"),
  pipeline: join(root, "packages/pipeline/src"),
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

  it("the check sees real imports (guards against a regex that matches nothing)", () => {
    const addonImports = sourceFiles(packages.addon).flatMap(importsOf);
    expect(addonImports).toContain("@att/contract");
    expect(sourceFiles(packages.pipeline).flatMap(importsOf).some((s) => s.startsWith("@att/contract"))).toBe(true);
  });
});
