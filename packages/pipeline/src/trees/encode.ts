/**
 * Import strings encoded locally: a chosen build placed on its tree and written with the contract's codec (zero tree
 * hash, canonical form), then decoded back and compared with the entries, so a string that would import something
 * else is never written. The build gets what the game's exporter adds on its own: the hero selection record and the
 * free nodes of the spec and of the chosen hero tree (granted records). Pure.
 */
import { CURRENT_VERSION, decodeBuild, decodeLoadout, encodeBuild, encodeLoadout, type TalentEntry } from "@att/contract/trees";
import type { SpecTree } from "./model";

export type EncodeResult =
  { readonly ok: true; readonly code: string; readonly heroTree?: string } | { readonly ok: false; readonly message: string };

/** The sub-tree ID of the build's hero tree: its hero selection entry, else its hero talents' tree. */
export function heroTreeOf(tree: SpecTree, entries: readonly TalentEntry[]): number | undefined {
  let fromNodes: number | undefined;
  for (const entry of entries) {
    const at = tree.entries.get(entry.entryId);
    if (at === undefined) continue;
    if (at.node.section === "subtree") return at.node.entries[at.position]!.subTreeId;
    if (at.node.subTreeId !== undefined) fromNodes = at.node.subTreeId;
  }
  return fromNodes;
}

/** The entries as the game exports them: plus the hero selection and the free nodes the build has. */
export function completeBuild(tree: SpecTree, entries: readonly TalentEntry[]): TalentEntry[] {
  const out = new Map(entries.map((e) => [e.entryId, e.rank]));
  const listed = new Set<number>();
  for (const e of entries) {
    const at = tree.entries.get(e.entryId);
    if (at !== undefined) listed.add(at.node.nodeId);
  }
  const hero = heroTreeOf(tree, entries);
  for (const node of tree.nodes.values()) {
    if (listed.has(node.nodeId)) continue;
    if (node.section === "subtree") {
      const pick = node.entries.find((e) => e.subTreeId === hero);
      if (hero !== undefined && pick !== undefined) out.set(pick.entryId, 1);
    } else if (node.free && (node.subTreeId === undefined || node.subTreeId === hero)) {
      out.set(node.entries[0]!.entryId, 1);
    }
  }
  return [...out].map(([entryId, rank]) => ({ entryId, rank })).sort((a, b) => a.entryId - b.entryId);
}

function same(a: readonly TalentEntry[], b: readonly TalentEntry[]): boolean {
  return a.length === b.length && a.every((e, i) => e.entryId === b[i]!.entryId && e.rank === b[i]!.rank);
}

/** The build's canonical import string and hero tree name, or why there is none. */
export function encodeBuildString(tree: SpecTree, entries: readonly TalentEntry[]): EncodeResult {
  const full = completeBuild(tree, entries);
  const loadout = encodeBuild(tree.codec, CURRENT_VERSION, tree.specId, full);
  if (!loadout.ok) return { ok: false, message: loadout.error.message };
  const code = encodeLoadout(loadout.value);
  if (!code.ok) return { ok: false, message: code.error.message };
  const back = decodeLoadout(code.value);
  const decoded = back.ok ? decodeBuild(tree.codec, back.value) : back;
  if (!decoded.ok) return { ok: false, message: `the string does not decode back: ${decoded.error.message}` };
  // Granted records decode as rank 1 of their node: the build's own ranks there (if listed) are the game's, not bought.
  const expected = full.map((e) => (tree.entries.get(e.entryId)?.node.free === true ? { entryId: e.entryId, rank: 1 } : e));
  if (!same(decoded.value, expected)) return { ok: false, message: "the string decodes to other talents than the build's" };
  const hero = heroTreeOf(tree, entries);
  const name = hero === undefined ? undefined : tree.heroTrees.get(hero)?.name;
  return name === undefined ? { ok: true, code: code.value } : { ok: true, code: code.value, heroTree: name };
}
