/**
 * The A4 notice for the village board, printed by Chromium from the hand-written folder tests/fixtures/print-notice
 * (its README.md lists the facts used here): a proper 公示 on one sheet at 12 pt or more, and the two columns that
 * feed it (日工资标准, 报名方式) validated.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';
import { buildFixture, fixture, runScript, tempDir } from '../helpers/site.ts';

/** A4 is 210 × 297 mm; the notice's @page margins are 12 mm (top, bottom) and 14 mm: 273 mm of height. */
const MM = 96 / 25.4;
const A4_WIDTH = Math.round(210 * MM);
const SHEET_HEIGHT = 273 * MM;
/** 12 pt at 96 px to the inch. */
const PT12 = 16;

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  const site = buildFixture('print-notice', { SITE_TODAY: '2024-05-20' });
  server = await serve(site);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The notice of a project under print media, laid out at the width of an A4 sheet. */
async function printed(id: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: A4_WIDTH, height: 1123 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/projects/${id}/print/`);
  await page.emulateMedia({ media: 'print' });
  return page;
}

/** Pages of the PDF Chromium prints, each checked to be A4. */
async function sheets(page: Page): Promise<number> {
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  // A4 is 595.28 × 841.89 points; Chromium rounds the page box to whole pixels.
  for (const [, w, h] of boxes) {
    expect(Math.abs(Number(w) - 595)).toBeLessThanOrEqual(2);
    expect(Math.abs(Number(h) - 842)).toBeLessThanOrEqual(2);
  }
  return boxes.length;
}

const board = (page: Page) => page.locator('.board').innerText();

describe('the printed notice is one A4 sheet that the notice uses', () => {
  it.each(['PN2024-001', 'PN2024-002', 'PN2022-001'])('%s prints on exactly one sheet', async (id) => {
    const page = await printed(id);
    expect(await sheets(page)).toBe(1);
    await page.context().close();
  });

  it.each(['PN2024-001', 'PN2024-002', 'PN2022-001'])('%s fills at least 60%% of the sheet', async (id) => {
    const page = await printed(id);
    const box = (await page.locator('.board').boundingBox())!;
    expect(box.height / SHEET_HEIGHT).toBeGreaterThanOrEqual(0.6);
    expect(box.height).toBeLessThanOrEqual(SHEET_HEIGHT);
    await page.context().close();
  });

  it.each(['PN2024-001', 'PN2024-002', 'PN2024-003'])('%s has body text of at least 12 pt', async (id) => {
    const page = await printed(id);
    const sizes = await page
      .locator('.board p:not(.board-kicker), .board td, .board th, .board li, .board dd, .board dt')
      .evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(sizes.length).toBeGreaterThan(10);
    for (const s of sizes) expect(s).toBeGreaterThanOrEqual(PT12);
    await page.context().close();
  });

  it('a notice too long for one sheet at 12 pt runs onto two numbered sheets, the 落款 kept with the 监督 block', async () => {
    const page = await printed('PN2024-003');
    expect(await sheets(page)).toBe(2);
    const end = page.locator('.board-end');
    expect(await end.innerText()).toContain('五、监督方式');
    expect(await end.innerText()).toContain('2024年5月15日');
    expect(await end.evaluate((e) => getComputedStyle(e).breakInside)).toBe('avoid');
    await page.context().close();
  });
});

describe('the printed notice is a proper 公示', () => {
  it('opens with the sentence notices use, citing the 管理办法 only from the day it was in force', async () => {
    const page = await printed('PN2024-001');
    expect(await page.locator('.board-lead').innerText()).toBe(
      '根据《国家以工代赈管理办法》有关规定，现将槐坪村道路硬化工程有关情况公示如下：',
    );
    await page.goto(`${server.url}/projects/PN2022-001/print/`);
    expect(await page.locator('.board-lead').innerText()).toBe(
      '根据以工代赈项目管理有关规定，现将桃坪村排灌沟渠建设工程有关情况公示如下：',
    );
    await page.context().close();
  });

  it('signs with the project’s own office and date, else the site’s publisher and the first day of the 公示', async () => {
    const page = await printed('PN2024-001');
    const sig = page.locator('[data-board="signature"]');
    expect(await sig.locator('p').allInnerTexts()).toEqual(['岚溪县槐坪镇人民政府', '2024年3月8日']);
    // Bottom right: the 落款 ends at the right of the text, below the phone numbers.
    const list = (await page.locator('.board-bottom ul').boundingBox())!;
    const box = (await sig.boundingBox())!;
    expect(box.y).toBeGreaterThan(list.y + list.height - 1);

    await page.goto(`${server.url}/projects/PN2024-002/print/`);
    expect(await sig.locator('p').allInnerTexts()).toEqual(['岚溪县发展和改革局', '2024年4月1日']);
    await page.context().close();
  });

  it('carries no other date than the 公示期 and the 落款 (no 数据更新于)', async () => {
    const page = await printed('PN2024-001');
    const text = await board(page);
    expect(text).not.toContain('数据更新于');
    expect(text).not.toContain('2024年5月20日'); // site.json's dataUpdated
    await page.context().close();
  });

  it('states 日工资标准 and 报名方式 where the ledger gives them, and leaves them out where it does not', async () => {
    const page = await printed('PN2024-001');
    expect(await page.locator('[data-board="daily-wage"]').innerText()).toBe('日工资标准：150元/天');
    expect(await page.locator('[data-board="sign-up"]').innerText()).toBe(
      '报名方式：到槐坪村村委会报名，或拨打 0123-5550101',
    );

    await page.goto(`${server.url}/projects/PN2024-002/print/`);
    let text = await board(page);
    expect(text).not.toContain('日工资标准');
    expect(text).not.toContain('报名方式');

    await page.goto(`${server.url}/projects/PN2022-001/print/`);
    text = await board(page);
    expect(await page.locator('[data-board="daily-wage"]').innerText()).toBe('日工资标准：不低于130元/天');
    expect(text).not.toContain('报名方式');
    await page.context().close();
  });

  it('states the planned work and pay in 万元, the complaint lines and the QR code to the online notice', async () => {
    const page = await printed('PN2024-001');
    const text = await board(page);
    expect(text).toContain('本项目计划吸纳当地群众务工20 人，预计发放劳务报酬24.00 万元。');
    expect(text).toContain('公示期：2024年3月10日 至 2024年3月16日');
    for (const n of ['0123-5550100', '0123-5512345', '12317']) expect(text).toContain(n);
    expect(await page.locator('.board svg.qr').isVisible()).toBe(true);
    expect(text).toContain('https://ygdz.lanxi.example.cn/projects/PN2024-001/');
    await page.context().close();
  });

  it.each([360, 1280])('reads on a screen %i px wide, axe-clean, without sideways scrolling', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: width === 360 ? 740 : 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/projects/PN2024-002/print/`);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.goto(`${server.url}/projects/PN2024-001/print/`);
    // Each fact cell holds at least three characters.
    const cells = await page.locator('.board-facts td').evaluateAll((els) => els.map((e) => e.clientWidth));
    for (const w of cells) expect(w).toBeGreaterThanOrEqual(3 * PT12);
    await context.close();
  });
});

