import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';
import { buildDemo, DIST, ROOT } from '../helpers/site.ts';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
// Slow CI machines: give navigation and the search index time before failing.
const POLL = { timeout: 15_000, interval: 100 };
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
const requests: string[] = [];

async function open(path: string, options: { width?: number; javaScript?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(server.url + path);
  return page;
}

// Built "on" 2023-05-18, when five demo notices were open, so the pages can be checked as they age.
const BUILT_ON = '2023-05-18';

beforeAll(async () => {
  buildDemo({ SITE_TODAY: BUILT_ON });
  server = await serve(DIST);
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a resident finds a notice', () => {
  it('home → list → filter (URL updates, reload keeps it) → notice', async () => {
    const page = await open('/', { width: 360 });
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '项目公示' }).click();
    await expect.poll(() => page.url(), POLL).toBe(`${server.url}/projects/`);
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(18);

    await page.getByLabel('街道').selectOption('解甲庄街道');
    await expect.poll(() => decodeURIComponent(page.url()), POLL).toBe(`${server.url}/projects/?subdistrict=解甲庄街道`);
    const visible = page.locator('tbody tr:visible');
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(18);
    for (const text of await visible.allInnerTexts()) expect(text).toContain('解甲庄街道');
    await expect.poll(() => page.getByRole('status').innerText(), POLL).toBe(`共 18 个项目，显示 ${shown} 个`);

    await page.reload();
    expect(await page.getByLabel('街道').inputValue()).toBe('解甲庄街道');
    expect(await page.locator('tbody tr:visible').count()).toBe(shown);

    await page.getByRole('link', { name: '于家汤河河道修复工程' }).click();
    await expect.poll(() => page.url(), POLL).toBe(`${server.url}/projects/LS2023-009/`);
    expect(await page.locator('h1').innerText()).toContain('于家汤河河道修复工程');
    expect(await page.locator('h1').innerText()).toContain('以工代赈项目公示');
    await page.context().close();
  });

  it('a page built on 5/18 shows the state of the day it is read, not of the day it was built', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const at = async (instant: string, path: string) => {
      await page.clock.setFixedTime(new Date(instant));
      await page.goto(`${server.url}${path}`);
    };
    // LS2023-009's notice runs 2023-05-17 to 2023-05-23 (Asia/Shanghai).
    await at('2023-05-20T10:00:00+08:00', '/projects/LS2023-009/');
    expect(await page.locator('[data-notice-state]').innerText()).toBe('公示中');
    await at('2023-05-24T00:30:00+08:00', '/projects/LS2023-009/');
    expect(await page.locator('[data-notice-state]').innerText()).toBe('公示已结束');
    expect(await page.locator('[data-notice-asof]').isVisible()).toBe(false);
    // Home: the five notices open on 5/18 have all closed by 5/24; none opens before 6/13.
    await at('2023-05-24T00:30:00+08:00', '/');
    expect(await page.locator('[data-open-notices] li:visible').count()).toBe(0);
    expect(await page.locator('[data-no-open-notices]').isVisible()).toBe(true);
    // ... and notices that were still to come at build time appear when their day comes.
    await at('2023-06-16T09:00:00+08:00', '/');
    const open = await page.locator('[data-open-notices] li:visible a').allInnerTexts();
    expect(open.sort()).toEqual(['解甲庄村高标准农田建设工程', '西泊子社区段市政道路改造工程'].sort());
    await context.close();
  });
});

