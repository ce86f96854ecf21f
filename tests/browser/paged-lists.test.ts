/**
 * Lists split into pages, as a province's site has them, in Debian's Chromium. tests/fixtures/portal (5 projects:
 * PT2023-001 in 解甲庄街道; in 2024 PT2024-004 in 滨海路街道, PT2024-002 in 黄海路街道, PT2024-001 and -003 in
 * 解甲庄街道; classes PX2023-01 and PX2024-01) is built with YGDZ_LIST_ROWS=1, which lowers every page budget to one
 * row, so the project list, the village index and the trainings are paged as they would be at tens of thousands of
 * rows; tests/fixtures/labour at 3 rows a page pages the labour table.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';
import { buildFixture, page as read, ROOT, tempDir } from '../helpers/site.ts';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
const POLL = { timeout: 15_000, interval: 100 };
const JIEJIAZHUANG_2024 = ['槐树沟村河道清淤工程', '槐树沟村灌溉渠改造工程'];

let site: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
/** tests/fixtures/labour (东城街道: 柳湾村, 石桥村; 南山街道: 后岭村; 西山镇: 南岭村) at 3 rows a page. */
let labour: Awaited<ReturnType<typeof serve>>;
let labourSite: string;
const requests: string[] = [];

async function open(path: string, options: { width?: number; javaScript?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  const res = await page.goto((path.startsWith('/labour/') ? labour.url : server.url) + path);
  expect(res?.status()).toBe(200);
  return page;
}

beforeAll(async () => {
  const built = buildFixture('portal', { SITE_TODAY: '2024-03-14', YGDZ_LIST_ROWS: '1' });
  // A copy whose index carries a hostile name, to show the filter writes ledger text as text.
  site = join(tempDir('paged-'), 'site');
  cpSync(built, site, { recursive: true });
  const file = join(site, 'projects', 'year', '2024.json');
  const index = JSON.parse(readFileSync(file, 'utf8'));
  index.rows.find((r: string[]) => r[0] === 'PT2024-003')[1] =
    '<img src=x onerror="window.__hit=1">槐树沟村灌溉渠改造工程';
  writeFileSync(file, JSON.stringify(index));
  server = await serve(site);
  labourSite = buildFixture('labour', { YGDZ_LIST_ROWS: '3' });
  labour = await serve(labourSite);
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await labour?.close();
});

describe('without JavaScript, by year and 街道', () => {
  it('/projects/ links every page of every year; each project is on one page', () => {
    const html = read('projects/index.html', site);
    const pages = [...html.matchAll(/href="(\/projects\/year\/[^"]+)"/g)].map((m) => m[1]);
    expect(pages).toEqual([
      '/projects/year/2024/',
      '/projects/year/2024/2/',
      '/projects/year/2024/3/',
      '/projects/year/2024/4/',
      '/projects/year/2023/',
    ]);
    const listed = pages.flatMap((p) =>
      [...read(`${p.slice(1)}index.html`, site).matchAll(/<a href="\/projects\/(PT[\d-]+)\/"/g)].map((m) => m[1]),
    );
    expect(listed.sort()).toEqual(['PT2023-001', 'PT2024-001', 'PT2024-002', 'PT2024-003', 'PT2024-004']);
  });

  it('a year page names every 街道 of the year and links the row its projects begin on', async () => {
    const page = await open('/projects/year/2024/', { javaScript: false, width: 360 });
    const nav = page.getByRole('navigation', { name: '2024年各街道' });
    expect(await nav.innerText()).toContain('解甲庄街道（2 个）');
    await nav.getByRole('link', { name: '解甲庄街道' }).click();
    await expect
      .poll(() => decodeURIComponent(page.url()), POLL)
      .toBe(`${server.url}/projects/year/2024/3/#j-解甲庄街道`);
    expect(await page.locator('tr:target td:first-child a').innerText()).toBe('槐树沟村河道清淤工程');
    // The filter needs JavaScript: without it, it is not shown.
    expect(await page.locator('[data-index-filter]').isVisible()).toBe(false);
    await page.screenshot({ path: join(SHOTS, 'paged-year-360-nojs.png'), fullPage: true });
    await page.context().close();
  });

  it('the village index is paged by 街道 and every village is on one page', () => {
    const index = read('villages/index.html', site);
    const pages = [...index.matchAll(/href="(\/villages\/list\/[^"#]*)"/g)].map((m) => m[1]);
    expect(pages[0]).toBe('/villages/list/');
    const listed = [...new Set(pages)].flatMap((p) =>
      [...read(`${p.slice(1)}index.html`, site).matchAll(/<a href="\/villages\/([^/"]+)\/"/g)]
        .map((m) => decodeURIComponent(m[1]))
        .filter((k) => k !== 'list'),
    );
    const all = [...read('sitemap/index.html', site).matchAll(/<a href="\/villages\/([^/"]+)\/"/g)].map((m) =>
      decodeURIComponent(m[1]),
    );
    expect(listed.sort()).toEqual(all.filter((k) => k !== 'list').sort());
  });

  it('/trainings/ keeps the totals and links each year’s classes, which are searchable', () => {
    const html = read('trainings/index.html', site);
    expect(html).toMatch(/<a href="\/trainings\/2024\/"[^>]*>2024年培训班<\/a>/);
    expect(html).not.toContain('PX2024-01');
    const year = read('trainings/2024/index.html', site);
    expect(year).toContain('PX2024-01');
    expect(year).toContain('data-pagefind-body');
    expect(read('trainings/2023/index.html', site)).toContain('PX2023-01');
  });

  it('the labour table by place moves to pages by 街道; /labour/ links each 街道 to its row', async () => {
    const page = await open('/labour/', { javaScript: false, width: 360 });
    const text = await page.locator('main').innerText();
    expect(text).toContain('共 3 个街道、4 个村（社区），分 3 页列出');
    await page.getByRole('link', { name: '南山街道', exact: true }).click();
    await expect.poll(() => decodeURIComponent(page.url()), POLL).toBe(`${labour.url}/labour/villages/2/#l-南山街道`);
    expect(await page.locator('tr:target th').innerText()).toBe('南山街道');
    expect(await page.locator('tbody th').allInnerTexts()).toEqual(['南山街道', '后岭村']);
    await page.screenshot({ path: join(SHOTS, 'paged-labour-360.png'), fullPage: true });
    await page.context().close();
    const rows = ['', '2/', '3/'].flatMap((p) =>
      [
        ...read(`labour/villages/${p}index.html`, labourSite).matchAll(
          /<th role="rowheader"[^>]*>(?:<a [^>]*>)?([^<]+)</g,
        ),
      ].map((m) => m[1].trim()),
    );
    expect(rows).toEqual(['东城街道', '柳湾村', '石桥村', '南山街道', '后岭村', '西山镇', '南岭村']);
  });
});

describe('with JavaScript, a small index loaded on demand', () => {
  it('a year page loads its year’s index only when a filter is used, and searches the whole year', async () => {
    const page = await open('/projects/year/2024/', { width: 360 });
    const before = requests.length;
    await page.waitForLoadState('networkidle');
    expect(requests.slice(before).filter((u) => u.endsWith('.json'))).toEqual([]);

    await page.getByLabel('街道', { exact: true }).selectOption('解甲庄街道');
    await expect
      .poll(() => decodeURIComponent(page.url()), POLL)
      .toBe(`${server.url}/projects/year/2024/?subdistrict=解甲庄街道`);
    const names = () => page.locator('[data-index-results] tbody tr:visible td:first-child a').allInnerTexts();
    // Both are on later pages of the year, not this one.
    await expect
      .poll(async () => (await names()).map((n) => n.replace(/^.*>/, '')).sort(), POLL)
      .toEqual(JIEJIAZHUANG_2024);
    expect(await page.getByRole('status').innerText()).toBe('2024年共 4 个项目，符合条件 2 个');
    expect(requests.filter((u) => u.endsWith('/projects/year/2024.json'))).toHaveLength(1);
    // The page's own rows are out of the way while the filter shows the year's.
    expect(await page.locator('[data-index-own]').isVisible()).toBe(false);
    await page.screenshot({ path: join(SHOTS, 'paged-year-360-filtered.png'), fullPage: true });

    // Ledger text stays text.
    expect(await names()).toContain('<img src=x onerror="window.__hit=1">槐树沟村灌溉渠改造工程');
    expect(await page.locator('[data-index-results] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __hit?: number }).__hit)).toBeUndefined();

    await page.reload();
    expect(await page.getByLabel('街道', { exact: true }).inputValue()).toBe('解甲庄街道');
    await expect.poll(async () => (await names()).length, POLL).toBe(2);

    await page.getByLabel('项目状态').selectOption({ index: 1 });
    await page.getByRole('button', { name: '清除筛选' }).first().click();
    await expect.poll(() => page.url(), POLL).toBe(`${server.url}/projects/year/2024/`);
    expect(await page.locator('[data-index-own]').isVisible()).toBe(true);
    expect(await page.locator('[data-index-results]').isVisible()).toBe(false);
    await page.goBack();
    await expect.poll(() => page.locator('[data-index-results]').isVisible(), POLL).toBe(true);
    await page.context().close();
  });

  it('/projects/ filters every year, loading each year’s index', async () => {
    const page = await open('/projects/?subdistrict=解甲庄街道', { width: 1280 });
    const names = () => page.locator('[data-index-results] tbody tr td:first-child a').allInnerTexts();
    await expect.poll(async () => (await names()).length, POLL).toBe(3);
    expect(await page.getByRole('status').innerText()).toBe('全部年度共 5 个项目，符合条件 3 个');
    await page.getByLabel('年度', { exact: true }).selectOption('2023');
    await expect.poll(names, POLL).toEqual(['槐树沟村塘坝加固工程']);
    await page.getByLabel('街道', { exact: true }).selectOption('黄海路街道');
    await expect.poll(() => page.locator('[data-index-empty]').isVisible(), POLL).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'paged-projects-1280-empty.png'), fullPage: true });
    await page.getByRole('button', { name: '清除筛选', exact: true }).last().click();
    await expect.poll(() => page.url(), POLL).toBe(`${server.url}/projects/`);
    await page.context().close();
  });

  const pages = [
    '/projects/',
    '/projects/?subdistrict=解甲庄街道',
    '/projects/year/2024/2/',
    '/projects/year/2024/?status=实施中',
    '/trainings/',
    '/trainings/2024/',
    '/villages/',
    '/villages/list/2/',
    '/labour/',
    '/labour/villages/2/',
    '/sitemap/',
  ];
  it.each(pages)('%s has no axe violations and fits 360 px', async (p) => {
    for (const width of [360, 1280]) {
      const page = await open(p, { width });
      await page.waitForLoadState('networkidle');
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      if (width === 360)
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.context().close();
    }
  });

  it('nothing is fetched from anywhere else', () => {
    expect(
      requests.filter((u) => !u.startsWith(server.url) && !u.startsWith(labour.url) && !u.startsWith('data:')),
    ).toEqual([]);
  });
});
