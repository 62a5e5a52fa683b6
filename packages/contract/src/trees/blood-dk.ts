/**
 * A hand-laid Death Knight class tree (class 6) on which the real Feb 2026 Blood (spec 250) loadout strings
 * decode consistently: 205 records, every selected record on a node Blood may take, choice records on choice
 * nodes, granted records on granted nodes, the hero picker where the strings put it.
 *
 * Laid out from the strings themselves (tests/fixtures/talent-strings.json, Death Knight, Feb 2026): a record
 * selected by several specs is a class node; by one spec only, that spec's node; by every string on one hero
 * tree and no other, a hero node of it. Records 162/163/164 are the Unholy/Frost/Blood hero pickers (every
 * string of that spec makes a choice there, and the granted hero keystone 145/155/159 follows the choice).
 * Record 29 is granted to Blood; the other specs buy it, which this model cannot say (a granted node belongs to
 * one spec), so it is Blood's here. Likewise records 30 and 38, granted to Unholy and Frost, are plain class
 * nodes: Frost and Unholy strings therefore do not all fit this tree; Blood's do.
 *
 * What the strings cannot tell is left simple: node and entry IDs are synthetic (ascending with the record), ranks
 * are 1 except where a string shows a partial rank, and there are no edges or gates. Use it for codec and import
 * tests with real strings, not for purchase-order tests.
 */
import type { ClassTreeDef, EntryDef, NodeDef, NodeKind, SubTreeDef, TreeSection } from "./types";

/**
 * One token per record: c = class; s0/s1/s2 = Blood/Frost/Unholy spec; hD/hR/hL = Deathbringer/Rider/San'layn
 * hero; p0/p1/p2 = the hero picker of Blood/Frost/Unholy. Suffixes: g granted, x two-entry choice, t two ranks.
 */
const RECORDS: readonly string[] = [
  "s1",
  "s1",
  "s0",
  "s0",
  "s0",
  "s0x",
  "s0",
  "c",
  "c",
  "c",
  "c",
  "c",
  "c",
  "c",
  "c",
  "c",
  "c",
  "c",
  "s0",
  "c",
  "c",
  "c",
  "c",
  "cx",
  "c",
  "c",
  "c",
  "c",
  "c",
  "s0g",
  "c",
  "c",
  "cx",
  "c",
  "c",
  "c",
  "c",
  "c",
  "c",
  "c",
  "c",
  "c",
  "c",
  "c",
  "s2",
  "s1",
  "s1",
  "s1",
  "s1",
  "s1",
  "s1",
  "s1",
  "s1",
  "s1",
  "s1",
  "s1",
  "s1t",
  "s1",
  "s1",
  "s1",
  "s1",
  "s1",
  "s1",
  "s1",
  "s1",
  "s1",
  "s1",
  "s1",
  "s1",
  "s1",
  "s1",
  "s1",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "hL",
  "s2",
  "s2",
  "s2",
  "s2",
  "s2",
  "s2",
  "s2",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s0",
  "s2x",
  "s2",
  "s2",
  "s2",
  "s2",
  "s2",
  "s2",
  "s2x",
  "s2",
  "s2",
  "s2",
  "s2",
  "s2",
  "s2",
  "s2",
  "s2",
  "s2",
  "hL",
  "s1",
  "hL",
  "hD",
  "cx",
  "hD",
  "hRx",
  "hL",
  "hR",
  "hRx",
  "hD",
  "s1",
  "hL",
  "c",
  "hR",
  "hLx",
  "s1x",
  "hLg",
  "hL",
  "s1",
  "s1",
  "s1",
  "hDx",
  "hD",
  "hR",
  "hRx",
  "c",
  "hDg",
  "hR",
  "hLx",
  "hL",
  "hRg",
  "hR",
  "hD",
  "p2",
  "p1",
  "p0",
  "c",
  "hL",
  "s1",
  "s1",
  "s1",
  "s1",
  "s1",
  "c",
  "c",
  "s1",
  "s1",
  "s0",
  "s0",
  "s0",
  "s1",
  "s1",
  "s1",
  "hL",
  "c",
  "s2",
  "s2",
  "s2",
  "s2",
  "s1",
  "s2",
  "s2",
  "s0",
  "c",
  "c",
  "hL",
  "hL",
  "hL",
  "c",
  "s2",
  "s2",
  "s1",
  "c",
  "c",
  "s2",
  "s2",
];

const SPEC_IDS: readonly number[] = [250, 251, 252];
const HERO: { readonly [code: string]: number | undefined } = { D: 33, R: 32, L: 31 };
/** Each spec's picker offers its two hero trees in this order (entry index = the strings' choice). */
const PICKS: readonly (readonly number[])[] = [
  [33, 31],
  [33, 32],
  [32, 31],
];

export const BLOOD_DK_TREE_ID = 781;

/** Whether the token's suffix (after "c", or after the two-character head of the others) holds the flag. */
function has(token: string, flag: string): boolean {
  return token.indexOf(flag, token.charAt(0) === "c" ? 1 : 2) >= 0;
}

function digit(token: string): number {
  return token.charCodeAt(1) - 48;
}

export function bloodDeathKnightTree(): ClassTreeDef {
  const nodes: NodeDef[] = [];
  let nextEntry = 206000;
  const entry = (maxRanks: number, subTreeId?: number): EntryDef => {
    nextEntry++;
    return subTreeId === undefined ? { entryId: nextEntry, maxRanks } : { entryId: nextEntry, maxRanks, subTreeId };
  };
  RECORDS.forEach((token, index) => {
    const head = token.charAt(0);
    const granted = has(token, "g");
    const ranks = has(token, "t") ? 2 : 1;
    let kind: NodeKind = has(token, "x") ? "selection" : ranks > 1 ? "tiered" : "single";
    let section: TreeSection = "class";
    let specId: number | undefined;
    let subTreeId: number | undefined;
    const entries: EntryDef[] = [];
    if (head === "p") {
      kind = "subTreeSelection";
      section = "hero";
      specId = SPEC_IDS[digit(token)];
      for (const offered of PICKS[digit(token)]!) entries.push(entry(1, offered));
    } else {
      if (head === "s") {
        section = "spec";
        specId = SPEC_IDS[digit(token)];
      } else if (head === "h") {
        section = "hero";
        subTreeId = HERO[token.charAt(1)];
      }
      entries.push(entry(ranks));
      if (kind === "selection") entries.push(entry(1));
    }
    nodes.push({
      nodeId: 96000 + index * 4,
      kind,
      section,
      specId,
      subTreeId,
      parents: [],
      requiredSpent: 0,
      granted,
      entries,
      posX: (index % 20) * 600,
      posY: Math.floor(index / 20) * 600,
    });
  });
  const subTrees: SubTreeDef[] = [
    { subTreeId: 31, name: "San'layn", specIds: [250, 252] },
    { subTreeId: 32, name: "Rider of the Apocalypse", specIds: [251, 252] },
    { subTreeId: 33, name: "Deathbringer", specIds: [250, 251] },
  ];
  // The real hash is unknown; any nonzero bytes do (canonical strings carry a zero hash, which skips the check).
  const treeHash: number[] = [];
  for (let i = 0; i < 16; i++) treeHash.push(i + 1);
  return { classId: 6, treeId: BLOOD_DK_TREE_ID, nodes, subTrees, pointCaps: { class: 34, spec: 34, hero: 13 }, treeHash };
}
