/**
 * A notice (项目公示) as a resident reads it on a 360 × 740 phone and at 1280 × 800, in Debian's Chromium, on the
 * hand-written folder tests/fixtures/notice-phone (its README.md lists the facts used here).
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';
import { buildFixture, TMP } from '../helpers/site.ts';

const BUILT_ON = '2024-04-15';
/** The browser's clock agrees with the build day, so the script that re-checks the 公示 state keeps it. */
const NOW = new Date('2024-04-15T10:00:00+08:00');
const OPEN = '/projects/NP2024-001/';
const UPCOMING = '/projects/NP2024-002/';
const PHONE = { width: 360, height: 740 };
const DESK = { width: 1280, height: 800 };
/** Screenshots to look at: SHOTS=<folder> keeps them, else they go to the test's temporary folder. */
const SHOTS = process.env.SHOTS ?? TMP;
const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 13; V2055A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 ' +
  'Mobile Safari/537.36 XWEB/1160117 MMWEBSDK/20240404 MMWEBID/1234 MicroMessenger/8.0.49.2600(0x28003133) ' +
  'WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

async function open(
  path: string,
  viewport = PHONE,
  options: { javaScript?: boolean; userAgent?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    javaScriptEnabled: options.javaScript ?? true,
    userAgent: options.userAgent,
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  await page.goto(server.url + path);
  return page;
}

beforeAll(async () => {
  const site = buildFixture('notice-phone', { SITE_TODAY: BUILT_ON });
  server = await serve(site);
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Bottom of an element in a page whose header is at most 100 px: a taller header (still being shrunk) is not
 * counted against the notice.
 */
async function bottomOnScreen(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`no ${sel}`);
    const mainTop = document.querySelector('main')!.getBoundingClientRect().top + window.scrollY;
    return el.getBoundingClientRect().bottom + window.scrollY - Math.max(0, mainTop - 100);
  }, selector);
}

describe('the first phone screen', () => {
  it('holds the name, the 公示期 and its state, 建设内容, 以工代赈环节, 预计劳务报酬 and whom to call', async () => {
    const page = await open(OPEN);
    const main = page.locator('main');
    expect(await page.locator('h1').innerText()).toContain('石板村至后山村产业路硬化及排水沟修建工程');
    expect(await main.innerText()).toContain('公示期：2024年4月10日 至 2024年4月20日');
    expect(await page.locator('[data-notice-state]').innerText()).toBe('公示中');
    const lead = page.locator('.lead');
    const leadText = await lead.innerText();
    expect(leadText).toContain('建设内容：新建产业路 2.4 公里');
    expect(leadText).toContain('以工代赈环节：路基整平、排水沟开挖、砌石、路肩培土、绿化栽植');
    expect(leadText).toContain('预计劳务报酬：2.00 万元');
    expect(leadText).toContain('对公示有异议，请拨打 0123-6911111');
    expect(await lead.getByRole('link', { name: '0123-6911111' }).getAttribute('href')).toBe('tel:0123-6911111');
    // The rest of 建设内容 is further down, and the lead says so.
    expect(await lead.getByRole('link', { name: '详见下文' }).getAttribute('href')).toBe('#content');

    for (const selector of ['h1', 'p.period', '.lead dl', '.lead .objection'])
      expect(await bottomOnScreen(page, selector), selector).toBeLessThanOrEqual(PHONE.height);
    await page.screenshot({ path: `${SHOTS}/notice-first-screen-360.png` });
    await page.context().close();
  });

  it('without a 监督电话 of its own, the objection line gives the district hotline', async () => {
    const page = await open(UPCOMING);
    const call = page.locator('.lead .objection');
    expect(await call.innerText()).toBe('对公示有异议，请拨打 0123-6900000');
    expect(await call.getByRole('link').getAttribute('href')).toBe('tel:0123-6900000');
    await page.context().close();
  });
});

describe('the at-a-glance box', () => {
  it('states the 公示, paid of expected as a bar with its words, workers of planned, 工期', async () => {
    const page = await open(OPEN, PHONE, { javaScript: false });
    const box = page.getByRole('region', { name: '项目一览' });
    const text = await box.innerText();
    expect(text).toContain('公示中');
    expect(text).toContain('已发放 0.90 万元，为预计 2.00 万元 的 45.0%');
    expect(text).toContain('已吸纳 3 人，计划 10 人');
    expect(text).toContain('2024年2月1日 至 2024年6月30日（实施中）');
    // Drawn without JavaScript: 45.0 % and 30.0 % of the bar's 1,000 units, shown beside its words.
    const fill = (label: string) => box.locator(`svg.bar[data-bar="${label}"] rect.fill`);
    expect(await fill('劳务报酬').getAttribute('width')).toBe('450');
    expect(await fill('务工人数').getAttribute('width')).toBe('300');
    const drawn = await box.locator('svg.bar').first().boundingBox();
    expect(drawn!.width).toBeGreaterThan(100);
    expect(await box.locator('svg.bar').first().getAttribute('aria-hidden')).toBe('true');
    await page.context().close();
  });

  it('a 公示 that has not begun says 未开始, in the heading line and in the box', async () => {
    const page = await open(UPCOMING);
    expect(await page.locator('[data-notice-state]').innerText()).toBe('公示未开始');
    expect(await page.locator('[data-notice-state-copy]').innerText()).toBe('公示未开始');
    await page.context().close();
  });
});

