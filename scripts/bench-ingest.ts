/**
 * npm run bench:ingest -- <folder>
 * Times the validation and aggregation of a data folder (no site build) and reports rows per second and
 * peak memory. Make a large folder with: npm run generate -- --out /tmp/big --projects 25000 --workers 3500000
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { dataDirFrom, ingestFolder } from './ingestFolder.ts';

const dir = dataDirFrom(process.argv[2]);
const started = performance.now();
const result = await ingestFolder(dir);
const seconds = (performance.now() - started) / 1000;
const c = result.content;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const size = ['projects.csv', 'workers.csv', 'payouts.csv'].reduce((a, f) => a + statSync(join(dir, f)).size, 0);
console.log(`数据：${dir}（${mb(size)}）`);
console.log(
  `结果：${result.problems.errorCount} 个错误，${result.problems.warningCount} 个警告；${c ? `${c.projects.length} 个项目，${c.payoutMonths.length} 个项目月` : '未生成内容'}`,
);
console.log(
  `用时 ${seconds.toFixed(1)} s（${(size / 1024 / 1024 / seconds).toFixed(1)} MB/s），内存峰值约 ${mb(process.resourceUsage().maxRSS * 1024)}`,
);
