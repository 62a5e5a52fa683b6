/**
 * Apex talents end to end in real Lua 5.1: the built addon's LoadoutManager matches and applies builds given by trait
 * entries whose apex node (a tier track: tiers of 1, 2 and 1 ranks) is listed as one entry per tier holding ranks,
 * the way logs and Blizzard's importer list it, on the simulated client's tier track. Needs the built addon and sim.
 */
import { afterEach, describe, expect, it } from "vitest";
import { decodeLoadout } from "@att/contract";
import {
  createRng,
  loadoutToBuild,
  makeClassTree,
  randomLegalBuild,
  sameTalentBuild,
  tierRanks,
  type NodeState,
  type TalentBuild,
} from "@att/sample-world/trees";
import { toLua } from "../wow-sim/driver/lua-literal";
import { codeOf, LoadoutSession, type ResultView } from "./loadout-sim-support";

const TREE = makeClassTree(6);
const SPEC = 250;
const APEX = TREE.nodes.find((n) => n.specId === SPEC && n.kind === "tiered" && n.entries.length > 1)!;
const byId = new Map(TREE.nodes.map((n) => [n.nodeId, n]));

interface Entry {
  entryId: number;
  rank: number;
}

/** A build's entries as the data lists them: bought talents only, a tier track as one entry per tier holding ranks. */
function entriesOf(build: TalentBuild): Entry[] {
  const out: Entry[] = [];
  for (const state of build) {
    const node = byId.get(state.nodeId)!;
    if (state.granted) continue;
    if (node.kind === "tiered" && node.entries.length > 1) {
      for (const tier of tierRanks(node, state.ranks)) out.push({ entryId: tier.entryId, rank: tier.ranks });
    } else out.push({ entryId: state.entryId ?? node.entries[0]!.entryId, rank: state.ranks });
  }
  return out;
}

function apexRanks(build: TalentBuild): number {
  return build.find((s) => s.nodeId === APEX.nodeId)?.ranks ?? 0;
}

/** The first random full build (seeds 1..) whose apex holds `ranks`. */
function buildWithApex(ranks: number): NodeState[] {
  for (let seed = 1; seed < 500; seed++) {
    const build = randomLegalBuild(TREE, SPEC, createRng(seed * 31 + ranks));
    if (apexRanks(build) === ranks) return build;
  }
  throw new Error(`no random build with ${ranks} apex ranks`);
}

function decodeOnTree(code: string): NodeState[] {
  const decoded = decodeLoadout(code);
  if (!decoded.ok) throw new Error(decoded.error.message);
  const build = loadoutToBuild(TREE, decoded.value);
  if (!build.ok) throw new Error(build.error.message);
  return build.value;
}

let session: LoadoutSession | undefined;
afterEach(() => {
  session?.close();
  session = undefined;
});

function applyEntries(s: LoadoutSession, entries: readonly Entry[]): string {
  return s.game.lua.json<string>(`__addon_ns.loadout:apply(${toLua({ entries })}, function(result)
    __loadout_results[#__loadout_results + 1] = { ok = result.ok, reason = result.reason, message = result.message }
  end)`);
}

function matchEntries(s: LoadoutSession, entries: readonly Entry[]): ResultView {
  return s.game.lua.json<ResultView>(`__addon_ns.loadout:hasMatchingBuild(${toLua({ entries })})`);
}

function apexInfo(s: LoadoutSession): { currentRank: number; committed: number[] } {
  const info = s.game.lua.json<{ currentRank: number; committed?: number[] }>(
    `(function() local i = C_Traits.GetNodeInfo(C_ClassTalents.GetActiveConfigID(), ${APEX.nodeId})
      return { currentRank = i.currentRank, committed = i.entryIDsWithCommittedRanks } end)()`,
  );
  return { currentRank: info.currentRank, committed: Array.isArray(info.committed) ? info.committed : [] };
}

