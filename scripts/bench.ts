/**
 * npm run bench -- [--projects N --workers M [--payout-factor K]] [--build [--keep]] [--runs R]
 *
 * Generates a data folder with the demo generator (large mode; cached under node_modules/.cache/ygdz-bench/, keyed
 * by the parameters) or, without --projects/--workers, uses the demo data/. Then runs each step in a fresh child
 * process, so each peak memory is that step's alone:
 *   - papaparse: the bare read of workers.csv and payouts.csv (decode, parse, count rows; scripts/bench-papaparse.ts)
 *   - validate:  npm run validate on the folder (the ingest alone)
 *   - build:     (with --build) npm run build into a scratch OUT_DIR (kept with --keep); its phases are timed
 *                from its log lines
 * Peak memory and CPU time count the step's child processes too (Astro shards, the search indexer), sampled from
 * /proc. Prints one table (step, seconds, CPU seconds, peak MB, speed relative to papaparse) and writes it as JSON
 * next to the cache.
 * With --runs R each step runs R times and the fastest run is kept (memory: the largest peak).
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listFilesRecursive } from './fsList.ts';
import { LIST_PAGE_LIMIT, pageWeights, weightsTable, type PageWeights } from './bench-pages.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'ygdz-bench');

const { values } = parseArgs({
  options: {
    projects: { type: 'string' },
    workers: { type: 'string' },
    'payout-factor': { type: 'string', default: '1' },
    build: { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    /** Keep the built site (its folder is printed) to look at or to measure its pages. */
    keep: { type: 'boolean', default: false },
  },
});
const scaled = values.projects !== undefined || values.workers !== undefined;
const projects = Number(values.projects ?? 1000);
const workers = Number(values.workers ?? 100_000);
const factor = Number(values['payout-factor']);
const runs = Math.max(1, Number(values.runs));
const tag = scaled ? `p${projects}-w${workers}-f${factor}` : 'demo';

interface Step {
  step: string;
  seconds: number;
  /** CPU seconds of the step's process (user + system; above `seconds` when it used both cores). */
  cpu?: number;
  peakMb?: number;
  /** papaparse seconds / this step's seconds: 1 is as fast as the bare read. */
  speed?: number;
  note?: string;
}

interface Run {
  seconds: number;
  cpu: number;
  /** Largest sum of the resident memory of the step's process and all its children (Astro shards, Pagefind). */
  peakMb: number;
  stdout: string;
  /** Seconds since the start at which each stdout line arrived. */
  lines: { at: number; text: string }[];
  code: number;
}

/**
 * Resident bytes of `root` and every process below it, read from /proc (Linux); 0 once it has exited. Also
 * records each descendant's CPU time (clock ticks) in `ticks`, so child processes' CPU can be added to the step's.
 */
function treeRss(root: number, ticks: Map<number, number>): number {
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name (field 2) may hold spaces and parentheses: the parent pid is the 2nd field after ")".
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(f[1]));
      cpu.set(Number(name), Number(f[11]) + Number(f[12])); // utime + stime
    } catch {
      // exited while being read
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p && hops < 64; p = parent.get(p), hops++)
      if (p === root) return true;
    return false;
  };
  let bytes = 0;
  for (const pid of parent.keys())
    if (inTree(pid))
      try {
        if (pid !== root) ticks.set(pid, cpu.get(pid)!);
        bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
      } catch {
        // exited while being read
      }
  return bytes;
}

/**
 * Runs `node <args>` with bench-rss.ts preloaded; resolves with its time, CPU time, output and peak memory: the
 * largest of its own peak (getrusage) and the sampled sum over its process tree, so the memory of child
 * processes a build starts (Astro shards, Pagefind's indexer) is counted too.
 */
function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const rssFile = join(CACHE, `rss-${process.pid}-${Date.now()}.json`);
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', join(ROOT, 'scripts', 'bench-rss.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let treePeak = 0;
    const ticks = new Map<number, number>();
    const sampler = setInterval(() => (treePeak = Math.max(treePeak, treeRss(child.pid!, ticks))), 200);
    let stdout = '';
    let partial = '';
    const lines: Run['lines'] = [];
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      const parts = (partial + d).split('\n');
      partial = parts.pop()!;
      const at = (performance.now() - started) / 1000;
      for (const text of parts) lines.push({ at, text });
    });
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      let peakMb = NaN;
      let cpu = NaN;
      if (existsSync(rssFile)) {
        const r = JSON.parse(readFileSync(rssFile, 'utf8'));
        peakMb = Math.max(r.maxRssKb * 1024, treePeak) / 1024 / 1024;
        // Children's CPU as last sampled (a child's last 200 ms may be missed), 100 ticks a second on Linux.
        cpu = r.cpuMs / 1000 + [...ticks.values()].reduce((a, t) => a + t, 0) / 100;
        rmSync(rssFile);
      }
      done({ seconds, cpu, peakMb, stdout, lines, code: code ?? 1 });
    });
  });
}

/** The best of `runs` runs: fastest time, largest peak. */
async function best(args: string[], env?: Record<string, string>): Promise<Run> {
  let b: Run | undefined;
  for (let i = 0; i < runs; i++) {
    const r = await run(args, env);
    if (!b) b = r;
    else b = { ...(r.seconds < b.seconds ? r : b), peakMb: Math.max(r.peakMb, b.peakMb) };
  }
  return b!;
}

