/**
 * Reads a build against the live game through LoadoutClient: decode, the game's header checks, then the node list
 * (read only when the header passes, so garbage strings cost no tree walk), the placed target and its differences.
 */
import { decodeLoadout } from "@att/contract";
import type { LoadoutClient } from "./client";
import { findDifferences, type Difference } from "./match";
import type { TreeView } from "./read-node";
import { buildTarget, checkHeader, type Outcome } from "./target";
import type { LiveTree, TargetBuild } from "./types";

export interface Evaluation {
  readonly configId: number;
  readonly tree: LiveTree;
  readonly target: TargetBuild;
  readonly differences: readonly Difference[];
}

export function evaluateBuild(client: LoadoutClient, code: string, view: TreeView): Outcome<Evaluation> {
  const decoded = decodeLoadout(code);
  if (!decoded.ok) return { ok: false, problem: { reason: "invalid-string", detail1: decoded.error.message } };
  const configId = client.activeConfigId();
  if (configId === undefined) return { ok: false, problem: { reason: "no-config" } };
  const treeId = client.classTreeId(configId);
  if (treeId === undefined) return { ok: false, problem: { reason: "no-config" } };
  const problem = checkHeader(decoded.value, client.gameHeader(treeId));
  if (problem !== undefined) return { ok: false, problem };
  const tree = client.readTree(configId, treeId, view);
  const target = buildTarget(decoded.value, tree);
  if (!target.ok) return target;
  return { ok: true, value: { configId, tree, target: target.value, differences: findDifferences(tree, target.value) } };
}
