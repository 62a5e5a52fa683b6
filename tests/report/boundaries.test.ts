/**
 * The report package reads the contract, the shared TalentData schema and Node's standard library, nothing else (no
 * pipeline, no addon).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const src = join(root, "packages/report/src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : name.endsWith(".ts") ? [join(dir, name)] : [],
  );
}

describe("packages/report", () => {
  it("imports only @att/contract (and its Node-side trees module), @att/talent-data-schema, node: built-ins and its own files", () => {
    const all = files(src);
    expect(all.length).toBeGreaterThan(5);
    const seen: string[] = [];
    for (const file of all) {
      for (const m of readFileSync(file, "utf8").matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g)) {
        const spec = m[1]!;
        seen.push(spec);
        const ok =
          spec === "@att/contract" ||
          spec === "@att/contract/trees" ||
          spec === "@att/talent-data-schema" ||
          spec.startsWith("node:") ||
          (spec.startsWith(".") && !/pipeline|addon-ts/.test(spec));
        expect(ok, `${relative(root, file)} imports ${spec}`).toBe(true);
      }
    }
    expect(seen).toEqual(expect.arrayContaining(["@att/contract", "@att/talent-data-schema"]));
  });
});
