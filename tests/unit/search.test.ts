import { describe, expect, it } from 'vitest';
import { excerptSegments, searchState, stateToSearch } from '../../src/lib/search/ui.ts';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexSite, SearchIndexError, searchableMatcher, searchablePart } from '../../src/lib/search/indexSite.ts';

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
  /** A built site on disk: two notices, a training list, a payout list (never searchable) and a search page. */
  const site = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ygdz-index-'));
    const put = (path: string, html: string) => {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), html);
    };
    const page = (body: string) =>
      `<!DOCTYPE html><html lang="zh-CN"><head><style>.x{}</style></head><body><header>站名</header>${body}<footer>页脚</footer></body></html>`;
    put('projects/P1/index.html', page('<main data-pagefind-body><h1>道路工程</h1></main>'));
    put('projects/P2/index.html', page('<main id="main" class="wrap" data-pagefind-body=""><h1>河道</h1></main>'));
    put('projects/P2/payouts/index.html', page('<main><h1>名单</h1></main>'));
    put('trainings/index.html', page('<main data-pagefind-body><h1>培训</h1></main>'));
    put('search/index.html', page('<main><h1>搜索</h1></main>'));
    return dir;
  };
  const fake = (errors: Partial<Record<'create' | 'add' | 'write', string[]>>, pages = 3) => {
    let closed = false;
    const added: { url?: string; content: string }[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const api = {
      createIndex: async () => ({
        errors: errors.create ?? [],
        index: {
          addHTMLFile: async (f: { url?: string; content: string }) => {
            added.push(f);
            inFlight++;
            maxInFlight = Math.max(maxInFlight, inFlight);
            await new Promise((turn) => setTimeout(turn, 1));
            inFlight--;
            return { errors: errors.add ?? [], file: { url: f.url, meta: {}, uniqueWords: 1 } };
          },
          writeFiles: async ({ outputPath }: { outputPath: string }) => {
            mkdirSync(outputPath, { recursive: true });
            writeFileSync(
              join(outputPath, 'pagefind-entry.json'),
              JSON.stringify({ languages: { 'zh-cn': { page_count: pages } } }),
            );
            return { errors: errors.write ?? [], outputPath };
          },
        },
      }),
      close: async () => {
        closed = true;
        return null;
      },
    };
    return {
      api: api as unknown as Parameters<typeof indexSite>[0],
      closed: () => closed,
      added,
      maxInFlight: () => maxInFlight,
    };
  };

  it('hands Pagefind each searchable page by its address, and reports pages indexed and files written', async () => {
    const f = fake({});
    await expect(indexSite(f.api, site())).resolves.toMatchObject({ filesRead: 3, pages: 3, files: 1 });
    // In address order, one at a time: the index depends on the order pages arrive in.
    expect(f.added.map((a) => a.url)).toEqual(['/projects/P1/', '/projects/P2/', '/trainings/']);
    expect(f.maxInFlight()).toBe(1);
    expect(f.closed()).toBe(true);
  });
  it('gives Pagefind only the <html> tag and the body element, not the head, header or footer', async () => {
    const f = fake({});
    await indexSite(f.api, site());
    const p2 = f.added.find((a) => a.url === '/projects/P2/')!.content;
    expect(p2).toBe(
      '<!DOCTYPE html><html lang="zh-CN"><head></head><body><main id="main" class="wrap" data-pagefind-body=""><h1>河道</h1></main></body></html>',
    );
    expect(searchablePart('<p>no body mark</p>')).toBe('<p>no body mark</p>');
  });
  it('matches the searchable paths and no others', () => {
    const m = searchableMatcher(['projects/*/index.html', 'about/index.html']);
    expect(['projects/P1/index.html', 'about/index.html'].every(m)).toBe(true);
    expect(['projects/P1/print/index.html', 'projects/index.html', 'xabout/index.html'].some(m)).toBe(false);
  });
  it.each(['create', 'add', 'write'] as const)(
    'fails the build when %s reports errors, and still stops Pagefind',
    async (step) => {
      const f = fake({ [step]: ['boom'] });
      await expect(indexSite(f.api, site())).rejects.toThrow(SearchIndexError);
      expect(f.closed()).toBe(true);
    },
  );
  it('fails when no page was indexed', async () => {
    await expect(indexSite(fake({}, 0).api, site())).rejects.toThrow('没有找到可索引的页面');
  });
});
