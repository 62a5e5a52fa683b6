/**
 * Hand-made flex picks for tests (the pipeline's consensus pick that fills Pick.flex is not in the sample output yet):
 * a build with some of its class or spec choice nodes on their other option, and the data with flex talents set on a
 * spec's general raid pick.
 */
import { decodeLoadout, type ContentBuilds, type Slot, type TalentData } from "@att/contract";
import { loadoutToBuild, type NodeState } from "@att/sample-world/trees";
import { codeOf } from "../loadout-sim-support";
import { DK_TREE } from "./session";

export function onTree(code: string): NodeState[] {
  const decoded = decodeLoadout(code);
  if (!decoded.ok) throw new Error(decoded.error.message);
  const build = loadoutToBuild(DK_TREE, decoded.value);
  if (!build.ok) throw new Error(build.error.message);
  return build.value;
}

/** The build with `count` of its class or spec choice nodes on their other option, and those options' entries. */
export function flipped(specId: number, code: string, count: number): { code: string; swapped: number[]; original: number[] } {
  const swapped: number[] = [];
  const original: number[] = [];
  const build = onTree(code).map((state) => {
    const node = DK_TREE.nodes.find((n) => n.nodeId === state.nodeId)!;
    if (swapped.length >= count || node.kind !== "selection" || node.subTreeId !== undefined) return state;
    const other = node.entries.find((e) => e.entryId !== state.entryId)!;
    swapped.push(other.entryId);
    original.push(state.entryId!);
    return { ...state, entryId: other.entryId };
  });
  if (swapped.length < count) throw new Error("the build has too few choice nodes");
  return { code: codeOf(DK_TREE, specId, build), swapped, original };
}

/**
 * The data with `flex` (entry IDs, a third of the sample taking each) on the spec's general raid pick; with
 * `mplusToo`, the Mythic+ general slot is made the same as the raid's, so only that build decides a login check.
 */
export function withFlex(data: TalentData, specId: number, flex: readonly number[], mplusToo = false): TalentData {
  type Mutable = { raid: { mythic?: ContentBuilds; heroic?: ContentBuilds }; mythicplus?: { general: Slot | null } };
  const copy = JSON.parse(JSON.stringify(data)) as TalentData;
  const spec = copy.specs[String(specId)] as unknown as Mutable;
  const content = spec.raid.mythic ?? spec.raid.heroic!;
  const top = content.general!.top as { flex?: { entryId: number; taken: number }[]; sampleSize: number };
  top.flex = flex.map((entryId) => ({ entryId, taken: Math.floor(top.sampleSize / 3) })).sort((a, b) => a.entryId - b.entryId);
  if (mplusToo) spec.mythicplus!.general = content.general;
  return copy;
}
