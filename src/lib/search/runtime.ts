/**
 * The site's search in the browser: bundled by indexSite.ts into /pagefind/pagefind.js, with the part of
 * Pagefind's JS API the search page uses (options, init, filters, search, result.data()). Nothing is fetched
 * before a search but a small entry file; a query fetches the shards of its keys, a filter the list of its value,
 * and a result its page file. Files are gzip, opened with the browser's DecompressionStream (or inflate.js).
 *
 * Ranking: pages whose title holds the whole query first, then the others; each group in index order (newest
 * 年度 first). No scores to tune, and the same query gives the same order on every build of the same data.
 */
import { decodePostings, excerpt, queryKeys, readShard, shardOf, TITLE } from './tokens.ts';

interface Entry {
  version: string;
  hash: string;
  pages: number;
  shards: number;
  pagesPerFile: number;
  filters: [string, [string, number][]][];
}
interface StoredPage {
  url: string;
  meta: Record<string, string>;
  text: string;
}

const base = new URL('.', import.meta.url).href;
let excerptLength = 30;
let baseUrl = '/';
let entry: Promise<Entry> | undefined;
const cache = new Map<string, Promise<unknown>>();

async function get(path: string): Promise<Uint8Array> {
  const res = await fetch(`${base}${path}?v=${(await load()).hash}`);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  if (typeof DecompressionStream === 'function') {
    return new Uint8Array(await new Response(res.body!.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  }
  // Browsers before DecompressionStream (Safari < 16.4): a small inflater, fetched only by them.
  const { gunzipSync } = (await import(/* @vite-ignore */ `${base}inflate.js`)) as typeof import('fflate');
  return gunzipSync(new Uint8Array(await res.arrayBuffer()));
}

function once<T>(key: string, f: () => Promise<T>): Promise<T> {
  let p = cache.get(key) as Promise<T> | undefined;
  if (!p) {
    p = f();
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

function load(): Promise<Entry> {
  entry ??= fetch(`${base}pagefind-entry.json`, { cache: 'no-cache' }).then((r) => {
    if (!r.ok) throw new Error(`pagefind-entry.json: ${r.status}`);
    return r.json() as Promise<Entry>;
  });
  entry.catch(() => (entry = undefined));
  return entry;
}

export async function options(o: { excerptLength?: number; baseUrl?: string }): Promise<void> {
  if (o.excerptLength) excerptLength = o.excerptLength;
  if (o.baseUrl) baseUrl = o.baseUrl;
}

export async function init(): Promise<void> {
  await load();
}

/** Each filter's values and how many pages have each. */
export async function filters(): Promise<Record<string, Record<string, number>>> {
  const e = await load();
  return Object.fromEntries(e.filters.map(([name, values]) => [name, Object.fromEntries(values)]));
}

const shard = (e: Entry, s: number) => once(`index/${s}`, async () => readShard(await get(`index/${s}.pf`)));

async function keyBits(e: Entry, key: string): Promise<Uint8Array> {
  const p = (await shard(e, shardOf(key, e.shards))).get(key);
  return p ? decodePostings(p, e.pages) : new Uint8Array((e.pages + 7) >> 3);
}

async function filterBits(e: Entry, name: string, value: string): Promise<Uint8Array> {
  const i = e.filters.findIndex(([n]) => n === name);
  const j = i < 0 ? -1 : e.filters[i][1].findIndex(([v]) => v === value);
  if (j < 0) return new Uint8Array((e.pages + 7) >> 3);
  return once(`filter/${i}-${j}`, async () => decodePostings(await get(`filter/${i}-${j}.pf`), e.pages));
}

function and(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] & b[i];
  return out;
}

function or(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] | b[i];
  return out;
}

function ids(bits: Uint8Array, except?: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < bits.length; i++) {
    let b = bits[i] & ~(except?.[i] ?? 0);
    while (b) {
      const low = b & -b;
      out.push(i * 8 + 31 - Math.clz32(low));
      b ^= low;
    }
  }
  return out;
}

const pageFile = (e: Entry, f: number) =>
  once(`page/${f}`, async () => JSON.parse(new TextDecoder().decode(await get(`page/${f}.pf`))) as StoredPage[]);

export interface Result {
  id: string;
  score: number;
  data(): Promise<{ url: string; content: string; excerpt: string; meta: Record<string, string>; word_count: number }>;
}

export async function search(
  term: string | null,
  o: { filters?: Record<string, string | string[]> } = {},
): Promise<{ results: Result[]; unfilteredResultCount: number; filters: object; totalFilters: object }> {
  const e = await load();
  const q = term ?? '';
  const keys = term === null ? [] : queryKeys(q);
  const empty = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };
  if (term !== null && keys.length === 0) return empty;

  const all = new Uint8Array((e.pages + 7) >> 3).fill(0xff);
  if (e.pages % 8) all[all.length - 1] = (1 << (e.pages % 8)) - 1;
  const [body, title, ...chosen] = await Promise.all([
    Promise.all(keys.map((k) => keyBits(e, k))),
    Promise.all(keys.map((k) => keyBits(e, TITLE + k))),
    ...Object.entries(o.filters ?? {}).map(async ([name, v]) => {
      const values = Array.isArray(v) ? v : [v];
      return (await Promise.all(values.map((x) => filterBits(e, name, x)))).reduce(or);
    }),
  ]);
  const matched = body.reduce(and, all);
  const filtered = chosen.reduce(and, matched);
  const inTitle = keys.length ? title.reduce(and, filtered) : new Uint8Array(filtered.length);
  const order = [...ids(inTitle), ...ids(filtered, inTitle)];
  const results = order.map((id, rank): Result => ({
    id: String(id),
    score: 1 / (rank + 1),
    data: async () => {
      const p = (await pageFile(e, Math.floor(id / e.pagesPerFile)))[id % e.pagesPerFile];
      return {
        url: baseUrl.replace(/\/$/, '') + p.url,
        content: p.text,
        excerpt: excerpt(p.text, q, excerptLength * 2),
        meta: p.meta,
        word_count: p.text.length,
      };
    },
  }));
  return { results, unfilteredResultCount: ids(matched).length, filters: {}, totalFilters: {} };
}
