/**
 * One combat config per spec, as the client keeps: committed ranks (what the character has) and staged ranks
 * (edits not yet committed). Staged starts as a copy of committed; RollbackConfig copies back.
 */
import { sim, type NodeSlot, type TalentConfig } from "../state";
import { slotsChanged, type Slots } from "./rules";

/** Config IDs look like the client's: large, distinct per spec, stable across reloads. */
export function configIdForSpec(specId: number): number {
  return 4000000 + specId;
}

export function copySlots(from: Slots): Slots {
  const to = new LuaTable<number, NodeSlot>();
  for (const [nodeId, slot] of from) to.set(nodeId, { ranks: slot.ranks, entryId: slot.entryId });
  return to;
}

export function sameSlots(a: Slots, b: Slots): boolean {
  const check = (x: Slots, y: Slots): boolean => {
    for (const [nodeId, slot] of x) {
      const other = y.get(nodeId);
      if (slot.ranks === 0 && slot.entryId === undefined && (other === undefined || (other.ranks === 0 && other.entryId === undefined)))
        continue;
      if (other === undefined || other.ranks !== slot.ranks || other.entryId !== slot.entryId) return false;
    }
    return true;
  };
  return check(a, b) && check(b, a);
}

export function ensureConfig(specId: number): TalentConfig {
  const configId = configIdForSpec(specId);
  let config = sim.configs.get(configId);
  if (config === undefined) {
    config = { configId, specId, committed: new LuaTable(), staged: new LuaTable() };
    sim.configs.set(configId, config);
  }
  return config;
}

export function setCommitted(specId: number, slots: Slots): void {
  const config = ensureConfig(specId);
  config.committed = copySlots(slots);
  config.staged = copySlots(slots);
  slotsChanged();
}

/** The config the client reports as active: nil until talents have loaded after login. */
export function activeConfig(): TalentConfig | undefined {
  if (!sim.talentsLoaded) return undefined;
  return sim.configs.get(configIdForSpec(sim.character.activeSpecId));
}

export function configById(configId: unknown): TalentConfig | undefined {
  if (!sim.talentsLoaded || typeof configId !== "number") return undefined;
  return sim.configs.get(configId);
}

export function hasStagedChanges(config: TalentConfig): boolean {
  return !sameSlots(config.staged, config.committed);
}
