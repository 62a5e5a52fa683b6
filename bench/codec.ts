/**
 * `npm run bench`: decode + canonicalise time per real loadout string, in Node (the TypeScript) and in real
 * Lua 5.1 (the built addon's codec under the lua5.1 interpreter, as the game runs it). Node is the in-run
 * baseline; the goal is well under 500 µs per string in lua5.1. Then one full match check of the addon (bench/match.ts),
 * printed against the lua5.1 codec figure; goal <= 500 µs. Needs `npm run build:addon` and `npm run build:sim` first.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { normalizeCode } from "@att/contract";
import { ADDON_NAME } from "../build/addon-manifest";
import { addonPreludeFor } from "../tests/harness/lua51-script";
import { sharedPath } from "../tests/support/shared-data";
import { lua51MatchMicros } from "./match";

const root = join(import.meta.dirname, "..");
const bundle = join(root, "dist", ADDON_NAME, `${ADDON_NAME}.lua`);
const codes = (JSON.parse(readFileSync(sharedPath("testdata", "talent-strings.json"), "utf8")) as { code: string }[]).map((v) => v.code);
const ROUNDS = 20;

function nodeMicros(): number {
  for (const code of codes) normalizeCode(code); // warm-up
  const start = process.hrtime.bigint();
  for (let round = 0; round < ROUNDS; round++) for (const code of codes) normalizeCode(code);
  return Number(process.hrtime.bigint() - start) / 1000 / (ROUNDS * codes.length);
}

function lua51Micros(): number {
  const dir = mkdtempSync(join(tmpdir(), "att-bench-"));
  writeFileSync(join(dir, "codes.txt"), codes.join("\n") + "\n");
  const script = join(dir, "bench.lua");
  writeFileSync(
    script,
    `${addonPreludeFor(join(root, "dist", ADDON_NAME))}
local codes = {}
for line in io.lines(${JSON.stringify(join(dir, "codes.txt"))}) do codes[#codes + 1] = line end
local normalize = ns.codec.normalizeCode
for _, code in ipairs(codes) do assert(normalize(code).ok) end
local start = os.clock()
for _ = 1, ${ROUNDS} do for _, code in ipairs(codes) do normalize(code) end end
io.write(string.format("%.3f", (os.clock() - start) * 1e6 / (${ROUNDS} * #codes)))
`,
  );
  return Number(execFileSync("lua5.1", [script], { encoding: "utf8" }));
}

if (!existsSync(bundle)) {
  console.error("bench: build the addon first (npm run build:addon)");
  process.exit(2);
}
const node = nodeMicros();
const lua = lua51Micros();
console.log(`codec bench: ${codes.length} real strings x ${ROUNDS} rounds, decode + canonicalise (decode, re-encode)`);
console.log(`  node (baseline)  ${node.toFixed(1).padStart(8)} µs/string   1.00x`);
console.log(
  `  lua5.1           ${lua.toFixed(1).padStart(8)} µs/string   ${(lua / node).toFixed(2)}x node   goal < 500 µs: ${lua < 500 ? "met" : "NOT met"}`,
);
const match = await lua51MatchMicros(root);
console.log(`match bench: one full match check (read the live tree + compare by trait entries), ${match.nodes}-node class tree`);
console.log(
  `  lua5.1           ${match.micros.toFixed(1).padStart(8)} µs/check    ${(match.micros / lua).toFixed(2)}x the lua5.1 codec figure   goal <= 500 µs: ${match.micros <= 500 ? "met" : "NOT met"}`,
);
