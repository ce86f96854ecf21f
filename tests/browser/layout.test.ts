/**
 * Layout for residents on phones, at 200 % zoom and at desktop width, in Debian's Chromium.
 *
 * The sweep visits every HTML page of the demo site (print pages excepted: they are A4 sheets) and checks rules that
 * hold for any data, so it uses the demo only as a realistic set of pages, never for its facts:
 * - the document never scrolls sideways (360, 1280, 640 = 1280 at 200 % zoom, 320, and 360 in 大字 mode);
 * - every visible table cell is at least three characters (3em of its own font) wide; a table wider than its box
 *   shows the scroll cue in words, and at 1280 px no table is wider than its box (nothing cut off);
 * - every visible link, button, summary, input and select is a target of at least 24 × 24 px (WCAG 2.5.8). We do
 *   not use the spacing or inline exceptions: an inline link counts when one of its line pieces is 24 × 24, which
 *   global.css gives every link with vertical padding;
 * - no h1–h3 ends with a line of a single character (characters located with Range.getClientRects);
 * - the header is at most 100 px high on a 360 px phone.
 * The 大字 switch and the project filter are tried on hand-written data: tests/fixtures/portal (its README.md
 * lists the facts used here).
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';
import { buildDemo, buildFixture, DIST, listFiles } from '../helpers/site.ts';

const SHOTS = process.env.LAYOUT_SHOTS;
const POLL = { timeout: 15_000, interval: 100 };
const SLOW = 600_000;

let browser: Browser;
let demo: Awaited<ReturnType<typeof serve>>;
let portal: Awaited<ReturnType<typeof serve>>;
/** Every HTML page of the demo, as a path: /, /projects/…/, /404.html. */
let paths: string[];

beforeAll(async () => {
  buildDemo({ SITE_TODAY: '2024-06-15' });
  const portalSite = buildFixture('portal', { SITE_TODAY: '2024-03-14' });
  [demo, portal] = await Promise.all([serve(DIST), serve(portalSite)]);
  browser = await launch();
  paths = listFiles(DIST)
    .filter((f) => f.endsWith('.html') && !relative(DIST, f).startsWith('pagefind'))
    .map((f) => `/${relative(DIST, f).split('\\').join('/')}`.replace(/index\.html$/, ''))
    .filter((p) => !/\/print\/$/.test(p))
    .sort();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
}, SLOW);
afterAll(async () => {
  await browser?.close();
  await Promise.all([demo?.close(), portal?.close()]);
});

/** Everything the sweep finds wrong on the open page, one line each (empty when the page is right). */
function audit(rules: { cells: boolean; targets: boolean; headings: boolean; noScrollingTables: boolean }) {
  const problems: string[] = [];
  const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24);
  // Shown to a sighted reader: has a box, is not invisible, not off-screen (skip link) and not clipped to 1 px
  // (visually hidden labels, a stacked table's header row).
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right <= 0) return false;
    if (getComputedStyle(el).visibility !== 'visible') return false;
    for (let a: Element | null = el; a; a = a.parentElement) {
      const b = a.getBoundingClientRect();
      if (b.width <= 1 || b.height <= 1) return false;
    }
    return true;
  };
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) problems.push(`page is ${doc.scrollWidth} px wide in ${doc.clientWidth}`);

  for (const box of document.querySelectorAll('.table-box')) {
    if (!shown(box) || box.scrollWidth <= box.clientWidth) continue;
    const label = box.getAttribute('aria-label');
    if (rules.noScrollingTables) problems.push(`table cut off: "${label}" ${box.scrollWidth} px in ${box.clientWidth}`);
    if (getComputedStyle(box, '::before').visibility !== 'visible')
      problems.push(`table "${label}" scrolls without its cue`);
  }
  if (rules.cells)
    for (const cell of document.querySelectorAll('td, th')) {
      if (!shown(cell)) continue;
      const em = parseFloat(getComputedStyle(cell).fontSize);
      const w = cell.getBoundingClientRect().width;
      if (w < 3 * em - 0.5) problems.push(`cell ${Math.round(w)} px < 3em (${3 * em} px): "${text(cell)}"`);
    }
  if (rules.targets)
    for (const el of document.querySelectorAll('a[href], button, summary, input, select')) {
      if (!shown(el)) continue;
      const inline = getComputedStyle(el).display === 'inline';
      const boxes = inline ? [...el.getClientRects()] : [el.getBoundingClientRect()];
      if (!boxes.some((b) => b.width >= 24 - 0.01 && b.height >= 24 - 0.01)) {
        const b = el.getBoundingClientRect();
        problems.push(`target ${el.tagName} ${Math.round(b.width)}×${Math.round(b.height)}: "${text(el)}"`);
      }
    }
  if (rules.headings)
    for (const h of document.querySelectorAll('h1, h2, h3')) {
      if (!shown(h)) continue;
      const tops: number[] = [];
      const walk = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
      while (walk.nextNode()) {
        const node = walk.currentNode as Text;
        for (let i = 0; i < node.length; i++) {
          if (/\s/.test(node.data[i])) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getClientRects()[0];
          if (r && r.width > 0) tops.push(r.top);
        }
      }
      if (tops.length < 2) continue;
      const last = Math.max(...tops);
      const onLast = tops.filter((t) => Math.abs(t - last) < 4).length;
      if (onLast === 1 && tops.some((t) => last - t >= 4))
        problems.push(`heading ends with one character: "${text(h)}"`);
    }
  return problems;
}

