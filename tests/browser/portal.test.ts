/**
 * The portal as residents use it, in Debian's Chromium, on the hand-written folder tests/fixtures/portal
 * (its README.md lists the facts used here). Nothing here depends on the demo data in data/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';
import { buildFixture, listFiles, ROOT } from '../helpers/site.ts';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
// Slow CI machines: give navigation and the search index time before failing.
const POLL = { timeout: 15_000, interval: 100 };

// Built "on" 2024-03-14: two notices are open that day (PT2024-001 runs 3/10–3/16, PT2024-002 3/12–3/18),
// PT2024-003's opens on 4/1 (its end, 4/7, comes from noticeDays 7), PT2024-004 has none.
const BUILT_ON = '2024-03-14';
const PROJECTS = 5;
/** The fixture's three projects in 解甲庄街道. */
const JIEJIAZHUANG = ['槐树沟村塘坝加固工程', '槐树沟村河道清淤工程', '槐树沟村灌溉渠改造工程'];

let site: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
const requests: string[] = [];

async function open(path: string, options: { width?: number; javaScript?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(server.url + path);
  return page;
}

beforeAll(async () => {
  site = buildFixture('portal', { SITE_TODAY: BUILT_ON });
  server = await serve(site);
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
    expect(await page.locator('tbody tr').count()).toBe(PROJECTS);

    await page.getByLabel('街道').selectOption('解甲庄街道');
    await expect
      .poll(() => decodeURIComponent(page.url()), POLL)
      .toBe(`${server.url}/projects/?subdistrict=解甲庄街道`);
    const names = () => page.locator('tbody tr:visible td:first-child a').allInnerTexts();
    expect((await names()).sort()).toEqual([...JIEJIAZHUANG].sort());
    await expect.poll(() => page.getByRole('status').innerText(), POLL).toBe(`共 ${PROJECTS} 个项目，显示 3 个`);

    await page.reload();
    expect(await page.getByLabel('街道').inputValue()).toBe('解甲庄街道');
    expect((await names()).sort()).toEqual([...JIEJIAZHUANG].sort());

    await page.getByRole('link', { name: '槐树沟村河道清淤工程' }).click();
    await expect.poll(() => page.url(), POLL).toBe(`${server.url}/projects/PT2024-001/`);
    expect(await page.locator('h1').innerText()).toContain('槐树沟村河道清淤工程');
    expect(await page.locator('h1').innerText()).toContain('以工代赈项目公示');
    await page.context().close();
  });

  it('a page built on 3/14 shows the state of the day it is read, not of the day it was built', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const at = async (instant: string, path: string) => {
      await page.clock.setFixedTime(new Date(instant));
      await page.goto(`${server.url}${path}`);
    };
    const state = () => page.locator('[data-notice-state]').innerText();
    const openOnHome = async () => (await page.locator('[data-open-notices] li:visible a').allInnerTexts()).sort();

    // PT2024-001's 公示 runs 2024-03-10 to 2024-03-16, Asia/Shanghai days, whatever the browser's time zone.
    await at('2024-03-16T23:30:00+08:00', '/projects/PT2024-001/');
    expect(await state()).toBe('公示中');
    await at('2024-03-17T00:30:00+08:00', '/projects/PT2024-001/');
    expect(await state()).toBe('公示已结束');
    expect(await page.locator('[data-notice-asof]').isVisible()).toBe(false);
    await at('2024-03-17T00:30:00+08:00', '/');
    expect(await openOnHome()).toEqual(['西泊子社区道路硬化工程']);
    // By 3/19 both notices open at build time have closed, and PT2024-003's has not yet opened.
    await at('2024-03-19T09:00:00+08:00', '/');
    expect(await openOnHome()).toEqual([]);
    expect(await page.locator('[data-no-open-notices]').isVisible()).toBe(true);
    // A notice still to come at build time appears when its day comes; its end is 7 days on (noticeDays).
    await at('2024-04-02T09:00:00+08:00', '/');
    expect(await openOnHome()).toEqual(['槐树沟村灌溉渠改造工程']);
    expect(await page.locator('[data-no-open-notices]').isVisible()).toBe(false);
    await at('2024-04-02T09:00:00+08:00', '/projects/PT2024-003/');
    expect(await state()).toBe('公示中');
    expect(await page.locator('main').innerText()).toContain('公示期：2024年4月1日 至 2024年4月7日');
    await context.close();
  });
});

