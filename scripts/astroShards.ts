/**
 * Renders the site with Astro: in this process for a small site, or, for a large one, in one child process per
 * core, each rendering its share of the per-project pages (src/lib/site/shard.ts), then merged into one folder.
 * Astro renders on a single thread and a national site's project pages are most of the build; two processes on
 * two cores take about half the time. Every shard also renders the site-wide pages; the merge keeps one copy and
 * fails the build if two shards disagree on any file, so a sharded site is the same as an unsharded one (tested).
 *
 *   node scripts/astroShards.ts <json options>   (the child's entry; scripts/build.ts calls renderSite)
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'astro';

const ROOT = resolve(import.meta.dirname, '..');

/** Projects from which a build uses more than one Astro process (below it, a second process's start-up costs more than it saves). */
export const SHARD_FROM_PROJECTS = 1500;

/** How many Astro processes render a site of `projects` projects: YGDZ_ASTRO_SHARDS, else one per core (at most 2) for a large site. */
export function shardCount(projects: number, env: NodeJS.ProcessEnv = process.env): number {
  const forced = Number(env.YGDZ_ASTRO_SHARDS);
  if (Number.isInteger(forced) && forced >= 1) return forced;
  return projects >= SHARD_FROM_PROJECTS ? Math.min(2, availableParallelism()) : 1;
}

interface AstroRun {
  /** Astro's root: its .astro/ folder and prerender bundle (inside the project, so node_modules resolves). */
  work: string;
  outDir: string;
}

/** One Astro build; the current folder must be `work` (Astro puts its prerender bundle there). */
async function runAstro({ work, outDir }: AstroRun): Promise<void> {
  await mkdir(work, { recursive: true });
  process.chdir(work);
  try {
    await build({
      root: work,
      configFile: relative(work, join(ROOT, 'astro.config.mjs')),
      srcDir: join(ROOT, 'src'),
      publicDir: join(ROOT, 'public'),
      outDir,
      cacheDir: join(work, 'astro-cache'),
      vite: { cacheDir: join(work, 'vite-cache') },
      logLevel: 'warn',
    });
  } finally {
    process.chdir(ROOT);
  }
}

/** Runs one shard in a child process with YGDZ_SHARD set; resolves when it exits cleanly. */
function runChild(run: AstroRun, index: number, count: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'astroShards.ts'), JSON.stringify(run)], {
      cwd: ROOT,
      env: { ...process.env, YGDZ_SHARD: `${index}/${count}` },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', fail);
    child.on('exit', (code, signal) =>
      code === 0 ? done() : fail(new Error(`Astro 分片 ${index + 1}/${count} 失败（${signal ?? `exit ${code}`}）`)),
    );
  });
}

/**
 * Moves everything under `from` into `into`. A folder `into` lacks moves whole; a file both have must be
 * byte-identical (a site-wide page or asset every shard rendered), else the build fails naming it.
 */
export async function mergeInto(from: string, into: string, top = into): Promise<void> {
  for (const e of await readdir(from, { withFileTypes: true })) {
    const src = join(from, e.name);
    const dst = join(into, e.name);
    const there = await stat(dst).catch(() => undefined);
    if (!there) {
      await rename(src, dst);
      continue;
    }
    if (e.isDirectory() && there.isDirectory()) {
      await mergeInto(src, dst, top);
      continue;
    }
    const [a, b] = await Promise.all([readFile(src), readFile(dst)]);
    if (!a.equals(b)) throw new Error(`Astro 分片生成的 ${relative(top, dst)} 不一致，构建已停止`);
  }
}

/**
 * Renders the site into `outDir`, in `shards` processes (1: in this process). `work` is this build's private
 * folder; each shard gets its own Astro root, caches and output folder inside it.
 */
export async function renderSite(work: string, outDir: string, shards: number): Promise<void> {
  if (shards <= 1) return runAstro({ work, outDir });
  const runs = Array.from({ length: shards }, (_, k) => ({
    work: join(work, `shard-${k}`),
    outDir: k === 0 ? outDir : join(work, `shard-${k}-out`),
  }));
  await Promise.all(runs.map((r, k) => runChild(r, k, shards)));
  for (const r of runs.slice(1)) {
    await mergeInto(r.outDir, outDir);
    await rm(r.outDir, { recursive: true, force: true });
  }
}

// The child's entry: one shard's Astro build.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  runAstro(JSON.parse(process.argv[2]) as AstroRun).then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e instanceof Error ? (e.stack ?? e.message) : e);
      process.exit(1);
    },
  );
}
