/** C_AddOns metadata read from each loaded addon's .toc (the driver hands the parsed fields over). */
import { setGlobal } from "./globals";
import { sim } from "./state";

export function setAddonMetadata(addon: string, fields: LuaTable<string, string>): void {
  const lower = new LuaTable<string, string>();
  for (const [key, value] of fields) lower.set(string.lower(key), value);
  sim.addonMetadata.set(string.lower(addon), lower);
}

const addonsApi: typeof C_AddOns = {
  GetAddOnMetadata(addon, field) {
    if (typeof addon !== "string" || typeof field !== "string") error("Usage: C_AddOns.GetAddOnMetadata(addon, field)", 2);
    // Field names are case-insensitive in the client.
    return sim.addonMetadata.get(string.lower(addon))?.get(string.lower(field));
  },
};

export function installAddons(): void {
  setGlobal("C_AddOns", addonsApi);
}
