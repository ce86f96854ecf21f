/**
 * A large site is rendered by several Astro processes (scripts/astroShards.ts): the merged site must be the very
 * site one process renders, byte for byte, with every project's pages present once.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, listFiles, page, treeHash } from '../helpers/site.ts';

const TODAY = { SITE_TODAY: '2024-07-20' };
let one: string;
let two: string;

beforeAll(() => {
  one = buildFixture('paylist', { ...TODAY, YGDZ_ASTRO_SHARDS: '1' });
  two = buildFixture('paylist', { ...TODAY, YGDZ_ASTRO_SHARDS: '2' });
}, 240_000);

describe('a site rendered by two Astro processes', () => {
  it('is byte-identical to the site one process renders', () => {
    expect(listFiles(two).map((f) => f.slice(two.length))).toEqual(listFiles(one).map((f) => f.slice(one.length)));
    expect(treeHash(two)).toBe(treeHash(one));
  });

  it("has every project's notice, printable notice and payout list (the fixture's three projects split over two shards)", () => {
    for (const id of ['PL2023-001', 'PL2024-001', 'PL2024-002'])
      for (const sub of ['', 'print/'])
        expect(existsSync(join(two, 'projects', id, sub, 'index.html')), `${id}/${sub}`).toBe(true);
    const lists = listFiles(join(two, 'projects')).filter((f) => f.endsWith('/payouts/index.html'));
    expect(lists.length).toBeGreaterThanOrEqual(2);
  });

  it('lists every notice in the XML sitemap, and no printable notice or payout list', () => {
    const xml = page('sitemap-0.xml', two);
    for (const id of ['PL2023-001', 'PL2024-001', 'PL2024-002'])
      expect(xml).toContain(`<loc>https://ygdz.example.cn/projects/${id}/</loc>`);
    expect(xml).not.toMatch(/\/projects\/[^/]+\/(print|payouts)\/<\/loc>/);
    expect(page('sitemap-index.xml', two)).toContain('<loc>https://ygdz.example.cn/sitemap-0.xml</loc>');
  });
});
