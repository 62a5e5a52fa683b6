/**
 * The options panel in the game's Settings, one checkbox per setting, bound straight to the saved settings table
 * (RegisterAddOnSetting reads and writes AzerothsTopTalentDB.settings, so there is no copy to keep in sync).
 * Must run after ADDON_LOADED: the saved table exists only from then on.
 */
import { ACTION_BAR_MODES, DEFAULT_SETTINGS, SETTING_KEYS, type Settings as AddonSettings } from "../core/settings";
import type { LocaleStrings } from "../locale";

export function registerSettingsPanel(L: LocaleStrings, settings: AddonSettings): SettingsCategory {
  const [category] = Settings.RegisterVerticalLayoutCategory(L.ADDON_TITLE);
  for (const key of SETTING_KEYS) {
    const text = L.SETTING[key];
    const label = text === undefined ? key : text.label;
    const setting = Settings.RegisterAddOnSetting(
      category,
      `AzerothsTopTalent_${key}`,
      key,
      settings,
      "boolean",
      label,
      DEFAULT_SETTINGS[key],
    );
    Settings.CreateCheckbox(category, setting, text === undefined ? undefined : text.tooltip);
  }
  // Off / ask / automatic: a dropdown of the three, bound to the saved string like the checkboxes to their booleans.
  const bars = L.SETTING.actionBars;
  const barsSetting = Settings.RegisterAddOnSetting(
    category,
    "AzerothsTopTalent_actionBars",
    "actionBars",
    settings,
    "string",
    bars === undefined ? "actionBars" : bars.label,
    DEFAULT_SETTINGS.actionBars,
  );
  const options = (): unknown[] => {
    const container = Settings.CreateControlTextContainer();
    for (const mode of ACTION_BAR_MODES) container.Add(mode, L.ACTION_BAR_MODE[mode] ?? mode);
    return container.GetData();
  };
  Settings.CreateDropdown(category, barsSetting, options, bars === undefined ? undefined : bars.tooltip);
  Settings.RegisterAddOnCategory(category);
  return category;
}

/**
 * Opens the panel; false, touching nothing, in combat: Settings.OpenToCategory is restricted (Blizzard's own callers
 * check InCombatLockdown first), so the caller says so in chat instead.
 */
export function openSettingsPanel(category: SettingsCategory | undefined): boolean {
  if (InCombatLockdown()) return false;
  if (category !== undefined) Settings.OpenToCategory(category.GetID());
  return true;
}
