/**
 * npm run build: data/ (or DATA_DIR) → content/generated → astro build → Pagefind index → dist/ (or OUT_DIR).
 * Validation errors stop before anything is written; the new site is built beside dist/ and swapped
 * in only when complete, so a failed build leaves an existing dist/ exactly as it was.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { indexSite } from '../src/lib/search/indexSite.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
import { writeContent } from '../src/lib/ingest/writeContent.ts';
import { dataDirFrom, ingestFolder, report } from './ingestFolder.ts';

const root = resolve(import.meta.dirname, '..');
const dir = dataDirFrom(undefined);
console.log(`读取数据：${dir}`);
const result = await ingestFolder(dir);
report(result, (l) => console.log(l));
if (!result.content) {
  console.error('构建已停止：数据有错误，网站未更新（dist/ 保持原样）。');
  process.exit(1);
}
await writeContent(resolve(root, 'content'), result.content);

// OUT_DIR lets tests build a second site without touching dist/.
const dist = resolve(root, process.env.OUT_DIR ?? 'dist');
const next = `${dist}.next`;
const old = `${dist}.old`;
await rm(next, { recursive: true, force: true });
try {
  await build({ root, outDir: next, logLevel: 'warn' });
  const started = performance.now();
  const report = await indexSite(pagefind, next);
  console.log(`搜索索引：${report.pages} 个页面（共读取 ${report.filesRead} 个），${report.files} 个文件，${Math.round(report.bytes / 1024)} KB，用时 ${Math.round(performance.now() - started)} ms`);
} catch (e) {
  await rm(next, { recursive: true, force: true });
  console.error('构建失败，dist/ 保持原样：', e);
  process.exit(1);
}
await rm(old, { recursive: true, force: true });
if (existsSync(dist)) await rename(dist, old);
await rename(next, dist);
await rm(old, { recursive: true, force: true });
console.log(`网站已生成：${dist}`);