describe('search', () => {
  it('types a Chinese query, applies a filter and opens a result', async () => {
    const page = await open('/', { width: 360 });
    await page.getByRole('search', { name: '站内搜索' }).getByRole('searchbox').fill('道路');
    await page.getByRole('search', { name: '站内搜索' }).getByRole('button', { name: '搜索' }).click();
    await expect.poll(() => decodeURIComponent(page.url()), POLL).toBe(`${server.url}/search/?q=道路`);
    await expect.poll(() => page.locator('[data-search-results] li').count(), POLL).toBeGreaterThan(1);
    const all = await page.locator('[data-search-results] li').count();
    await page.getByText('按年度、街道、行业领域等筛选').click();
    await page.getByLabel('街道').selectOption('解甲庄街道');
    await expect.poll(async () => (await page.locator('[data-search-results] li').count()) < all, POLL).toBe(true);
    for (const t of await page.locator('[data-search-results] li p.fine').allInnerTexts()) expect(t).toContain('解甲庄街道');
    await expect.poll(() => decodeURIComponent(page.url()), POLL).toContain('街道=解甲庄街道');
    await page.locator('[data-search-results] li a').first().click();
    await expect.poll(() => page.url(), POLL).toMatch(/\/projects\/LS2023-\d{3}\/$/);
    expect(await page.locator('main').innerText()).toContain('解甲庄街道');
    await page.context().close();
  });

  it('without JavaScript the header box still submits to /search/?q=', async () => {
    const page = await open('/projects/', { javaScript: false });
    await page.getByRole('search', { name: '站内搜索' }).getByRole('searchbox').fill('水利');
    await page.getByRole('search', { name: '站内搜索' }).getByRole('searchbox').press('Enter');
    await expect.poll(() => decodeURIComponent(page.url()), POLL).toBe(`${server.url}/search/?q=水利`);
    expect(await page.locator('noscript').count()).toBe(1);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('the project list shows every project and no dead filter controls', async () => {
    const page = await open('/projects/?subdistrict=解甲庄街道', { javaScript: false });
    expect(await page.locator('tbody tr:visible').count()).toBe(18);
    expect(await page.locator('form[data-project-filter]').isVisible()).toBe(false);
    await page.context().close();
  });

  it('a notice is complete', async () => {
    const page = await open('/projects/LS2023-009/', { javaScript: false });
    const text = await page.locator('main').innerText();
    for (const part of ['以工代赈项目公示', '基本情况', '建设内容', '以工代赈环节', '预计劳务报酬', '实施情况', '监管记录', '监督与投诉', '12317', '数据更新于'])
      expect(text).toContain(part);
    // Without JavaScript the state is the build day's, and says so.
    expect(await page.locator('[data-notice-state]').innerText()).toBe('公示中');
    expect(await page.locator('[data-notice-asof]').innerText()).toBe('（按2023年5月18日计）');
    await page.context().close();
  });
});

describe('print', () => {
  const pdfPages = async (path: string) => {
    const page = await open(path);
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    await page.context().close();
    const sizes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    return sizes;
  };

  it.each(['/projects/LS2023-009/print/', '/projects/LS2023-001/print/', '/projects/LS2023-009/'])('%s prints on one or two A4 pages', async (path) => {
    const sizes = await pdfPages(path);
    expect(sizes.length).toBeGreaterThanOrEqual(1);
    expect(sizes.length).toBeLessThanOrEqual(2);
    // A4 is 595.28 × 841.89 points; Chromium rounds the page box to whole pixels.
    for (const [w, h] of sizes) {
      expect(Math.abs(w - 595)).toBeLessThanOrEqual(2);
      expect(Math.abs(h - 842)).toBeLessThanOrEqual(2);
    }
  });

  it('the printable notice has its QR code, hotlines and no navigation', async () => {
    const page = await open('/projects/LS2023-009/print/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('svg.qr').isVisible()).toBe(true);
    expect(await page.locator('nav').count()).toBe(0);
    expect(await page.locator('.board').innerText()).toContain('12317');
    await page.context().close();
  });
});

describe('accessibility and layout of every page type', () => {
  const pages = [
    '/',
    '/projects/',
    '/projects/LS2023-009/',
    '/projects/LS2023-009/print/',
    '/projects/LS2023-009/payouts/',
    '/payouts/',
    '/trainings/',
    '/about/',
    '/about/data/',
    '/stats/',
    '/stats/2023/',
    '/stats/methodology/',
    '/data/',
    '/search/?q=于家汤村',
    '/news/',
    '/news/2023-06-training-class/',
    '/no-such-page/',
  ];

  it.each(pages)('%s has no axe violations (WCAG 2.2 AA)', async (path) => {
    const page = await open(path);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });

  it.each(pages)('%s fits a 360 px screen with body text of at least 16 px', async (path) => {
    const page = await open(path, { width: 360 });
    const { scrollWidth, fontSize } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      fontSize: parseFloat(getComputedStyle(document.body).fontSize),
    }));
    expect(scrollWidth).toBeLessThanOrEqual(360);
    expect(fontSize).toBeGreaterThanOrEqual(16);
    await page.context().close();
  });

  it('screenshots of home and a notice at 360 px and 1280 px (test-results/screenshots)', async () => {
    for (const [name, path] of [['home', '/'], ['notice', '/projects/LS2023-009/']])
      for (const width of [360, 1280]) {
        const page = await open(path, { width });
        await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
        await page.context().close();
      }
  });
});

describe('no third-party requests', () => {
  it('every request the pages made went to the site itself', () => {
    expect(requests.length).toBeGreaterThan(20);
    expect(requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:'))).toEqual([]);
  });
});
