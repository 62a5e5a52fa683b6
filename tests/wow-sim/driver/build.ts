/**
 * The sim is TypeScript compiled to Lua (tests/wow-sim/tstl.json -> out/wow-sim/WowSim.lua; `npm run build:sim`).
 * When the bundle is missing or older than its sources, the driver builds it once, under a lock directory so
 * parallel vitest workers do not write it at the same time.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../../..");
export const SIM_BUNDLE = join(root, "out/wow-sim/WowSim.lua");
const SOURCES = [
  join(root, "tests/wow-sim/src"),
  join(root, "packages/contract/src"),
  join(root, "packages/addon-ts/src/wow/api.d.ts"),
  join(root, "tests/wow-sim/tstl.json"),
];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function isStale(): boolean {
  if (!existsSync(SIM_BUNDLE)) return true;
  const built = statSync(SIM_BUNDLE).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function build(): void {
  const result = spawnSync(process.execPath, [join(root, "node_modules/typescript-to-lua/dist/tstl.js"), "-p", "tests/wow-sim/tstl.json"], {
    cwd: root,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`building the simulated client failed:\n${result.stdout}${result.stderr}`);
}

let cached: string | undefined;

/** The sim bundle's Lua source, built first if needed. */
export function simBundle(): string {
  if (cached !== undefined) return cached;
  if (isStale()) {
    const lock = join(root, "out/wow-sim.lock");
    mkdirSync(join(root, "out"), { recursive: true });
    for (let waited = 0; ; waited += 100) {
      try {
        mkdirSync(lock);
        break;
      } catch {
        if (waited > 120_000) rmSync(lock, { recursive: true, force: true });
        sleep(100);
      }
    }
    try {
      if (isStale()) build();
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  cached = readFileSync(SIM_BUNDLE, "utf8");
  return cached;
}
