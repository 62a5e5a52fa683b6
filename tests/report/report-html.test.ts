/**
 * The build report as a file: self-contained (nothing loaded from the network), every spec present, every name
 * escaped, sample and stale data labelled, import strings where the data has them.
 */
import { SPECS } from "@att/contract";
import { describe, expect, it } from "vitest";
import { renderReport } from "../../packages/report/src/index";
import { codeA, codeB, editable, makeTalentData } from "./fixture";

const NOW = Date.parse("2026-12-02T12:00:00Z");
const html = renderReport(makeTalentData(), { now: NOW });

describe("renderReport", () => {
  it("loads nothing from anywhere: no external script, style, font, image or link target", () => {
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=/i);
    expect(html).not.toMatch(/<img\b/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/\b(?:src|href)=["']?(?:https?:)?\/\//i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });

  it("has one card per spec of the data, with class and spec", () => {
    const cards = [...html.matchAll(/<article class="spec" id="spec-(\d+)" data-class="([^"]+)" data-spec="([^"]+)"/g)];
    expect(cards).toHaveLength(40);
    expect(new Set(cards.map((m) => Number(m[1])))).toEqual(new Set(SPECS.map((s) => s.specId)));
    expect(cards.find((m) => m[1] === "64")?.slice(2)).toEqual(["Mage", "Frost"]);
  });

  it("shows the near share as the headline, the exact share, flex talents, the alternative, and how an encounter build differs", () => {
    const frost = html.slice(html.indexOf(`id="spec-64"`), html.indexOf("</article>", html.indexOf(`id="spec-64"`)));
    // A general slot's sample is rankings (one per player and boss), with the players behind them.
    expect(frost).toContain(`<b>68%</b> of 100 rankings of 40 players within 2 talents · 42% exact (42 on this build)`);
    expect(frost).toContain(`<div class="flex">flex: Frozen Orb 55% / Ice Nova 45%</div>`);
    expect(frost).toContain(`aria-label="68% of 100 rankings of 40 players within 2 talents"><span style="width:68.0%">`);
    expect(frost).toContain(`Other hero tree`);
    // The alternative's figures are over its hero tree's part of the sample.
    expect(frost).toContain(`<b>83%</b> of 18 rankings of 15 players within 2 talents · 67% exact (12 on this build)`);
    // An encounter's sample is players.
    expect(frost).toContain(`<span><b>40%</b> of 50 players within 2 · 40% exact</span>`);
    expect(frost).toContain(`<span class="add">+Ice Nova</span>, <span class="del">−Frozen Orb</span>`);
    expect(frost).toContain(`<div class="delta same">same as general</div>`);
    expect(frost).toContain(`Per boss: 2 bosses · <b>1</b> differ from the general build`);
    expect(frost).toContain(`Per dungeon: 2 dungeons`);
    expect(frost).toContain(`data-code="${codeA(64)}"`);
    expect(frost).toContain(`data-code="${codeB(64)}"`);
    expect(frost).toContain(
      `<span class="nocode" title="the run had no talent tree data to encode it from; in game, /att export prints the offered builds' strings">no import string</span>`,
    );
  });

  it("names each build's hero tree, and offers tree drawings only when the data has the spec's tree", () => {
    const withHero = editable(makeTalentData({ specs: [64] }));
    withHero.specs["64"]!.builds[0]!.heroTree = "Frostfire";
    const out = renderReport(withHero, { now: NOW });
    expect(out).toContain(`Consensus build <span class="hero">Frostfire</span>`);
    expect(out).not.toContain(`<details class="tree"`);
    withHero.trees = { "64": { nodes: [], heroTrees: {} } };
    const drawn = renderReport(withHero, { now: NOW });
    expect(drawn).toContain(`<details class="tree" data-spec="64" data-build="0"><summary>Tree</summary>`);
    expect(drawn).toContain(`data-build="1" data-base="0"><summary>Tree: differences from the general build marked</summary>`);
    expect(drawn).toContain(`<script type="application/json" id="tree-data">`);
  });

  it("escapes every name", () => {
    expect(html).toContain("Vorasius &lt;the Devourer&gt;");
    expect(html).not.toContain("<the Devourer>");
    expect(html).toContain("Magisters&#39; Terrace");
    const hostile = editable(makeTalentData({ specs: [64] }));
    hostile.encounters["3001"]!.name = `"><script>alert(1)</script>`;
    hostile.specs["64"]!.builds[0]!.talentCode = `x" onclick="alert(1)`;
    const out = renderReport(hostile, { now: NOW });
    expect(out).not.toContain("<script>alert(1)");
    expect(out).not.toContain(`onclick="alert(1)`);
  });

  it("labels sample data plainly, and only sample data", () => {
    const sample = renderReport(makeTalentData({ kind: "sample" }), { now: NOW });
    expect(sample).toContain(`<title>[SAMPLE DATA] Azeroth&#39;s Top Talent`);
    expect(sample).toContain(`<div class="banner sample" role="alert"><strong>SAMPLE DATA</strong>`);
    expect(html).not.toContain("SAMPLE DATA");
  });

  it("says when the data is stale (older than the addon's 21 days)", () => {
    const old = renderReport(makeTalentData({ generatedAt: "2026-11-01T00:00:00Z" }), { now: NOW });
    expect(old).toContain("This data is 31 days old");
    expect(html).not.toContain("days old");
  });

  it("says so for a spec without rankings", () => {
    const data = editable(makeTalentData({ specs: [64, 62] }));
    data.specs["62"]!.raid = {};
    data.specs["62"]!.mythicplus = null;
    expect(renderReport(data, { now: NOW })).toContain("No rankings for this spec yet.");
  });
});

describe("renderReport without talent names", () => {
  it("counts the talents an encounter build swaps instead of listing entry IDs", () => {
    const data = editable(makeTalentData({ specs: [64] }));
    delete data.talentNames;
    const out = renderReport(data, { now: NOW });
    expect(out).toContain(
      `<div class="delta" title="+talent 103, −talent 102"><span class="add">+1</span> <span class="del">−1</span> talents</div>`,
    );
    expect(out).not.toContain("Talents (");
  });
});
