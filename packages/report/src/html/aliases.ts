/**
 * Short names players search by: class and spec abbreviations in common use (general community usage, not from a
 * source). Added to each spec card's search text, so "dk", "bm hunter" or "resto" find their specs.
 */
const CLASS_ALIASES: { readonly [className: string]: readonly string[] } = {
  "Death Knight": ["dk"],
  "Demon Hunter": ["dh"],
  Druid: ["dru"],
  Evoker: ["evo", "dragon"],
  Hunter: ["hunt"],
  Paladin: ["pala", "pally"],
  Priest: ["pri"],
  Shaman: ["sham", "shammy"],
  Warlock: ["lock"],
  Warrior: ["warr", "war"],
};

const SPEC_ALIASES: { readonly [specName: string]: readonly string[] } = {
  "Beast Mastery": ["bm"],
  Marksmanship: ["mm"],
  Survival: ["sv", "surv"],
  Retribution: ["ret"],
  Protection: ["prot"],
  Restoration: ["resto"],
  Discipline: ["disc"],
  Elemental: ["ele"],
  Enhancement: ["enh", "enha"],
  Affliction: ["aff", "affli"],
  Demonology: ["demo"],
  Destruction: ["destro"],
  Windwalker: ["ww"],
  Mistweaver: ["mw"],
  Brewmaster: ["brm", "brew"],
  Subtlety: ["sub"],
  Assassination: ["assa", "sin"],
  Augmentation: ["aug"],
  Devastation: ["dev", "deva"],
  Preservation: ["pres"],
  Vengeance: ["veng", "vdh"],
  Havoc: ["hdh"],
  Balance: ["boomkin", "boomy", "moonkin"],
  Guardian: ["bear"],
  Feral: ["cat"],
  Unholy: ["uh", "unh"],
  Shadow: ["sp", "spriest"],
  Devourer: ["devo"],
};

/** The spec's short names, lower case. */
export function aliasesOf(className: string, specName: string): string[] {
  return [...(CLASS_ALIASES[className] ?? []), ...(SPEC_ALIASES[specName] ?? [])];
}
