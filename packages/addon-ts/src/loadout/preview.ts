/**
 * Read-only looks at a build against the live client, for the prompt and /att export: what applying it would
 * change (how many talents, their names, its hero tree's name, all from the client), and its import string.
 */
import { encodeLoadout, normalizeCode, zeroHash, type NodeRecord } from "@att/contract";
import type { LoadoutClient } from "./client";
import { evaluateBuild, toBuildInput, type BuildInput } from "./evaluate";
import { splitFlex } from "./flex";
import type { Difference } from "./match";
import { isChoiceNode } from "./target";
import { NODE_SUB_TREE_SELECTION, NODE_TIERED, type Problem } from "./types";

export interface BuildPreview {
  readonly ok: boolean;
  /** Why the build cannot be applied here (ok false). */
  readonly reason?: string;
  /** Core talents that would change (flex ones apart), and their names from the client (possibly fewer). */
  readonly changes: number;
  readonly names: readonly string[];
  /** Flex talents that would change (where top players split), and their names. */
  readonly flexChanges: number;
  readonly flexNames: readonly string[];
  readonly heroTree?: string;
}

/**
 * What applying a build would change, read from the live client: how many talents differ, their names (the
 * build's talent where it adds or changes one, the current talent where it removes one) and the build's hero
 * tree name. Undefined names are left out; a build that cannot be placed gives its refusal instead.
 */
export function previewBuild(client: LoadoutClient, build: string | BuildInput, describe: (problem: Problem) => string): BuildPreview {
  const evaluation = evaluateBuild(client, build, "committed", "match");
  if (!evaluation.ok) return { ok: false, reason: describe(evaluation.problem), changes: 0, names: [], flexChanges: 0, flexNames: [] };
  const { configId, tree, target, differences } = evaluation.value;
  const split = splitFlex(tree, differences, toBuildInput(build).flexEntries);
  const wanted = new Map<number, number | undefined>();
  for (const node of target.nodes) wanted.set(node.nodeId, node.entryId);
  const byId = new Map<number, (typeof tree.nodes)[number]>();
  for (const node of tree.nodes) byId.set(node.nodeId, node);
  const namesOf = (list: readonly Difference[]): string[] => {
    const names: string[] = [];
    for (const difference of list) {
      const live = byId.get(difference.nodeId);
      const entryId =
        difference.kind === "extra" ? (live?.entryId ?? live?.entryIds[0]) : (wanted.get(difference.nodeId) ?? live?.entryIds[0]);
      const name = entryId === undefined ? undefined : client.talentName(configId, entryId);
      if (name !== undefined && !names.includes(name)) names.push(name);
    }
    return names;
  };
  const hero = target.heroSubTreeId;
  return {
    ok: true,
    changes: split.core.length,
    names: namesOf(split.core),
    flexChanges: split.flex.length,
    flexNames: namesOf(split.flex),
    heroTree: hero === undefined ? undefined : client.heroTreeName(configId, hero),
  };
}

/**
 * The build's import string for sharing: the data's own when it has one, else encoded from the build placed on
 * the live tree with the contract's codec (zero tree hash, like the shipped strings). Undefined when the build
 * does not fit the live tree.
 */
export function exportBuildString(client: LoadoutClient, build: string | BuildInput): string | undefined {
  const input = toBuildInput(build);
  if (input.talentCode !== undefined && input.talentCode !== "") return input.talentCode;
  const configId = client.activeConfigId();
  const treeId = configId === undefined ? undefined : client.classTreeId(configId);
  const evaluation = evaluateBuild(client, input, "committed");
  if (!evaluation.ok || treeId === undefined) return undefined;
  const { tree, target } = evaluation.value;
  const index = new Map<number, number>();
  for (let i = 0; i < tree.nodes.length; i++) index.set(tree.nodes[i]!.nodeId, i);
  const records: NodeRecord[] = [];
  for (const node of target.nodes) {
    const at = index.get(node.nodeId);
    const live = at === undefined ? undefined : tree.nodes[at];
    if (at === undefined || live === undefined) return undefined;
    const choice = node.entryId !== undefined && isChoiceNode(live) ? live.entryIds.indexOf(node.entryId) : undefined;
    // A tier track's ranks are always written: the importer takes a full record as the node's maxRanks
    // (Blizzard_ClassTalentImportExport.lua:363-366), and whether that is the tiers' sum or one tier's on a tiered
    // node is not documented; explicit ranks import the same either way.
    const track = live.type === NODE_TIERED && live.entryIds.length > 1;
    records.push({
      index: at,
      purchased: !node.granted,
      ranks: node.granted || (node.full && !track) ? undefined : node.ranks,
      choice: choice === undefined || choice < 0 ? undefined : choice,
    });
  }
  // The game's exporter also writes every granted talent the build has (a granted record): the spec's own, and the
  // hero tree's keystone when the live tree shows it granted (only while that hero tree is the chosen one; the
  // importer grants it anyway, so a string without it imports the same).
  const listed = new Set<number>();
  for (const record of records) listed.add(record.index);
  for (let i = 0; i < tree.nodes.length; i++) {
    const live = tree.nodes[i]!;
    if (listed.has(i) || live.grantedRanks <= 0 || live.rank <= 0) continue;
    const counts = live.subTreeId === undefined ? live.visible : live.subTreeId === target.heroSubTreeId;
    if (counts && live.type !== NODE_SUB_TREE_SELECTION) records.push({ index: i, purchased: false });
  }
  records.sort((a, b) => a.index - b.index);
  const header = client.gameHeader(treeId);
  const encoded = encodeLoadout({
    version: header.version,
    specId: target.specId,
    treeHash: zeroHash(),
    recordCount: tree.nodes.length,
    nodes: records,
  });
  if (!encoded.ok) return undefined;
  const canonical = normalizeCode(encoded.value);
  return canonical.ok ? canonical.value : encoded.value;
}