describe('日工资标准 and 报名方式 are checked when the ledger is read', () => {
  type Problem = { severity: string; file: string; line: number; column: string; message: string };
  /** Validates the fixture with PN2024-001's 报名方式 (line 2) and PN2022-001's 日工资标准 (line 9) replaced. */
  function validate(signUp: string, wage: string): { status: number | null; problems: Problem[] } {
    const dir = tempDir('print-bad-');
    for (const f of readdirSync(fixture('print-notice'))) copyFileSync(join(fixture('print-notice'), f), join(dir, f));
    const csv = readFileSync(join(dir, 'projects.csv'), 'utf8')
      .replace('到槐坪村村委会报名，或拨打 0123-5550101', signUp)
      .replace('不低于130元/天', wage);
    writeFileSync(join(dir, 'projects.csv'), csv);
    const r = runScript('validate.ts', [dir, '--json']);
    const problems = (JSON.parse(r.stdout) as { problems: Problem[] }).problems.filter(
      (p) => p.column === '报名方式' || p.column === '日工资标准',
    );
    return { status: r.status, problems };
  }

  it('a 报名方式 over 100 characters is an error on its line; a 日工资标准 without an amount is a warning', () => {
    const r = validate(`到村委会报名${'一'.repeat(95)}`, '面议'); // 6 + 95 = 101 characters
    expect(r.status).toBe(1);
    expect(r.problems.map(({ severity, file, line, column }) => ({ severity, file, line, column }))).toEqual([
      { severity: 'error', file: 'projects.csv', line: 2, column: '报名方式' },
      { severity: 'warning', file: 'projects.csv', line: 9, column: '日工资标准' },
    ]);
    expect(r.problems[0].message).toContain('最多 100 个字（现在 101 个）');
  });

  it('100 characters of 报名方式 and 30 of 日工资标准 are accepted; 31 of 日工资标准 are not', () => {
    const ok = validate(`到村委会报名${'一'.repeat(94)}`, `普工150元/天${'一'.repeat(22)}`); // 100 and 8 + 22 = 30
    expect(ok.status).toBe(0);
    expect(ok.problems).toEqual([]);
    const long = validate('到村委会报名', `普工150元/天${'一'.repeat(23)}`); // 31
    expect(long.problems.map((p) => [p.severity, p.line, p.column])).toEqual([['error', 9, '日工资标准']]);
  });
});
