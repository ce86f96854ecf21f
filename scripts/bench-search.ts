/**
 * npm run bench:search -- [siteDir] [query]
 * Measures the search of a built site as a first-time visitor meets it: the index size on disk, and the
 * bytes fetched (pagefind.js, WebAssembly, index chunks, result fragments) for one query and its first
 * ten results. Index build time is printed by `npm run build`.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listFilesRecursive } from './fsList.ts';
import { loadPagefind } from './pagefindNode.ts';

const site = resolve(process.argv[2] ?? 'dist');
const query = process.argv[3] ?? '道路';
const files = listFilesRecursive(join(site, 'pagefind'));
const total = files.reduce((a, f) => a + statSync(f).size, 0);
const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
const pages = Object.values(entry.languages as Record<string, { page_count: number }>).reduce(
  (a, l) => a + l.page_count,
  0,
);

const jsBytes = statSync(join(site, 'pagefind', 'pagefind.js')).size;
const started = performance.now();
const { pagefind, bytesRead } = await loadPagefind(site);
const result = await pagefind.search(query);
await Promise.all(result.results.slice(0, 10).map((r) => r.data()));
const ms = performance.now() - started;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
console.log(`站点：${site}`);
console.log(`索引页面：${pages}；索引文件：${files.length} 个，共 ${kb(total)}`);
console.log(
  `首次查询“${query}”：${result.results.length} 个结果；取前 10 个结果共传输 ${kb(jsBytes + bytesRead())}（含 pagefind.js ${kb(jsBytes)}），Node 中用时 ${ms.toFixed(0)} ms`,
);
