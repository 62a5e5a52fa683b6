/**
 * The build report in a real browser: Debian's chromium (CHROMIUM_PATH to use another), driven by playwright-core,
 * no browser download. The page comes from `npm run report` itself, served on 127.0.0.1 (a secure context, so the
 * clipboard API is there). On a failure the test saves a screenshot under dist/test-screenshots/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeA, codeB, makeTalentData } from "./fixture";

const root = join(import.meta.dirname, "../..");
const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const shots = join(root, "dist/test-screenshots");

let server: Server;
let origin = "";
let browser: Browser;
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(executablePath))
    throw new Error(`no browser at ${executablePath}: apt-get install chromium (.ci/run does), or set CHROMIUM_PATH`);
  const dir = mkdtempSync(join(tmpdir(), "att-report-"));
  writeFileSync(join(dir, "talent-data.json"), JSON.stringify(makeTalentData({ kind: "sample" })));
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "packages/report/src/cli/report.ts", "--data", join(dir, "talent-data.json"), "--out", join(dir, "report.html")],
    { cwd: root, encoding: "utf8" },
  );
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const html = readFileSync(join(dir, "report.html"));
  server = createServer((req, res) => {
    if (req.url === "/" || req.url === "/report.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    } else {
      // The page must need nothing else; a request here is a failure the console check reports.
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function open(width: number, height: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  page.on("requestfailed", (r) => consoleErrors.push(`request failed: ${r.url()}`));
  await page.goto(`${origin}/report.html`);
  return { context, page };
}

/** Runs `body` on a fresh page; on failure keeps a screenshot and names it in the error. */
async function onPage(name: string, width: number, height: number, body: (page: Page) => Promise<void>): Promise<void> {
  const { context, page } = await open(width, height);
  try {
    await body(page);
  } catch (error) {
    mkdirSync(shots, { recursive: true });
    const path = join(shots, `report-${name}.png`);
    await page.screenshot({ path, fullPage: false }).catch(() => undefined);
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nscreenshot: ${path}`, { cause: error });
  } finally {
    await context.close();
  }
}

const visibleSpecs = (page: Page): Promise<string[]> =>
  page.$$eval("article.spec:not([hidden])", (cards) => cards.map((c) => `${c.getAttribute("data-spec")} ${c.getAttribute("data-class")}`));

describe("the report in chromium", () => {
  it("loads without a console error, shows every spec and the SAMPLE DATA banner", async () => {
    await onPage("load", 1280, 900, async (page) => {
      expect(await visibleSpecs(page)).toHaveLength(40);
      expect(await page.textContent("#count")).toBe("40 specs");
      expect(await page.isVisible(".banner.sample")).toBe(true);
      expect(await page.textContent(".banner.sample")).toContain("SAMPLE DATA");
      expect(consoleErrors).toEqual([]);
    });
  });

  it("filters by search text, by class and by content", async () => {
    await onPage("filter", 1280, 900, async (page) => {
      await page.fill("#q", "frost");
      expect((await visibleSpecs(page)).sort()).toEqual(["Frost Death Knight", "Frost Mage"]);
      await page.fill("#q", "mage FROST");
      expect(await visibleSpecs(page)).toEqual(["Frost Mage"]);
      expect(await page.textContent("#count")).toBe("1 spec");
      await page.fill("#q", "no such spec");
      expect(await visibleSpecs(page)).toEqual([]);
      expect(await page.isVisible("#empty")).toBe(true);
      await page.fill("#q", "");
      await page.click('#classes button[data-class="Paladin"]');
      expect((await visibleSpecs(page)).sort()).toEqual(["Holy Paladin", "Protection Paladin", "Retribution Paladin"]);
      await page.click('#contents button[data-content="mythicplus"]');
      expect(
        await page.$$eval("article.spec:not([hidden]) .content:not([hidden])", (s) => s.map((x) => x.getAttribute("data-content"))),
      ).toEqual(["mythicplus", "mythicplus", "mythicplus"]);
      await page.click('#classes button[data-class=""]');
      expect(await visibleSpecs(page)).toHaveLength(40);
      expect(consoleErrors).toEqual([]);
    });
  });

  it("finds specs by common short names, and bosses and dungeons by name", async () => {
    await onPage("search", 1280, 900, async (page) => {
      await page.fill("#q", "dk");
      expect((await visibleSpecs(page)).sort()).toEqual(["Blood Death Knight", "Frost Death Knight", "Unholy Death Knight"]);
      await page.fill("#q", "bm");
      expect(await visibleSpecs(page)).toEqual(["Beast Mastery Hunter"]);
      await page.fill("#q", "resto");
      expect((await visibleSpecs(page)).sort()).toEqual(["Restoration Druid", "Restoration Shaman"]);
      await page.fill("#q", "ret pala");
      expect(await visibleSpecs(page)).toEqual(["Retribution Paladin"]);
      // A boss: every spec shows, with only that boss's rows, their lists opened, and no section without one.
      await page.fill("#q", "frost mage vorasius");
      expect(await visibleSpecs(page)).toEqual(["Frost Mage"]);
      const rows = await page.$$eval("#spec-64 .row:not([hidden]) .name", (r) => r.map((x) => x.textContent));
      expect(rows).toEqual(["Vorasius <the Devourer>", "Vorasius <the Devourer>"]);
      expect(await page.$$eval("#spec-64 details.per[open]", (d) => d.length)).toBe(2);
      expect(await page.$$eval("#spec-64 .content:not([hidden])", (c) => c.map((x) => x.getAttribute("data-content")))).toEqual([
        "raid",
        "raid",
      ]);
      await page.fill("#q", "windrunner");
      expect(await visibleSpecs(page)).toHaveLength(40);
      await page.fill("#q", "");
      expect(await page.$$eval("#spec-64 details.per[open]", (d) => d.length)).toBe(0);
      expect(consoleErrors).toEqual([]);
    });
  });

  it("copies the right import string to the clipboard", async () => {
    await onPage("copy", 1280, 900, async (page) => {
      const frost = page.locator("#spec-64");
      await frost.locator('.content[data-content="raid"]').first().locator(".pick .copy").first().click();
      expect(await page.evaluate("navigator.clipboard.readText()")).toBe(codeA(64));
      await expect.poll(() => frost.locator(".copy.done").count()).toBe(1);
      // The second boss's own build (B), from the per-boss list.
      await frost.locator("details.per").first().locator("summary").click();
      const row = frost.locator(".row", { hasText: "Vorasius" }).first();
      await row.locator(".copy").click();
      expect(await page.evaluate("navigator.clipboard.readText()")).toBe(codeB(64));
      expect(await frost.locator(".row", { hasText: "Vorasius" }).first().locator(".delta").textContent()).toBe("+Ice Nova, −Frozen Orb");
      expect(consoleErrors).toEqual([]);
    });
  });

  it("fits a phone screen: nothing wider than the viewport", async () => {
    await onPage("phone", 390, 844, async (page) => {
      // Page-side code as strings: the test program has Node's types, not the DOM's.
      await page.evaluate(`document.querySelectorAll("#spec-64 details").forEach((d) => { d.open = true; })`);
      const width = await page.evaluate<number>("document.documentElement.scrollWidth");
      expect(width).toBeLessThanOrEqual(390);
      expect(await page.isVisible("#q")).toBe(true);
      expect(consoleErrors).toEqual([]);
    });
  });
});
