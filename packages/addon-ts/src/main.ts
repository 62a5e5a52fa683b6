/**
 * Entry point: wires the pure core to the client. Runs once when the client loads the addon's code file (after
 * TalentData.lua, which has put ns.TalentData in place). Creates no globals except SLASH_ATT1 and the two
 * SavedVariables tables (assigned at ADDON_LOADED).
 */
import { decodeLoadout, diffLoadouts, normalizeCode, packSpec, SCHEMA_VERSION, unpackSpec } from "@att/contract";
import { runCommand } from "./commands";
import { createController } from "./controller";
import { fill } from "./core/text";
import { localeFor } from "./locale";
import { createLoadoutManager } from "./loadout";
import type { UiPort } from "./ports";
import { createClient } from "./wow/client";
import { listen } from "./wow/event-frame";
import { createHandlers } from "./wow/event-handlers";
import { createPopup } from "./wow/popup";
import { openSettingsPanel, registerSettingsPanel } from "./wow/settings-panel";
import { registerSlash } from "./wow/slash";

// WoW calls every file listed in the .toc with (addonName, namespace table); the bundle hands `...` to this module.
const [addonName, ns] = [...$vararg] as [string, { TalentData?: unknown; [key: string]: unknown }];

/** The codec the pipeline uses, compiled into the addon; other files of the addon (and tests) reach it through ns. */
ns.codec = { decodeLoadout, normalizeCode, diffLoadouts, packSpec, unpackSpec };
ns.schemaVersion = SCHEMA_VERSION;

const L = localeFor(GetLocale());
const loadout = createLoadoutManager({ messages: L.LOADOUT });
ns.loadout = loadout;

let settingsCategory: SettingsCategory | undefined;
const popup = createPopup();
const ui: UiPort = {
  print: (line) => print(line),
  showPrompt: popup.showPrompt,
  hidePrompt: popup.hidePrompt,
  openSettings: () => openSettingsPanel(settingsCategory),
};

const controller = createController({ client: createClient(), ui, loadout, L, talentData: () => ns.TalentData });

function onSavedVariablesLoaded(): void {
  const saved = controller.loadSaved(AzerothsTopTalentDB, AzerothsTopTalentCharDB);
  // Assigned back so the client writes the migrated tables (a fresh install has nil here).
  AzerothsTopTalentDB = saved.account;
  AzerothsTopTalentCharDB = saved.char;
  settingsCategory = registerSettingsPanel(L, saved.account.settings);
}

registerSlash((message) => runCommand(controller, message));
listen(createHandlers({ addonName, controller, loadout, onSavedVariablesLoaded }), (event, message) =>
  controller.print(fill(L.MSG_HANDLER_ERROR, [event, message])),
);
