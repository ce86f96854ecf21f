/** scripts/bench-pages.ts on a hand-made site folder: families, the heaviest page of each, and the 150 KB rule. */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageWeights, weightsTable } from '../../scripts/bench-pages.ts';
import { runScript } from '../helpers/site.ts';

const site = mkdtempSync(join(tmpdir(), 'bench-pages-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
const put = (path: string, body: string | Buffer) => {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), body);
};
// Random bytes do not compress: a page of n KB of them weighs about n KB gzipped.
const heavy = (kb: number) => randomBytes(kb * 1024).toString('base64');
put('index.html', '<p>首页</p>');
put('projects/year/2024/index.html', '<p>列表</p>'.repeat(100));
put('projects/year/2024/2/index.html', heavy(200)); // a list page over the limit
put('projects/year/2024.json', '{"rows":[]}');
put('projects/P1/index.html', '<p>公示</p>');
put('projects/P1/payouts/index.html', heavy(200)); // one project's pay list: not held to the limit
put('villages/list/2/index.html', '<li>村</li>');
put('villages/甲村/index.html', '<p>村</p>');
put('data/index.html', '<p>开放数据</p>');
put('data/projects.csv', heavy(300)); // a download, not a page
put('pagefind/chunk.pf', heavy(300));

describe('bench-pages', () => {
  const w = pageWeights(site);
  const family = (name: string) => w.families.find((f) => f.name.startsWith(name));

  it('sorts pages into families and names the heaviest of each', () => {
    expect(family('/projects/year/* ')).toMatchObject({ pages: 2, largestPath: '/projects/year/2024/2/' });
    expect(family('/projects/year/*.json')).toMatchObject({ pages: 1, largestPath: '/projects/year/2024.json' });
    expect(family('/projects/<编号>/payouts/')).toMatchObject({ pages: 1, limited: false });
    expect(family('/villages/ 索引')?.pages).toBe(1);
    expect(family('/villages/<村>/')?.pages).toBe(1);
    expect(family('/data/')?.pages).toBe(1);
    expect(w.families.reduce((a, f) => a + f.pages, 0)).toBe(9);
    expect(weightsTable(w)).toContain('/projects/year/2024/2/');
  });

  it('flags list pages over 150 KB gzipped, not one project’s pages, and the command exits 1 naming them', () => {
    expect(w.over.map((o) => o.path)).toEqual(['/projects/year/2024/2/']);
    const r = runScript('bench-pages.ts', [site]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/projects/year/2024/2/');
    rmSync(join(site, 'projects/year/2024/2'), { recursive: true });
    expect(runScript('bench-pages.ts', [site]).status).toBe(0);
  });
});
