-- Translations made on the addon's CurseForge localization page. When the BigWigs packager builds a release it
-- replaces each @localization line below with that language's translated phrases as `L["PATH"] = "text"` lines
-- (CurseForge "Localization substitutions": format lua_additive_table; handle-unlocalized "ignore" leaves phrases
-- nobody translated out, so they fall back to the addon's own table and then English). PATH is a key of
-- packages/addon-ts/src/locale/enUS.ts ("MSG_APPLIED", "REASON.matching", "HELP.2"); a translation whose {1}, {2}...
-- differ from the English text is ignored by the addon. In a local build the lines stay comments and every
-- language uses the tables in packages/addon-ts/src/locale/translations/. Loaded after TalentData.lua and before
-- the code, which reads ns.translations. Sets no global.
local _, ns = ...
local locale = GetLocale()
local L = {}
local byLocale = {}
byLocale.deDE = function()
--@localization(locale="deDE", format="lua_additive_table", handle-unlocalized="ignore")@
end
byLocale.esES = function()
--@localization(locale="esES", format="lua_additive_table", handle-unlocalized="ignore")@
end
byLocale.esMX = function()
--@localization(locale="esMX", format="lua_additive_table", handle-unlocalized="ignore")@
end
byLocale.frFR = function()
--@localization(locale="frFR", format="lua_additive_table", handle-unlocalized="ignore")@
end
byLocale.itIT = function()
--@localization(locale="itIT", format="lua_additive_table", handle-unlocalized="ignore")@
end
byLocale.koKR = function()
--@localization(locale="koKR", format="lua_additive_table", handle-unlocalized="ignore")@
end
byLocale.ptBR = function()
--@localization(locale="ptBR", format="lua_additive_table", handle-unlocalized="ignore")@
end
byLocale.ruRU = function()
--@localization(locale="ruRU", format="lua_additive_table", handle-unlocalized="ignore")@
end
byLocale.zhCN = function()
--@localization(locale="zhCN", format="lua_additive_table", handle-unlocalized="ignore")@
end
byLocale.zhTW = function()
--@localization(locale="zhTW", format="lua_additive_table", handle-unlocalized="ignore")@
end
local fill = byLocale[locale]
if fill then
  fill()
end
ns.translations = { [locale] = L }
