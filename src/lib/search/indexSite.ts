/**
 * Builds the site's search index from the built pages SEARCHABLE_GLOB names, in this process, with no
 * per-page metadata a search must download first (Pagefind's was ~7 bytes a page: 180 KB at 25,000 notices
 * before the first result). What is indexed is decided by the pages' data-pagefind-* markup (extract.ts).
 *
 * Written into <site>/pagefind/ (the search page loads pagefind.js there, which offers the part of Pagefind's
 * JS API the site uses):
 *   pagefind.js           the search runtime (runtime.ts, bundled); inflate.js, for browsers without gzip streams
 *   pagefind-entry.json   page count, shard count, build hash, filter names with their values and counts
 *   index/<n>.pf          shard n of the keys (tokens.ts): each key's postings, gzip
 *   page/<n>.pf           page n (PAGES_PER_FILE): url, meta and text (for excerpts), gzip JSON
 *   filter/<i>-<j>.pf     the pages with value j of filter i, gzip
 * Page ids follow newest 年度 first (pages without one first), then address: the order results are shown in.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGEFIND_DIR, SEARCHABLE_GLOB } from '../routes.ts';
import { extractPage } from './extract.ts';
import { encodePostings, shardOf, textKeys, TITLE, writeVarint } from './tokens.ts';

export interface IndexReport {
  /** HTML files read, and the pages indexed (those marked data-pagefind-body). */
  filesRead: number;
  pages: number;
  /** Index files written, and their total size in bytes. */
  files: number;
  bytes: number;
}

export class SearchIndexError extends Error {}

/**
 * Never indexed, whatever a page forgets to mark: text printed only on paper (the A4 notice's lines inside a
 * screen page), so a search cannot find a page by words the reader does not see. Class names.
 */
export const EXCLUDE_CLASSES = ['print-only'];

export const INDEX_VERSION = 'ygdz-search-1';
/**
 * Pages per page file. One: a search's first results are seldom neighbours in id order, so files of 2, 4 or 8
 * pages only added bytes (first 30 results of 道路 at 2,500 notices: 57 KB with 1, 65 KB with 2, 79 KB with 4).
 */
export const PAGES_PER_FILE = 1;
/** Uncompressed bytes a key shard aims at: a query of a few keys fetches a few shards of about 4–6 KB gzip. */
const SHARD_TARGET = 12_000;

