import { charFor } from "./alphabet";
import { finishPacker, newPacker, putField, putZeros, type CharPacker } from "./bits";
import { fail, ok, type Result } from "./errors";
import { SUPPORTED_VERSIONS, TREE_HASH_BYTES, type Loadout, type NodeRecord } from "./loadout";

function isIntIn(value: number | undefined, min: number, max: number): boolean {
  return value !== undefined && value === Math.floor(value) && value >= min && value <= max;
}

/** Checks every field fits its bit width, so encoding never silently truncates a value. */
function validate(loadout: Loadout): Result<true> {
  if (!SUPPORTED_VERSIONS.includes(loadout.version)) {
    return fail("unsupported-version", `cannot encode serialization version ${loadout.version}`);
  }
  if (!isIntIn(loadout.specId, 0, 65535)) return fail("invalid-field", `spec ID ${loadout.specId} does not fit 16 bits`);
  if (loadout.treeHash.length !== TREE_HASH_BYTES) {
    return fail("invalid-field", `tree hash has ${loadout.treeHash.length} bytes, expected ${TREE_HASH_BYTES}`);
  }
  for (const byte of loadout.treeHash) {
    if (!isIntIn(byte, 0, 255)) return fail("invalid-field", `tree hash byte ${byte} is not 0..255`);
  }
  let previous = -1;
  for (const node of loadout.nodes) {
    if (!isIntIn(node.index, previous + 1, loadout.recordCount - 1)) {
      return fail("invalid-field", `node index ${node.index} is out of order or beyond the record count ${loadout.recordCount}`);
    }
    previous = node.index;
    if (node.ranks !== undefined && !isIntIn(node.ranks, 0, 63))
      return fail("invalid-field", `node ${node.index}: ranks ${node.ranks} is not 0..63`);
    if (node.choice !== undefined && !isIntIn(node.choice, 0, 3))
      return fail("invalid-field", `node ${node.index}: choice ${node.choice} is not 0..3`);
  }
  return ok(true);
}

/** Appends one selected record. */
function writeRecord(packer: CharPacker, version: number, node: NodeRecord): void {
  putField(packer, 1, 1);
  if (version >= 2) {
    putField(packer, node.purchased ? 1 : 0, 1);
    if (!node.purchased) return;
  }
  // Version 1 has no granted nodes: a granted record is written as a purchased one.
  if (node.ranks !== undefined) {
    putField(packer, 1, 1);
    putField(packer, node.ranks, 6);
  } else {
    putField(packer, 0, 1);
  }
  if (node.choice !== undefined) {
    putField(packer, 1, 1);
    putField(packer, node.choice, 2);
  } else {
    putField(packer, 0, 1);
  }
}

/** Encodes a loadout exactly as given: `recordCount` records, unused bits of the last character zero. */
export function encodeLoadout(loadout: Loadout): Result<string> {
  const valid = validate(loadout);
  if (!valid.ok) return fail(valid.error.kind, valid.error.message);
  const packer = newPacker();
  putField(packer, loadout.version, 8);
  putField(packer, loadout.specId, 16);
  for (const byte of loadout.treeHash) putField(packer, byte, 8);
  // Unselected records are single 0 bits.
  let next = 0;
  for (const node of loadout.nodes) {
    putZeros(packer, node.index - next);
    writeRecord(packer, loadout.version, node);
    next = node.index + 1;
  }
  putZeros(packer, loadout.recordCount - next);
  const parts: string[] = [];
  for (const value of finishPacker(packer)) parts.push(charFor(value));
  return ok(parts.join(""));
}
