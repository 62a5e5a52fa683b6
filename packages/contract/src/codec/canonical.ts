import { decodeLoadout } from "./decode";
import { encodeLoadout } from "./encode";
import { ok, type Result } from "./errors";
import { zeroHash, type Loadout } from "./loadout";

/**
 * Canonical form: zero tree hash and no records after the last selected node. Two strings for the same build
 * are then equal as strings, whatever hash or zero tail the exporter wrote (the game accepts both changes:
 * a zero hash skips the tree check, and missing trailing nodes read as unselected).
 */
export function canonicalLoadout(loadout: Loadout): Loadout {
  const last = loadout.nodes[loadout.nodes.length - 1];
  return {
    version: loadout.version,
    specId: loadout.specId,
    treeHash: zeroHash(),
    recordCount: last === undefined ? 0 : last.index + 1,
    nodes: loadout.nodes,
  };
}

/** Decodes and re-encodes a string in canonical form. */
export function normalizeCode(code: string): Result<string> {
  const decoded = decodeLoadout(code);
  if (!decoded.ok) return decoded;
  return encodeLoadout(canonicalLoadout(decoded.value));
}

/** Decodes and checks it; returns the canonical string together with the decoded loadout. */
export function decodeCanonical(code: string): Result<{ readonly code: string; readonly loadout: Loadout }> {
  const decoded = decodeLoadout(code);
  if (!decoded.ok) return decoded;
  const canonical = canonicalLoadout(decoded.value);
  const encoded = encodeLoadout(canonical);
  if (!encoded.ok) return encoded;
  return ok({ code: encoded.value, loadout: canonical });
}
