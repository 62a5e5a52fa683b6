/**
 * talent-data.json as one self-contained HTML page (inline style and script, no network): per class and spec the
 * raid (per difficulty) and Mythic+ builds, general and per boss or dungeon, how each differs from the general
 * build, popularity bars, sample sizes, alternatives and copyable import strings. Pure: data and clock in, text out.
 */
import {
  FLEX_CORE_SHARE,
  FLEX_OUTSIDE_SHARE,
  LOW_SAMPLE_THRESHOLD,
  NEAR_DISTANCE,
  SPECS,
  STALE_AFTER_DAYS,
  type Pick,
  type Slot,
  type SpecBuilds,
  type TalentData,
  type ZoneSource,
} from "@att/contract";
import {
  buildIdentity,
  buildOf,
  deltaText,
  isEmptyDelta,
  exactText,
  flexText,
  nearPercent,
  nearShare,
  nearText,
  orderedEncounters,
  orderedSpecs,
  percent,
  sampleText,
  sectionsOf,
  specLabel,
  talentDelta,
  talentName,
  type Section,
  type TalentDelta,
  type TalentNames,
} from "../model";
import { aliasesOf } from "./aliases";
import { classColor } from "./classes";
import { esc } from "./escape";
import { SCRIPT } from "./script";
import { STYLE } from "./style";
import { TREE_SCRIPT } from "./tree-script";
import { treeDataScript, treeToggle } from "./trees";