describe('search', () => {
  it('types a Chinese query, applies a filter and opens a result', async () => {
    const page = await open('/', { width: 360 });
    const box = page.getByRole('search', { name: '站内搜索' });
    await box.getByRole('searchbox').fill('绿化');
    await box.getByRole('button', { name: '搜索' }).click();
    await expect.poll(() => decodeURIComponent(page.url()), POLL).toBe(`${server.url}/search/?q=绿化`);
    // 绿化 is one of PT2024-002's tasks (黄海路街道) and in PT2024-004's name (滨海路街道).
    const titles = async () => (await page.locator('[data-search-results] li > a').allInnerTexts()).sort();
    await expect
      .poll(titles, POLL)
      .toEqual(expect.arrayContaining(['北赵家社区绿化提升工程', '西泊子社区道路硬化工程']));
    await page.getByText('按年度、街道、行业领域等筛选').click();
    await page.getByLabel('街道').selectOption('滨海路街道');
    await expect.poll(titles, POLL).toEqual(['北赵家社区绿化提升工程']);
    const meta = await page.locator('[data-search-results] li p.fine').allInnerTexts();
    expect(meta).toHaveLength(1);
    expect(meta[0]).toMatch(/滨海路街道.*2024/);
    await expect.poll(() => decodeURIComponent(page.url()), POLL).toContain('街道=滨海路街道');
    await page.locator('[data-search-results] li a').first().click();
    await expect.poll(() => page.url(), POLL).toBe(`${server.url}/projects/PT2024-004/`);
    expect(await page.locator('main').innerText()).toContain('滨海路街道');
    await page.context().close();
  });

  it('without JavaScript the header box still submits to /search/?q=', async () => {
    const page = await open('/projects/', { javaScript: false });
    await page.getByRole('search', { name: '站内搜索' }).getByRole('searchbox').fill('清淤');
    await page.getByRole('search', { name: '站内搜索' }).getByRole('searchbox').press('Enter');
    await expect.poll(() => decodeURIComponent(page.url()), POLL).toBe(`${server.url}/search/?q=清淤`);
    expect(await page.locator('noscript').count()).toBe(1);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('the project list shows every project and no dead filter controls', async () => {
    const page = await open('/projects/?subdistrict=解甲庄街道', { javaScript: false });
    expect(await page.locator('tbody tr:visible').count()).toBe(PROJECTS);
    expect(await page.locator('form[data-project-filter]').isVisible()).toBe(false);
    await page.context().close();
  });

  it('a notice is complete, with its one late month', async () => {
    const page = await open('/projects/PT2023-001/', { javaScript: false });
    const text = await page.locator('main').innerText();
    const parts = [
      '以工代赈项目公示',
      '基本情况',
      '建设内容',
      '以工代赈环节',
      '预计劳务报酬',
      '实施情况',
      '相关技能培训',
      '2023年以工代赈砌筑工技能培训班',
      '监管记录',
      '两名务工人员未签劳动合同',
      '监督与投诉',
      '12317',
      '数据更新于',
    ];
    for (const part of parts) expect(text).toContain(part);
    // PW05's June pay came on 8/15, 46 days after the month ended: the only late payout of the fixture.
    const months = await page.getByRole('table', { name: '劳务报酬按月发放情况' }).locator('tbody tr').allInnerTexts();
    expect(months.map((r) => r.split('\t').filter((c) => /^\d{4}年\d{1,2}月$|发放/.test(c)))).toEqual([
      ['2023年5月', '按时发放'],
      ['2023年6月', '逾期发放'],
      ['2023年7月', '按时发放'],
    ]);
    await page.context().close();
  });

  it('a notice states the 公示 state of the build day, and says so', async () => {
    const page = await open('/projects/PT2024-001/', { javaScript: false });
    expect(await page.locator('main').innerText()).toContain('公示期：2024年3月10日 至 2024年3月16日');
    expect(await page.locator('[data-notice-state]').innerText()).toBe('公示中');
    expect(await page.locator('[data-notice-asof]').innerText()).toBe('（按2024年3月14日计）');
    await page.context().close();
  });
});

describe('print', () => {
  const pdfPages = async (path: string) => {
    const page = await open(path);
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    await page.context().close();
    return [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
  };

  it.each(['/projects/PT2023-001/print/', '/projects/PT2024-001/print/', '/projects/PT2023-001/'])(
    '%s prints on one or two A4 pages',
    async (path) => {
      const sizes = await pdfPages(path);
      expect(sizes.length).toBeGreaterThanOrEqual(1);
      expect(sizes.length).toBeLessThanOrEqual(2);
      // A4 is 595.28 × 841.89 points; Chromium rounds the page box to whole pixels.
      for (const [w, h] of sizes) {
        expect(Math.abs(w - 595)).toBeLessThanOrEqual(2);
        expect(Math.abs(h - 842)).toBeLessThanOrEqual(2);
      }
    },
  );

  it('the printable notice has its QR code, hotlines and no navigation', async () => {
    const page = await open('/projects/PT2023-001/print/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('svg.qr').isVisible()).toBe(true);
    expect(await page.locator('nav').count()).toBe(0);
    expect(await page.locator('.board').innerText()).toContain('12317');
    await page.context().close();
  });
});

describe('accessibility and layout of every page type', () => {
  // One news article: whichever the site has (the articles are hand-written MDX, not data).
  const article = () => {
    const f = listFiles(join(site, 'news')).find((x) => /news\/[^/]+\/index\.html$/.test(x));
    return `/news/${f!.split('/').at(-2)}/`;
  };
  const pages = [
    '/',
    '/projects/',
    '/projects/year/2024/',
    '/projects/PT2023-001/',
    '/projects/PT2024-004/',
    '/projects/PT2023-001/print/',
    '/projects/PT2023-001/payouts/',
    '/payouts/',
    '/payouts/2023/',
    '/trainings/',
    '/about/',
    '/about/data/',
    '/stats/',
    '/stats/2024/',
    '/stats/methodology/',
    '/data/',
    '/search/?q=槐树沟村',
    '/news/',
    'a news article',
    '/no-such-page/',
  ];
  const path = (p: string) => (p === 'a news article' ? article() : p);

  it.each(pages)('%s has no axe violations (WCAG 2.2 AA)', async (p) => {
    const page = await open(path(p));
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const result = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });

  it.each(pages)('%s fits a 360 px screen with body text of at least 16 px', async (p) => {
    const page = await open(path(p), { width: 360 });
    const { scrollWidth, fontSize } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      fontSize: parseFloat(getComputedStyle(document.body).fontSize),
    }));
    expect(scrollWidth).toBeLessThanOrEqual(360);
    expect(fontSize).toBeGreaterThanOrEqual(16);
    await page.context().close();
  });

  it('screenshots of home and a notice at 360 px and 1280 px (test-results/screenshots)', async () => {
    for (const [name, p] of [
      ['home', '/'],
      ['notice', '/projects/PT2023-001/'],
    ])
      for (const width of [360, 1280]) {
        const page = await open(p, { width });
        await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
        await page.context().close();
      }
  });
});

describe('light and self-contained', () => {
  it('every notice page is at most 30 KB gzipped (HTML with its CSS), with no script required', () => {
    const notices = listFiles(join(site, 'projects')).filter((f) => /projects\/[^/]+\/index\.html$/.test(f));
    expect(notices).toHaveLength(PROJECTS);
    for (const f of notices) {
      const html = readFileSync(f, 'utf8');
      const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)];
      const css = links.map((m) => readFileSync(join(site, m[1])));
      expect(gzipSync(Buffer.concat([Buffer.from(html), ...css])).length, f).toBeLessThanOrEqual(30 * 1024);
    }
  });

  it('every request the pages made went to the site itself', () => {
    expect(requests.length).toBeGreaterThan(20);
    expect(requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:'))).toEqual([]);
  });
});
