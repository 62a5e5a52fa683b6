/**
 * Action bars and the cursor, as the client keeps them: numbered action slots holding a spell, macro or item, a
 * cursor that carries one thing, and the calls addons use to move spells onto buttons.
 *
 * Docs: ../shared/blizzard-api-docs/12.0.5-ptr; interface code: 12.0.1, tomrus88/BlizzardInterfaceCode 4679f888.
 * - Reads: GetActionInfo(slot) -> type, id, subType (Blizzard_ActionBar/Shared/ActionButton.lua:43, :1387 read it
 *   that way), C_ActionBar.HasAction, C_ActionBar.FindSpellActionButtons (ActionBarFrameDocumentation.lua:66-81,
 *   MayReturnNothing: nil when the spell is on no button), C_Spell.IsSpellPassive (SpellDocumentation.lua:857).
 * - Writes: C_Spell.PickupSpell puts a spell the player knows on the cursor (SpellDocumentation.lua:889; no
 *   restriction flag); PlaceAction(slot) drops the cursor onto the slot and picks up what was there, the way a
 *   button receiving a drag swaps (ActionButton.lua:1500-1504 OnReceiveDrag -> PlaceAction); PickupAction lifts a
 *   slot onto the cursor (ActionButton.lua:1492); ClearCursor empties it (GameCursorDocumentation.lua:10, no
 *   restriction flag). ACTIONBAR_SLOT_CHANGED(slot) follows every change (ActionBarFrameDocumentation.lua:1006).
 * - Combat: PlaceAction and PickupAction change the bars, which the client refuses to insecure code under combat
 *   lockdown (the player's own buttons go through the secure templates instead, ActionButton.lua:1453-1486). The
 *   generated docs do not list these two functions, so the rule comes from that code and the community's API
 *   reference (both name them protected in combat); unverified against a live client. A refused call changes
 *   nothing and is recorded as a blocked action (what the client reports as ADDON_ACTION_BLOCKED).
 *
 * The talents' spells are 900000 + entry ID (talents/api.ts); a spell is known while its talent is committed in
 * the active spec. Which talent spells are active (castable, worth a button) is the sim's own rule:
 * ACTIVE_TALENT_SPELL (entry IDs divisible by 3); every other talent spell is passive.
 */
import { fire } from "./events";
import { setGlobal } from "./globals";
import { sim } from "./state";
import { activeConfig } from "./talents/configs";
import { recordBlocked } from "./talents/guard";
import { currentRank } from "./talents/rules";
import { entryOf, isChoice, tree } from "./talents/tree";

export interface ActionSlot {
  readonly type: "spell" | "macro" | "item";
  readonly id: number;
}

/** Action slots 1..180: the main bar's pages and the extra bars (bars 1-15 x 12 buttons; the upper bound is unverified). */
export const MAX_ACTION_SLOT = 180;
const TALENT_SPELL_BASE = 900000;

/** The sim's rule for which talent spells are active rather than passive (see the header). */
export function isActiveTalentSpell(spellId: number): boolean {
  return spellId > TALENT_SPELL_BASE && (spellId - TALENT_SPELL_BASE) % 3 === 0;
}

const actions = new LuaTable<number, ActionSlot>();
let cursor: ActionSlot | undefined;

/** The talent spells the active spec's committed talents give. */
export function knowsSpell(spellId: number): boolean {
  const config = activeConfig();
  if (config === undefined || spellId <= TALENT_SPELL_BASE) return false;
  for (const node of tree().def.nodes) {
    if (node.kind === "subTreeSelection" || currentRank(node, config.specId, config.committed) <= 0) continue;
    const entry = isChoice(node) ? entryOf(node, config.committed.get(node.nodeId)?.entryId) : node.entries[0];
    if (entry !== undefined && TALENT_SPELL_BASE + entry.entryId === spellId) return true;
  }
  return false;
}

