/**
 * Our texts that Blizzard's own global strings say the same, by the global's name: on a non-English client the
 * client's translation of that global is used (it is already translated in all ten languages), so these keys need
 * no translator. Each name is one Blizzard's UI uses for the same words (12.0.1, tomrus88/BlizzardInterfaceCode
 * 4679f888): APPLY as a button label (Blizzard_ItemSocketingUI/Blizzard_ItemSocketingUI.xml:128), RAID as a title
 * (Blizzard_RaidFrame/Mainline/RaidFrame.lua:42), the difficulty names (Blizzard_FrameXMLUtil/DifficultyUtil.lua:
 * 25-38). Their English values come from the client's GlobalStrings, which the public snapshot does not hold: on
 * an English client our own enUS texts are used, so nothing rests on those values there (unverified: that each
 * English global reads exactly like ours).
 */
export const BLIZZARD_STRINGS: { readonly [path: string]: string } = {
  BUTTON_APPLY: "APPLY",
  CONTENT_RAID: "RAID",
  CONTENT_MYTHICPLUS: "PLAYER_DIFFICULTY_MYTHIC_PLUS",
  "DIFFICULTY.mythic": "PLAYER_DIFFICULTY6",
  "DIFFICULTY.heroic": "PLAYER_DIFFICULTY2",
  "DIFFICULTY.normal": "PLAYER_DIFFICULTY1",
  "DIFFICULTY.mythicplus": "PLAYER_DIFFICULTY_MYTHIC_PLUS",
};
