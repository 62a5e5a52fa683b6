/**
 * Entry point: wires the pure core to the client. Runs once when the client loads the addon's code file (after
 * TalentData.lua, which has put ns.TalentData in place). Creates no globals except SLASH_ATT1, the two
 * SavedVariables tables (assigned at ADDON_LOADED), the three addon compartment functions the .toc names and the
 * prompt window's frame name.
 */
import { decodeLoadout, diffLoadouts, normalizeCode, packSpec, SCHEMA_VERSION, unpackSpec } from "@att/contract";
import { compartmentLines, runCommand } from "./commands";
import { createActionBarFlow } from "./action-bar-flow";
import { createController } from "./controller";
import { fill } from "./core/text";
import { localeFor, type Translation } from "./locale";
import { createLoadoutManager } from "./loadout";
import { createWowBlockers } from "./wow/blockers";
import { createWowClient } from "./wow/loadout-client";
import type { UiPort } from "./ports";
import { clientLocale, createClient } from "./wow/client";
import { globalString } from "./wow/global-strings";
import { listen } from "./wow/event-frame";
import { createHandlers } from "./wow/event-handlers";
import { registerCompartment } from "./wow/compartment";
import { createActionBars, onNextFrame } from "./wow/action-bars";
import { createPrompts } from "./wow/prompts";
import { openSettingsPanel, registerSettingsPanel } from "./wow/settings-panel";
import { registerSlash } from "./wow/slash";

// WoW calls every file listed in the .toc with (addonName, namespace table); the bundle hands `...` to this module.
const [addonName, ns] = [...$vararg] as [string, { TalentData?: unknown; [key: string]: unknown }];

/** The codec the pipeline uses, compiled into the addon; other files of the addon (and tests) reach it through ns. */
ns.codec = { decodeLoadout, normalizeCode, diffLoadouts, packSpec, unpackSpec };
ns.schemaVersion = SCHEMA_VERSION;

// The client's language: Blizzard's own strings where they say the same, the addon's table, and the translations
// the packager put in Locales.lua (ns.translations; empty in a local build).
const locale = clientLocale();
const translations = ns.translations as { [locale: string]: Translation | undefined } | undefined;
const L = localeFor(locale, globalString, translations === undefined ? undefined : translations[locale]);
/** The texts in use, for tests that check every key resolves in every language. */
ns.locale = L;
// One blocker list: the LoadoutManager and the controller's prompt decision ask the same objects in the same order.
const blockers = createWowBlockers();
const loadout = createLoadoutManager({ messages: L.LOADOUT, client: createWowClient(), blockers });
ns.loadout = loadout;

let settingsCategory: SettingsCategory | undefined;
// A button or compartment error is one chat line (the controller's prefix), never a Lua error dialog.
const reportUiError = (message: string): void => print(`${L.CHAT_PREFIX} ${fill(L.MSG_HANDLER_ERROR, ["UI", message])}`);
const prompts = createPrompts(L.ADDON_TITLE, reportUiError);
const ui: UiPort = {
  print: (line) => print(line),
  showPrompt: prompts.showPrompt,
  hidePrompt: prompts.hidePrompt,
  openSettings: () => {
    if (!openSettingsPanel(settingsCategory)) print(`${L.CHAT_PREFIX} ${L.MSG_SETTINGS_COMBAT}`);
  },
};

// The action bar fix after an apply, and its undo after a restore (the controller calls both through its deps).
const actionBars = createActionBarFlow({
  bars: createActionBars(),
  ui,
  L,
  say: (line) => controller.print(line),
  settings: () => controller.account.settings,
  currentBuild: () => loadout.currentBuild(),
  nextFrame: (run) => onNextFrame(run),
});
const controller = createController({
  client: createClient(),
  ui,
  loadout,
  L,
  blockers,
  talentData: () => ns.TalentData,
  afterApply: (before, record) => actionBars.afterApply(before, record),
  afterRestore: (record) => actionBars.afterRestore(record),
});

registerCompartment({
  title: L.ADDON_TITLE,
  click: () => {
    runCommand(controller, "status");
    ui.openSettings();
  },
  tooltipLines: () => compartmentLines(controller),
  onError: reportUiError,
});

function onSavedVariablesLoaded(): void {
  const saved = controller.loadSaved(AzerothsTopTalentDB, AzerothsTopTalentCharDB);
  // Assigned back so the client writes the migrated tables (a fresh install has nil here).
  AzerothsTopTalentDB = saved.account;
  AzerothsTopTalentCharDB = saved.char;
  settingsCategory = registerSettingsPanel(L, saved.account.settings);
}

registerSlash((message) => runCommand(controller, message));
listen(createHandlers({ addonName, controller, loadout, onSavedVariablesLoaded, onCombatEnd: () => actionBars.onCombatEnd() }), (event) =>
  controller.print(fill(L.MSG_EVENT_ERROR, [event])),
);
