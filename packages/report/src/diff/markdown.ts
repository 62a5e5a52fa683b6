/**
 * The build diff as Markdown: the body of a refresh pull request (GitHub caps a body at 65,536 characters, so
 * `maxChars` cuts whole spec blocks and says how many were left out).
 */
import { NEAR_DISTANCE } from "@att/contract";
import { deltaText } from "../model";
import type { Coverage, DataDiff, PickSummary, SlotChange } from "./compute";

const share = (x: number): string => `${Math.round(x * 100)}%`;
/**
 * "68% of 50 players within 2 talents, 6% exact": the near share is the headline. A general slot's sample counts
 * rankings (one per player and encounter), so it says so and names the players behind them.
 */
const pctOf = (p: PickSummary, general: boolean): string => {
  const sample = general ? `${p.sampleSize} rankings of ${p.players} players` : `${p.sampleSize} players`;
  return `${share(p.nearShare)} of ${sample} within ${NEAR_DISTANCE} talents, ${share(p.popularity)} exact`;
};
const day = (iso: string): string => iso.slice(0, 10);
/** Names come from an API: no HTML (GitHub drops unknown tags like "<the Devourer>") and no emphasis markers. */
const md = (text: string): string =>
  text
    .replace(/[\\`*_[\]]/g, "\\$&")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
/** Table cells: also no pipe (it would end the cell) and no newline (it would end the row). */
const cell = (text: string): string => md(text).replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

function slotRow(s: SlotChange): string {
  const where = `${s.sectionLabel} · ${s.placeName}`;
  const general = s.place === "general";
  const pct = (p: PickSummary): string => pctOf(p, general);
  const before = s.old !== undefined ? pct(s.old) : "—";
  const after = s.new !== undefined ? pct(s.new) : "—";
  let what: string;
  switch (s.kind) {
    case "added":
      what = "new";
      break;
    case "removed":
      what = "no build any more";
      break;
    case "changed": {
      const talents = s.talents === undefined ? "another build (import string only)" : deltaText(s.talents) || "same talents, other choice";
      what = s.heroTree === undefined ? talents : `hero tree ${s.heroTree.old} → ${s.heroTree.new}: ${talents}`;
      break;
    }
    case "alternative":
      what =
        s.alternative?.new === undefined
          ? "alternative hero tree dropped"
          : s.alternative.old === undefined
            ? `alternative hero tree added (${pct(s.alternative.new)})`
            : `alternative hero tree build changed (${pct(s.alternative.new)})`;
      break;
  }
  const flex = s.new?.flex === undefined ? "" : `; ${s.new.flex}`;
  return `| ${cell(where)} | ${before} | ${after} | ${cell(what + flex)} |`;
}

function coverageTable(old: Coverage | undefined, now: Coverage): string[] {
  const rows = now.sections.map((c) => {
    const o = old?.sections.find((x) => x.section === c.section);
    const arrow = (a: number | undefined, b: number): string => (a === undefined || a === b ? String(b) : `${a} → ${b}`);
    return `| ${c.label} | ${arrow(o?.specsWithGeneral, c.specsWithGeneral)} | ${arrow(o?.encounterSlots, c.encounterSlots)} |`;
  });
  for (const o of old?.sections ?? [])
    if (!now.sections.some((c) => c.section === o.section))
      rows.push(`| ${o.label} | ${o.specsWithGeneral} → 0 | ${o.encounterSlots} → 0 |`);
  return ["| section | specs with a general build | encounter builds |", "| --- | --- | --- |", ...rows];
}

export function diffMarkdown(diff: DataDiff, maxChars = Infinity): string {
  const head: string[] = [];
  const title =
    diff.old === undefined
      ? `First talent data: ${day(diff.new.generatedAt)}`
      : `Talent data ${day(diff.new.generatedAt)} (was ${day(diff.old.generatedAt)})`;
  head.push(`## ${title}`, "");
  if (diff.new.kind === "sample")
    head.push("> **SAMPLE DATA**: synthetic builds, not Warcraft Logs rankings. Do not merge into a release.", "");
  if (diff.kindChanged) head.push(`> Source changed: **${diff.old?.kind} → ${diff.new.kind}**.`, "");
  const changedSpecs = new Set(diff.slots.map((s) => s.specId)).size;
  const counts = [
    `**${diff.slots.filter((s) => s.kind === "changed").length}** builds changed`,
    `${diff.slots.filter((s) => s.kind === "added").length} added`,
    `${diff.slots.filter((s) => s.kind === "removed").length} gone`,
    `${diff.slots.filter((s) => s.kind === "alternative").length} alternatives changed`,
    `in ${changedSpecs} specs`,
  ];
  head.push(diff.changed ? counts.join(" · ") : "No build changed.", "");

  if (diff.zones.length > 0) {
    head.push("### Season and partitions", "");
    for (const z of diff.zones) head.push(`- ${z.content}: ${md(z.changes.join("; "))}`);
    head.push("");
  }
  if (diff.treeBuild !== undefined) {
    head.push(`Talent trees: game build ${md(diff.treeBuild.old ?? "unknown")} → ${md(diff.treeBuild.new ?? "unknown")}.`, "");
  }
  if (diff.encounters.added.length + diff.encounters.removed.length > 0) {
    head.push("### Encounters", "");
    const label = (e: { content: string; name: string }): string => `${e.content === "raid" ? "raid" : "Mythic+"}: ${md(e.name)}`;
    for (const e of diff.encounters.added) head.push(`- added ${label(e)}`);
    for (const e of diff.encounters.removed) head.push(`- removed ${label(e)}`);
    head.push("");
  }
  if (diff.specs.added.length + diff.specs.removed.length > 0) {
    head.push("### Specs", "");
    if (diff.specs.added.length > 0) head.push(`- added: ${md(diff.specs.added.join(", "))}`);
    if (diff.specs.removed.length > 0) head.push(`- removed: ${md(diff.specs.removed.join(", "))}`);
    head.push("");
  }

  const tail = [
    "### Coverage",
    "",
    `Specs: ${diff.coverage.old !== undefined && diff.coverage.old.specs !== diff.coverage.new.specs ? `${diff.coverage.old.specs} → ` : ""}${diff.coverage.new.specs}`,
    "",
    ...coverageTable(diff.coverage.old, diff.coverage.new),
    "",
  ];

  // A first file lists nothing per slot: every slot is new, the coverage table says how many.
  const blocks: string[] = [];
  if (diff.old !== undefined) {
    const bySpec = new Map<number, SlotChange[]>();
    for (const s of diff.slots) bySpec.set(s.specId, [...(bySpec.get(s.specId) ?? []), s]);
    for (const list of bySpec.values()) {
      blocks.push(
        [`#### ${md(list[0]!.spec)}`, "", "| where | before | now | talents |", "| --- | --- | --- | --- |", ...list.map(slotRow), ""].join(
          "\n",
        ),
      );
    }
  }
  const fixed = [...head, ...(blocks.length > 0 ? ["### Builds", ""] : [])].join("\n");
  const tailText = tail.join("\n");
  let body = "";
  let used = 0;
  for (const block of blocks) {
    const note = `_… ${blocks.length - used - 1} more specs left out (size limit); the workflow's artifact has the full diff._\n\n`;
    if (fixed.length + body.length + block.length + note.length + tailText.length + 1 > maxChars) {
      body += `_… ${blocks.length - used} more specs left out (size limit); the workflow's artifact has the full diff._\n\n`;
      break;
    }
    body += block + "\n";
    used++;
  }
  return `${fixed}\n${body}${tailText}`;
}
