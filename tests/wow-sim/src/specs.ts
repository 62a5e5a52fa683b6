/** The character's specializations: C_SpecializationInfo and spec changes, which switch the active config. */
import { SPECS } from "@att/contract";
import { fire } from "./events";
import { setGlobal } from "./globals";
import { sim } from "./state";
import { configIdForSpec, copySlots, ensureConfig } from "./talents/configs";
import { slotsChanged } from "./talents/rules";

const ROLES: Record<string, string> = { tank: "TANK", healer: "HEALER", dps: "DAMAGER" };

/**
 * specID, name, description, icon, role, primaryStat, pointsSpent, background, previewPointsSpent, isUnlocked for a
 * spec index of the character's class; an unknown index gives specID 0 (its documented default) and nils.
 */
export function specInfoByIndex(index: number): ReturnType<typeof C_SpecializationInfo.GetSpecializationInfo> {
  const specId = sim.character.specIds[index - 1];
  const spec = specId === undefined ? undefined : SPECS.find((s) => s.specId === specId);
  if (spec === undefined) return $multi(0, undefined, undefined, undefined, undefined, undefined, 0, undefined, 0, false);
  return $multi(
    spec.specId,
    spec.specName,
    `${spec.specName} ${spec.className}`,
    135000 + spec.specId,
    ROLES[spec.role] ?? "DAMAGER",
    1,
    0,
    undefined,
    0,
    true,
  );
}

/** 0 before a spec is chosen (documented as never nil). */
export function activeSpecIndex(): number {
  const index = sim.character.specIds.indexOf(sim.character.activeSpecId);
  return index < 0 ? 0 : index + 1;
}

const specializationInfo: typeof C_SpecializationInfo = {
  GetSpecialization: activeSpecIndex,
  GetSpecializationInfo: specInfoByIndex,
};

/**
 * Switching spec: the old config's staged edits are dropped, the new spec's config becomes active, and the
 * client announces it (ACTIVE_COMBAT_CONFIG_CHANGED, PLAYER_SPECIALIZATION_CHANGED, ACTIVE_PLAYER_SPECIALIZATION_CHANGED).
 */
export function changeSpec(specId: number): void {
  if (!sim.character.specIds.includes(specId)) error(`WowSim: spec ${specId} is not one of the character's specs`, 2);
  if (sim.inCombat) error("WowSim: the client does not allow changing spec in combat", 2);
  if (specId === sim.character.activeSpecId) return;
  const old = sim.configs.get(configIdForSpec(sim.character.activeSpecId));
  if (old !== undefined) old.staged = copySlots(old.committed);
  sim.character.activeSpecId = specId;
  ensureConfig(specId);
  slotsChanged();
  fire("ACTIVE_COMBAT_CONFIG_CHANGED", configIdForSpec(specId));
  fire("PLAYER_SPECIALIZATION_CHANGED", "player");
  fire("ACTIVE_PLAYER_SPECIALIZATION_CHANGED");
  fire("TRAIT_CONFIG_UPDATED", configIdForSpec(specId));
}

export function installSpecs(): void {
  setGlobal("C_SpecializationInfo", specializationInfo);
}
