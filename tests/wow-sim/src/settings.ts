/**
 * The Settings API as addons use it (Blizzard_Settings_Shared): a vertical-layout category, settings bound to a
 * key of the addon's saved table (registering fills the default only when the key is nil, so existing choices
 * survive), checkbox controls, and OpenToCategory recorded so tests can see the panel was opened.
 */
import { safeCall } from "./errors";
import { setGlobal } from "./globals";
import { sim, type SettingRecord } from "./state";
import { recordBlocked } from "./talents/guard";

let nextCategoryId = 1001;

class SimCategory {
  readonly ID: number;
  constructor(readonly name: string) {
    this.ID = nextCategoryId++;
  }
  GetID(): number {
    return this.ID;
  }
  GetName(): string {
    return this.name;
  }
}

class SimLayout {
  AddInitializer(_initializer: unknown): void {}
}

class SimSetting {
  record!: SettingRecord;
  GetValue(): unknown {
    return this.record.table.get(this.record.key);
  }
  SetValue(value: unknown): void {
    if (this.record.table.get(this.record.key) === value) return;
    this.record.table.set(this.record.key, value);
    for (const callback of this.record.callbacks) safeCall(`setting ${this.record.variable} changed`, callback, this, value);
  }
  SetValueChangedCallback(callback: (setting: SettingsSetting, value: unknown) => void): void {
    this.record.callbacks.push(callback as (setting: unknown, value: unknown) => void);
  }
  GetVariable(): string {
    return this.record.variable;
  }
  GetName(): string {
    return this.record.name;
  }
}

function findSetting(variable: string): SettingRecord | undefined {
  return sim.settings.find((s) => s.variable === variable);
}

const settingsApi: typeof Settings = {
  RegisterVerticalLayoutCategory(name) {
    const category = new SimCategory(name);
    sim.categories.push({ id: tostring(category.ID), name, registered: false });
    return $multi(category, new SimLayout());
  },
  RegisterAddOnSetting(category, variable, variableKey, variableTbl, variableType, name, defaultValue) {
    if (type(variableTbl) !== "table") error("Settings.RegisterAddOnSetting: variableTbl must be a table", 2);
    if (findSetting(variable) !== undefined) error(`Settings.RegisterAddOnSetting: a setting named "${variable}" is already registered`, 2);
    if (type(defaultValue) !== variableType) error(`Settings.RegisterAddOnSetting: default for "${variable}" is not a ${variableType}`, 2);
    const table = variableTbl as LuaTable<string, unknown>;
    if (table.get(variableKey) === undefined) table.set(variableKey, defaultValue);
    const setting = new SimSetting();
    setting.record = {
      variable,
      key: variableKey,
      table,
      variableType,
      name,
      defaultValue,
      category: tostring(category.GetID()),
      callbacks: [],
      setting,
      hasControl: false,
    };
    sim.settings.push(setting.record);
    return setting;
  },
  CreateCheckbox(_category, setting, _tooltip) {
    const record = (setting as SimSetting).record;
    if (record === undefined || record.variableType !== "boolean")
      error("Settings.CreateCheckbox: setting is not a boolean addon setting", 2);
    record.hasControl = true;
    return { setting };
  },
  CreateDropdown(_category, setting, options, _tooltip) {
    const record = (setting as SimSetting).record;
    if (record === undefined) error("Settings.CreateDropdown: not an addon setting", 2);
    // The panel calls options() when it builds the dropdown; the values must include the setting's value.
    const values = options() as { value: unknown }[];
    if (!values.some((o) => o.value === record.table.get(record.key))) error("Settings.CreateDropdown: the value is not an option", 2);
    record.hasControl = true;
    return { setting };
  },
  CreateControlTextContainer() {
    const data: { value: unknown; label: string; text: string; tooltip?: string }[] = [];
    return {
      Add(value: unknown, label: string, tooltip?: string) {
        const entry = { value, label, text: label, tooltip };
        data.push(entry);
        return entry;
      },
      GetData() {
        return data;
      },
    };
  },
  RegisterAddOnCategory(category) {
    const entry = sim.categories.find((c) => c.id === tostring(category.GetID()));
    if (entry !== undefined) entry.registered = true;
  },
  // Restricted: in combat lockdown the client refuses it (recorded as a blocked action, as for protected calls).
  OpenToCategory(categoryId) {
    if (sim.lockdown) {
      recordBlocked("Settings.OpenToCategory", "combat");
      return;
    }
    sim.openedCategories.push(tostring(categoryId));
  },
};

/** The player clicking a checkbox: the value changes and the setting's callbacks run. */
export function setSettingValue(variable: string, value: unknown): void {
  const record = findSetting(variable);
  if (record === undefined) error(`WowSim: no setting ${variable}`, 2);
  (record.setting as SimSetting).SetValue(value);
}

export function installSettings(): void {
  setGlobal("Settings", settingsApi);
}
