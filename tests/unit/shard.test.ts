import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leadOnly, ownShare, parseShard } from '../../src/lib/site/shard.ts';
import { mergeInto, shardCount, SHARD_FROM_PROJECTS } from '../../scripts/astroShards.ts';
import { writeSitemap } from '../../scripts/sitemap.ts';

describe('shards', () => {
  it('reads k/n and refuses anything else', () => {
    expect(parseShard(undefined)).toEqual({ index: 0, count: 1 });
    expect(parseShard('1/2')).toEqual({ index: 1, count: 2 });
    for (const bad of ['2/2', '0/0', 'a/b', '1', '-1/2']) expect(() => parseShard(bad), bad).toThrow();
  });

  it('deals every item to exactly one shard', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const shares = [0, 1, 2].map((index) => ownShare(items, { index, count: 3 }));
    expect(shares).toEqual([['a', 'd'], ['b', 'e'], ['c']]);
    expect(ownShare(items, { index: 0, count: 1 })).toEqual(items);
  });

  it('leaves site-wide routes to the first shard', () => {
    expect(leadOnly([1, 2], { index: 0, count: 2 })).toEqual([1, 2]);
    expect(leadOnly([1, 2], { index: 1, count: 2 })).toEqual([]);
  });

  it('uses one process for a small site and YGDZ_ASTRO_SHARDS when set', () => {
    expect(shardCount(18, {})).toBe(1);
    expect(shardCount(SHARD_FROM_PROJECTS, {})).toBeGreaterThanOrEqual(1);
    expect(shardCount(18, { YGDZ_ASTRO_SHARDS: '2' })).toBe(2);
    expect(shardCount(99_999, { YGDZ_ASTRO_SHARDS: '1' })).toBe(1);
  });
});

describe('merging shard output', () => {
  const tmp = () => mkdtempSync(join(tmpdir(), 'ygdz-merge-'));
  const put = (root: string, path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  it('moves what one shard has and keeps one copy of identical files', async () => {
    const a = tmp();
    const b = tmp();
    put(a, 'index.html', 'home');
    put(a, 'projects/P1/index.html', 'one');
    put(b, 'index.html', 'home');
    put(b, 'projects/P2/index.html', 'two');
    put(b, 'projects/P2/print/index.html', 'two, printed');
    await mergeInto(b, a);
    expect(readFileSync(join(a, 'projects/P2/print/index.html'), 'utf8')).toBe('two, printed');
    expect(readFileSync(join(a, 'projects/P1/index.html'), 'utf8')).toBe('one');
    expect(existsSync(join(b, 'projects/P2'))).toBe(false);
  });

  it('fails naming the file when two shards rendered it differently', async () => {
    const a = tmp();
    const b = tmp();
    put(a, 'stats/index.html', 'x');
    put(b, 'stats/index.html', 'y');
    await expect(mergeInto(b, a)).rejects.toThrow('stats/index.html');
  });
});

describe('the XML sitemap', () => {
  it('lists pages URL-encoded in code-point order, without 404, printable notices, payout lists or versions', async () => {
    const site = mkdtempSync(join(tmpdir(), 'ygdz-sitemap-'));
    for (const p of [
      '',
      'projects/P1/',
      'projects/P1/print/',
      'projects/P1/payouts/',
      'projects/P1/v/abc/',
      'villages/东村/',
    ])
      mkdirSync(join(site, p), { recursive: true });
    for (const p of [
      '',
      'projects/P1/',
      'projects/P1/print/',
      'projects/P1/payouts/',
      'projects/P1/v/abc/',
      'villages/东村/',
    ])
      writeFileSync(join(site, p, 'index.html'), '<html></html>');
    writeFileSync(join(site, '404.html'), '');
    expect(await writeSitemap(site, 'https://x.example.cn/')).toBe(3);
    const locs = [...readFileSync(join(site, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map(
      (m) => m[1],
    );
    expect(locs).toEqual([
      'https://x.example.cn/',
      'https://x.example.cn/projects/P1/',
      'https://x.example.cn/villages/%E4%B8%9C%E6%9D%91/',
    ]);
    expect(readFileSync(join(site, 'sitemap-index.xml'), 'utf8')).toContain(
      '<sitemap><loc>https://x.example.cn/sitemap-0.xml</loc></sitemap>',
    );
  });
});
