import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPagefind } from '../../scripts/pagefindNode.ts';
import { buildDemo, demoContent, DIST, listFiles } from '../helpers/site.ts';
import type { PagefindJs, ResultData } from '../../src/lib/search/ui.ts';

let pagefind: PagefindJs;
let pages: ResultData[];
const gen = (f: string) => JSON.parse(readFileSync(join(demoContent(), f), 'utf8'));

beforeAll(async () => {
  buildDemo();
  pagefind = (await loadPagefind(DIST)).pagefind;
  const all = await pagefind.search(null);
  pages = await Promise.all(all.results.map((r) => r.data()));
});

/** The vocabulary residents and journalists search with, drawn from the demo data. */
function vocabulary(): string[] {
  const projects = gen('projects.json') as Array<Record<string, string>>;
  const trainings = gen('trainings.json') as Array<Record<string, string>>;
  const words = ['水利', '道路', '河道', '清淤', '绿化', '硬化', '农田', '水闸', '塘坝', '护坡', '沟渠', '管网', '整治', '修复', '市政', '培训', '监理', '施工'];
  const uniq = (xs: Array<string | undefined>) => [...new Set(xs.filter((x): x is string => !!x))];
  return uniq([
    ...words,
    ...projects.map((p) => p.location),
    ...projects.map((p) => p.subdistrict),
    ...projects.flatMap((p) => [p.contractor, p.supervisor, p.owner]),
    ...trainings.map((t) => t.trade),
    ...projects.map((p) => p.id).slice(0, 6),
  ]);
}

const text = (d: ResultData) => d.content.replace(/\u200B/g, '').toLowerCase();

describe('Chinese full-text search (the built pagefind.js, run in Node)', () => {
  it('indexes notices, trainings, news and about; not payout lists, lists or stats', () => {
    const urls = pages.map((p) => p.url).sort();
    expect(urls.filter((u) => /^\/projects\/LS2023-\d{3}\/$/.test(u))).toHaveLength(18);
    expect(urls).toContain('/trainings/');
    expect(urls).toContain('/about/');
    expect(urls.filter((u) => u.startsWith('/news/'))).toHaveLength(3);
    expect(urls.filter((u) => /payouts|print|stats|data|search/.test(u) || u === '/' || u === '/projects/')).toEqual([]);
  });

  it('keeps navigation and footers out of the index', () => {
    for (const p of pages) {
      expect(p.content, p.url).not.toContain('主办单位');
      expect(p.content, p.url).not.toContain('跳到正文');
    }
  });

  it('finds every page containing each of at least 40 terms from the data (100% recall)', async () => {
    const terms = vocabulary();
    expect(terms.length).toBeGreaterThanOrEqual(40);
    let expected = 0;
    let found = 0;
    const missing: string[] = [];
    for (const term of terms) {
      const want = pages.filter((p) => text(p).includes(term.toLowerCase())).map((p) => p.url);
      const got = new Set(await Promise.all((await pagefind.search(term)).results.map(async (r) => (await r.data()).url)));
      expected += want.length;
      for (const u of want) if (got.has(u)) found++;
      else missing.push(`${term} → ${u}`);
    }
    console.log(`search recall: ${found}/${expected} pages over ${terms.length} terms = ${((found / expected) * 100).toFixed(1)}%`);
    expect(missing).toEqual([]);
    expect(expected).toBeGreaterThan(100);
  });

  it('filters by 年度, 街道, 行业领域, 项目类型 and 项目状态', async () => {
    const filters = await pagefind.filters();
    expect(Object.keys(filters).sort()).toEqual(['年度', '街道', '行业领域', '项目状态', '项目类型'].sort());
    const r = await pagefind.search('道路', { filters: { 街道: '解甲庄街道' } });
    const data = await Promise.all(r.results.map((x) => x.data()));
    expect(data.length).toBeGreaterThan(0);
    for (const d of data) expect(d.meta['街道']).toBe('解甲庄街道');
  });

  it('gives results a title, 街道 and 年度', async () => {
    const [first] = (await pagefind.search('于家汤河河道修复工程')).results;
    const d = await first.data();
    expect(d.meta).toMatchObject({ title: '于家汤河河道修复工程', 街道: '解甲庄街道', 年度: '2023' });
    expect(d.excerpt).toContain('<mark>');
  });

  it('wrote the index into dist/', () => {
    expect(listFiles(join(DIST, 'pagefind')).some((f) => f.endsWith('pagefind-entry.json'))).toBe(true);
  });
});