describe('what the notice says', () => {
  it('one unit per quantity, no ledger row number, 日工资标准 and 报名方式, the village linked', async () => {
    const page = await open(OPEN, DESK);
    const text = await page.locator('main').innerText();
    expect(text).toContain('已发放劳务报酬 0.90 万元，为预计的 45.0%');
    expect(text).not.toContain('9,000 元');
    expect(text).not.toMatch(/第\s*\d+\s*行/);
    const facts = await page.locator('dl.facts').allInnerTexts();
    expect(facts.join('\n')).toMatch(/日工资标准\s+150元\/天/);
    expect(facts.join('\n')).toMatch(/报名方式\s+到石板村村委会报名，或拨打 0123-6911111/);
    const place = page.locator('dl.facts dd').filter({ hasText: '石板镇 · 石板村' });
    expect(await place.getByRole('link', { name: '石板村' }).getAttribute('href')).toMatch(/^\/villages\/.+\/$/);
    await page.context().close();
  });

  it('a month paid to nobody is 未发放; 部分未发放 only where some were paid; the 合计 row stays', async () => {
    const status = async (path: string) => {
      const page = await open(path, DESK);
      const table = page.getByRole('table', { name: '劳务报酬按月发放情况' });
      const cells = await table.locator('tbody td[data-label="状态"]').allInnerTexts();
      const months = await table.locator('tbody td[data-label="务工月份"]').allInnerTexts();
      const total = (await table.locator('tfoot').count()) ? await table.locator('tfoot').innerText() : undefined;
      await page.context().close();
      return { rows: months.map((m, i) => [m, cells[i]]), total };
    };
    const first = await status(OPEN);
    expect(first.rows).toEqual([
      ['2024年2月', '按时发放'],
      ['2024年3月', '未发放'],
    ]);
    expect(first.total?.replace(/\s+/g, ' ').trim()).toBe('合计 0.90 1.80');
    // A single month has no totals line.
    expect(await status(UPCOMING)).toEqual({ rows: [['2024年3月', '部分未发放（1 笔未发）']], total: undefined });
  });

  it('link preview: Open Graph tags with absolute addresses', async () => {
    const page = await open(OPEN, DESK);
    const og = async (p: string) => page.locator(`head meta[property="${p}"]`).getAttribute('content');
    expect(await og('og:type')).toBe('article');
    expect(await og('og:title')).toContain('石板村至后山村产业路硬化及排水沟修建工程');
    expect((await og('og:description'))!.length).toBeGreaterThan(0);
    expect(await og('og:url')).toBe('https://ygdz.example.cn/projects/NP2024-001/');
    expect(await og('og:image')).toMatch(/^https:\/\/ygdz\.example\.cn\/.+\.png$/);
    expect(Number(await og('og:image:width'))).toBeGreaterThan(0);
    expect(Number(await og('og:image:height'))).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('print link and WeChat', () => {
  it('elsewhere the print link stays', async () => {
    const page = await open(OPEN);
    expect(await page.getByRole('link', { name: '打印公示（A4）' }).getAttribute('href')).toBe(`${OPEN}print/`);
    await page.context().close();
  });

  it('in WeChat, where printing is impossible, a hint to share replaces it', async () => {
    const page = await open(OPEN, PHONE, { userAgent: WECHAT_UA });
    await expect
      .poll(() => page.locator('[data-print-link]').innerText())
      .toBe('点右上角「…」可分享给朋友或发到朋友圈');
    expect(await page.getByRole('link', { name: '打印公示（A4）' }).count()).toBe(0);
    await page.context().close();
  });

  it('in WeChat without JavaScript the print link stays', async () => {
    const page = await open(OPEN, PHONE, { userAgent: WECHAT_UA, javaScript: false });
    expect(await page.getByRole('link', { name: '打印公示（A4）' }).count()).toBe(1);
    await page.context().close();
  });
});

describe.each([
  ['360 × 740', PHONE],
  ['1280 × 800', DESK],
])('layout at %s', (name, viewport) => {
  it.each([OPEN, UPCOMING])('%s: nothing overflows, no table cell narrower than 3em, axe clean', async (path) => {
    const page = await open(path, viewport);
    const layout = await page.evaluate(() => {
      const main = document.querySelector('main')!.getBoundingClientRect();
      const cells = [...document.querySelectorAll<HTMLElement>('main table td, main table th')]
        .filter((c) => c.getClientRects().length > 0 && c.textContent!.trim() !== '')
        .map((c) => ({
          text: c.textContent!.trim().slice(0, 12),
          width: c.getBoundingClientRect().width,
          em: parseFloat(getComputedStyle(c).fontSize),
        }));
      // A table cut off: wider than its box (or <main>), so part of it is hidden or needs scrolling.
      const cut = [...document.querySelectorAll<HTMLTableElement>('main table')]
        .filter((t) => {
          const box = t.closest<HTMLElement>('.table-box');
          return t.getBoundingClientRect().width > (box ? box.clientWidth : main.width) + 1;
        })
        .map((t) => t.caption?.textContent);
      return { scrollWidth: document.documentElement.scrollWidth, cells, cut };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(viewport.width);
    expect(layout.cut).toEqual([]);
    expect(layout.cells.length).toBeGreaterThan(0);
    const narrow = layout.cells.filter((c) => c.width < 3 * c.em - 0.5).map((c) => `${c.text}: ${c.width}px`);
    expect(narrow).toEqual([]);
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const result = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const shot = `${SHOTS}/notice-${path.split('/')[2]}-${viewport.width}.png`;
    await page.screenshot({ path: shot, fullPage: true });
    await page.context().close();
  });
});
