import { describe, expect, it } from 'vitest';
import { excerptSegments, searchState, stateToSearch } from '../../src/lib/search/ui.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleRuntime, globFiles, indexSite, SearchIndexError, writeIndex } from '../../src/lib/search/indexSite.ts';
import { extractPage } from '../../src/lib/search/extract.ts';
import { decodePostings, encodePostings, excerpt, queryKeys } from '../../src/lib/search/tokens.ts';
import { loadPagefind } from '../../scripts/pagefindNode.ts';
import { tempDir } from '../helpers/site.ts';

describe('search page state', () => {
  it('reads the query and the filters from the URL, ignoring others', () => {
    expect(
      searchState('?q=%E9%81%93%E8%B7%AF&%E8%A1%97%E9%81%93=%E8%A7%A3%E7%94%B2%E5%BA%84%E8%A1%97%E9%81%93&utm=x'),
    ).toEqual({ q: '道路', filters: { 街道: '解甲庄街道' } });
    expect(searchState('')).toEqual({ q: '', filters: {} });
  });
  it('writes a shareable URL in a fixed order', () => {
    expect(decodeURIComponent(stateToSearch({ q: '道路', filters: { 街道: '解甲庄街道', 年度: '2023' } }))).toBe(
      '?q=道路&年度=2023&街道=解甲庄街道',
    );
    expect(stateToSearch({ q: '', filters: {} })).toBe('');
  });
});

describe('excerpts', () => {
  it('keeps the highlight and turns every other tag into text', () => {
    expect(excerptSegments('修复<mark>于家汤村</mark>河道 &lt;img src=x onerror=alert(1)&gt; <b>粗</b>')).toEqual([
      { text: '修复', mark: false },
      { text: '于家汤村', mark: true },
      { text: '河道 <img src=x onerror=alert(1)> <b>粗</b>', mark: false },
    ]);
  });
});

describe('reading a built page', () => {
  const html = (body: string) =>
    `<!doctype html><html lang="zh-CN"><head><title>x</title><script>var 脚本=1</script></head><body><nav>导航</nav>${body}<footer>页脚</footer></body></html>`;

  it('indexes the body only, less ignored, print-only, script and SVG text; blocks separate words', () => {
    const p = extractPage(
      html(
        `<main data-pagefind-body><h1>石门口村<br/>清淤</h1><p>项目&amp;编号</p><dl><dt>年度</dt><dd>2024年</dd></dl>` +
          `<div data-pagefind-ignore>不要<b>这个</b></div><p class="x print-only">打印自</p><svg><text>图</text></svg>` +
          `<script>var a = "<p>";</script><p>末尾 &lt;img&gt;</p></main>`,
      ),
      ['print-only'],
    )!;
    expect(p.text).toBe('石门口村 清淤 项目&编号 年度 2024年 末尾 <img>');
    expect(p.meta).toEqual({ title: '石门口村 清淤' });
  });

  it('reads meta and filters, from text or name:value', () => {
    const p = extractPage(
      html(
        `<main data-pagefind-body><h1>标题 <span data-pagefind-meta="title">工程</span></h1>` +
          `<span data-pagefind-filter="街道" data-pagefind-meta="街道">解甲庄街道</span>` +
          `<dd data-pagefind-filter="行业领域"><span>水利</span></dd><dd data-pagefind-filter="行业领域">交通</dd>` +
          `<i data-pagefind-filter="年度:2024"></i></main>`,
      ),
    )!;
    expect(p.meta).toEqual({ title: '工程', 街道: '解甲庄街道' });
    expect(p.filters).toEqual({ 街道: ['解甲庄街道'], 行业领域: ['水利', '交通'], 年度: ['2024'] });
  });

  it('a page without data-pagefind-body is not searchable', () => {
    expect(extractPage(html('<main><h1>列表</h1></main>'))).toBeNull();
  });
});

describe('keys, postings and excerpts', () => {
  it('a Chinese query needs each pair of characters; a number each ASCII run, as a prefix', () => {
    expect(queryKeys('解甲庄街道')).toEqual(['解甲', '甲庄', '庄街', '街道']);
    expect(queryKeys('村')).toEqual(['村']);
    expect(queryKeys('SF2024-002 道路')).toEqual(['道路', 'sf2024', '002']);
    expect(queryKeys('ＳＦ２０２４')).toEqual(['sf2024']);
    expect(queryKeys(' ，。 ')).toEqual([]);
    const long = queryKeys('以工代赈项目公示对公示有异议的可以拨打监督电话或者书面反映具体意见和项目编号');
    expect(long).toHaveLength(16);
    expect(long[0]).toBe('以工');
    expect(long[15]).toBe('编号');
  });

  it('postings survive both encodings', () => {
    const sparse = [3, 700, 9999];
    const dense = Array.from({ length: 5000 }, (_, i) => i * 2);
    for (const ids of [sparse, dense]) {
      const enc = Uint8Array.from(encodePostings(ids, ids.length, 10_000));
      const bits = decodePostings(enc, 10_000);
      const back = [...Array(10_000).keys()].filter((i) => bits[i >> 3] & (1 << (i & 7)));
      expect(back).toEqual(ids);
    }
    expect(encodePostings(sparse, 3, 10_000)[0]).toBe(0);
    expect(encodePostings(dense, dense.length, 10_000)[0]).toBe(1);
  });

  it('marks matches, escapes the rest, and starts at a word near the first match', () => {
    const text = `${'前文'.repeat(40)} 项目编号 SF2024-002 年度 2024年 <b>`;
    const e = excerpt(text, 'sf2024-002', 30);
    expect(e.startsWith('项目编号 <mark>SF2024</mark>-<mark>002</mark>')).toBe(true);
    expect(excerpt('a<b>道路', '道路', 20)).toBe('a&lt;b&gt;<mark>道路</mark>');
    expect(excerpt('没有', '道路', 20)).toBe('没有');
  });
});

