/**
 * The drawn trees in a real browser (Debian's chromium through playwright-core, as report-browser.test.ts): a real
 * 12.0.1 Blood Death Knight build on the pinned real tree, drawn when its toggle opens, lit node counts per tree as
 * the build has them, an encounter build's difference from the general one marked, hero tree names shown, and the
 * trees fitting a phone with the spec's name in view. Screenshots of each view are written to
 * dist/test-screenshots/report-trees-*.png for a person to look at.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeBuild, decodeLoadout, specById, type BuildDef, type TalentData, type TalentEntry } from "@att/contract/trees";
import { layoutsOf, treeNamesOf } from "../../packages/pipeline/src/trees/document";
import { encodeBuildString } from "../../packages/pipeline/src/trees/encode";
import { pinnedTrees, stringsOf } from "../support/treedata";
import { makeTalentData } from "./fixture";

const root = join(import.meta.dirname, "../..");
const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const shots = join(root, "dist/test-screenshots");
const trees = pinnedTrees("12.0.1");
const blood = trees.specs.get(250)!;

/** The real Blood build (bought talents), and a variant with its first chosen choice node on the other option. */
function builds(): { a: TalentEntry[]; b: TalentEntry[]; flipped: number } {
  const s = stringsOf("12.0.1").find((x) => x.specID === 250)!;
  const decoded = decodeLoadout(s.code);
  const entries = decoded.ok ? decodeBuild(blood.codec, decoded.value) : decoded;
  if (!entries.ok) throw new Error(entries.error.message);
  const a = entries.value.filter((e) => !blood.entries.get(e.entryId)!.node.free);
  const choice = a.find((e) => blood.entries.get(e.entryId)!.node.kind === "choice")!;
  const node = blood.entries.get(choice.entryId)!.node;
  const other = node.entries.find((e) => e.entryId !== choice.entryId)!.entryId;
  const b = a.map((e) => (e === choice ? { entryId: other, rank: 1 } : e)).sort((x, y) => x.entryId - y.entryId);
  return { a, b, flipped: node.nodeId };
}

const { a, b, flipped } = builds();

/** The flipped node's option in build A, then the other one. */
function flippedOptions(): [number, number] {
  const ids = blood.nodes.get(flipped)!.entries.map((e) => e.entryId);
  const inA = ids.find((id) => a.some((e) => e.entryId === id))!;
  return [inA, ids.find((id) => id !== inA)!];
}

function buildDef(entries: TalentEntry[]): BuildDef {
  const encoded = encodeBuildString(blood, entries);
  if (!encoded.ok) throw new Error(encoded.message);
  return { entries, talentCode: encoded.code, heroTree: encoded.heroTree! };
}

function data(): TalentData {
  const base = makeTalentData({ specs: [250] });
  const spec = base.specs["250"]!;
  const info = specById(250)!;
  // Flex talents on the Mythic+ general pick (90 in its sample): the flipped choice's two options, 36 and 54 players.
  const flipped = flippedOptions();
  const mythicplus = {
    ...spec.mythicplus!,
    general: {
      top: {
        ...spec.mythicplus!.general!.top,
        flex: [
          { entryId: flipped[0], taken: 54 },
          { entryId: flipped[1], taken: 36 },
        ].sort((x, y) => x.entryId - y.entryId),
      },
    },
  };
  return {
    ...base,
    specs: { "250": { ...spec, mythicplus, builds: [buildDef(a), buildDef(b), buildDef(a)] } },
    talentNames: Object.fromEntries([...treeNamesOf(trees, [info])!].map(([id, name]) => [String(id), name])),
    trees: Object.fromEntries([...layoutsOf(trees, [info])].map(([id, layout]) => [String(id), layout])),
  };
}

/** Nodes with ranks in the build, per section of the tree, counted from the tree data (not by the page). */
function litPerSection(entries: TalentEntry[]): Record<string, number> {
  const nodes = { class: new Set<number>(), spec: new Set<number>(), hero: new Set<number>() };
  for (const e of entries) {
    const node = blood.entries.get(e.entryId)!.node;
    if (node.section !== "subtree") nodes[node.section].add(node.nodeId);
  }
  return { class: nodes.class.size, spec: nodes.spec.size, hero: nodes.hero.size };
}

