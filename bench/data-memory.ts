/**
 * `npm run bench:data`: Lua memory of the addon's data file after load, measured in real Lua 5.1 (the `lua5.1`
 * binary) with collectgarbage("count"): the delta between a collected state before reading the file and a
 * collected state after running it, with the file's text and the compiled chunk released (what stays is
 * ns.TalentData). Goal: <= 300 KB for 40 specs with alternatives and two raid difficulties.
 *
 * Data: the pipeline's sample source (40 specs, Heroic + Mythic + Mythic+), measured as the run writes it (about a
 * third of its slots have an alternative: the other hero tree holds 25 % or more there), then the worst case for the
 * pool: every slot without one given an alternative pointing at a build of its own (the top build with its
 * hero-tree entries replaced, the string changed).
 * Baseline, same run: the same document printed as plain Lua tables (the logical JSON shape, no packing).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { BuildDef, ContentBuilds, Slot, SpecBuilds, TalentData } from "@att/contract";
import { main } from "../packages/pipeline/src/cli/main";
import { talentDataLua } from "../packages/pipeline/src/output/lua";
import { renderOutputs } from "../packages/pipeline/src/output/write";
import { slotsOf } from "../tests/support/talent-data-view";

const GOAL_KB = 300;

async function sampleData(dir: string): Promise<TalentData> {
  const sink = new Writable({ write: (_c, _e, done) => done() }) as unknown as NodeJS.WriteStream;
  const out = join(dir, "out");
  const argv = [
    "--source",
    "sample",
    "--out",
    out,
    "--cache-dir",
    join(dir, "cache"),
    "--generated-at",
    "2026-03-02T00:00:00.000Z",
    "--no-progress",
  ];
  const code = await main({ argv, env: {}, stdout: sink, stderr: sink, dotenvPath: undefined });
  if (code !== 0) throw new Error(`sample pipeline failed (${code})`);
  return JSON.parse(readFileSync(join(out, "talent-data.json"), "utf8")) as TalentData;
}

/** The other hero tree's build for a top build: its last 12 entries moved to other IDs, the string changed. */
function otherTree(build: BuildDef): BuildDef {
  const keep = build.entries.slice(0, Math.max(0, build.entries.length - 12));
  const moved = build.entries.slice(keep.length).map((e) => ({ entryId: e.entryId + 50_000, rank: e.rank }));
  const code = build.talentCode === undefined ? undefined : build.talentCode.slice(0, -6) + "BBBBBB";
  return code === undefined ? { entries: [...keep, ...moved] } : { entries: [...keep, ...moved], talentCode: code };
}

function withAlternatives(spec: SpecBuilds): SpecBuilds {
  const builds = [...spec.builds];
  const counterpart = new Map<number, number>();
  const alt = (top: number): number => {
    let at = counterpart.get(top);
    if (at === undefined) {
      at = builds.length;
      builds.push(otherTree(spec.builds[top]!));
      counterpart.set(top, at);
    }
    return at;
  };
  const content = (c: ContentBuilds | undefined | null): ContentBuilds | undefined => {
    if (c === undefined || c === null) return undefined;
    // The sample's own alternatives stay; only the slots without one get a made-up one.
    const slot = (s: NonNullable<ContentBuilds["general"]>) => ({
      top: s.top,
      alternative: s.alternative ?? {
        build: alt(s.top.build),
        count: Math.floor(s.top.sampleSize / 4),
        near: Math.floor(s.top.sampleSize / 4),
        sampleSize: s.top.sampleSize,
        players: s.top.sampleSize,
      },
    });
    const encounters: Record<string, ReturnType<typeof slot>> = {};
    for (const [id, s] of Object.entries(c.encounters)) encounters[id] = slot(s);
    return { general: c.general === null ? null : slot(c.general), encounters };
  };
  const raid: { heroic?: ContentBuilds; mythic?: ContentBuilds } = {};
  const heroic = content(spec.raid.heroic);
  const mythic = content(spec.raid.mythic);
  if (heroic !== undefined) raid.heroic = heroic;
  if (mythic !== undefined) raid.mythic = mythic;
  return { ...spec, builds, raid, mythicplus: content(spec.mythicplus) ?? null };
}

/** Every slot of the specs (each content's general slot, when there is one, and its encounters'). */
function slotsOfAll(specs: readonly SpecBuilds[]): Slot[] {
  return specs.flatMap((spec) => slotsOf(spec).map(([, slot]) => slot));
}

const MEASURE = `
local path = ...
collectgarbage("collect"); collectgarbage("collect")
local before = collectgarbage("count")
local f = assert(io.open(path, "rb")); local text = f:read("*a"); f:close()
local chunk = assert(loadstring(text, "=TalentData.lua"))
local ns = {}
chunk("AzerothsTopTalent", ns)
text, chunk, f = nil, nil, nil
collectgarbage("collect"); collectgarbage("collect")
local after = collectgarbage("count")
assert(type(ns.TalentData) == "table")
io.write(string.format("%.1f", after - before))
`;

function luaKb(dir: string, name: string, text: string): number {
  const file = join(dir, name);
  writeFileSync(file, text);
  const script = join(dir, "measure.lua");
  writeFileSync(script, MEASURE);
  const run = spawnSync("lua5.1", [script, file], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`lua5.1 failed: ${run.stderr || run.error?.message}`);
  return Number(run.stdout);
}

async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "att-bench-data-"));
  try {
    const base = await sampleData(dir);
    const data: TalentData = { ...base, specs: Object.fromEntries(Object.entries(base.specs).map(([id, s]) => [id, withAlternatives(s)])) };
    const specs = Object.values(data.specs);
    const difficulties = specs.filter((s) => s.raid.heroic !== undefined && s.raid.mythic !== undefined).length;
    const slots = slotsOfAll(Object.values(data.specs)).length;
    const ownAlternatives = slotsOfAll(Object.values(base.specs)).filter((s) => s.alternative !== undefined).length;
    const baseBuilds = Object.values(base.specs).reduce((n, s) => n + s.builds.length, 0);
    const builds = specs.reduce((n, s) => n + s.builds.length, 0);

    const sampleKb = luaKb(dir, "sample.lua", renderOutputs(base).lua);
    console.log(
      `sample run as written: ${slots} slots, ${ownAlternatives} with an alternative; ${baseBuilds} distinct builds: ${sampleKb.toFixed(1)} KB packed`,
    );

    const packed = renderOutputs(data).lua;
    const { talentNames: _names, ...logical } = data;
    const plain = talentDataLua(JSON.parse(JSON.stringify(logical)) as unknown);
    const packedKb = luaKb(dir, "packed.lua", packed);
    const plainKb = luaKb(dir, "plain.lua", plain);

    console.log(
      `worst case: ${specs.length} specs (${difficulties} with Heroic and Mythic), ${slots} slots, every one with an alternative; ${builds} distinct builds`,
    );
    console.log(`file size: packed ${(packed.length / 1024).toFixed(1)} KB, plain tables ${(plain.length / 1024).toFixed(1)} KB`);
    console.log(`Lua 5.1 memory after load (collectgarbage("count") delta, file text and chunk released):`);
    console.log(`  packed specs (shipped):   ${packedKb.toFixed(1)} KB`);
    console.log(`  plain tables (baseline):  ${plainKb.toFixed(1)} KB   (packed = ${((packedKb / plainKb) * 100).toFixed(0)} % of it)`);
    console.log(`goal: <= ${GOAL_KB} KB: ${packedKb <= GOAL_KB ? "met" : "NOT met"}`);
    if (packedKb > GOAL_KB) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await bench();
