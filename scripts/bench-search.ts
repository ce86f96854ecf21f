/**
 * npm run bench:search -- [siteDir] [query ...]
 * Measures the search of a built site as a first-time visitor meets it, doing what the search page does: load
 * pagefind.js and the entry, list the filters, search, and open the first results. For each query (each with
 * nothing cached) it prints the bytes fetched to show the first 10 and the first 30 results (the page shows 30).
 * Index build time is printed by `npm run build`.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listFilesRecursive } from './fsList.ts';
import { loadPagefind } from './pagefindNode.ts';

const site = resolve(process.argv[2] ?? 'dist');
const queries = process.argv.length > 3 ? process.argv.slice(3) : ['道路'];
const files = listFilesRecursive(join(site, 'pagefind'));
const total = files.reduce((a, f) => a + statSync(f).size, 0);
const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
const pages = Object.values(entry.languages as Record<string, { page_count: number }>).reduce(
  (a, l) => a + l.page_count,
  0,
);
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const jsBytes = statSync(join(site, 'pagefind', 'pagefind.js')).size;
console.log(`站点：${site}`);
console.log(`索引页面：${pages}；索引文件：${files.length} 个，共 ${kb(total)}`);

for (const [i, query] of queries.entries()) {
  const started = performance.now();
  const { pagefind, bytesRead } = await loadPagefind(site, `visitor=${i}`);
  await pagefind.options({ excerptLength: 40 });
  await pagefind.filters();
  const result = await pagefind.search(query);
  await Promise.all(result.results.slice(0, 10).map((r) => r.data()));
  const ms = performance.now() - started;
  const first10 = jsBytes + bytesRead();
  await Promise.all(result.results.slice(0, 30).map((r) => r.data()));
  console.log(
    `首次查询“${query}”：${result.results.length} 个结果；显示前 10 个共传输 ${kb(first10)}（含 pagefind.js ${kb(jsBytes)}），前 30 个 ${kb(jsBytes + bytesRead())}；Node 中用时 ${ms.toFixed(0)} ms`,
  );
}