export interface IndexedPage {
  url: string;
  text: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The built files a brace glob like `{projects/*\/index.html,about/index.html}` names ('*': one path segment). */
export function globFiles(root: string, glob: string): string[] {
  const patterns = glob.replace(/^\{|\}$/g, '').split(',');
  const out: string[] = [];
  const walk = (dir: string, segs: string[], rel: string) => {
    const [seg, ...rest] = segs;
    const isDir = existsSync(dir) && statSync(dir).isDirectory();
    const names = !isDir
      ? []
      : seg.includes('*')
        ? readdirSync(dir)
            .filter((n) => new RegExp(`^${seg.split('*').map(escapeRe).join('.*')}$`).test(n))
            .sort()
        : [seg];
    for (const n of names) {
      const p = join(dir, n);
      if (rest.length) walk(p, rest, `${rel}${n}/`);
      else if (existsSync(p) && statSync(p).isFile()) out.push(`${rel}${n}`);
    }
  };
  for (const p of patterns) walk(root, p.split('/'), '');
  return [...new Set(out)];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const urlOf = (rel: string) => `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;

/** Page order: pages without 年度 first, then newest 年度; then by address. */
function byYearThenUrl(a: IndexedPage, b: IndexedPage): number {
  const ya = a.meta['年度'] ?? '';
  const yb = b.meta['年度'] ?? '';
  if (ya !== yb) return !ya ? -1 : !yb ? 1 : yb.localeCompare(ya);
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

/** Growable id lists, one per key: ids arrive ascending (pages are keyed in id order). */
class Postings {
  readonly lists = new Map<string, { ids: Uint32Array; n: number }>();
  add(key: string, id: number): void {
    let l = this.lists.get(key);
    if (!l) this.lists.set(key, (l = { ids: new Uint32Array(2), n: 0 }));
    if (l.n === l.ids.length) {
      const g = new Uint32Array(l.ids.length * 2);
      g.set(l.ids);
      l.ids = g;
    }
    l.ids[l.n++] = id;
  }
}

const ENTRY = 'pagefind-entry.json';
const gz = (b: Uint8Array | string) => gzipSync(b, { level: 9 });

/** Writes the index of `pages` (already extracted) into `outDir`; returns files written and bytes. */
export function writeIndex(
  pagesIn: IndexedPage[],
  outDir: string,
  runtime: Record<string, string>,
): { files: number; bytes: number } {
  const pages = [...pagesIn].sort(byYearThenUrl);
  const n = pages.length;
  rmSync(outDir, { recursive: true, force: true });
  for (const d of ['index', 'page', 'filter']) mkdirSync(join(outDir, d), { recursive: true });
  let files = 0;
  let bytes = 0;
  const hash = createHash('sha256');
  const write = (rel: string, data: Uint8Array | string) => {
    writeFileSync(join(outDir, rel), data);
    if (rel !== ENTRY) hash.update(rel).update(data);
    files++;
    bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  };

  // Keys → page ids.
  const postings = new Postings();
  pages.forEach((p, id) => {
    const keys = textKeys(p.text, new Set());
    if (p.meta.title) textKeys(p.meta.title, keys, TITLE);
    for (const k of keys) postings.add(k, id);
  });

  // Shards: about SHARD_TARGET bytes each, keys sorted inside.
  const encoded = [...postings.lists].map(([key, l]) => [key, Uint8Array.from(encodePostings(l.ids, l.n, n))] as const);
  postings.lists.clear();
  const total = encoded.reduce((a, [k, p]) => a + k.length * 3 + p.length + 4, 0);
  const shards = Math.max(1, Math.ceil(total / SHARD_TARGET));
  const byShard: (typeof encoded)[number][][] = Array.from({ length: shards }, () => []);
  for (const e of encoded) byShard[shardOf(e[0], shards)].push(e);
  const enc = new TextEncoder();
  byShard.forEach((list, s) => {
    list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const out: number[] = [];
    writeVarint(out, list.length);
    for (const [key, p] of list) {
      const kb = enc.encode(key);
      writeVarint(out, kb.length);
      for (const b of kb) out.push(b);
      writeVarint(out, p.length);
      for (const b of p) out.push(b);
    }
    write(`index/${s}.pf`, gz(Uint8Array.from(out)));
  });

  // Pages, PAGES_PER_FILE to a file.
  for (let i = 0; i < n; i += PAGES_PER_FILE) {
    const chunk = pages.slice(i, i + PAGES_PER_FILE).map((p) => ({ url: p.url, meta: p.meta, text: p.text }));
    write(`page/${i / PAGES_PER_FILE}.pf`, gz(JSON.stringify(chunk)));
  }

  // Filters: names and values sorted; each value's pages in a file of its own, fetched when it is chosen.
  const filterNames = [...new Set(pages.flatMap((p) => Object.keys(p.filters)))].sort();
  const filters = filterNames.map((name, i) => {
    const values = new Map<string, number[]>();
    pages.forEach((p, id) => {
      for (const v of p.filters[name] ?? []) {
        const ids = values.get(v) ?? [];
        if (ids[ids.length - 1] !== id) ids.push(id);
        values.set(v, ids);
      }
    });
    const sorted = [...values].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    sorted.forEach(([, ids], j) =>
      write(`filter/${i}-${j}.pf`, gz(Uint8Array.from(encodePostings(ids, ids.length, n)))),
    );
    return [name, sorted.map(([v, ids]) => [v, ids.length])];
  });

  for (const [name, text] of Object.entries(runtime)) write(name, text);
  const entry = {
    version: INDEX_VERSION,
    hash: hash.digest('hex').slice(0, 16),
    pages: n,
    shards,
    pagesPerFile: PAGES_PER_FILE,
    filters,
    // Pagefind's shape, read by tools that count pages.
    languages: { 'zh-cn': { page_count: n } },
  };
  write(ENTRY, JSON.stringify(entry));
  return { files, bytes };
}

/**
 * The search runtime as one minified ES module, and the inflater older browsers fetch (esbuild, which Astro
 * already ships): file name → text.
 */
export async function bundleRuntime(): Promise<Record<string, string>> {
  const { build } = await import('esbuild');
  const bundle = async (o: { entryPoints: string[] } | { stdin: { contents: string; resolveDir: string } }) =>
    (
      await build({
        ...o,
        bundle: true,
        format: 'esm',
        minify: true,
        target: 'es2020',
        legalComments: 'none',
        write: false,
      })
    ).outputFiles[0].text;
  return {
    'pagefind.js': await bundle({ entryPoints: [join(import.meta.dirname, 'runtime.ts')] }),
    'inflate.js': await bundle({
      stdin: { contents: "export { gunzipSync } from 'fflate';", resolveDir: import.meta.dirname },
    }),
  };
}

/**
 * Indexes the built site in `siteDir`. The first argument is ignored: it was Pagefind's API, and stays accepted
 * until scripts/build.ts calls indexSite(siteDir).
 */
export async function indexSite(...args: [string] | [unknown, string]): Promise<IndexReport> {
  const siteDir = args.length === 1 ? args[0] : args[1];
  const rels = globFiles(siteDir, SEARCHABLE_GLOB);
  const pages: IndexedPage[] = [];
  for (const rel of rels) {
    const page = extractPage(readFileSync(join(siteDir, rel), 'utf8'), EXCLUDE_CLASSES);
    // Copied through JSON: a string sliced from the page's HTML would keep all of that HTML in memory.
    if (page) pages.push(JSON.parse(JSON.stringify({ url: urlOf(rel), ...page })) as IndexedPage);
  }
  if (pages.length === 0) throw new SearchIndexError('搜索索引失败：没有找到可索引的页面');
  const written = writeIndex(pages, join(siteDir, PAGEFIND_DIR), await bundleRuntime());
  return { filesRead: rels.length, pages: pages.length, ...written };
}
