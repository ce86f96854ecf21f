/**
 * npx node scripts/bench-quote.ts [--mb 50] [--keep]
 *
 * One stray quote must not make validation slower or hungrier than the clean file. Generates a data folder
 * whose payouts.csv is about `--mb` MB, a copy whose payouts.csv has a " at the start of line 2, and validates
 * both, each in a fresh process (so each peak RSS is its own), printing time and peak memory side by side.
 */
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '50' },
    keep: { type: 'boolean', default: false },
    run: { type: 'string' },
  },
});

interface Run {
  seconds: number;
  peakMB: number;
  errors: number;
  warnings: number;
  firstError?: string;
}

if (values.run) {
  // Child: validate one folder and report as JSON on stdout.
  const { folderSource } = await import('../src/lib/ingest/fsSource.ts');
  const { ingest } = await import('../src/lib/ingest/ingest.ts');
  const { formatProblem } = await import('../src/lib/ingest/problems.ts');
  const started = performance.now();
  const { problems } = await ingest(folderSource(values.run), { today: '2026-01-01' });
  const first = problems.list.find((p) => p.severity === 'error');
  const out: Run = {
    seconds: (performance.now() - started) / 1000,
    peakMB: process.resourceUsage().maxRSS / 1024,
    errors: problems.errorCount,
    warnings: problems.warningCount,
    firstError: first && formatProblem(first),
  };
  console.log(JSON.stringify(out));
  process.exit(0);
}

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'ygdz-bench-quote-'));
const clean = join(dir, 'clean');
const stray = join(dir, 'stray');
// The generator writes about 32.8 MB of payouts per 150,000 workers (10 workers per project).
const workers = Math.max(10_000, Math.round((150_000 * Number(values.mb)) / 32.8));
console.log(`生成数据：${workers} 名务工人员，${Math.round(workers / 100)} 个项目 → ${dir}`);
const genArgs = ['--out', clean, '--projects', String(Math.round(workers / 100)), '--workers', String(workers)];
const gen = spawnSync(process.execPath, [join(root, 'scripts/generate-demo.ts'), ...genArgs], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (gen.status !== 0) throw new Error('generate-demo failed');

mkdirSync(stray);
for (const f of readdirSync(clean)) if (f !== 'payouts.csv') symlinkSync(join(clean, f), join(stray, f));
const payouts = readFileSync(join(clean, 'payouts.csv'));
const line2 = payouts.indexOf(0x0a) + 1;
const strayPayouts = Buffer.concat([payouts.subarray(0, line2), Buffer.from('"'), payouts.subarray(line2)]);
writeFileSync(join(stray, 'payouts.csv'), strayPayouts);
const lines = payouts.reduce((n, b) => n + (b === 0x0a ? 1 : 0), 0);
const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
const workersSize = statSync(join(clean, 'workers.csv')).size;
console.log(
  `payouts.csv：${mb(payouts.length)} MB，${lines.toLocaleString('en')} 行；另有 workers.csv ${mb(workersSize)} MB`,
);

function validate(folder: string): Run {
  const args = [import.meta.filename, '--run', folder];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Run;
}

const rows: Array<[string, Run]> = [
  ['干净的文件', validate(clean)],
  ['第 2 行开头多一个 "', validate(stray)],
];
console.log('');
for (const [name, r] of rows)
  console.log(
    `${name}：用时 ${r.seconds.toFixed(1)} s，内存峰值 ${r.peakMB.toFixed(0)} MB；${r.errors} 个错误，${r.warnings} 个警告` +
      (r.firstError ? `\n  ${r.firstError}` : ''),
  );
if (values.keep) console.log(`\n数据保留在 ${dir}`);
else rmSync(dir, { recursive: true, force: true });
