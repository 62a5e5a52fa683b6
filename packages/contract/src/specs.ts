/**
 * Every current retail specialization (Midnight 12.x, 40 specs).
 * Source: shared/reference/specs.json (spec/class IDs checked against real loadout headers there);
 * `wclClass`/`wclSpec` are the PascalCase slugs Warcraft Logs uses in characterRankings
 * (class and spec name without spaces, e.g. DeathKnight / BeastMastery).
 * `role` is general game knowledge and was not checked against a source.
 */
export type Role = "tank" | "healer" | "dps";

export interface SpecInfo {
  readonly specId: number;
  readonly classId: number;
  readonly className: string;
  readonly specName: string;
  readonly role: Role;
  readonly wclClass: string;
  readonly wclSpec: string;
}

export const SPECS: readonly SpecInfo[] = [
  { specId: 71, classId: 1, className: "Warrior", specName: "Arms", role: "dps", wclClass: "Warrior", wclSpec: "Arms" },
  { specId: 72, classId: 1, className: "Warrior", specName: "Fury", role: "dps", wclClass: "Warrior", wclSpec: "Fury" },
  { specId: 73, classId: 1, className: "Warrior", specName: "Protection", role: "tank", wclClass: "Warrior", wclSpec: "Protection" },
  { specId: 65, classId: 2, className: "Paladin", specName: "Holy", role: "healer", wclClass: "Paladin", wclSpec: "Holy" },
  { specId: 66, classId: 2, className: "Paladin", specName: "Protection", role: "tank", wclClass: "Paladin", wclSpec: "Protection" },
  { specId: 70, classId: 2, className: "Paladin", specName: "Retribution", role: "dps", wclClass: "Paladin", wclSpec: "Retribution" },
  { specId: 253, classId: 3, className: "Hunter", specName: "Beast Mastery", role: "dps", wclClass: "Hunter", wclSpec: "BeastMastery" },
  { specId: 254, classId: 3, className: "Hunter", specName: "Marksmanship", role: "dps", wclClass: "Hunter", wclSpec: "Marksmanship" },
  { specId: 255, classId: 3, className: "Hunter", specName: "Survival", role: "dps", wclClass: "Hunter", wclSpec: "Survival" },
  { specId: 259, classId: 4, className: "Rogue", specName: "Assassination", role: "dps", wclClass: "Rogue", wclSpec: "Assassination" },
  { specId: 260, classId: 4, className: "Rogue", specName: "Outlaw", role: "dps", wclClass: "Rogue", wclSpec: "Outlaw" },
  { specId: 261, classId: 4, className: "Rogue", specName: "Subtlety", role: "dps", wclClass: "Rogue", wclSpec: "Subtlety" },
  { specId: 256, classId: 5, className: "Priest", specName: "Discipline", role: "healer", wclClass: "Priest", wclSpec: "Discipline" },
  { specId: 257, classId: 5, className: "Priest", specName: "Holy", role: "healer", wclClass: "Priest", wclSpec: "Holy" },
  { specId: 258, classId: 5, className: "Priest", specName: "Shadow", role: "dps", wclClass: "Priest", wclSpec: "Shadow" },
  { specId: 250, classId: 6, className: "Death Knight", specName: "Blood", role: "tank", wclClass: "DeathKnight", wclSpec: "Blood" },
  { specId: 251, classId: 6, className: "Death Knight", specName: "Frost", role: "dps", wclClass: "DeathKnight", wclSpec: "Frost" },
  { specId: 252, classId: 6, className: "Death Knight", specName: "Unholy", role: "dps", wclClass: "DeathKnight", wclSpec: "Unholy" },
  { specId: 262, classId: 7, className: "Shaman", specName: "Elemental", role: "dps", wclClass: "Shaman", wclSpec: "Elemental" },
  { specId: 263, classId: 7, className: "Shaman", specName: "Enhancement", role: "dps", wclClass: "Shaman", wclSpec: "Enhancement" },
  { specId: 264, classId: 7, className: "Shaman", specName: "Restoration", role: "healer", wclClass: "Shaman", wclSpec: "Restoration" },
  { specId: 62, classId: 8, className: "Mage", specName: "Arcane", role: "dps", wclClass: "Mage", wclSpec: "Arcane" },
  { specId: 63, classId: 8, className: "Mage", specName: "Fire", role: "dps", wclClass: "Mage", wclSpec: "Fire" },
  { specId: 64, classId: 8, className: "Mage", specName: "Frost", role: "dps", wclClass: "Mage", wclSpec: "Frost" },
  { specId: 265, classId: 9, className: "Warlock", specName: "Affliction", role: "dps", wclClass: "Warlock", wclSpec: "Affliction" },
  { specId: 266, classId: 9, className: "Warlock", specName: "Demonology", role: "dps", wclClass: "Warlock", wclSpec: "Demonology" },
  { specId: 267, classId: 9, className: "Warlock", specName: "Destruction", role: "dps", wclClass: "Warlock", wclSpec: "Destruction" },
  { specId: 268, classId: 10, className: "Monk", specName: "Brewmaster", role: "tank", wclClass: "Monk", wclSpec: "Brewmaster" },
  { specId: 269, classId: 10, className: "Monk", specName: "Windwalker", role: "dps", wclClass: "Monk", wclSpec: "Windwalker" },
  { specId: 270, classId: 10, className: "Monk", specName: "Mistweaver", role: "healer", wclClass: "Monk", wclSpec: "Mistweaver" },
  { specId: 102, classId: 11, className: "Druid", specName: "Balance", role: "dps", wclClass: "Druid", wclSpec: "Balance" },
  { specId: 103, classId: 11, className: "Druid", specName: "Feral", role: "dps", wclClass: "Druid", wclSpec: "Feral" },
  { specId: 104, classId: 11, className: "Druid", specName: "Guardian", role: "tank", wclClass: "Druid", wclSpec: "Guardian" },
  { specId: 105, classId: 11, className: "Druid", specName: "Restoration", role: "healer", wclClass: "Druid", wclSpec: "Restoration" },
  { specId: 577, classId: 12, className: "Demon Hunter", specName: "Havoc", role: "dps", wclClass: "DemonHunter", wclSpec: "Havoc" },
  {
    specId: 581,
    classId: 12,
    className: "Demon Hunter",
    specName: "Vengeance",
    role: "tank",
    wclClass: "DemonHunter",
    wclSpec: "Vengeance",
  },
  { specId: 1480, classId: 12, className: "Demon Hunter", specName: "Devourer", role: "dps", wclClass: "DemonHunter", wclSpec: "Devourer" },
  { specId: 1467, classId: 13, className: "Evoker", specName: "Devastation", role: "dps", wclClass: "Evoker", wclSpec: "Devastation" },
  { specId: 1468, classId: 13, className: "Evoker", specName: "Preservation", role: "healer", wclClass: "Evoker", wclSpec: "Preservation" },
  { specId: 1473, classId: 13, className: "Evoker", specName: "Augmentation", role: "dps", wclClass: "Evoker", wclSpec: "Augmentation" },
];

/** Looks a spec up by its ID; undefined when the ID is not a current spec. */
export function specById(specId: number): SpecInfo | undefined {
  for (const spec of SPECS) {
    if (spec.specId === specId) return spec;
  }
  return undefined;
}

/** Specs of one class, in table order. */
export function specsOfClass(classId: number): SpecInfo[] {
  return SPECS.filter((spec) => spec.classId === classId);
}
