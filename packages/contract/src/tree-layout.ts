/**
 * A drawn tree's node as one line of text in the JSON: `id|x|y|kind|section|entries|ranks|spells|next|heroTree|free`,
 * lists comma-separated, heroTree empty when absent, free "1" or empty. Example (a class node of 12.0.1 Blood):
 * `76081|3000|1200|single|class|96210|1|48792|76045||`. Pure and TSTL-safe (no regular expressions): the contract is
 * compiled into the addon, which does not read trees.
 */
import type { TreeNodeLayout } from "./schema";

const KINDS: readonly string[] = ["single", "tiered", "choice", "subtree"];
const SECTIONS: readonly string[] = ["class", "spec", "hero", "subtree"];
const FIELDS = 11;

export function formatTreeNode(node: TreeNodeLayout): string {
  return [
    node.id,
    node.x,
    node.y,
    node.kind,
    node.section,
    node.entries.join(","),
    node.ranks.join(","),
    node.spells.join(","),
    node.next.join(","),
    node.heroTree === undefined ? "" : node.heroTree,
    node.free === true ? "1" : "",
  ].join("|");
}

/** An integer written in decimal (an optional leading minus sign), or undefined. */
function integer(text: string): number | undefined {
  if (text.length === 0 || text.length > 12) return undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (i === 0 && c === 45 && text.length > 1))) return undefined;
  }
  return Number(text);
}

function integers(text: string): number[] | undefined {
  if (text === "") return [];
  const out: number[] = [];
  for (const part of text.split(",")) {
    const n = integer(part);
    if (n === undefined) return undefined;
    out.push(n);
  }
  return out;
}

/** The node of a line, or undefined for a line formatTreeNode could not have written. */
export function parseTreeNode(line: string): TreeNodeLayout | undefined {
  const f = line.split("|");
  if (f.length !== FIELDS) return undefined;
  const id = integer(f[0]!);
  const x = integer(f[1]!);
  const y = integer(f[2]!);
  const kind = f[3]!;
  const section = f[4]!;
  const entries = integers(f[5]!);
  const ranks = integers(f[6]!);
  const spells = integers(f[7]!);
  const next = integers(f[8]!);
  const heroTree = f[9] === "" ? undefined : integer(f[9]!);
  if (id === undefined || x === undefined || y === undefined || entries === undefined || ranks === undefined) return undefined;
  if (spells === undefined || next === undefined || (f[9] !== "" && heroTree === undefined)) return undefined;
  if (!KINDS.includes(kind) || !SECTIONS.includes(section) || (f[10] !== "" && f[10] !== "1")) return undefined;
  if (entries.length === 0 || ranks.length !== entries.length || spells.length !== entries.length) return undefined;
  const node: TreeNodeLayout = {
    id,
    x,
    y,
    kind: kind as TreeNodeLayout["kind"],
    section: section as TreeNodeLayout["section"],
    entries,
    ranks,
    spells,
    next,
  };
  const withHero = heroTree === undefined ? node : { ...node, heroTree };
  return f[10] === "1" ? { ...withHero, free: true } : withHero;
}