let browser: Browser;
let file = "";
const errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(executablePath)) throw new Error(`no browser at ${executablePath}: apt-get install chromium, or set CHROMIUM_PATH`);
  const dir = mkdtempSync(join(tmpdir(), "att-report-trees-"));
  writeFileSync(join(dir, "talent-data.json"), JSON.stringify(data()));
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "packages/report/src/cli/report.ts", "--data", join(dir, "talent-data.json"), "--out", join(dir, "report.html")],
    { cwd: root, encoding: "utf8" },
  );
  expect(run.stderr).toBe("");
  file = join(dir, "report.html");
  browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
  mkdirSync(shots, { recursive: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function page(width: number, height: number): Promise<Page> {
  const p = await browser.newPage({ viewport: { width, height } });
  p.on("pageerror", (e) => errors.push(String(e)));
  p.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await p.goto(`file://${file}`);
  return p;
}

const captions = (p: Page, scope: string): Promise<string[]> =>
  p.$$eval(`${scope} .tv figcaption`, (list) => list.map((c) => c.textContent ?? ""));

describe("the drawn trees in chromium", () => {
  it("draws the general build when its toggle opens: class, hero and spec trees with the build's talents lit", async () => {
    const p = await page(1280, 1000);
    const toggle = '#spec-250 .content[data-content="mythicplus"] > details.tree';
    expect(await p.locator(`${toggle} svg`).count()).toBe(0);
    await p.click(`${toggle} summary`);
    const lit = litPerSection(a);
    expect(await captions(p, toggle)).toEqual([`Class ${lit.class}`, `${buildDef(a).heroTree} ${lit.hero}`, `Spec ${lit.spec}`]);
    // Every node of the class and spec trees is drawn, with the talent's name in its tooltip.
    const drawn = await p.$$eval(`${toggle} svg g.n`, (g) => g.length);
    const hero = a.map((e) => blood.entries.get(e.entryId)!.node).find((n) => n.section === "hero")!.subTreeId;
    const expected = [...blood.nodes.values()].filter(
      (n) => n.section === "class" || n.section === "spec" || (n.section === "hero" && n.subTreeId === hero),
    ).length;
    expect(drawn).toBe(expected);
    // The flex talents of the pick: the flipped choice node, marked with the larger share of its two options.
    expect(await p.$$eval(`${toggle} g.n.flex`, (g) => g.map((x) => x.getAttribute("data-node")))).toEqual([String(flipped)]);
    expect(await p.textContent(`${toggle} g.n.flex text.share`)).toBe("60%");
    expect(await p.textContent(`${toggle} g.n.flex title`)).toMatch(/; flex: 60% of the sample take it$/);
    const apexTitle = await p.textContent(`${toggle} g[data-node="110353"] title`);
    expect(apexTitle).toMatch(/^Dance of Midnight \((1|4)\/4\)$/);
    await p.locator(toggle).screenshot({ path: join(shots, "report-trees-general.png") });
    expect(errors).toEqual([]);
    await p.close();
  });

  it("marks an encounter build's difference from the general build: the changed choice node only", async () => {
    const p = await page(1280, 1000);
    await p.click('#spec-250 .content[data-content="raid"] details.per summary');
    const row = p.locator("#spec-250 .row", { hasText: "Vorasius" }).first();
    await row.locator("details.tree summary").click();
    expect(await row.locator("g.n.add").evaluateAll((g) => g.map((x) => x.getAttribute("data-node")))).toEqual([String(flipped)]);
    expect(await row.locator("g.n.del").count()).toBe(0);
    await row.screenshot({ path: join(shots, "report-trees-encounter.png") });
    // The same build as the general one draws without a comparison.
    const same = p.locator("#spec-250 .row", { hasText: "Averzian" }).first();
    expect(await same.locator("details.tree summary").textContent()).toBe("Tree");
    expect(errors).toEqual([]);
    await p.close();
  });

  it("fits a phone: trees scale to the screen and the spec's name stays in view while scrolling them", async () => {
    const p = await page(390, 844);
    const toggle = '#spec-250 .content[data-content="mythicplus"] > details.tree';
    await p.click(`${toggle} summary`);
    await p.locator(`${toggle} figure`).last().scrollIntoViewIfNeeded();
    expect(await p.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    const header = await p.locator("#spec-250 > header").boundingBox();
    expect(header!.y).toBeGreaterThanOrEqual(0);
    expect(header!.y).toBeLessThan(5);
    await p.screenshot({ path: join(shots, "report-trees-phone.png") });
    expect(errors).toEqual([]);
    await p.close();
  });
});