describe("apex tiers: match and apply by entries (Death Knight tree, Blood, real Lua 5.1)", () => {
  it("the sample tree's apex is a 1/2/1 tier track", () => {
    expect(APEX.entries.map((e) => e.maxRanks)).toEqual([1, 2, 1]);
  });

  it("applies builds with 1, 2 and all apex tiers from a build without any; each matches only itself", async () => {
    const start = buildWithApex(0);
    const targets = [buildWithApex(1), buildWithApex(3), buildWithApex(4)];
    const tiers = targets.map((b) => entriesOf(b).filter((e) => APEX.entries.some((t) => t.entryId === e.entryId)));
    // 1 tier (1 rank), 2 tiers (1 + 2 = 3 ranks), all 3 tiers (4 ranks).
    expect(tiers.map((t) => t.length)).toEqual([1, 2, 3]);
    const s = (session = await LoadoutSession.start({ tree: TREE, classId: 6, activeSpecId: SPEC, startCode: codeOf(TREE, SPEC, start) }));
    expect(matchEntries(s, entriesOf(start))).toMatchObject({ ok: true, reason: "match" });
    let previous = start;
    for (const target of targets) {
      const entries = entriesOf(target);
      expect(matchEntries(s, entries)).toMatchObject({ ok: false, reason: "differs" });
      expect(applyEntries(s, entries)).toBe("committing");
      s.game.advance(2);
      expect(s.takeResults()).toEqual([{ ok: true, reason: "applied", message: "Talent build applied." }]);
      expect(s.game.exportActiveLoadout()).toBe(codeOf(TREE, SPEC, target));
      expect(apexInfo(s)).toEqual({ currentRank: apexRanks(target), committed: tierRanks(APEX, apexRanks(target)).map((t) => t.entryId) });
      expect(matchEntries(s, entries)).toMatchObject({ ok: true, reason: "match" });
      expect(matchEntries(s, entriesOf(previous)).ok).toBe(false);
      previous = target;
    }
    expect(applyEntries(s, entriesOf(previous))).toBe("done");
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: true, reason: "already-active" })]);
    expect(s.game.luaErrors()).toEqual([]);
    expect(s.game.blockedActions()).toEqual([]);
  }, 60_000);

  it("going down from all tiers to one refunds the others (the reset by currency clears the track)", async () => {
    const full = buildWithApex(4);
    const one = buildWithApex(1);
    const s = (session = await LoadoutSession.start({ tree: TREE, classId: 6, activeSpecId: SPEC, startCode: codeOf(TREE, SPEC, full) }));
    expect(applyEntries(s, entriesOf(one))).toBe("committing");
    s.game.advance(2);
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: true, reason: "applied" })]);
    expect(apexInfo(s)).toEqual({ currentRank: 1, committed: [APEX.entries[0]!.entryId] });
    expect(s.game.exportActiveLoadout()).toBe(codeOf(TREE, SPEC, one));
  }, 60_000);

  it("an apex paid with a currency of its own (GetNodeCost names it) is reset too, so fewer tiers can be staged", async () => {
    const full = buildWithApex(4);
    const one = buildWithApex(1);
    const s = (session = await LoadoutSession.start({
      tree: TREE,
      classId: 6,
      activeSpecId: SPEC,
      startCode: codeOf(TREE, SPEC, full),
      apexCurrency: true,
    }));
    expect(applyEntries(s, entriesOf(one))).toBe("committing");
    s.game.advance(2);
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: true, reason: "applied" })]);
    expect(apexInfo(s)).toEqual({ currentRank: 1, committed: [APEX.entries[0]!.entryId] });
    expect(s.game.exportActiveLoadout()).toBe(codeOf(TREE, SPEC, one));
    expect(s.game.luaErrors()).toEqual([]);
  }, 60_000);

  it("tiers listed in any order add up, or all on one tier; more ranks than the track holds is refused whole, touching nothing", async () => {
    const full = buildWithApex(4);
    const s = (session = await LoadoutSession.start({ tree: TREE, classId: 6, activeSpecId: SPEC, startCode: codeOf(TREE, SPEC, full) }));
    const entries = entriesOf(full);
    expect(matchEntries(s, [...entries].reverse())).toMatchObject({ ok: true, reason: "match" });
    const [t1, t2] = APEX.entries;
    const rest = entries.filter((e) => !APEX.entries.some((t) => t.entryId === e.entryId));
    // All 4 ranks listed on one tier's talentID (the other reading of logs) is the same build; 5 ranks on one tier, or
    // 1 + 2 + 1 + another 1 on tier 1, is more than the track's 4.
    expect(matchEntries(s, [...rest, { entryId: t1!.entryId, rank: 4 }])).toMatchObject({ ok: true, reason: "match" });
    expect(matchEntries(s, [...rest, { entryId: t2!.entryId, rank: 5 }])).toMatchObject({ ok: false, reason: "talents-changed" });
    const over = [...entries, { entryId: t1!.entryId, rank: 1 }];
    expect(matchEntries(s, over)).toMatchObject({ ok: false, reason: "talents-changed" });
    expect(applyEntries(s, over)).toBe("done");
    expect(s.takeResults()).toEqual([expect.objectContaining({ ok: false, reason: "talents-changed" })]);
    expect(s.game.exportActiveLoadout()).toBe(codeOf(TREE, SPEC, full));
  }, 60_000);

  it("/att export of a build by entries with apex tiers encodes the same build (the track's ranks written out)", async () => {
    const start = buildWithApex(0);
    const s = (session = await LoadoutSession.start({ tree: TREE, classId: 6, activeSpecId: SPEC, startCode: codeOf(TREE, SPEC, start) }));
    for (const ranks of [1, 3, 4]) {
      const target = buildWithApex(ranks);
      const code = s.game.lua.json<string>(`__addon_ns.loadout:exportString(${toLua({ entries: entriesOf(target) })})`);
      const onTree = decodeOnTree(code);
      expect(sameTalentBuild(onTree, target)).toBe(true);
      const record = decodeLoadout(code);
      expect(record.ok && record.value.nodes.find((r) => TREE.nodes[r.index]!.nodeId === APEX.nodeId)?.ranks).toBe(ranks);
    }
  }, 60_000);
});
