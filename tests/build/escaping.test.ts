/**
 * Text a clerk might paste is data, never markup or a formula. tests/fixtures/escaping holds it, all valid:
 * every hostile cell there carries its own number (alert(1) … alert(11)), so a failure names the cell that leaked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';
import { buildFixture, listFiles, page, textOf } from '../helpers/site.ts';

/** Cells of tests/fixtures/escaping, as the CSV files spell them once unquoted. */
const CELL = {
  name: '<script>alert(1)</script>道路',
  location: '"><img src=x onerror=alert(2)>村',
  owner: '<b onmouseover=alert(3)>建设单位</b>',
  content: '</script><img src=x onerror=alert(4)>\n"引号" & \'单引号\' &amp; &lt;b&gt;',
  tasks: ['<svg onload=alert(5)>', 'javascript:alert(6)'],
  village: '</textarea><iframe src=javascript:alert(7)>',
  trainingOrg: '<a href=javascript:alert(8)>区人社局</a>',
  publisher: '测试区<script>alert(9)</script>发展和改革局',
  finding: '<script>alert(11)</script>台账齐全',
  // Formulas a spreadsheet would run when a download is opened.
  contractor: "=cmd|' /C calc'!A0",
  supervisor: "@SUM(1+1)*cmd|' /C calc'!A0",
  mediator: "+cmd|' /C calc'!A0",
  trainingName: '=HYPERLINK("http://x.example/","点我")',
  inspector: '@区发改局',
};

let site: string;
beforeAll(() => {
  site = buildFixture('escaping', { SITE_TODAY: '2024-06-30' });
});

describe('text from the ledgers is data, never markup', () => {
  it('no page contains the hostile markup unescaped, and the pages show it as text', () => {
    const files = listFiles(site).filter((f) => f.endsWith('.html') || f.endsWith('.xml'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      // Inside a double-quoted attribute value only " and & matter, and " must be escaped there: take the
      // values out, and what is left must hold no tag from the data.
      const s = readFileSync(f, 'utf8').replace(/="[^"]*"/g, '=""');
      const bad = ['<script>alert', '<img src=x', '<b onmouseover', '<svg onload', '<iframe src', '<a href=javascript'];
      for (const b of bad) expect(s, f).not.toContain(b);
    }
    const notice = textOf(page('projects/ES2024-001/index.html', site));
    const shown = [CELL.name, CELL.location, CELL.owner, ...CELL.tasks, CELL.trainingOrg, CELL.finding, CELL.publisher];
    for (const t of shown) expect(notice).toContain(t);
    // The content keeps its line break and its entities stay literal text.
    expect(notice).toContain('"引号" & \'单引号\' &amp; &lt;b&gt;');
    expect(notice).toContain(CELL.contractor);
    expect(textOf(page('projects/ES2024-001/payouts/index.html', site))).toContain(CELL.village);
  });

  it('every page has a CSP allowing only its own scripts, and loads nothing from another host', () => {
    for (const f of listFiles(site).filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(f, 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(csp, f).toMatch(/default-src 'self'/);
      expect(csp, f).toMatch(/script-src 'self'/);
      // Only the search page may compile Pagefind's WebAssembly ('wasm-unsafe-eval'); nothing may run inline or eval.
      const allowed = f.endsWith('search/index.html') ? "'wasm-unsafe-eval'" : '\0';
      expect(csp.replace(allowed, ''), f).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
      expect(html, f).not.toMatch(/<(script|img|iframe|link[^>]+stylesheet)[^>]+(src|href)="(https?:)?\/\//);
    }
    const external = /url\((['"])?(https?:)?\/\/|@import\s+(url\()?['"]?(https?:)?\/\//;
    for (const f of listFiles(site).filter((x) => /\.(css|js)$/.test(x)))
      expect(readFileSync(f, 'utf8'), f).not.toMatch(external);
  });

  it('nothing runs in a browser', async () => {
    const server = await serve(site);
    const browser = await launch();
    try {
      const dialogs: string[] = [];
      const notice = '/projects/ES2024-001/';
      const paths = [
        '/',
        '/projects/',
        notice,
        `${notice}print/`,
        `${notice}payouts/`,
        '/payouts/',
        '/trainings/',
        '/stats/',
        '/data/',
        '/search/?q=道路',
      ];
      for (const path of paths) {
        const page = await browser.newPage();
        page.on('dialog', (d) => {
          dialogs.push(`${path}: ${d.message()}`);
          void d.dismiss();
        });
        await page.goto(server.url + path);
        await page.waitForLoadState('load');
        if (path === notice) expect(await page.locator('h1').innerText()).toContain(CELL.name);
        if (path === `${notice}payouts/`) expect(await page.locator('tbody').innerText()).toContain(CELL.village);
        if (path.startsWith('/search/')) {
          const results = () => page.locator('[data-search-results] li a').allInnerTexts();
          await expect.poll(results, { timeout: 15_000 }).toContain(CELL.name);
        }
        await page.close();
      }
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 120_000);

  it('every XML and SVG file the build writes is well-formed', () => {
    const files = listFiles(site).filter((f) => /\.(xml|svg)$/.test(f));
    expect(files.some((f) => f.endsWith('rss.xml'))).toBe(true);
    expect(files.some((f) => f.includes('sitemap'))).toBe(true);
    for (const f of files) {
      const parser = new SaxesParser({ xmlns: true });
      let error: string | undefined;
      parser.on('error', (e) => (error ??= e.message));
      parser.write(readFileSync(f, 'utf8')).close();
      expect(error, f).toBeUndefined();
    }
  });

  it('the feed has the text escaped', () => {
    const xml = readFileSync(join(site, 'rss.xml'), 'utf8');
    expect(xml).toContain('&lt;script&gt;alert(1)');
    expect(xml).not.toContain('<script>');
  });
});

describe('downloads never hand a spreadsheet a formula', () => {
  const rows = (name: string, text = readFileSync(join(site, 'data', name), 'utf8')) =>
    Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

  it('cells starting with = + - @ get a leading apostrophe; markup stays as it was', () => {
    const [p] = rows('projects.csv');
    expect(p['施工单位']).toBe(`'${CELL.contractor}`);
    expect(p['监理单位']).toBe(`'${CELL.supervisor}`);
    expect(p['矛盾协调联系人']).toBe(`'${CELL.mediator}`);
    expect(p['项目名称']).toBe(CELL.name);
    expect(p['建设内容']).toBe(CELL.content);
    expect(rows('trainings.csv')[0]['培训名称']).toBe(`'${CELL.trainingName}`);
    expect(rows('inspections.csv')[0]['检查单位']).toBe(`'${CELL.inspector}`);
  });

  it('no cell of any CSV, nor of the ZIP, starts like a formula', () => {
    const formula = /^[=+@\t\r]|^-(?!\d)/;
    const csvs = listFiles(join(site, 'data')).filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(5);
    const zip = unzipSync(readFileSync(join(site, 'data', 'ygdz-open-data.zip')));
    const zipped = Object.entries(zip).filter(([n]) => n.endsWith('.csv'));
    expect(zipped.length).toBe(csvs.length);
    const texts = [
      ...csvs.map((f) => [f, readFileSync(f, 'utf8')]),
      ...zipped.map(([n, b]) => [`zip:${n}`, new TextDecoder().decode(b)]),
    ];
    for (const [name, text] of texts)
      for (const r of rows('', text)) for (const v of Object.values(r)) expect(v, name).not.toMatch(formula);
  });
});
