/**
 * Chinese full-text search on the hand-written folder tests/fixtures/search (its README.md lists the words and
 * where they are), run with the built site's own pagefind.js in Node.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPagefind } from '../../scripts/pagefindNode.ts';
import { buildFixture, listFiles, page, textOf } from '../helpers/site.ts';
import type { PagefindJs, ResultData } from '../../src/lib/search/ui.ts';

const NOTICES = ['SF2023-001', 'SF2023-002', 'SF2024-001', 'SF2024-002', 'SF2024-003'].map((id) => `/projects/${id}/`);
const [P23_1, P23_2, P24_1, P24_2, P24_3] = NOTICES;
const TRAININGS = '/trainings/';

/** Words residents and journalists search with, and the data pages of the fixture that contain each. */
const WHERE: Record<string, string[]> = {
  石门口村: [P24_1, P23_1],
  清淤: [P24_1, P23_1],
  // SX2024-01 is linked to SF2024-003, so /trainings/ names 西泊子社区道路改造工程.
  道路: [P24_2, P24_3, TRAININGS],
  衬砌: [P23_2],
  烟台通衢路桥有限公司: [P24_2, P24_3],
  山东正衡工程监理有限公司: [P24_1, P24_3],
  钢筋工: [P24_3, TRAININGS],
  南庄村: [P23_2, TRAININGS],
  院格庄街道: [P23_2, TRAININGS],
  'SF2024-002': [P24_2],
};
/** More words from the fixture, whose pages are found by reading every indexed page. */
const MORE = [
  '水利',
  '交通',
  '农业农村',
  '硬化',
  '护坡',
  '塘坝',
  '水渠',
  '排水沟',
  '人行道',
  '溢洪道',
  '苗木',
  '摊铺',
  '大疃村',
  '西泊子社区',
  '解甲庄街道',
  '黄海路街道',
  '烟台石门水利工程有限公司',
  '烟台丰禾农业工程有限公司',
  '烟台市莱山区水务局',
  '电工',
  '培训',
  '施工',
  '监理',
  '验槽',
  'SF2023-001',
  'SF2024-003',
];

let pagefind: PagefindJs;
let pages: ResultData[];
let site: string;

beforeAll(async () => {
  site = buildFixture('search', { SITE_TODAY: '2024-06-30' });
  pagefind = (await loadPagefind(site)).pagefind;
  const all = await pagefind.search(null);
  pages = await Promise.all(all.results.map((r) => r.data()));
});

const text = (d: ResultData) => d.content.replace(/\u200B/g, '').toLowerCase();
const urlsFor = async (term: string | null, filters: Record<string, string> = {}) =>
  (await Promise.all((await pagefind.search(term, { filters })).results.map(async (r) => (await r.data()).url))).sort();
/** Only the pages made from the ledgers: news and about are hand-written MDX, not part of the fixture. */
const dataPages = (urls: string[]) => urls.filter((u) => u.startsWith('/projects/') || u === TRAININGS);

