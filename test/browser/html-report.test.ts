// A real browser test of the html report: the corpus report opened in Debian's chromium (driven by playwright-core,
// which never downloads a browser), checking that the rankings, the charts and the drill-down render and work, that
// the page makes no network requests and logs no errors, and saving a full-page screenshot under test/output/browser.
// Chromium comes from apt-get (`.ci/run` installs it); without it this test fails, unless JIXIAO_SKIP_BROWSER=1.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinter } from '../../src/api/linter.js';
import type { FileResult } from '../../src/model/result.js';
import { findingsOf } from '../../src/report/findings.js';
import { getFormatter } from '../../src/report/index.js';

const CHROMIUM = '/usr/bin/chromium';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'test/output/browser');
const reportFile = join(outDir, 'report.html');
const screenshotFile = join(outDir, 'report.png');

// As the machine notes say chromium runs here: as root, headless, and without background networking (on this closed
// network chromium otherwise floods it with refused connections). Playwright gives every launch a new empty
// --user-data-dir of its own (and refuses one in args), so none is passed here.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TIMEOUT = 60_000;
const skip = process.env.JIXIAO_SKIP_BROWSER === '1';
const suite = skip ? describe.skip : describe;
if (skip) console.warn('Browser test of the html report skipped: JIXIAO_SKIP_BROWSER=1 is set (it needs /usr/bin/chromium).');
const title = skip
  ? 'html report in a real browser (skipped: JIXIAO_SKIP_BROWSER=1)'
  : 'html report in a real browser (Debian chromium via playwright-core)';

