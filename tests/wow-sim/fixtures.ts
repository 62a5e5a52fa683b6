/**
 * Test data for the sim's own tests: a tiny hand-laid class tree whose rules can be reasoned about by hand, and
 * small test-only addons (Lua strings) loaded through the same path as the real addon.
 */
import type { ClassTreeDef, NodeDef } from "@att/sample-world/trees";
import type { InlineAddon } from "./driver/addons";

const node = (n: Partial<NodeDef> & Pick<NodeDef, "nodeId" | "section">): NodeDef => ({
  kind: "single",
  parents: [],
  requiredSpent: 0,
  granted: false,
  entries: [{ entryId: n.nodeId * 10, maxRanks: 1 }],
  posX: 0,
  posY: 0,
  ...n,
});

/**
 * Death Knight-shaped (specs 250 and 251). Class: 101 -> 102 (2 ranks) and 103 (choice) -> 104 behind a 3-point
 * gate. Spec 250: granted 201 -> 202 -> 203. Spec 251: granted 301 -> 302. Hero picker 400 (spec 250) offers
 * sub-trees 1 (401 -> 402) and 2 (411); picker 450 (spec 251) offers sub-tree 3 (451). Caps: class 4, spec 2, hero 2.
 */
export const TINY_TREE: ClassTreeDef = {
  classId: 6,
  treeId: 790,
  nodes: [
    node({ nodeId: 101, section: "class", posY: 0 }),
    node({ nodeId: 102, section: "class", kind: "tiered", parents: [101], entries: [{ entryId: 1020, maxRanks: 2 }], posY: 1 }),
    node({
      nodeId: 103,
      section: "class",
      kind: "selection",
      parents: [101],
      entries: [
        { entryId: 1031, maxRanks: 1 },
        { entryId: 1032, maxRanks: 1 },
      ],
      posX: 1,
      posY: 1,
    }),
    node({ nodeId: 104, section: "class", parents: [102, 103], requiredSpent: 3, posY: 2 }),
    node({ nodeId: 201, section: "spec", specId: 250, granted: true }),
    node({ nodeId: 202, section: "spec", specId: 250, parents: [201], posY: 1 }),
    node({ nodeId: 203, section: "spec", specId: 250, parents: [202], posY: 2 }),
    node({ nodeId: 301, section: "spec", specId: 251, granted: true }),
    node({ nodeId: 302, section: "spec", specId: 251, parents: [301], posY: 1 }),
    node({
      nodeId: 400,
      section: "hero",
      specId: 250,
      kind: "subTreeSelection",
      entries: [
        { entryId: 4001, maxRanks: 1, subTreeId: 1 },
        { entryId: 4002, maxRanks: 1, subTreeId: 2 },
      ],
    }),
    node({ nodeId: 401, section: "hero", subTreeId: 1 }),
    node({ nodeId: 402, section: "hero", subTreeId: 1, parents: [401], posY: 1 }),
    node({ nodeId: 411, section: "hero", subTreeId: 2 }),
    node({ nodeId: 450, section: "hero", specId: 251, kind: "subTreeSelection", entries: [{ entryId: 4501, maxRanks: 1, subTreeId: 3 }] }),
    node({ nodeId: 451, section: "hero", subTreeId: 3 }),
  ],
  subTrees: [
    { subTreeId: 1, name: "Deathbringer", specIds: [250] },
    { subTreeId: 2, name: "San'layn", specIds: [250] },
    { subTreeId: 3, name: "Rider", specIds: [251] },
  ],
  pointCaps: { class: 4, spec: 2, hero: 2 },
  treeHash: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
};

export const TINY_CHARACTER = { classId: 6, specIds: [250, 251], activeSpecId: 250, tree: TINY_TREE };

export function testAddon(name: string, main: string, options: { savedVariables?: string; perCharacter?: string } = {}): InlineAddon {
  const toc = [
    "## Interface: 120100",
    `## Title: ${name}`,
    "## Version: 1.2.3",
    options.savedVariables === undefined ? "" : `## SavedVariables: ${options.savedVariables}`,
    options.perCharacter === undefined ? "" : `## SavedVariablesPerCharacter: ${options.perCharacter}`,
    "main.lua",
  ].join("\n");
  return { name, toc, files: { "main.lua": main } };
}

/** An addon that logs every event it registers for into a global list, so tests can check order and payloads. */
export const EVENT_LOGGER = testAddon(
  "EventLogger",
  `
local addonName, ns = ...
EventLoggerLog = {}
local f = CreateFrame("Frame")
for _, e in ipairs({ "ADDON_LOADED", "PLAYER_LOGIN", "PLAYER_ENTERING_WORLD", "TRAIT_CONFIG_LIST_UPDATED", "PLAYER_LOGOUT" }) do f:RegisterEvent(e) end
f:SetScript("OnEvent", function(self, event, ...)
  local parts = { event }
  for i = 1, select("#", ...) do parts[#parts + 1] = tostring((select(i, ...))) end
  parts[#parts + 1] = "config=" .. tostring(C_ClassTalents.GetActiveConfigID() ~= nil)
  EventLoggerLog[#EventLoggerLog + 1] = table.concat(parts, " ")
end)
`,
);
