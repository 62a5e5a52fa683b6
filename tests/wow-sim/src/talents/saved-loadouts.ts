/**
 * The talent frame's saved loadouts and Starter Build, as far as Blizzard's frame code shows them
 * (Blizzard_PlayerSpells/ClassTalents/Blizzard_ClassTalentsFrame.lua, 12.0.1):
 * - C_ClassTalents.CommitConfig(savedConfigID) commits the active config and, when a saved loadout is named, writes
 *   the result into that loadout too (the frame passes the dropdown's selection, lines 1150-1155).
 * - The dropdown shows GetLastSelectedSavedConfigID(specID): a saved loadout, -2 for the Starter Build
 *   (Constants.TraitConsts.STARTER_BUILD_TRAIT_CONFIG_ID), or nothing ("Default Loadout").
 * - SetStarterBuildActive(false) resets pending changes (the frame's comment at lines 1176-1178), so the frame
 *   unflags only after a commit.
 * - Changing the Starter Build flag reloads the active config, which the frame waits for as a second
 *   TRAIT_CONFIG_UPDATED after the commit's (lines 371-375 unflag and return early; the next update does the rest);
 *   the sim fires it a moment after the call (the delay is a guess).
 * Unverified: whether the client itself clears the selection when talents stop matching it (the sim does not).
 */
import { schedule } from "../clock";
import { fire } from "../events";
import { sim, type SavedLoadout } from "../state";
import { activeConfig, copySlots } from "./configs";
import { slotsChanged, type Slots } from "./rules";

export const STARTER_BUILD_CONFIG_ID = -2;
/** Enum.LoadConfigResult. */
const LOAD_NO_CHANGES = 1;
const LOAD_READY = 3;

export function savedLoadoutIds(specId: number): number[] {
  const ids: number[] = [];
  for (const [id, loadout] of sim.savedLoadouts) if (loadout.specId === specId) ids.push(id);
  return ids.sort((a, b) => a - b);
}

export function addSavedLoadout(specId: number, name: string, slots: Slots, selected: boolean): number {
  const configId = 5000000 + specId * 10 + savedLoadoutIds(specId).length + 1;
  const loadout: SavedLoadout = { configId, specId, name, slots: copySlots(slots) };
  sim.savedLoadouts.set(configId, loadout);
  if (selected) sim.lastSelected.set(specId, configId);
  return configId;
}

/** After a commit the game accepted: a named saved loadout receives the committed talents. */
export function writeSavedLoadout(savedConfigId: number | undefined, committed: Slots): void {
  if (savedConfigId === undefined) return;
  const loadout = sim.savedLoadouts.get(savedConfigId);
  if (loadout !== undefined) loadout.slots = copySlots(committed);
}

export function setLastSelected(specId: number, configId: number | undefined): void {
  if (configId === undefined) sim.lastSelected.delete(specId);
  else sim.lastSelected.set(specId, configId);
  fire("SELECTED_LOADOUT_CHANGED");
}

export function setStarterBuildActive(active: boolean): number {
  if (!sim.starterBuild.has) return 0;
  if (sim.starterBuild.active === active) return LOAD_NO_CHANGES;
  sim.starterBuild.active = active;
  const config = activeConfig();
  // Unflagging (or flagging) reloads the config: staged edits are lost.
  if (config !== undefined) {
    config.staged = copySlots(config.committed);
    slotsChanged();
    const configId = config.configId;
    schedule(0.1, "starter build reload", () => fire("TRAIT_CONFIG_UPDATED", configId));
  }
  if (active) sim.lastSelected.set(sim.character.activeSpecId, STARTER_BUILD_CONFIG_ID);
  return LOAD_READY;
}

/** What the talent frame's dropdown would show now. */
export function dropdownText(): string {
  const selected = sim.lastSelected.get(sim.character.activeSpecId);
  if (selected === STARTER_BUILD_CONFIG_ID) return "Starter Build";
  if (selected === undefined) return "Default Loadout";
  return sim.savedLoadouts.get(selected)?.name ?? "Default Loadout";
}

export function savedLoadout(configId: number): SavedLoadout | undefined {
  return sim.savedLoadouts.get(configId);
}
