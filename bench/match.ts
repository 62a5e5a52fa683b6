/**
 * One full match check as the addon runs it in game: read the live class tree (GetTreeNodes, GetNodeInfo for every
 * node, GetEntryInfo for choice nodes) and compare it with a build given as trait entries (LoadoutManager's
 * hasMatchingBuild), in the lua5.1 interpreter on the built addon. The client's C API is stood in for by plain
 * tables holding what the simulated client answers for a full-size class tree (the Death Knight model: every spec,
 * both hero trees), so the time measured is the addon's own Lua work, not the simulator's.
 *
 * The build is a level-90 one: its apex track holds all tiers, listed as one entry per tier (grouped on their node by
 * the check), and its pick has flex talents: the player holds the other option on one flex choice node, so the check
 * also splits the differences into core and flex ones and counts the build as matching (the default setting).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ADDON_NAME } from "../build/addon-manifest";
import { createRng, makeClassTree, randomLegalBuild, type NodeState } from "@att/sample-world/trees";
import { addonPreludeFor } from "../tests/harness/lua51-script";
import { codeOf } from "../tests/addon/loadout-sim-support";
import { SimulatedClient } from "../tests/wow-sim/driver";

const ROUNDS = 200;

/** What the simulated client answers for every node and choice entry of the tree, as one Lua table literal. */
async function liveTreeLua(): Promise<{ api: string; nodes: number; entries: string }> {
  const tree = makeClassTree(6);
  const apex = tree.nodes.find((n) => n.specId === 250 && n.kind === "tiered" && n.entries.length > 1)!;
  // The first seed from 7 whose build holds the whole apex track (all tiers).
  let build: NodeState[] = [];
  for (let seed = 7; build.find((s) => s.nodeId === apex.nodeId)?.ranks !== 4; seed++) build = randomLegalBuild(tree, 250, createRng(seed));
  const game = await SimulatedClient.start({
    runtime: "lua5.1",
    addons: [],
    character: { classId: 6, specIds: [250, 251, 252], activeSpecId: 250, tree, committedBuild: codeOf(tree, 250, build) },
  });
  try {
    game.login();
    // Serialised in Lua by the harness's own printer of values (WowSim.control.persistent uses the same one).
    const api = game.lua.run(`
      local cfg = C_ClassTalents.GetActiveConfigID()
      local treeId = C_Traits.GetConfigInfo(cfg).treeIDs[1]
      local ids = C_Traits.GetTreeNodes(treeId)
      local parts = {}
      local function lit(v)
        if type(v) == "table" then
          local out = {}
          for k, x in pairs(v) do out[#out + 1] = "[" .. (type(k) == "string" and string.format("%q", k) or tostring(k)) .. "]=" .. lit(x) end
          return "{" .. table.concat(out, ",") .. "}"
        elseif type(v) == "string" then return string.format("%q", v) end
        return tostring(v)
      end
      local nodes, entries, entryIds, flex = {}, {}, {}, {}
      for _, id in ipairs(ids) do
        local info = C_Traits.GetNodeInfo(cfg, id)
        nodes[id] = info
        for _, e in ipairs(info.entryIDs) do entries[e] = C_Traits.GetEntryInfo(cfg, e) end
        local rank = info.activeRank
        if rank > 0 and info.type == 1 and #info.entryIDs > 1 then
          -- A tier track: one entry per tier holding ranks, as the data lists it.
          for _, e in ipairs(info.entryIDsWithCommittedRanks) do
            local held = math.min(rank, entries[e].maxRanks)
            rank = rank - held
            entryIds[#entryIds + 1] = "{entryId=" .. e .. ",rank=" .. held .. "}"
          end
        elseif rank > 0 then
          local entry = (info.entryIDsWithCommittedRanks[1]) or info.entryIDs[1]
          if info.type == 2 and #flex == 0 and info.subTreeID == nil then
            -- The build's pick wants the other option here, a flex talent: the player differs only in flex.
            flex = { info.entryIDs[1], info.entryIDs[2] }
            entry = entry == info.entryIDs[1] and info.entryIDs[2] or info.entryIDs[1]
          end
          entryIds[#entryIds + 1] = "{entryId=" .. entry .. ",rank=" .. rank .. "}"
        end
      end
      return lit({ treeId = treeId, ids = ids, nodes = nodes, entries = entries }) .. "\\n" .. #ids .. "\\n{entries={" .. table.concat(entryIds, ",") .. "},flexEntries={" .. table.concat(flex, ",") .. "}}"
    `)!;
    const [table, count, entries] = api.split("\n") as [string, string, string];
    return { api: table, nodes: Number(count), entries };
  } finally {
    game.close();
  }
}

/** µs per full match check (read + compare by entries) in lua5.1, and the node count of the tree. */
export async function lua51MatchMicros(root: string): Promise<{ micros: number; nodes: number }> {
  const { api, nodes, entries } = await liveTreeLua();
  const dir = mkdtempSync(join(tmpdir(), "att-bench-match-"));
  const script = join(dir, "match.lua");
  writeFileSync(
    script,
    `${addonPreludeFor(join(root, "dist", ADDON_NAME))}
local live = ${api}
local build = ${entries}
-- The C API as plain look-ups: what the client hands back, at table-lookup cost.
C_ClassTalents = { GetActiveConfigID = function() return 1 end }
C_SpecializationInfo = { GetSpecialization = function() return 1 end, GetSpecializationInfo = function() return 250 end }
C_Traits = {
  GetConfigInfo = function() return { treeIDs = { live.treeId } } end,
  GetLoadoutSerializationVersion = function() return 2 end,
  GetTreeHash = function() return { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 } end,
  GetTreeNodes = function() return live.ids end,
  GetNodeInfo = function(_, id) return live.nodes[id] end,
  GetEntryInfo = function(_, id) return live.entries[id] end,
}
local manager = ns.loadout
local result = manager:hasMatchingBuild(build, true)
assert(result.ok and result.reason == "flex-only", "the build must match apart from its flex talent: " .. tostring(result.message))
assert(#build.entries > 0 and #build.flexEntries == 2, "the bench build needs entries and flex talents")
for _ = 1, 20 do manager:hasMatchingBuild(build, true) end
local start = os.clock()
for _ = 1, ${ROUNDS} do manager:hasMatchingBuild(build, true) end
io.write(string.format("%.3f", (os.clock() - start) * 1e6 / ${ROUNDS}))
`,
  );
  return { micros: Number(execFileSync("lua5.1", [script], { encoding: "utf8" })), nodes };
}
