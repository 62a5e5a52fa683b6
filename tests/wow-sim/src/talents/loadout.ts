/**
 * Committed talents <-> loadout strings, through the same contract codec the addon ships: the export is what
 * C_Traits.GenerateImportString gives for the config (version 2, the tree hash, one record per class-tree node in
 * ascending node ID, granted nodes as granted records); the import turns a string into slots for a test's
 * starting build and refuses anything the tree's rules do not allow.
 */
import { CURRENT_VERSION, decodeLoadout, encodeLoadout, type NodeRecord } from "@att/contract";
import type { NodeSlot } from "../state";
import { buildProblem, currentRank, isActive, maxRanks, slotsChanged, type Slots } from "./rules";
import { entryIndexOf, isChoice, tree } from "./tree";

export function exportSlots(specId: number, slots: Slots): string {
  const records: NodeRecord[] = [];
  const nodes = tree().def.nodes;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (!isActive(node, specId, slots)) continue;
    if (node.granted) {
      records.push({ index, purchased: false });
      continue;
    }
    const slot = slots.get(node.nodeId);
    const rank = currentRank(node, specId, slots);
    if (slot === undefined || rank <= 0) continue;
    const max = maxRanks(node, slots);
    const choice = isChoice(node) && slot.entryId !== undefined ? entryIndexOf(node, slot.entryId) : undefined;
    records.push({ index, purchased: true, ranks: rank < max ? rank : undefined, choice });
  }
  const encoded = encodeLoadout({
    version: CURRENT_VERSION,
    specId,
    treeHash: [...tree().def.treeHash],
    recordCount: nodes.length,
    nodes: records,
  });
  if (!encoded.ok) error(`WowSim: cannot export the build: ${encoded.error.message}`);
  return encoded.value;
}

/** Slots for a loadout string on this tree, or the reason it is not a legal build for the spec. */
export function importCode(specId: number, code: string): LuaMultiReturn<[Slots, undefined] | [undefined, string]> {
  const decoded = decodeLoadout(code);
  if (!decoded.ok) return $multi(undefined, decoded.error.message);
  if (decoded.value.specId !== specId) return $multi(undefined, `the string is for spec ${decoded.value.specId}, not ${specId}`);
  const slots = new LuaTable<number, NodeSlot>();
  for (const record of decoded.value.nodes) {
    const node = tree().def.nodes[record.index];
    if (node === undefined) return $multi(undefined, `record ${record.index + 1} is beyond the tree's ${tree().def.nodes.length} nodes`);
    // Some exporters write free nodes as purchased: for a granted node either way means "active".
    if (node.granted) continue;
    if (!record.purchased) return $multi(undefined, `node ${node.nodeId} is marked granted but is not a granted node`);
    let entryId: number | undefined;
    if (isChoice(node)) {
      entryId = node.entries[record.choice ?? -1]?.entryId;
      if (entryId === undefined) return $multi(undefined, `choice node ${node.nodeId} has no valid choice`);
    }
    const slot: NodeSlot = { ranks: 1, entryId };
    slots.set(node.nodeId, slot);
    slotsChanged();
    slot.ranks = record.ranks ?? maxRanks(node, slots);
  }
  slotsChanged();
  const problem = buildProblem(specId, slots);
  if (problem !== undefined) return $multi(undefined, problem);
  return $multi(slots, undefined);
}