/** Waits for two frames, so scroll-timeline animations (the table cue) have run. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

async function sweep(
  width: number,
  height: number,
  rules: Parameters<typeof audit>[0],
  large = false,
): Promise<Record<string, string[]>> {
  const context = await browser.newContext({ viewport: { width, height } });
  if (large) await context.addInitScript(() => localStorage.setItem('ygdz-text-size', 'large'));
  const page = await context.newPage();
  const found: Record<string, string[]> = {};
  for (const p of paths) {
    await page.goto(demo.url + p);
    // Open every 数据表 and filter panel: a resident may, and what they show must fit too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await settle(page);
    const problems = await page.evaluate(audit, rules);
    if (width === 360 && !large) {
      const header = await page.locator('.site-header').boundingBox();
      if (header && header.height > 100) problems.push(`header ${header.height} px high`);
    }
    if (problems.length > 0) found[p] = problems;
    if (SHOTS && !large && (width === 360 || width === 1280))
      await page.screenshot({ path: join(SHOTS, `${width}${p.replace(/[/.]/g, '_')}.png`), fullPage: true });
  }
  await context.close();
  return found;
}

const ALL = { cells: true, targets: true, headings: true, noScrollingTables: false };

describe('every page of the demo site', () => {
  it('lists the pages to visit (all but the print pages), 404 included', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/404.html');
    expect(paths).toContain('/trainings/');
    expect(paths.filter((p) => p.endsWith('/print/'))).toEqual([]);
    // A project's notice, its pay list and the year pages are all visited.
    expect(paths.some((p) => /^\/projects\/[^/]+\/$/.test(p) && !p.includes('/year/'))).toBe(true);
    expect(paths.some((p) => /^\/projects\/[^/]+\/payouts\/$/.test(p))).toBe(true);
    expect(paths.some((p) => p.startsWith('/projects/year/'))).toBe(true);
  });

  it(
    'at 360 × 740: fits, cells of three characters, 24 px targets, no lone character in headings, header ≤ 100 px',
    async () => {
      expect(await sweep(360, 740, ALL)).toEqual({});
    },
    SLOW,
  );

  it(
    'at 1280 × 800: the same, and no table is cut off',
    async () => {
      expect(await sweep(1280, 800, { ...ALL, noScrollingTables: true })).toEqual({});
    },
    SLOW,
  );

  it(
    'at 200 % zoom of a 1280 px screen (a 640 px viewport) and at 320 px nothing scrolls sideways',
    async () => {
      const fits = { cells: true, targets: false, headings: false, noScrollingTables: false };
      expect(await sweep(640, 800, fits)).toEqual({});
      expect(await sweep(320, 700, fits)).toEqual({});
    },
    SLOW,
  );

  it(
    'in 大字 mode at 360 px nothing scrolls sideways and cells keep three characters',
    async () => {
      expect(
        await sweep(360, 740, { cells: true, targets: false, headings: false, noScrollingTables: false }, true),
      ).toEqual({});
    },
    SLOW,
  );
});

describe('大字 mode (适老化)', () => {
  const bodyPx = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  const toggle = (page: Page) => page.getByRole('button', { name: '大字' });

  it('enlarges all text, is remembered across a reload and on other pages, and switches back', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${portal.url}/`);
    expect(await bodyPx(page)).toBe(16);
    const h1 = await page.locator('h1').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    await expect.poll(() => toggle(page).getAttribute('aria-pressed'), POLL).toBe('false');
    await toggle(page).click();
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('true');
    expect(await bodyPx(page)).toBe(20);
    expect(await page.locator('h1').evaluate((h) => parseFloat(getComputedStyle(h).fontSize))).toBe(h1 * 1.25);

    await page.reload();
    // Applied in <head> before the page is drawn: the class is there before any module script runs.
    expect(await page.evaluate(() => document.documentElement.classList.contains('text-large'))).toBe(true);
    expect(await bodyPx(page)).toBe(20);
    await expect.poll(() => toggle(page).getAttribute('aria-pressed'), POLL).toBe('true');
    await page.goto(`${portal.url}/trainings/`);
    expect(await bodyPx(page)).toBe(20);

    await toggle(page).click();
    expect(await bodyPx(page)).toBe(16);
    await page.reload();
    expect(await bodyPx(page)).toBe(16);
    await context.close();
  });

  it('the first paint is already large (no flash): the inline script runs before the body exists', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => localStorage.setItem('ygdz-text-size', 'large'));
    const page = await context.newPage();
    let atBody: boolean | undefined;
    await page.exposeFunction('reportAtBody', (v: boolean) => (atBody = v));
    await page.addInitScript(() => {
      new MutationObserver((_, o) => {
        if (document.body) {
          (window as unknown as { reportAtBody: (v: boolean) => void }).reportAtBody(
            document.documentElement.classList.contains('text-large'),
          );
          o.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${portal.url}/projects/`);
    await expect.poll(() => atBody, POLL).toBe(true);
    await context.close();
  });

  it('without JavaScript there is no switch and the page keeps its normal size', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${portal.url}/`);
    expect(await toggle(page).count()).toBe(0); // hidden: not in the accessibility tree
    expect(await bodyPx(page)).toBe(16);
    await context.close();
  });
});

describe('the project filter', () => {
  // tests/fixtures/portal: five projects; the only 2023 one (PT2023-001) is in 解甲庄街道, 黄海路街道's only
  // project is PT2024-002, so 2023 + 黄海路街道 matches nothing.
  let context: BrowserContext;
  let page: Page;
  const rows = () => page.locator('tbody tr[data-year]:visible').count();
  const query = () => decodeURIComponent(new URL(page.url()).search);
  const empty = () => page.getByText('没有符合条件的项目');

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it('says when nothing matches and offers to clear; Back undoes each filter, Forward redoes it', async () => {
    await page.goto(`${portal.url}/projects/`);
    expect(await rows()).toBe(5);
    await page.getByLabel('年度', { exact: true }).selectOption('2023');
    await expect.poll(query, POLL).toBe('?year=2023');
    expect(await rows()).toBe(1);
    await page.getByLabel('街道', { exact: true }).selectOption('黄海路街道');
    await expect.poll(query, POLL).toBe('?year=2023&subdistrict=黄海路街道');
    expect(await rows()).toBe(0);
    expect(await empty().isVisible()).toBe(true);
    // No empty box is left on the page.
    expect(await page.locator('.table-box').isVisible()).toBe(false);

    await page.goBack();
    await expect.poll(query, POLL).toBe('?year=2023');
    await expect.poll(() => page.getByLabel('街道', { exact: true }).inputValue(), POLL).toBe('');
    expect(await rows()).toBe(1);
    expect(await empty().isVisible()).toBe(false);
    await page.goBack();
    await expect.poll(query, POLL).toBe('');
    await expect.poll(rows, POLL).toBe(5);
    expect(await page.getByLabel('年度', { exact: true }).inputValue()).toBe('');
    await page.goForward();
    await page.goForward();
    await expect.poll(query, POLL).toBe('?year=2023&subdistrict=黄海路街道');
    await expect.poll(() => empty().isVisible(), POLL).toBe(true);

    await page.getByRole('button', { name: '清除筛选，显示全部项目' }).click();
    await expect.poll(query, POLL).toBe('');
    expect(await rows()).toBe(5);
    expect(await empty().isVisible()).toBe(false);
    expect(await page.getByLabel('年度', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    // Clearing is a step too: Back brings the empty result back.
    await page.goBack();
    await expect.poll(query, POLL).toBe('?year=2023&subdistrict=黄海路街道');
    await expect.poll(rows, POLL).toBe(0);
  });

  it('without JavaScript the year pages list their projects, reached from /projects/', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const p = await noJs.newPage();
    await p.goto(`${portal.url}/projects/`);
    expect(await p.locator('form[data-project-filter]').isVisible()).toBe(false);
    await p.getByRole('navigation', { name: '按年度浏览项目' }).getByRole('link', { name: '2023年' }).click();
    await expect.poll(() => p.url(), POLL).toBe(`${portal.url}/projects/year/2023/`);
    expect(await p.locator('tbody tr td:first-child a').allInnerTexts()).toEqual(['槐树沟村塘坝加固工程']);
    await noJs.close();
  });
});

describe('tables on a phone', () => {
  it('/trainings/: each class is a card with every column labelled, none cut off, 承办单位 readable', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${portal.url}/trainings/`);
    const box = page.getByRole('region', { name: /培训班/ }).first();
    expect(await box.evaluate((b) => b.scrollWidth <= b.clientWidth)).toBe(true);
    const organiser = page.locator('td[data-label="承办单位"]').first();
    expect(await organiser.isVisible()).toBe(true);
    // The label is drawn before the value, and the card is as wide as the screen allows.
    expect(await organiser.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"承办单位："');
    expect((await organiser.boundingBox())!.width).toBeGreaterThan(250);
    await context.close();
  });
});

describe('axe (WCAG 2.2 AA) on the changed layout', () => {
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const cases: Array<[string, number, boolean]> = [];
  for (const p of ['/', '/projects/', '/projects/year/2023/', '/trainings/', '/payouts/', '/stats/'])
    for (const width of [360, 1280]) for (const large of [false, true]) cases.push([p, width, large]);

  it.each(cases)('%s at %i px (大字 %s)', async (p, width, large) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    if (large) await context.addInitScript(() => localStorage.setItem('ygdz-text-size', 'large'));
    const page = await context.newPage();
    await page.goto(portal.url + p);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });

  it('an empty filter result, with its clear button', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${portal.url}/projects/?year=2023&subdistrict=${encodeURIComponent('黄海路街道')}`);
    await expect.poll(() => page.getByText('没有符合条件的项目').isVisible(), POLL).toBe(true);
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});