mkdirSync(CACHE, { recursive: true });
let dir = join(ROOT, 'data');
if (scaled) {
  dir = join(CACHE, tag);
  if (!existsSync(join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    console.log(`生成数据：${dir}`);
    const g = await run([
      join(ROOT, 'scripts', 'generate-demo.ts'),
      '--out',
      dir,
      '--projects',
      String(projects),
      '--workers',
      String(workers),
      '--payout-factor',
      String(factor),
    ]);
    if (g.code !== 0) throw new Error('generating the data failed');
    writeFileSync(join(dir, '.complete'), '');
  }
}

const sizeMb = (f: string) => statSync(join(dir, f)).size / 1024 / 1024;
const lineCount = (f: string) => {
  let n = 0;
  const b = readFileSync(join(dir, f));
  for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) n++;
  return n;
};
console.log(
  `数据：${dir}：workers.csv ${sizeMb('workers.csv').toFixed(0)} MB，payouts.csv ${sizeMb('payouts.csv').toFixed(0)} MB`,
);

const steps: Step[] = [];
const paparse = await best([join(ROOT, 'scripts', 'bench-papaparse.ts'), dir]);
if (paparse.code !== 0) throw new Error('the papaparse read failed');
steps.push({
  step: 'papaparse (workers+payouts)',
  seconds: paparse.seconds,
  cpu: paparse.cpu,
  peakMb: paparse.peakMb,
  speed: 1,
});

const validate = await best([join(ROOT, 'scripts', 'validate.ts'), dir]);
steps.push({
  step: 'validate',
  seconds: validate.seconds,
  cpu: validate.cpu,
  peakMb: validate.peakMb,
  speed: paparse.seconds / validate.seconds,
  note: validate.code === 0 ? undefined : `exit ${validate.code}`,
});

let site: { pages: number; mb: number; dir?: string } | undefined;
/** With --build: page weights by family (scripts/bench-pages.ts) and the first search's transfer. */
let weights: PageWeights | undefined;
const search: string[] = [];
if (values.build) {
  const out = join(CACHE, `${tag}-site`);
  const b = await best([join(ROOT, 'scripts', 'build.ts')], { DATA_DIR: dir, OUT_DIR: out });
  // Phases from the log: the ingest ends with its summary line; Astro and the search index report their own time.
  const at = (re: RegExp) => b.lines.find((l) => re.test(l.text));
  const ms = (re: RegExp) => Number(at(re)?.text.match(/用时 (\d+) ms/)?.[1] ?? NaN) / 1000;
  const ingested = at(/^校验(通过|未通过)/);
  if (ingested) steps.push({ step: 'build: ingest', seconds: ingested.at, speed: paparse.seconds / ingested.at });
  const astro = at(/^页面：Astro/);
  if (astro)
    steps.push({
      step: 'build: Astro pages',
      seconds: ms(/^页面：Astro/),
      note: astro.text.match(/Astro ([^，]+)/)?.[1],
    });
  if (at(/^搜索索引：/)) steps.push({ step: 'build: search index', seconds: ms(/^搜索索引：/) });
  steps.push({
    step: 'build: total',
    seconds: b.seconds,
    cpu: b.cpu,
    peakMb: b.peakMb,
    note: b.code === 0 ? 'peak: all its processes together' : `exit ${b.code}`,
  });
  if (b.code === 0) {
    const files = listFilesRecursive(out);
    const pages = files.filter((f) => f.endsWith('.html')).length;
    site = { pages, mb: files.reduce((a, f) => a + statSync(f).size, 0) / 1024 / 1024 };
    if (values.keep) site.dir = realpathSync(out);
    weights = pageWeights(out);
    for (const q of ['道路', '解甲庄街道']) {
      const r = await run([join(ROOT, 'scripts', 'bench-search.ts'), out, q]);
      search.push(r.stdout.trim().split('\n').at(-1) ?? `exit ${r.code}`);
    }
  }
  if (!values.keep) {
    // OUT_DIR is a link into its versions folder (scripts/outputDir.ts): remove both, or each run leaves a site behind.
    rmSync(out, { recursive: true, force: true });
    rmSync(join(CACHE, `.${tag}-site-versions`), { recursive: true, force: true });
  }
  rmSync(`${out}.lock`, { force: true });
}

const rows = { workers: lineCount('workers.csv') - 1, payouts: lineCount('payouts.csv') - 1 };
console.log(
  `\n${scaled ? `${projects} 个项目，` : '演示数据，'}花名册 ${rows.workers} 行，发放台账 ${rows.payouts} 行（${runs} 次取最快）`,
);
const pad = (s: string, n: number) => s.padEnd(n);
console.log(`${pad('step', 30)}${pad('seconds', 10)}${pad('cpu s', 8)}${pad('peak MB', 10)}${pad('speed', 8)}note`);
for (const s of steps)
  console.log(
    pad(s.step, 30) +
      pad(s.seconds.toFixed(1), 10) +
      pad(s.cpu === undefined ? '' : s.cpu.toFixed(1), 8) +
      pad(s.peakMb === undefined ? '' : s.peakMb.toFixed(0), 10) +
      pad(s.speed === undefined ? '' : `${s.speed.toFixed(2)}×`, 8) +
      (s.note ?? ''),
  );
if (site) console.log(`site: ${site.pages} pages, ${site.mb.toFixed(1)} MB${site.dir ? ` (kept: ${site.dir})` : ''}`);
if (weights) {
  console.log(`\n页面大小（gzip，列表页上限 ${LIST_PAGE_LIMIT / 1024} KB）：\n${weightsTable(weights)}`);
  for (const o of weights.over) console.log(`超过上限：${o.path} ${(o.gzip / 1024).toFixed(1)} KB`);
}
for (const line of search) console.log(line);
const json = join(CACHE, `${tag}.json`);
writeFileSync(
  json,
  `${JSON.stringify({ tag, dir, projects: scaled ? projects : null, rows, runs, steps, site, weights, search, cpus: navigator.hardwareConcurrency, at: new Date().toISOString() }, null, 1)}\n`,
);
console.log(`\n${json}`);
