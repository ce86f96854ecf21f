/**
 * A worker finds their own pay on a project's list, in Debian's Chromium, on tests/fixtures/paylist (its
 * README.md lists the rows and hand sums used here). Built with a test 核对码 key written to a temporary file; the
 * codes below were computed independently with Python's hmac/hashlib from that key (README.md), not by the site.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';
import { buildFixture, listFiles, tempDir } from '../helpers/site.ts';

const POLL = { timeout: 15_000, interval: 100 };
const SHOTS = '/tmp/paylist';
const KEY = '3f1c9a7e5b2d4068a1c3e5f70921b4d6c8e0f2a4b6d8e0f1a3c5e7f9021b4d6f';
/** 核对码 of each worker under KEY: base32 (Crockford) of the first 75 bits of HMAC-SHA-256(KEY, 人员编号). */
const CODES: Record<string, string> = {
  PLW01: 'F7PMQ-R7FFY-5ATGD',
  PLW02: 'HTB6Q-SPFJE-RB52V',
  PLW03: 'VRMQW-FR4E3-C41KZ',
  PLW04: '8HHAB-J15FD-0B4MD',
  PLW05: 'R68W9-W2TQ9-87E9T',
};
const LIST = '/projects/PL2023-001/payouts/';

let site: string;
let plain: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
const requests: string[] = [];

async function open(path: string, options: { width?: number; javaScript?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.width === 360 ? 740 : 800 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(server.url + path);
  return page;
}

/** The visible rows as "name|days|wage|due|paid|date". */
const visibleRows = (page: Page) =>
  page
    .locator('tbody tr:visible')
    .evaluateAll((trs) =>
      trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => c.firstChild?.textContent?.trim()).join('|')),
    );

beforeAll(async () => {
  const keyFile = join(tempDir('key-'), 'receipt.key');
  writeFileSync(keyFile, `${KEY}\n`);
  site = buildFixture('paylist', { SITE_TODAY: '2024-07-20', YGDZ_RECEIPT_KEY: keyFile });
  plain = buildFixture('paylist', { SITE_TODAY: '2024-07-20', YGDZ_RECEIPT_KEY: '' });
  server = await serve(site);
  browser = await launch();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the pay list', () => {
  it('shows days, daily wage, due, paid and date by month, namesakes numbered by 人员编号', async () => {
    const page = await open(LIST);
    expect(await page.locator('section[data-month] h2').allInnerTexts()).toEqual(['2023年5月', '2023年6月']);
    expect(await visibleRows(page)).toEqual([
      '张*明（1）|槐树沟村|22|160.00|3,520.00|3,520.00|2023年6月10日',
      '张*明（2）|槐树沟村|20|150.00|3,000.00|3,000.00|2023年6月10日',
      '赵*英|于家汤村|20|150.00|3,000.00|3,000.00|2023年7月10日',
      '张*明（1）|槐树沟村|18.5|160.00|2,960.00|2,960.00|2023年7月10日',
      '王*英|槐树沟村|10|150.00|1,500.00|1,500.00|2023年7月10日',
    ]);
    await expect
      .poll(() => page.locator('[data-pay-summary]').innerText(), POLL)
      .toBe('共 5 笔：务工 90.5 天，应发 13,980.00 元，实发 13,980.00 元。');
    expect(await page.locator('#m-2023-06 tfoot').innerText()).toMatch(
      /本月合计（3 笔）\s*48\.5\s*7,460\.00\s*7,460\.00/,
    );
    await page.context().close();
  });

  it('filters by month and village in the URL; an empty result offers to clear; Back undoes a filter', async () => {
    const page = await open(LIST, { width: 360 });
    await page.getByLabel('务工月份').selectOption('2023-06');
    await expect.poll(() => decodeURIComponent(page.url()), POLL).toBe(`${server.url}${LIST}?month=2023-06`);
    expect(await page.locator('tbody tr:visible').count()).toBe(3);
    expect(await page.locator('[data-pay-summary]').innerText()).toBe(
      '共 5 笔，显示 3 笔：务工 48.5 天，应发 7,460.00 元，实发 7,460.00 元。',
    );

    await page.getByLabel('村(社区)').selectOption('于家汤村');
    expect(await visibleRows(page)).toEqual(['赵*英|于家汤村|20|150.00|3,000.00|3,000.00|2023年7月10日']);
    await page.getByLabel('务工月份').selectOption('2023-05');
    await expect
      .poll(() => decodeURIComponent(page.url()), POLL)
      .toBe(`${server.url}${LIST}?month=2023-05&village=于家汤村`);
    expect(await page.locator('tbody tr:visible').count()).toBe(0);
    expect(await page.getByText('没有符合条件的发放记录。').isVisible()).toBe(true);

    await page.goBack();
    await expect.poll(() => page.getByLabel('务工月份').inputValue(), POLL).toBe('2023-06');
    expect(await page.getByLabel('村(社区)').inputValue()).toBe('于家汤村');
    expect(await page.locator('tbody tr:visible').count()).toBe(1);
    await page.goForward();
    await expect.poll(() => page.locator('tbody tr:visible').count(), POLL).toBe(0);

    await page.getByRole('button', { name: '清除筛选，显示全部' }).click();
    expect(await page.locator('tbody tr:visible').count()).toBe(5);
    expect(page.url()).toBe(`${server.url}${LIST}`);
    expect(await page.getByText('没有符合条件的发放记录。').isVisible()).toBe(false);

    await page.reload();
    await page.goto(`${server.url}${LIST}?village=${encodeURIComponent('于家汤村')}`);
    await expect.poll(() => page.locator('tbody tr:visible').count(), POLL).toBe(1);
    await page.context().close();
  });

  it('without JavaScript: every row, month links, no filter and no 核对码 box', async () => {
    const page = await open(LIST, { javaScript: false });
    expect(await page.locator('tbody tr:visible').count()).toBe(5);
    expect(await page.getByRole('link', { name: '2023年6月' }).getAttribute('href')).toBe('#m-2023-06');
    expect(await page.locator('form[data-pay-filter]:visible, form[data-receipt]:visible').count()).toBe(0);
    expect(await page.getByText('共 5 笔：务工 90.5 天，应发 13,980.00 元，实发 13,980.00 元。').isVisible()).toBe(
      true,
    );
    await page.context().close();
  });
});

