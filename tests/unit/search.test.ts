import { describe, expect, it } from 'vitest';
import { excerptSegments, searchState, stateToSearch } from '../../src/lib/search/ui.ts';
import { indexSite, SearchIndexError } from '../../src/lib/search/indexSite.ts';

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

describe('indexing the built site', () => {
  const fake = (errors: Partial<Record<'create' | 'add' | 'write', string[]>>, pages = 3) => {
    let closed = false;
    const api = {
      createIndex: async () => ({
        errors: errors.create ?? [],
        index: {
          addDirectory: async () => ({ errors: errors.add ?? [], page_count: pages }),
          writeFiles: async () => ({ errors: errors.write ?? [], outputPath: 'x' }),
          getFiles: async () => ({
            errors: [],
            files: [
              {
                path: 'pagefind-entry.json',
                content: new TextEncoder().encode('{"languages":{"zh-cn":{"page_count":2}}}'),
              },
            ],
          }),
        },
      }),
      close: async () => {
        closed = true;
        return null;
      },
    };
    return { api: api as unknown as Parameters<typeof indexSite>[0], closed: () => closed };
  };

  it('reports pages indexed and files written', async () => {
    const f = fake({});
    await expect(indexSite(f.api, 'dist')).resolves.toMatchObject({ filesRead: 3, pages: 2, files: 1 });
    expect(f.closed()).toBe(true);
  });
  it.each(['create', 'add', 'write'] as const)(
    'fails the build when %s reports errors, and still stops Pagefind',
    async (step) => {
      const f = fake({ [step]: ['boom'] });
      await expect(indexSite(f.api, 'dist')).rejects.toThrow(SearchIndexError);
      expect(f.closed()).toBe(true);
    },
  );
  it('fails when no page was found', async () => {
    await expect(indexSite(fake({}, 0).api, 'dist')).rejects.toThrow('没有找到可索引的页面');
  });
});
