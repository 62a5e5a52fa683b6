/** Staged edits of the active config: purchase, refund, choose, reset, roll back. Each returns the client's boolean. */
import type { NodeDef } from "./tree-types";
import { sim, type TalentConfig } from "../state";
import { copySlots } from "./configs";
import { editableConfig } from "./guard";
import { buildProblem, edgesMet, gateMet, isActive, purchaseProblem, refundProblem, slotsChanged, type Slots } from "./rules";
import { entryOf, tree } from "./tree";

function nodeOf(nodeId: unknown): NodeDef | undefined {
  return typeof nodeId === "number" ? tree().nodes.get(nodeId) : undefined;
}

/** Removes purchased ranks that no longer meet their edges or gate (refunds with clearEdges, hero tree switches). */
function cascadeRefunds(config: TalentConfig): void {
  const slots = config.staged;
  for (let changed = true; changed;) {
    changed = false;
    for (const [nodeId, slot] of slots) {
      const node = tree().nodes.get(nodeId)!;
      if (slot.ranks <= 0 || node.kind === "subTreeSelection") continue;
      if (!isActive(node, config.specId, slots) || !edgesMet(node, config.specId, slots) || !gateMet(node, config.specId, slots)) {
        slots.delete(nodeId);
        slotsChanged();
        changed = true;
      }
    }
  }
}

export function purchaseRank(configId: number, nodeId: number): boolean {
  const config = editableConfig("C_Traits.PurchaseRank", configId);
  const node = nodeOf(nodeId);
  if (config === undefined || node === undefined) return false;
  if (purchaseProblem(node, config.specId, config.staged) !== undefined) return false;
  const slot = config.staged.get(nodeId);
  config.staged.set(nodeId, { ranks: (slot?.ranks ?? 0) + 1, entryId: slot?.entryId });
  slotsChanged();
  return true;
}

export function refundRank(configId: number, nodeId: number, clearEdges?: boolean): boolean {
  const config = editableConfig("C_Traits.RefundRank", configId);
  const node = nodeOf(nodeId);
  if (config === undefined || node === undefined || node.kind === "subTreeSelection") return false;
  const slot = config.staged.get(nodeId);
  if (slot === undefined || slot.ranks <= 0 || node.granted) return false;
  if (clearEdges !== true && refundProblem(node, config.specId, config.staged) !== undefined) return false;
  if (slot.ranks === 1) config.staged.delete(nodeId);
  else config.staged.set(nodeId, { ranks: slot.ranks - 1, entryId: slot.entryId });
  slotsChanged();
  if (clearEdges === true) cascadeRefunds(config);
  return true;
}

function selectHeroTree(config: TalentConfig, node: NodeDef, entryId: number | undefined): boolean {
  const current = config.staged.get(node.nodeId)?.entryId;
  if (current === entryId) return true;
  if (entryId === undefined) {
    config.staged.delete(node.nodeId);
  } else {
    const subTreeId = entryOf(node, entryId)?.subTreeId;
    const subTree = subTreeId === undefined ? undefined : tree().subTrees.get(subTreeId);
    if (subTree === undefined || !subTree.specIds.includes(config.specId)) return false;
    config.staged.set(node.nodeId, { ranks: 1, entryId });
  }
  slotsChanged();
  // Hero nodes of the sub-tree left behind stop counting: their ranks are refunded.
  cascadeRefunds(config);
  return true;
}

