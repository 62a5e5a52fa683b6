/**
 * The drawn talent trees: what the page embeds for its script to draw (tree-script.ts) and the toggles that ask for a
 * drawing. The trees are drawn in the browser when a toggle opens, not written out as SVG per build: a page with 40
 * specs has ~1,000 builds to draw, ~15 KB each, while the layouts and builds as data are a few KB per spec. Pure.
 */
import { parseTreeNode, type Pick, type SpecBuilds, type TalentData, type TreeNodeLayout } from "@att/contract/trees";
import { classColor } from "./classes";
import { esc } from "./escape";

const KIND = { single: "s", tiered: "t", choice: "c", subtree: "h" } as const;
const SECTION = { class: "c", spec: "s", hero: "h", subtree: "x" } as const;

/**
 * One JSON block: per spec with a tree, its nodes as short arrays ([id, x, y, kind, section, entries, ranks, next,
 * hero tree, free]), hero tree names, builds as flat [entry, rank, ...] lists and the class colour; plus the talent
 * names of those trees. `<` is escaped so the block cannot end the script element.
 */
export function treeDataScript(data: TalentData): string {
  const trees = data.trees ?? {};
  const specs: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  for (const [id, tree] of Object.entries(trees)) {
    const spec = data.specs[id];
    if (spec === undefined) continue;
    // Lines the schema check accepted always parse; the filter only narrows the type.
    const nodes = tree.nodes.map(parseTreeNode).filter((n): n is TreeNodeLayout => n !== undefined);
    specs[id] = {
      nodes: nodes.map((n) => [
        n.id,
        n.x,
        n.y,
        KIND[n.kind],
        SECTION[n.section],
        n.entries,
        n.ranks,
        n.next,
        n.heroTree ?? 0,
        n.free === true ? 1 : 0,
      ]),
      heroTrees: tree.heroTrees,
      builds: spec.builds.map((b) => b.entries.flatMap((e) => [e.entryId, e.rank])),
      color: classColor(spec.className),
    };
    for (const node of nodes) {
      for (const entry of node.entries) {
        const name = data.talentNames?.[String(entry)];
        if (name !== undefined) names[String(entry)] = name;
      }
    }
  }
  const json = JSON.stringify({ specs, names }).replace(/</g, "\\u003c");
  return `<script type="application/json" id="tree-data">${json}</script>`;
}

/**
 * A toggle that draws the pick's trees when opened: its build lit, its flex talents (where the sample splits) marked
 * with the share of the sample that takes them, and with `base` the differences from that pick's build. Nothing when
 * the data has no tree for the spec.
 */
export function treeToggle(data: TalentData, spec: SpecBuilds, pick: Pick, base: Pick | undefined, label: string): string {
  if (data.trees?.[String(spec.specId)] === undefined || spec.builds[pick.build]?.entries.length === 0) return "";
  const compared = base !== undefined && base.build !== pick.build;
  const baseAttr = compared ? ` data-base="${base.build}"` : "";
  const flex =
    pick.flex === undefined || pick.flex.length === 0 || pick.sampleSize === 0
      ? ""
      : ` data-flex="${pick.flex.map((f) => `${f.entryId}:${Math.round((f.taken / pick.sampleSize) * 100)}`).join(",")}"`;
  return `<details class="tree" data-spec="${spec.specId}" data-build="${pick.build}"${baseAttr}${flex}><summary>${esc(compared ? label : "Tree")}</summary><div class="tv"></div></details>`;
}