describe('the search index, run as the browser runs it', () => {
  const notice = (title: string, year: string, street: string, body: string) =>
    `<html><body><main data-pagefind-body><h1><span data-pagefind-meta="title">${title}</span></h1>` +
    `<span data-pagefind-filter="年度" data-pagefind-meta="年度">${year}</span>` +
    `<span data-pagefind-filter="街道">${street}</span><p>${body}</p></main></body></html>`;

  it('finds pages, title matches first then newest first, filters, and opens results', async () => {
    const site = tempDir('search-');
    const pages = {
      'projects/A/index.html': notice('东村水渠工程', '2023', '甲街道', '修建道路旁的水渠'),
      'projects/B/index.html': notice('西村道路硬化', '2023', '乙街道', '硬化'),
      'projects/C/index.html': notice('南村道路工程', '2024', '甲街道', '道路'),
      'projects/D/index.html': '<html><body><main><h1>没有标记</h1>道路</main></body></html>',
      'about/index.html': '<html><body><main data-pagefind-body><h1>关于</h1><p>本站</p></main></body></html>',
    };
    for (const [rel, h] of Object.entries(pages)) {
      mkdirSync(join(site, rel, '..'), { recursive: true });
      writeFileSync(join(site, rel), h);
    }
    expect(globFiles(site, '{projects/*/index.html,about/*/index.html,about/*/*/index.html}')).toEqual(
      ['A', 'B', 'C', 'D'].map((x) => `projects/${x}/index.html`),
    );
    const report = await indexSite(site);
    expect(report).toMatchObject({ filesRead: 5, pages: 4 });
    const { pagefind } = await loadPagefind(site, 'unit');
    const urls = async (q: string | null, filters: Record<string, string> = {}) =>
      Promise.all((await pagefind.search(q, { filters })).results.map(async (r) => (await r.data()).url));
    expect(await urls('道路')).toEqual(['/projects/C/', '/projects/B/', '/projects/A/']);
    expect(await urls('道路', { 街道: '甲街道' })).toEqual(['/projects/C/', '/projects/A/']);
    expect(await urls(null, { 年度: '2023' })).toEqual(['/projects/A/', '/projects/B/']);
    expect(await urls('没有这个词')).toEqual([]);
    expect(await urls('关于')).toEqual(['/about/']);
    expect(await pagefind.filters()).toEqual({ 年度: { 2023: 2, 2024: 1 }, 街道: { 甲街道: 2, 乙街道: 1 } });
    const [first] = (await pagefind.search('水渠')).results;
    const d = await first.data();
    expect(d.meta).toMatchObject({ title: '东村水渠工程', 年度: '2023' });
    expect(d.excerpt).toContain('<mark>水渠</mark>');

    // A browser without DecompressionStream fetches inflate.js and finds the same.
    const g = globalThis as { DecompressionStream?: typeof DecompressionStream };
    const saved = g.DecompressionStream;
    delete g.DecompressionStream;
    try {
      const old = (await loadPagefind(site, 'old-browser')).pagefind;
      const r = (await old.search('道路')).results;
      expect((await r[0].data()).url).toBe('/projects/C/');
      expect(r).toHaveLength(3);
    } finally {
      g.DecompressionStream = saved;
    }
  });

  it('fails when no page was found', async () => {
    await expect(indexSite(tempDir('empty-'))).rejects.toThrow(SearchIndexError);
  });

  it('writes the same files for the same pages', async () => {
    const runtime = await bundleRuntime();
    const page = { url: '/a/', text: '道路 水渠', meta: { title: '甲' }, filters: { 年度: ['2024'] } };
    const a = tempDir('same-');
    const b = tempDir('same-');
    expect(writeIndex([page], a, runtime)).toEqual(writeIndex([page], b, runtime));
    const { listFilesRecursive } = await import('../../scripts/fsList.ts');
    const { readFileSync } = await import('node:fs');
    const read = (d: string) => listFilesRecursive(d).map((f) => [f.slice(d.length), readFileSync(f).toString('hex')]);
    expect(read(a)).toEqual(read(b));
  });
});
