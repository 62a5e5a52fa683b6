/**
 * Reads a build against the live game through LoadoutClient. A build is its trait entries (patch-proof: matched
 * through the live tree) or, only where it has none, its import string: decode, the game's header checks, then
 * the node list (read only when the header passes, so garbage strings cost no tree walk), the placed target and
 * its differences.
 */
import { decodeLoadout, isZeroHash, type Loadout } from "@att/contract";
import type { LoadoutClient, ReadOptions } from "./client";
import { findDifferences, type Difference } from "./match";
import type { TreeView } from "./read-node";
import { buildTarget, checkHeader, type Outcome } from "./target";
import { buildTargetFromEntries, type BuildEntry } from "./target-entries";
import type { LiveTree, TargetBuild } from "./types";

/** What the LoadoutManager is asked to match or apply: entries when the data has them, else the string. */
export interface BuildInput {
  readonly entries?: readonly BuildEntry[];
  readonly talentCode?: string;
  /** The flex talents of the build's pick (entry IDs): differences there are counted apart (see flex.ts). */
  readonly flexEntries?: readonly number[];
}

export interface Evaluation {
  readonly configId: number;
  readonly tree: LiveTree;
  readonly target: TargetBuild;
  readonly differences: readonly Difference[];
}

export function toBuildInput(build: string | BuildInput): BuildInput {
  return typeof build === "string" ? { talentCode: build } : build;
}

interface Where {
  readonly configId: number;
  readonly treeId: number;
}

function locateTree(client: LoadoutClient): Outcome<Where> {
  const configId = client.activeConfigId();
  if (configId === undefined) return { ok: false, problem: { reason: "no-config" } };
  const treeId = client.classTreeId(configId);
  if (treeId === undefined) return { ok: false, problem: { reason: "no-config" } };
  return { ok: true, value: { configId, treeId } };
}

/**
 * A string with a zero tree hash carries no proof it was made on this tree (the game skips its hash check), so
 * after a patch its records may land on other nodes. It is refused when any record does not fit; when all fit
 * the game itself would import it the same way.
 */
function targetFromString(decoded: Loadout, tree: LiveTree): Outcome<TargetBuild> {
  const target = buildTarget(decoded, tree);
  if (target.ok || !isZeroHash(decoded.treeHash) || target.problem.reason !== "tree-mismatch") return target;
  return { ok: false, problem: { reason: "talents-changed", detail1: `${target.problem.detail1 ?? ""}` } };
}

/**
 * `purpose` "match" reads only what comparing needs (no edges; for a build by entries, no other spec's nodes);
 * "apply" reads the whole tree with its edges, for planning and for a string's record indexes.
 */
export function evaluateBuild(
  client: LoadoutClient,
  input: string | BuildInput,
  view: TreeView,
  purpose: "match" | "apply" = "apply",
): Outcome<Evaluation> {
  const build = toBuildInput(input);
  const entries = build.entries !== undefined && build.entries.length > 0 ? build.entries : undefined;
  let decoded: Loadout | undefined;
  if (entries === undefined) {
    if (build.talentCode === undefined || build.talentCode === "")
      return { ok: false, problem: { reason: "invalid-string", detail1: "no talents" } };
    const result = decodeLoadout(build.talentCode);
    if (!result.ok) return { ok: false, problem: { reason: "invalid-string", detail1: result.error.message } };
    decoded = result.value;
  }
  const where = locateTree(client);
  if (!where.ok) return where;
  const { configId, treeId } = where.value;
  const header = client.gameHeader(treeId);
  if (decoded !== undefined) {
    const problem = checkHeader(decoded, header);
    if (problem !== undefined) return { ok: false, problem };
  } else if (header.specId === undefined) {
    return { ok: false, problem: { reason: "no-config" } };
  }
  const options: ReadOptions = purpose === "apply" ? {} : { edges: false, hidden: decoded !== undefined };
  const tree = client.readTree(configId, treeId, view, options);
  if (tree === undefined) return { ok: false, problem: { reason: "tree-unavailable" } };
  const target = decoded !== undefined ? targetFromString(decoded, tree) : buildTargetFromEntries(entries!, header.specId!, tree);
  if (!target.ok) return target;
  return { ok: true, value: { configId, tree, target: target.value, differences: findDifferences(tree, target.value) } };
}
