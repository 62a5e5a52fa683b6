/** Class colours of the game's default UI (RAID_CLASS_COLORS), for the report's accents; from general knowledge, not checked against the interface source. */
export const CLASS_COLORS: { readonly [className: string]: string } = {
  "Death Knight": "#C41E3A",
  "Demon Hunter": "#A330C9",
  Druid: "#FF7C0A",
  Evoker: "#33937F",
  Hunter: "#AAD372",
  Mage: "#3FC7EB",
  Monk: "#00FF98",
  Paladin: "#F48CBA",
  Priest: "#FFFFFF",
  Rogue: "#FFF468",
  Shaman: "#0070DD",
  Warlock: "#8788EE",
  Warrior: "#C69B6D",
};

export function classColor(className: string): string {
  return CLASS_COLORS[className] ?? "#B0B8C4";
}