describe('核对码', () => {
  const findMine = async (page: Page, typed: string) => {
    await page.getByLabel('核对码').fill(typed);
    await page.getByRole('button', { name: '查找' }).click();
    await expect.poll(() => page.locator('[data-receipt-result]').innerText(), POLL).not.toBe('');
  };

  it("highlights exactly the worker's rows and sums them, typed in lower case with spaces", async () => {
    const page = await open(LIST, { width: 360 });
    const before = page.url();
    await findMine(page, CODES.PLW01.toLowerCase().replace(/-/g, ' '));
    expect(await page.locator('[data-receipt-result]').innerText()).toBe(
      '找到你的 2 笔记录：务工 40.5 天，应发 6,480.00 元，实发 6,480.00 元。',
    );
    expect(await page.locator('tr.mine').evaluateAll((t) => t.map((r) => r.textContent!.replace(/\s+/g, '')))).toEqual([
      '张*明（1）（你的记录）槐树沟村22160.003,520.003,520.002023年6月10日',
      '张*明（1）（你的记录）槐树沟村18.5160.002,960.002,960.002023年7月10日',
    ]);
    expect(await page.locator('tbody tr:visible').count()).toBe(2);
    expect(page.url()).toBe(before); // the code never enters the URL
    await page.screenshot({ path: join(SHOTS, 'paylist-mine-360.png'), fullPage: true });

    await page.getByRole('button', { name: '显示全部' }).click();
    expect(await page.locator('tr.mine').count()).toBe(0);
    expect(await page.locator('tbody tr:visible').count()).toBe(5);
    await page.context().close();
  });

  it('a wrong code highlights nothing: another project’s worker, a made-up code, a mistyped one', async () => {
    const page = await open(LIST);
    for (const typed of [CODES.PLW03, 'ABCDE-FGHJK-MNPQR', CODES.PLW01.replace('F7', 'F8'), 'F7PMQ']) {
      await page.getByLabel('核对码').fill(typed);
      await page.getByRole('button', { name: '查找' }).click();
      await expect.poll(() => page.locator('[data-receipt-result]').innerText(), POLL).toMatch(/没有|请对照/);
      expect(await page.locator('tr.mine').count()).toBe(0);
      expect(await page.locator('tbody tr:visible').count()).toBe(5);
    }
    await page.context().close();
  });

  it('works where the browser has no crypto.subtle (plain http): the page’s own SHA-256', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => Object.defineProperty(crypto, 'subtle', { value: undefined }));
    const page = await context.newPage();
    await page.goto(server.url + LIST);
    expect(await page.evaluate(() => crypto.subtle)).toBeUndefined();
    await findMine(page, CODES.PLW02);
    expect(await page.locator('[data-receipt-result]').innerText()).toBe(
      '找到你的 1 笔记录：务工 20 天，应发 3,000.00 元，实发 3,000.00 元。',
    );
    expect(await page.locator('tr.mine td:first-child').evaluateAll((t) => t.map((c) => c.textContent))).toEqual([
      '张*明（2）（你的记录）',
    ]);
    await context.close();
  });

  it('sends nothing anywhere: only the site’s own files are requested', () => {
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) expect(r.startsWith(server.url), r).toBe(true);
  });
});

