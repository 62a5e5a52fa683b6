import { spawn } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { encodeLoadout, normalizeCode } from "@att/contract";

const root = join(import.meta.dirname, "../..");

interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function spawnTalent(args: readonly string[]): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "packages/pipeline/src/cli/talent.ts", ...args], { cwd: root });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Every invocation the tests check, spawned up front and concurrently (each process start costs ~0.5 s). */
const runs = new Map<string, Ran>();
const talent = (...args: string[]): Ran => runs.get(JSON.stringify(args))!;

function code(
  specId: number,
  nodes: { index: number; purchased: boolean; ranks?: number; choice?: number }[],
  recordCount: number,
  hash = 0,
): string {
  const treeHash = Array.from({ length: 16 }, (_, i) => (i === 0 ? hash : 0));
  const r = encodeLoadout({ version: 2, specId, treeHash, recordCount, nodes });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const FROST = code(
  64,
  [
    { index: 0, purchased: true },
    { index: 3, purchased: true, ranks: 1 },
    { index: 5, purchased: true, choice: 1 },
  ],
  20,
  7,
);
const FROST_B = code(
  64,
  [
    { index: 0, purchased: true },
    { index: 4, purchased: true },
    { index: 5, purchased: true, choice: 0 },
  ],
  20,
);
const CANONICAL = normalizeCode(FROST);
const INVALID = [["decode", "not a code!"], ["diff", FROST, "A"], ["frobnicate"]];
const INVOCATIONS = [
  ["decode", FROST],
  ["decode", FROST, "--json"],
  ["normalize", `  ${FROST}\n`],
  ["diff", FROST, CANONICAL.ok ? CANONICAL.value : ""],
  ["diff", FROST, FROST_B],
  ...INVALID,
];

beforeAll(async () => {
  const results = await Promise.all(INVOCATIONS.map(spawnTalent));
  INVOCATIONS.forEach((args, i) => runs.set(JSON.stringify(args), results[i]!));
}, 60_000);

describe("npm run talent", () => {
  it("decode prints the header and the selected nodes", () => {
    const r = talent("decode", FROST);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("spec:      64 (Frost Mage)");
    expect(r.stdout).toContain("version:   2");
    expect(r.stdout).toMatch(/tree hash: 07000000/);
    expect(r.stdout).toMatch(/records: +\d+, selected: 3/);
    expect(r.stdout).toContain("node   4, purchased, ranks 1");
    expect(r.stdout).toContain("node   6, purchased, choice 2");
  });

  it("decode --json prints the documented fields", () => {
    const r = talent("decode", FROST, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      version: 2,
      specId: 64,
      className: "Mage",
      specName: "Frost",
      treeHashIsZero: false,
      nodes: [
        { index: 0, purchased: true },
        { index: 3, purchased: true, ranks: 1 },
        { index: 5, purchased: true, choice: 1 },
      ],
    });
  });

  it("normalize prints the canonical form", () => {
    const r = talent("normalize", `  ${FROST}\n`);
    expect(r.code).toBe(0);
    const expected = normalizeCode(FROST);
    expect(expected.ok && r.stdout).toBe(expected.ok ? `${expected.value}\n` : "");
  });

  it("diff: exit 0 for the same build in two spellings, 1 with the changes otherwise", () => {
    const same = talent("diff", FROST, CANONICAL.ok ? CANONICAL.value : "");
    expect(same.code).toBe(0);
    expect(same.stdout).toBe("same build\n");
    const different = talent("diff", FROST, FROST_B);
    expect(different.code).toBe(1);
    expect(different.stdout).toContain("- node 4");
    expect(different.stdout).toContain("+ node 5");
    expect(different.stdout).toContain("~ node 6: choice 2 -> 1");
  });

  it("invalid input: a message on stderr and exit 2", () => {
    for (const args of INVALID) {
      const r = talent(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.length, args.join(" ")).toBeGreaterThan(0);
      expect(r.stdout).toBe("");
    }
  });
});
