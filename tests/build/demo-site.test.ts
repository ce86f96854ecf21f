/**
 * The shipped demo (data/, seeded random output of scripts/generate-demo.ts) keeps three checks: it builds with
 * every page type, the home page states the seed's 2023 figures, and two builds on one day are byte-identical.
 * Its roster is also scanned for personal data. Behaviour is tested on hand-written folders in tests/fixtures/,
 * so changing the generator breaks none of those tests.
 */
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { folderSource } from '../../src/lib/ingest/fsSource.ts';
import { personalSecrets } from '../helpers/ledgers.ts';
import { buildDemo, DIST, listFiles, page, ROOT, scanForSecrets, tempDir, textOf, treeHash } from '../helpers/site.ts';

/** Both demo builds are made "on" this day, so their 公示 states agree. */
const BUILT_ON = '2024-01-15';

beforeAll(() => buildDemo({ SITE_TODAY: BUILT_ON }));

/** 项目编号, 项目名称 and 年度 of every project in data/projects.csv. */
function demoProjects(): Array<{ id: string; name: string; year: string }> {
  const text = readFileSync(join(ROOT, 'data/projects.csv'), 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  return rows.map((r) => ({ id: r['项目编号'], name: r['项目名称'], year: r['年度'] }));
}

describe('the demo site', () => {
  it('builds, with every page type', () => {
    const projects = demoProjects();
    expect(projects.length).toBeGreaterThan(0);
    const years = [...new Set(projects.map((p) => p.year))];
    const files = [
      'index.html',
      '404.html',
      'projects/index.html',
      'payouts/index.html',
      'trainings/index.html',
      'about/index.html',
      'about/data/index.html',
      'stats/index.html',
      'stats/methodology/index.html',
      'data/index.html',
      'data/ygdz-open-data.zip',
      'search/index.html',
      'pagefind/pagefind.js',
      'news/index.html',
      'rss.xml',
      'sitemap-index.xml',
      ...years.map((y) => `stats/${y}/index.html`),
      ...projects.flatMap((p) => [`projects/${p.id}/index.html`, `projects/${p.id}/print/index.html`]),
    ];
    const have = new Set(listFiles(DIST).map((f) => f.slice(DIST.length + 1)));
    expect(files.filter((f) => !have.has(f))).toEqual([]);
    expect([...have].some((f) => /^projects\/[^/]+\/payouts\/index\.html$/.test(f))).toBe(true);
    expect([...have].some((f) => /^news\/[^/]+\/index\.html$/.test(f))).toBe(true);
    for (const p of projects) {
      const html = page(`projects/${p.id}/index.html`);
      expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN"/i);
      expect(textOf(html)).toContain(p.name);
    }
  });

  it("states the seed's five 2023 figures with their units on the home page", () => {
    const html = page('index.html');
    const list = /<ul class="figures" aria-label="2023年主要数据">([\s\S]*?)<\/ul>/.exec(html);
    expect(list).not.toBeNull();
    // label + value + unit of each headline figure, as a reader sees them
    const figures = [...list![1].matchAll(/<li data-figure="(\w+)">([\s\S]*?)<\/li>/g)].map(([, key, inner]) => [
      key,
      textOf(inner.replace(/<span class="fine">[\s\S]*$/, '')).replace(/\s+/g, ''),
    ]);
    expect(Object.fromEntries(figures)).toMatchObject({
      projects: '以工代赈项目18个',
      workers: '吸纳务工369人',
      classes: '技能培训8期',
      hours: '培训时长320学时',
      trainees: '培训人次258人次',
    });
  });
});

/**
 * Every personal value in the demo data: every column the ledger registry marks personal (names, ID numbers,
 * phones, birth dates) in every ledger, an ID number also as its birth date in three spellings. A new ledger
 * with personal columns is scanned without touching this test.
 */
async function personalValues(): Promise<Set<string>> {
  const { secrets, rows } = await personalSecrets(folderSource(join(ROOT, 'data')));
  expect(rows.get('workers.csv')).toBeGreaterThan(369);
  return secrets;
}

describe('privacy: no personal value of any ledger reaches dist/', () => {
  it('no name, ID number, phone number or birth date appears in any file, gzip included', async () => {
    const files = listFiles(DIST);
    expect(files.length).toBeGreaterThan(18);
    expect(scanForSecrets(DIST, await personalValues())).toEqual([]);
  });

  it('the scan finds a planted name and a planted gzipped ID number (so it can fail)', async () => {
    const secrets = await personalValues();
    const [name, id] = [...secrets];
    const dir = mkdtempSync(join(tmpdir(), 'ygdz-plant-'));
    writeFileSync(join(dir, 'page.html'), `<p>${name}</p>`);
    writeFileSync(join(dir, 'fragment.pf'), gzipSync(Buffer.from(`{"content":"${id}"}`)));
    const found = scanForSecrets(dir, secrets).map((h) => h.split(': ')[1]);
    expect(found).toEqual(expect.arrayContaining([name, id, id.slice(6, 14)])); // the ID also carries the birth date
  });
});

describe('determinism', () => {
  it('two builds of data/ on the same day are byte-identical', () => {
    const again = join(tempDir('again-'), 'dist');
    buildDemo({ SITE_TODAY: BUILT_ON }, again);
    expect(treeHash(again)).toBe(treeHash(DIST));
  }, 300_000);
});
