/**
 * The XML sitemap for search engines, written from the finished site (after the Astro shards are merged), so it
 * lists every page whichever process rendered it. Same form as @astrojs/sitemap, which it replaces: every page but
 * 404 and the unlisted ones (isUnlisted), each path segment URL-encoded, in code-point order, at most
 * SITEMAP_CHUNK addresses a file, and sitemap-index.xml naming the files.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeMarkup } from '../src/lib/escape.ts';
import { isUnlisted } from '../src/lib/routes.ts';

/** Addresses per sitemap file (the protocol allows 50,000; @astrojs/sitemap used 45,000). */
export const SITEMAP_CHUNK = 45_000;

const URLSET =
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" ' +
  'xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" ' +
  'xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">';
const XML = '<?xml version="1.0" encoding="UTF-8"?>';

/** Site paths (/a/b/) of every index.html under `dir`. */
async function pagePaths(dir: string, prefix = '/'): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...(await pagePaths(join(dir, e.name), `${prefix}${e.name}/`)));
    else if (e.name === 'index.html') out.push(prefix);
  }
  return out;
}

/** Writes sitemap-index.xml and its sitemap-<n>.xml into `site`; returns how many addresses they list. */
export async function writeSitemap(site: string, siteUrl: string): Promise<number> {
  const base = siteUrl.replace(/\/+$/, '');
  const urls = (await pagePaths(site))
    .map((p) => `${base}${encodeURI(p)}`)
    .filter((u) => !isUnlisted(u))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: string[] = [];
  for (let i = 0; i === 0 || i < urls.length; i += SITEMAP_CHUNK) {
    const name = `sitemap-${files.length}.xml`;
    const body = urls
      .slice(i, i + SITEMAP_CHUNK)
      .map((u) => `<url><loc>${escapeMarkup(u)}</loc></url>`)
      .join('');
    await writeFile(join(site, name), `${XML}${URLSET}${body}</urlset>`);
    files.push(name);
  }
  const index = files.map((f) => `<sitemap><loc>${escapeMarkup(`${base}/${f}`)}</loc></sitemap>`).join('');
  await writeFile(
    join(site, 'sitemap-index.xml'),
    `${XML}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index}</sitemapindex>`,
  );
  return urls.length;
}
