/**
 * The ActionBarPort over the client: talent spells through the active config (C_Traits.GetEntryInfo ->
 * GetDefinitionInfo.spellID), the bars through GetActionInfo / C_ActionBar.FindSpellActionButtons, and a placement
 * as the player's drag does it: C_Spell.PickupSpell, PlaceAction on the slot (which hands back what the slot held,
 * Blizzard_ActionBar/Shared/ActionButton.lua:1500-1501, 12.0.1), ClearCursor. PlaceAction is refused to addons under
 * combat lockdown; action-bar-flow.ts asks inCombat() first and never calls it then.
 */
import type { ActionBarPort } from "../action-bar-flow";
import { inCombat } from "./game-state";

/** Action slots 1..180 (bars 1-15 of 12 buttons; the upper bound is unverified against a live client). */
const MAX_ACTION_SLOT = 180;

function spellAt(slot: number): number | undefined {
  const [actionType, id] = GetActionInfo(slot);
  return actionType === "spell" ? id : undefined;
}

/** The client's next frame, when the spells a commit taught are in the spell book (see action-bar-flow.ts). */
export function onNextFrame(run: () => void): void {
  RunNextFrame(run);
}

export function createActionBars(): ActionBarPort {
  return {
    inCombat: () => inCombat(),
    talentSpell(entryId) {
      const configId = C_ClassTalents.GetActiveConfigID();
      const definitionId = configId === undefined ? undefined : C_Traits.GetEntryInfo(configId, entryId)?.definitionID;
      const definition = definitionId === undefined ? undefined : C_Traits.GetDefinitionInfo(definitionId);
      return definition?.spellID;
    },
    isPassive: (spellId) => C_Spell.IsSpellPassive(spellId),
    spellName: (spellId) => C_Spell.GetSpellName(spellId) ?? `${spellId}`,
    slotsOf(spellId) {
      // FindSpellActionButtons asks for the base spell and may answer for overrides; a plain scan of the slots
      // finds exactly the buttons holding this spell ID, the ones a talent swap leaves dead.
      const slots: number[] = [];
      for (let slot = 1; slot <= MAX_ACTION_SLOT; slot++) if (spellAt(slot) === spellId) slots.push(slot);
      return slots;
    },
    spellAt: (slot) => spellAt(slot),
    place(spellId, slot) {
      C_Spell.PickupSpell(spellId);
      PlaceAction(slot);
      ClearCursor();
      return spellAt(slot) === spellId;
    },
  };
}