export function setSelection(configId: number, nodeId: number, entryId?: number, clearEdges?: boolean): boolean {
  const config = editableConfig("C_Traits.SetSelection", configId);
  const node = nodeOf(nodeId);
  if (config === undefined || node === undefined) return false;
  if (node.kind !== "selection" && node.kind !== "subTreeSelection") return false;
  if (entryId !== undefined && entryOf(node, entryId) === undefined) return false;
  if (!isActive(node, config.specId, config.staged)) return false;
  if (node.kind === "subTreeSelection") return selectHeroTree(config, node, entryId);

  const slot = config.staged.get(nodeId);
  if (entryId === undefined) {
    if (slot === undefined) return true;
    if (clearEdges !== true && refundProblem(node, config.specId, config.staged) !== undefined) return false;
    config.staged.delete(nodeId);
    slotsChanged();
    if (clearEdges === true) cascadeRefunds(config);
    return true;
  }
  if (slot !== undefined && slot.ranks > 0) {
    if (slot.entryId === entryId) return true;
    // Swapping the choice keeps the point where it is; check nothing depended on the old entry's rank count.
    const trial = copySlots(config.staged);
    trial.set(nodeId, { ranks: Math.min(slot.ranks, entryOf(node, entryId)!.maxRanks), entryId });
    slotsChanged();
    if (buildProblem(config.specId, trial) !== undefined) return false;
    config.staged.set(nodeId, trial.get(nodeId)!);
    slotsChanged();
    return true;
  }
  if (purchaseProblem(node, config.specId, config.staged, entryId) !== undefined) return false;
  config.staged.set(nodeId, { ranks: 1, entryId });
  slotsChanged();
  return true;
}

export function canPurchaseRank(configId: number, nodeId: number, entryId: number): boolean {
  const config = editableConfig("C_Traits.CanPurchaseRank", configId, true);
  const node = nodeOf(nodeId);
  if (config === undefined || node === undefined) return false;
  if (node.kind === "subTreeSelection") return isActive(node, config.specId, config.staged);
  return purchaseProblem(node, config.specId, config.staged, node.kind === "selection" ? entryId : undefined) === undefined;
}

/** The tree's point currencies: class, spec (GetTreeCurrencyInfo [1], [2], as the talent frame reads them), then hero. */
export const CLASS_CURRENCY = 9001;
export const SPEC_CURRENCY = 9002;
export function heroCurrencyOf(subTreeId: number): number {
  return 3000 + subTreeId;
}

/** The apex track's own currency, when the sim is set to charge one (SimOptions.apexCurrency). */
export const APEX_CURRENCY = 9003;

export function currencyOf(node: NodeDef): number | undefined {
  if (node.kind === "subTreeSelection") return undefined;
  if (sim.options.apexCurrency === true && node.kind === "tiered" && node.entries.length > 1) return APEX_CURRENCY;
  if (node.subTreeId !== undefined) return heroCurrencyOf(node.subTreeId);
  return node.section === "class" ? CLASS_CURRENCY : node.section === "spec" ? SPEC_CURRENCY : undefined;
}

/**
 * Refunds every purchased rank paid with one currency. The hero tree's choice costs nothing and stays, as do the
 * other currencies' talents (what Blizzard's frame relies on to reset class and spec but keep the hero talents).
 */
export function resetTreeByCurrency(configId: number, treeId: number, currencyId: number): boolean {
  const config = editableConfig("C_Traits.ResetTreeByCurrency", configId);
  if (config === undefined || treeId !== tree().def.treeId) return false;
  let known =
    currencyId === CLASS_CURRENCY || currencyId === SPEC_CURRENCY || (sim.options.apexCurrency === true && currencyId === APEX_CURRENCY);
  for (const subTree of tree().def.subTrees) if (heroCurrencyOf(subTree.subTreeId) === currencyId) known = true;
  if (!known) return false;
  for (const [nodeId] of copySlots(config.staged)) {
    const node = tree().nodes.get(nodeId);
    if (node !== undefined && currencyOf(node) === currencyId) config.staged.delete(nodeId);
  }
  slotsChanged();
  cascadeRefunds(config);
  return true;
}

/** Clears every purchase, the hero tree's choice and so its talents with it (why Blizzard's frame avoids it). */
export function resetTree(configId: number, treeId: number): boolean {
  const config = editableConfig("C_Traits.ResetTree", configId);
  if (config === undefined || treeId !== tree().def.treeId) return false;
  config.staged = new LuaTable() as Slots;
  slotsChanged();
  return true;
}