suite(title, { timeout: TIMEOUT }, () => {
  let browser: Browser | undefined;
  let page: Page;
  let results: FileResult[];
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `The browser test needs Debian's chromium at ${CHROMIUM}, which is missing: run \`apt-get install chromium\` ` +
          '(.ci/run does this in CI), or set JIXIAO_SKIP_BROWSER=1 to skip the browser test.',
      );
    }
    const linter = await createLinter({ cwd: root, configFile: 'corpus/jixiao.config.json' });
    results = await linter.lintFiles(['corpus']);
    const rules = Object.fromEntries(linter.rules.map((r) => [r.id, { title: r.title }]));
    const html = await getFormatter('html')(results, { cwd: root, lang: 'zh', color: false, rules });
    expect(typeof html).toBe('string');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(reportFile, html as string);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: TIMEOUT });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(TIMEOUT);
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
    await page.goto(pathToFileURL(reportFile).href, { waitUntil: 'load' });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
  }, TIMEOUT);

  it('lints a corpus with documents and projects to rank', () => {
    expect(results.length).toBeGreaterThan(1);
    expect(results.some((r) => (r.score?.projects.length ?? 0) > 0)).toBe(true);
  });

  it('renders the document ranking: one row per document, with its score and grade, best first', async () => {
    const rows = page.locator('#documents tbody tr');
    await expect.poll(() => rows.count()).toBe(results.length);
    await expect(page.locator('#documents').isVisible()).resolves.toBe(true);
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        href: tr.querySelector('a')?.getAttribute('href') ?? '',
        cells: Array.from((tr as HTMLTableRowElement).cells, (td) => td.textContent ?? ''),
      })),
    );
    const scores: number[] = [];
    for (const [rank, row] of cells.entries()) {
      expect(row.cells[0]).toBe(String(rank + 1));
      const index = Number(/^#doc-(\d+)$/.exec(row.href)?.[1]) - 1;
      const result = results[index]!;
      expect(result).toBeDefined();
      expect(row.cells[3]).toBe(result.score?.grade ?? '');
      if (result.score) {
        expect(Number(row.cells[2])).toBeCloseTo(result.score.value, 1);
        scores.push(result.score.value);
      }
    }
    // Every document appears once, and scores go down the table.
    expect(new Set(cells.map((r) => r.href)).size).toBe(results.length);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // The grade badges are drawn, not just present as text.
    const badge = await page.locator('#documents .grade').first().boundingBox();
    expect(badge?.width).toBeGreaterThan(0);
  });

  it('renders the project ranking: one row per project, each with a grade', async () => {
    const projects = results.flatMap((r) => r.score?.projects ?? []);
    const rows = page.locator('#projects tbody tr');
    expect(await rows.count()).toBe(projects.length);
    const grades = await page.locator('#projects tbody tr td:nth-child(7)').allTextContents();
    expect(grades).toHaveLength(projects.length);
    expect([...grades].sort()).toEqual(projects.map((p) => p.grade).sort());
    for (const grade of grades) expect(['优', '良', '中', '差']).toContain(grade);
  });

  it('draws the score distribution chart: visible, ten bins, one bar per scored range', async () => {
    const chart = page.locator('#score-chart');
    const box = await chart.boundingBox();
    expect(box?.width).toBeGreaterThan(0);
    expect(box?.height).toBeGreaterThan(0);
    const bins = Array.from({ length: 10 }, () => 0);
    for (const r of results) if (r.score) bins[Math.min(9, Math.max(0, Math.floor(r.score.value / 10)))]! += 1;
    expect(await chart.locator('rect').count()).toBe(10);
    const heights = await chart.locator('rect').evaluateAll((rects) => rects.map((r) => (r as SVGRectElement).getBBox().height));
    expect(heights.map((h) => h > 0)).toEqual(bins.map((n) => n > 0));
    // The tallest bar is the fullest bin.
    expect(heights.indexOf(Math.max(...heights))).toBe(bins.indexOf(Math.max(...bins)));
  });

  it('draws the most-frequent-rules chart: visible, one bar per rule, up to ten', async () => {
    const chart = page.locator('#rule-chart');
    const box = await chart.boundingBox();
    expect(box?.width).toBeGreaterThan(0);
    expect(box?.height).toBeGreaterThan(0);
    const counts = new Map<string, number>();
    for (const r of results) for (const m of findingsOf(r)) counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
    const bars = chart.locator('rect');
    expect(await bars.count()).toBe(Math.min(10, counts.size));
    const widths = await bars.evaluateAll((rects) => rects.map((r) => (r as SVGRectElement).getBBox().width));
    for (const w of widths) expect(w).toBeGreaterThan(0);
    // Longest bar first: the chart is sorted by frequency.
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    const top = Math.max(...counts.values());
    await expect(chart.locator('g.bar title').first().textContent()).resolves.toMatch(new RegExp(`（${top}）$`));
  });

  it('opens a document drill-down from the ranking, with each finding and its location', async () => {
    // Prefer a document whose drill-down starts closed (findings but no errors); else close one first.
    const candidates = results
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => findingsOf(r).length > 0)
      .sort((a, b) => Number(a.r.errorCount > 0) - Number(b.r.errorCount > 0));
    expect(candidates.length).toBeGreaterThan(0);
    const { r: result, i } = candidates[0]!;
    const id = `doc-${i + 1}`;
    const details = page.locator(`#${id}`);
    const summary = details.locator('summary');
    if (await details.evaluate((d) => (d as HTMLDetailsElement).open)) await summary.click();
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await details.locator('table.findings').isVisible()).toBe(false);

    // The ranking links to the drill-down; following the link brings it into view, and a click on it opens it.
    await page.locator(`#documents a[href="#${id}"]`).click();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    await expect.poll(() => summary.evaluate((s) => s.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await summary.click();
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);

    const table = details.locator('table.findings');
    expect(await table.isVisible()).toBe(true);
    const findings = findingsOf(result);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(findings.length);
    const locations = await table.locator('tbody tr td:first-child').allTextContents();
    for (const location of locations) expect(location).toMatch(/\d+:\d+）?$/);
    const ruleIds = await table.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(ruleIds).toEqual(findings.map((m) => m.ruleId));
    const messages = await table.locator('tbody tr td:nth-child(5)').allTextContents();
    expect(messages).toEqual(findings.map((m) => m.message));
  });

  it('makes no network requests and logs no errors', () => {
    expect(requests.length).toBeGreaterThan(0); // the page itself
    expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  // The page is long (documents with errors open with every finding), so the full-page screenshot takes seconds:
  // about 17 s here under the whole suite's load; it gets twice the usual time.
  it('saves a full-page screenshot under test/output/browser', { timeout: 2 * TIMEOUT }, async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotFile, fullPage: true, timeout: 2 * TIMEOUT - 5_000 });
    expect(existsSync(screenshotFile)).toBe(true);
    expect(statSync(screenshotFile).size).toBeGreaterThan(50_000);
  });
});