export interface ReportOptions {
  /** Now, for the stale-data banner (ms since the epoch). */
  readonly now: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function date(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

/** The near share as a bar: how much of the sample is within NEAR_DISTANCE talents of the build. */
function bar(pick: Pick, general: boolean): string {
  const width = Math.max(0, Math.min(100, nearShare(pick) * 100)).toFixed(1);
  return `<div class="bar" role="img" aria-label="${esc(nearText(pick, general))}"><span style="width:${width}%"></span></div>`;
}

/** The talents where the sample splits, under the numbers; nothing when it agrees. */
function flexLine(pick: Pick, names: TalentNames): string {
  const text = flexText(pick, names);
  return text === "" ? "" : `<div class="flex">${esc(text)}</div>`;
}

/**
 * Why a build may have no string, and where to get one: strings are encoded from the talent trees, which a run can
 * lack (tree data unreachable and none cached); the addon encodes the string from the live tree.
 */
const NO_CODE_HINT = "the run had no talent tree data to encode it from; in game, /att export prints the offered builds' strings";

function copyButton(spec: SpecBuilds, pick: Pick, label: string): string {
  const code = buildOf(spec, pick).talentCode;
  if (code === undefined) return `<span class="nocode" title="${NO_CODE_HINT}">no import string</span>`;
  return `<button type="button" class="copy" data-code="${esc(code)}" aria-label="${esc(label)}">Copy</button>`;
}

/** Low sample is about players: a general slot's rankings can come from few players. */
function lowBadge(pick: Pick): string {
  return pick.players < LOW_SAMPLE_THRESHOLD
    ? `<span class="low" title="fewer than ${LOW_SAMPLE_THRESHOLD} players">low sample</span>`
    : "";
}

function talentList(spec: SpecBuilds, pick: Pick, names: TalentNames): string {
  const entries = buildOf(spec, pick).entries;
  if (entries.length === 0) return "";
  const known = entries.filter((e) => names[String(e.entryId)] !== undefined);
  if (known.length === 0) return "";
  const items = entries
    .map((e) => ({ name: talentName(e.entryId, names), rank: e.rank }))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((t) => `<li>${esc(t.name)}${t.rank > 1 ? ` ×${t.rank}` : ""}</li>`)
    .join("");
  return `<details class="tl"><summary>Talents (<b>${entries.length}</b>)</summary><ul class="talents">${items}</ul></details>`;
}

function heroBadge(spec: SpecBuilds, pick: Pick): string {
  const hero = buildOf(spec, pick).heroTree;
  return hero === undefined ? "" : ` <span class="hero">${esc(hero)}</span>`;
}

/** A general slot's pick: its sample counts rankings (one per player and encounter) and names the players. */
function pickBlock(spec: SpecBuilds, pick: Pick, names: TalentNames, title: string, hint: string, alt: boolean, copyLabel: string): string {
  return `<div class="pick${alt ? " alt" : ""}">
<div class="what">${esc(title)}${heroBadge(spec, pick)} <small>${esc(hint)}</small></div>
${copyButton(spec, pick, copyLabel)}
${bar(pick, true)}
<div class="nums"><b>${nearPercent(pick)}</b> of ${esc(sampleText(pick, true))} within ${NEAR_DISTANCE} talents · ${esc(exactText(pick))}${lowBadge(pick)}</div>
${flexLine(pick, names)}
</div>`;
}

function deltaHtml(delta: TalentDelta | undefined, same: boolean, names: TalentNames): string {
  if (same) return `<div class="delta same">same as general</div>`;
  if (delta === undefined) return `<div class="delta">another build</div>`;
  if (isEmptyDelta(delta)) return `<div class="delta">same talents, other choices</div>`;
  const all = [...delta.added, ...delta.removed, ...delta.rankChanged];
  if (all.every((t) => names[String(t.entryId)] === undefined)) {
    // No names in the data (sample data, or an old file): counts read better than a row of entry IDs.
    const parts = [
      delta.added.length > 0 ? `<span class="add">+${delta.added.length}</span>` : "",
      delta.removed.length > 0 ? `<span class="del">−${delta.removed.length}</span>` : "",
      delta.rankChanged.length > 0 ? `${delta.rankChanged.length} rank` : "",
    ].filter(Boolean);
    return `<div class="delta" title="${esc(deltaText(delta))}">${parts.join(" ")} talents</div>`;
  }
  const parts = [
    ...delta.added.map((t) => `<span class="add">+${esc(t.name)}</span>`),
    ...delta.removed.map((t) => `<span class="del">−${esc(t.name)}</span>`),
    ...delta.rankChanged.map((t) => `<span>${esc(t.name)} ${t.from}→${t.to}</span>`),
  ];
  return `<div class="delta" title="${esc(deltaText(delta))}">${parts.join(", ")}</div>`;
}

function encounterRows(data: TalentData, spec: SpecBuilds, section: Section, names: TalentNames): string {
  const content = section.key === "mythicplus" ? "mythicplus" : "raid";
  const encounters = orderedEncounters(data).filter((e) => e.content === content && section.content.encounters[String(e.id)] !== undefined);
  if (encounters.length === 0) return "";
  const general = section.content.general;
  const generalBuild = general === null ? undefined : buildOf(spec, general.top);
  let differing = 0;
  const rows = encounters.map((e) => {
    const slot = section.content.encounters[String(e.id)]!;
    const build = buildOf(spec, slot.top);
    const same = generalBuild !== undefined && buildIdentity(generalBuild) === buildIdentity(build);
    if (!same) differing++;
    const delta = generalBuild === undefined ? undefined : talentDelta(generalBuild, build, names);
    const tree = treeToggle(data, spec, slot.top, general?.top, "Tree: differences from the general build marked");
    return `<div class="row" data-search="${esc(searchText(e.name))}">
<div class="name">${esc(e.name)}${buildOf(spec, slot.top).heroTree !== generalBuild?.heroTree ? heroBadge(spec, slot.top) : ""}</div>
<div class="mini">${bar(slot.top, false)}<span><b>${nearPercent(slot.top)}</b> of ${esc(sampleText(slot.top, false))} within ${NEAR_DISTANCE} · ${percent(slot.top)} exact${lowBadge(slot.top)}</span></div>
${generalBuild === undefined ? `<div class="delta">—</div>` : deltaHtml(delta, same, names)}
${flexLine(slot.top, names)}
${copyButton(spec, slot.top, `Copy the ${section.label} build for ${e.name}`)}
${tree}
</div>`;
  });
  const noun = content === "raid" ? "boss" : "dungeon";
  const plural = encounters.length === 1 ? noun : content === "raid" ? "bosses" : "dungeons";
  const summary = generalBuild === undefined ? "" : ` · <b>${differing}</b> differ from the general build`;
  return `<details class="per"><summary>Per ${noun}: ${encounters.length} ${plural}${summary}</summary><div class="rows">${rows.join("\n")}</div></details>`;
}

function generalBlock(data: TalentData, spec: SpecBuilds, section: Section, names: TalentNames): string {
  const slot: Slot | null = section.content.general;
  if (slot === null) return `<p class="nodata">No general build (not every encounter was ranked).</p>`;
  const scope = section.key === "mythicplus" ? "all dungeons" : "all bosses";
  const blocks = [
    pickBlock(spec, slot.top, names, "Consensus build", scope, false, `Copy the ${section.label} build of ${specLabel(spec)}`),
    treeToggle(data, spec, slot.top, undefined, "Tree"),
  ];
  if (slot.alternative !== undefined)
    blocks.push(
      pickBlock(
        spec,
        slot.alternative,
        names,
        "Other hero tree",
        "its players' consensus",
        true,
        `Copy the other hero tree's ${section.label} build`,
      ),
      treeToggle(data, spec, slot.alternative, slot.top, "Tree: differences from the consensus build marked"),
    );
  return blocks.filter(Boolean).join("\n") + talentList(spec, slot.top, names);
}

function zoneText(z: ZoneSource): string {
  return `${z.name}${z.partitionName !== undefined ? ` · ${z.partitionName}` : ` · partition ${z.partition}`} · top ${z.topN}`;
}

function sectionHtml(data: TalentData, spec: SpecBuilds, section: Section, names: TalentNames): string {
  const content = section.key === "mythicplus" ? "mythicplus" : "raid";
  const zone =
    section.key === "mythicplus"
      ? data.source.mythicplus
      : data.source.raid.find((z) => z.difficulty === (section.key === "raid:heroic" ? "heroic" : "mythic"));
  return `<section class="content" data-content="${content}">
<h3>${esc(section.label)}${zone !== undefined ? ` <span class="zone">· ${esc(zone.name)}</span>` : ""}</h3>
${generalBlock(data, spec, section, names)}
${encounterRows(data, spec, section, names)}
</section>`;
}

function specCard(data: TalentData, spec: SpecBuilds, names: TalentNames): string {
  const role = SPECS.find((s) => s.specId === spec.specId)?.role;
  const sections = sectionsOf(spec);
  const body =
    sections.length === 0
      ? `<p class="nodata">No rankings for this spec yet.</p>`
      : `<div class="sections">${sections.map((s) => sectionHtml(data, spec, s, names)).join("\n")}</div>`;
  const search = searchText(
    `${spec.className} ${spec.specName} ${spec.specName} ${spec.className} ${aliasesOf(spec.className, spec.specName).join(" ")}`,
  );
  return `<article class="spec" id="spec-${spec.specId}" data-class="${esc(spec.className)}" data-spec="${esc(spec.specName)}" data-search="${esc(search)}" style="--c:${classColor(spec.className)}">
<header><h2><span class="cls">${esc(spec.className)}</span> ${esc(spec.specName)}</h2>${role !== undefined ? `<span class="role">${role}</span>` : ""}</header>
${body}
</article>`;
}

/** Lower case without accents, as the page's script compares search words. */
function searchText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

export function renderReport(data: TalentData, options: ReportOptions): string {
  const names = data.talentNames ?? {};
  const specs = orderedSpecs(data);
  const sample = data.source.kind === "sample";
  const ageDays = Math.floor((options.now - Date.parse(data.generatedAt)) / DAY_MS);
  const classes = [...new Set(specs.map((s) => s.className))];
  const raid = data.source.raid.map(
    (z) => `${z.difficulty === "heroic" ? "Heroic" : z.difficulty === "mythic" ? "Mythic" : z.difficulty}: ${zoneText(z)}`,
  );
  const title = `${sample ? "[SAMPLE DATA] " : ""}Azeroth's Top Talent: builds of top players`;
  const banners = [
    sample
      ? `<div class="banner sample" role="alert"><strong>SAMPLE DATA</strong>: these builds are synthetic (the pipeline's built-in sample source), not Warcraft Logs rankings. Nothing here tells you what top players play.</div>`
      : "",
    !sample && ageDays > STALE_AFTER_DAYS
      ? `<div class="banner stale" role="status">This data is ${ageDays} days old; the addon calls data older than ${STALE_AFTER_DAYS} days stale.</div>`
      : "",
  ].filter(Boolean);
  const chips = [`<button type="button" class="chip" data-class="" aria-pressed="true">All classes</button>`]
    .concat(
      classes.map(
        (c) =>
          `<button type="button" class="chip" data-class="${esc(c)}" aria-pressed="false" style="--c:${classColor(c)}">${esc(c)}</button>`,
      ),
    )
    .join("");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top"><div class="wrap">
<div class="brand"><h1>Azeroth's <span>Top Talent</span></h1><p class="sub">The consensus whole talent builds of top-ranked players, per raid boss and Mythic+ dungeon.</p></div>
<dl class="meta">
<div><dt>Data from</dt><dd>${esc(date(data.generatedAt))}</dd></div>
<div><dt>Raid</dt><dd>${raid.length > 0 ? raid.map(esc).join("<br>") : "none"}</dd></div>
<div><dt>Mythic+</dt><dd>${data.source.mythicplus !== undefined ? esc(zoneText(data.source.mythicplus)) : "none"}</dd></div>
<div><dt>Source</dt><dd>${sample ? "Sample (synthetic)" : "Warcraft Logs"}</dd></div>
</dl>
</div></header>
${banners.join("\n")}
<nav class="filters" aria-label="Filter specs"><div class="wrap">
<input id="q" class="search" type="search" placeholder="Search spec, boss or dungeon (e.g. frost mage, dk, resto)" aria-label="Search spec, boss or dungeon" autocomplete="off">
<div id="contents" class="seg" role="group" aria-label="Content">
<button type="button" data-content="" aria-pressed="true">Raid + M+</button><button type="button" data-content="raid" aria-pressed="false">Raid</button><button type="button" data-content="mythicplus" aria-pressed="false">Mythic+</button>
</div>
<p id="count" class="count" aria-live="polite">${specs.length} specs</p>
<div id="classes" class="chips" role="group" aria-label="Class">${chips}</div>
</div></nav>
<main class="wrap" id="specs">
${specs.map((s) => specCard(data, s, names)).join("\n")}
<p id="empty" class="empty" hidden>No spec matches. Clear the search or pick another class.</p>
</main>
<footer><div class="wrap">Each build is the consensus of its sample: the logged build closest to all the others (real top builds rarely match exactly). A boss or dungeon's sample is its top-ranked players with a usable build, one build each; a general build's sample is every boss's or dungeon's sample together, so it counts rankings, one per player and encounter, and names the players behind them. The headline is the share of the sample within ${NEAR_DISTANCE} talent points of the build, "exact" the share on exactly it; flex talents are where the sample splits (the build's talents fewer than ${Math.round(FLEX_CORE_SHARE * 100)}% take, others at least ${Math.round(FLEX_OUTSIDE_SHARE * 100)}% take). Builds from fewer than ${LOW_SAMPLE_THRESHOLD} players are marked low sample. Generated from talent-data.json (schema ${data.schemaVersion}) of ${esc(data.generatedAt)}.</div></footer>
${treeDataScript(data)}
<script>${SCRIPT}</script>
<script>${TREE_SCRIPT}</script>
</body>
</html>
`;
}