function validSlot(slot: unknown): slot is number {
  return typeof slot === "number" && slot >= 1 && slot <= MAX_ACTION_SLOT && slot % 1 === 0;
}

function setSlot(slot: number, action: ActionSlot | undefined): void {
  actions.set(slot, action as ActionSlot);
  fire("ACTIONBAR_SLOT_CHANGED", slot);
}

/** The bars as a list (they are the server's, so they outlive a /reload: world.ts keeps them). */
export function actionList(): { slot: number; type: ActionSlot["type"]; id: number }[] {
  const list: { slot: number; type: ActionSlot["type"]; id: number }[] = [];
  for (let slot = 1; slot <= MAX_ACTION_SLOT; slot++) {
    const action = actions.get(slot);
    if (action !== undefined) list.push({ slot, type: action.type, id: action.id });
  }
  return list;
}

export function restoreActions(list: readonly { slot: number; type: ActionSlot["type"]; id: number }[]): void {
  for (const entry of list) actions.set(entry.slot, { type: entry.type, id: entry.id });
}

/** The driver's view and setup (the player dragging things onto bars by hand). */
export function actionSlot(slot: number): ActionSlot | undefined {
  return actions.get(slot);
}

export function setActionSlot(slot: number, action: ActionSlot | undefined): void {
  if (!validSlot(slot)) error(`WowSim: no action slot ${slot}`, 2);
  setSlot(slot, action);
}

export function cursorContents(): ActionSlot | undefined {
  return cursor;
}

function placeAction(slot: number): void {
  if (!validSlot(slot)) return;
  if (sim.lockdown) {
    recordBlocked("PlaceAction", "combat");
    return;
  }
  if (cursor === undefined) return;
  const previous = actions.get(slot);
  const placed = cursor;
  cursor = previous;
  setSlot(slot, placed);
}

function pickupAction(slot: number): void {
  if (!validSlot(slot)) return;
  if (sim.lockdown) {
    recordBlocked("PickupAction", "combat");
    return;
  }
  const lifted = actions.get(slot);
  if (lifted === undefined) return;
  cursor = lifted;
  setSlot(slot, undefined);
}

function getActionInfo(slot: number): LuaMultiReturn<[string | undefined, number | undefined, string | undefined]> {
  const action = validSlot(slot) ? actions.get(slot) : undefined;
  if (action === undefined) return $multi(undefined, undefined, undefined);
  return $multi(action.type, action.id, action.type === "spell" ? "spell" : undefined);
}

const actionBar: typeof C_ActionBar = {
  HasAction: (actionID) => validSlot(actionID) && actions.get(actionID) !== undefined,
  FindSpellActionButtons(spellID) {
    const slots: number[] = [];
    for (let slot = 1; slot <= MAX_ACTION_SLOT; slot++) {
      const action = actions.get(slot);
      if (action !== undefined && action.type === "spell" && action.id === spellID) slots.push(slot);
    }
    return slots.length === 0 ? undefined : slots;
  },
};

export function installActionBars(): void {
  setGlobal("C_ActionBar", actionBar);
  setGlobal("GetActionInfo", getActionInfo);
  setGlobal("PlaceAction", placeAction);
  setGlobal("PickupAction", pickupAction);
  setGlobal("ClearCursor", () => {
    cursor = undefined;
  });
}

/** C_Spell's action bar half: picking a known spell up, and which spells are passive. */
export const spellCursorApi: Pick<typeof C_Spell, "PickupSpell" | "IsSpellPassive"> = {
  PickupSpell(spellIdentifier) {
    if (typeof spellIdentifier === "number" && knowsSpell(spellIdentifier)) cursor = { type: "spell", id: spellIdentifier };
  },
  IsSpellPassive(spellIdentifier) {
    return typeof spellIdentifier === "number" && spellIdentifier > TALENT_SPELL_BASE && !isActiveTalentSpell(spellIdentifier);
  },
};
