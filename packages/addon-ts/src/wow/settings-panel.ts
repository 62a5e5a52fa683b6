/**
 * The options panel in the game's Settings, one checkbox per setting, bound straight to the saved settings table
 * (RegisterAddOnSetting reads and writes AzerothsTopTalentDB.settings, so there is no copy to keep in sync).
 * Must run after ADDON_LOADED: the saved table exists only from then on.
 */
import { DEFAULT_SETTINGS, SETTING_KEYS, type Settings as AddonSettings } from "../core/settings";
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
  Settings.RegisterAddOnCategory(category);
  return category;
}

export function openSettingsPanel(category: SettingsCategory | undefined): void {
  if (category !== undefined) Settings.OpenToCategory(category.GetID());
}