describe('what an attacker finds in the built site', () => {
  /** Every file's text, gzip files unpacked. */
  const texts = (root: string) =>
    listFiles(root).map((f) => {
      const b = readFileSync(f);
      return { f, text: (f.endsWith('.gz') ? gunzipSync(b) : b).toString('latin1') + b.toString('utf8') };
    });

  it('no code, in any spelling, and not the key', () => {
    const needles = [KEY, KEY.toUpperCase(), Buffer.from(KEY, 'hex').toString('base64')];
    for (const c of Object.values(CODES))
      needles.push(c, c.replace(/-/g, ''), c.toLowerCase(), c.replace(/-/g, '').toLowerCase());
    const files = texts(site);
    expect(files.length).toBeGreaterThan(20);
    for (const { f, text } of files) for (const n of needles) expect(text.includes(n), `${n} in ${f}`).toBe(false);
  });

  it('the same worker’s rows in two projects carry unlinkable hashes', () => {
    const hashes = (id: string) =>
      [
        ...readFileSync(join(site, 'projects', id, 'payouts', 'index.html'), 'utf8').matchAll(/data-k="([0-9a-f]+)"/g),
      ].map((m) => m[1]);
    // PLW01 is paid by PL2023-001 and PL2024-001; no hash of one list appears in the other.
    const a = new Set(hashes('PL2023-001'));
    const b = hashes('PL2024-001');
    expect(a.size).toBe(4);
    expect(b.length).toBe(3);
    for (const h of b) expect(a.has(h)).toBe(false);
  });

  it('without a key the page has no 核对码 box and no hashes', () => {
    const html = readFileSync(join(plain, 'projects', 'PL2023-001', 'payouts', 'index.html'), 'utf8');
    expect(html).not.toContain('data-receipt');
    expect(html).not.toContain('data-k=');
    expect(html).toContain('张*明（2）');
  });
});

describe('fits phones and screen readers', () => {
  it.each([360, 1280])('at %i px: axe clean, no sideways scroll, every cell three characters wide', async (width) => {
    const page = await open(LIST, { width });
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const result = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const { scrollWidth, narrow } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      narrow: [...document.querySelectorAll<HTMLElement>('table :is(td, th)')]
        .filter((c) => c.offsetParent !== null && c.textContent!.trim() !== '')
        .filter((c) => c.getBoundingClientRect().width < 3 * parseFloat(getComputedStyle(c).fontSize))
        .map((c) => c.textContent),
    }));
    expect(scrollWidth).toBeLessThanOrEqual(width);
    expect(narrow).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `paylist-${width}.png`), fullPage: true });
    await page.context().close();
  });
});