describe('Chinese full-text search (the built pagefind.js, run in Node)', () => {
  it('indexes notices, trainings, news and about; not payout lists, lists or stats', () => {
    const urls = pages.map((p) => p.url).sort();
    expect(urls.filter((u) => u.startsWith('/projects/'))).toEqual([...NOTICES].sort());
    expect(urls).toContain(TRAININGS);
    expect(urls).toContain('/about/');
    const news = listFiles(join(site, 'news')).filter((f) => /news\/[^/]+\/index\.html$/.test(f));
    expect(urls.filter((u) => u.startsWith('/news/'))).toHaveLength(news.length);
    const unindexed = (u: string) => /payouts|print|stats|data|search/.test(u) || u === '/' || u === '/projects/';
    expect(urls.filter(unindexed)).toEqual([]);
  });

  it('every built page marked searchable is in the index (the indexer reads only SEARCHABLE_FILES)', () => {
    const marked = listFiles(site)
      .filter((f) => f.endsWith('.html') && readFileSync(f, 'utf8').includes('data-pagefind-body'))
      .map((f) => `/${relative(site, f).replace(/index\.html$/, '')}`)
      .sort();
    expect(marked.length).toBeGreaterThan(NOTICES.length);
    expect(pages.map((p) => p.url).sort()).toEqual(marked);
  });

  it('keeps navigation and footers out of the index', () => {
    for (const p of pages) {
      expect(p.content, p.url).not.toContain('主办单位');
      expect(p.content, p.url).not.toContain('跳到正文');
    }
  });

  it.each(Object.entries(WHERE))('%s finds exactly the data pages that contain it', async (term, want) => {
    expect(dataPages(await urlsFor(term))).toEqual([...want].sort());
  });

  it('finds every page containing each word of the fixture (100% recall)', async () => {
    const terms = [...Object.keys(WHERE), ...MORE];
    let expected = 0;
    const missing: string[] = [];
    for (const term of terms) {
      const want = pages.filter((p) => text(p).includes(term.toLowerCase())).map((p) => p.url);
      expect(want.length, term).toBeGreaterThan(0);
      const got = new Set(await urlsFor(term));
      expected += want.length;
      missing.push(...want.filter((u) => !got.has(u)).map((u) => `${term} → ${u}`));
    }
    expect(missing).toEqual([]);
    expect(expected).toBeGreaterThan(60);
  });

  it('a project number is found whatever its case', async () => {
    expect(dataPages(await urlsFor('sf2024-002'))).toEqual([P24_2]);
  });

  it('filters by 年度, 街道, 行业领域, 项目类型 and 项目状态', async () => {
    const filters = await pagefind.filters();
    expect(Object.keys(filters).sort()).toEqual(['年度', '街道', '行业领域', '项目状态', '项目类型'].sort());
    expect(Object.keys(filters['街道']).sort()).toEqual(['解甲庄街道', '院格庄街道', '黄海路街道'].sort());
    expect(await urlsFor('道路', { 街道: '黄海路街道' })).toEqual([P24_3]);
    expect(await urlsFor('清淤', { 年度: '2023' })).toEqual([P23_1]);
    expect(await urlsFor(null, { 行业领域: '水利基础设施' })).toEqual([P23_1, P24_1].sort());
  });

  it('gives results a title, 街道 and 年度, and marks the word in the excerpt', async () => {
    const [first] = (await pagefind.search('石门口村河道清淤工程')).results;
    const d = await first.data();
    expect(d.url).toBe(P24_1);
    expect(d.meta).toMatchObject({ title: '石门口村河道清淤工程', 街道: '解甲庄街道', 年度: '2024' });
    expect(d.excerpt).toContain('<mark>');
  });

  it('an excerpt for a 项目编号 keeps each label apart from its value', async () => {
    const [first] = (await pagefind.search('SF2024-002')).results;
    const d = await first.data();
    expect(d.url).toBe(P24_2);
    const plain = d.excerpt.replace(/<\/?mark>/g, '').replace(/\u200B/g, '');
    expect(plain).toContain('SF2024-002');
    // A label runs into the value after it ("项目编号SF2024-002") or a value into the label after it ("002年度").
    expect(plain).not.toMatch(/(项目编号|年度|项目类型|行业领域)(?![\s\p{P}])/u);
    expect(plain).not.toMatch(/(?<![\s\p{P}])(项目编号|项目类型|行业领域)/u);
  });

  it('print-only text is not indexed: its words find nothing', async () => {
    // Whatever the notices print only on paper, read from the built pages themselves.
    const printOnly = NOTICES.flatMap((url) =>
      [
        ...page(`${url.slice(1)}index.html`, site).matchAll(
          /<(\w+)[^>]*class="[^"]*\bprint-only\b[^"]*"[^>]*>([\s\S]*?)<\/\1>/g,
        ),
      ].map((m) => textOf(m[2]).trim()),
    );
    // The line naming the page it was printed from ("本公示打印自 …") is on paper only: 打印 is on no screen text.
    const printedFrom = printOnly.filter((t) => t.includes('打印'));
    expect(printedFrom.length).toBeGreaterThanOrEqual(NOTICES.length);
    const indexed = pages.map(text).join('\n');
    for (const sentence of printedFrom) expect(indexed).not.toContain(sentence.toLowerCase());
    expect(indexed).not.toContain('打印');
    expect(await urlsFor('打印')).toEqual([]);
    expect(await urlsFor('打印自')).toEqual([]);
  });

  it('wrote the index into the site', () => {
    expect(listFiles(join(site, 'pagefind')).some((f) => f.endsWith('pagefind-entry.json'))).toBe(true);
  });
});
