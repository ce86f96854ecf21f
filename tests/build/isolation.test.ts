/**
 * Builds running at the same time keep to their own folders: each publishes exactly its own data, builds
 * into one output folder take turns, and what a killed build leaves behind is cleaned up by the next one.
 * Data: two tiny hand-made folders with distinct project names (tests/fixtures/isolation-a, isolation-b).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, ROOT, runScript, tempDir, treeHash } from '../helpers/site.ts';

const A = {
  data: join(ROOT, 'tests/fixtures/isolation-a'),
  ids: ['ZF2023-001', 'ZF2023-002'],
  names: ['东山村灌溉渠改造工程', '西河桥头路面硬化工程'],
};
const B = {
  data: join(ROOT, 'tests/fixtures/isolation-b'),
  ids: ['FS2023-001', 'FS2023-002'],
  names: ['南岭水库护坡修复工程', '北沟村排水沟整治工程'],
};
const WORK = join(ROOT, 'node_modules/.cache/ygdz');
/** Builds take 5–10 s each, longer while other test files build too. */
const BUILDS = 120_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Starts a build without waiting for it. */
function start(data: string, out: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: data, OUT_DIR: out, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<Run>((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
  return { child, done };
}

/** Text of every plain-text file of a site (HTML, CSV, JSON, XML). */
function siteText(dir: string): string {
  return listFiles(dir)
    .filter((f) => /\.(html|csv|json|xml|txt)$/.test(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}

/** The site in `out` is complete and holds exactly the projects of `own`, none of `other`. */
function expectOnly(out: string, own: typeof A, other: typeof A): void {
  expect(existsSync(join(out, 'index.html')), out).toBe(true);
  expect(existsSync(join(out, 'pagefind/pagefind.js')), out).toBe(true);
  const text = siteText(out);
  for (const [i, id] of own.ids.entries()) {
    expect(existsSync(join(out, `projects/${id}/index.html`)), `${out}: ${id}`).toBe(true);
    expect(text, own.names[i]).toContain(own.names[i]);
  }
  for (const [i, id] of other.ids.entries()) {
    expect(existsSync(join(out, `projects/${id}`)), `${out}: ${id}`).toBe(false);
    expect(text, other.names[i]).not.toContain(other.names[i]);
  }
}

/** A process id that no longer exists: that of a process that has just ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

/** What sits beside an output folder besides the folder itself and its versions. */
const leftovers = (out: string) => readdirSync(dirname(out)).filter((n) => n.startsWith(`${basename(out)}.`));

/** A's site, built by the first test and reused by the killed-build test (tests in a file run in order). */
let outA = '';

describe('builds at the same time', () => {
  it(
    'two data folders into two output folders: each publishes exactly its own data',
    async () => {
      outA = join(tempDir('iso-'), 'site');
      const outB = join(tempDir('iso-'), 'site');
      const [a, b] = await Promise.all([start(A.data, outA).done, start(B.data, outB).done]);
      expect(a.status, a.stdout + a.stderr).toBe(0);
      expect(b.status, b.stdout + b.stderr).toBe(0);
      expectOnly(outA, A, B);
      expectOnly(outB, B, A);
    },
    BUILDS,
  );

  it(
    'two builds into one output folder take turns, and both end with a complete site',
    async () => {
      const out = join(tempDir('iso-same-'), 'site');
      // A staging folder of a running build (this test process) must survive the other builds.
      const alive = `${out}.next-${process.pid}-0000beef`;
      mkdirSync(alive);
      writeFileSync(join(alive, 'index.html'), 'being built');
      const first = start(A.data, out);
      const second = start(B.data, out);
      const [a, b] = await Promise.all([first.done, second.done]);
      expect(a.status, a.stdout + a.stderr).toBe(0);
      expect(b.status, b.stdout + b.stderr).toBe(0);
      // The one that had to wait printed so, and published last.
      const waited = [a, b].filter((r) => r.stdout.includes(`另一个构建正在写入 ${out}，等待…`));
      expect(waited).toHaveLength(1);
      if (waited[0] === a) expectOnly(out, A, B);
      else expectOnly(out, B, A);
      expect(lstatSync(out).isSymbolicLink()).toBe(true);
      expect(readdirSync(join(dirname(out), '.site-versions'))).toEqual([basename(readlinkSync(out))]);
      expect(readFileSync(join(alive, 'index.html'), 'utf8')).toBe('being built');
      expect(leftovers(out)).toEqual([basename(alive)]);
    },
    BUILDS,
  );
});

describe('a killed build', () => {
  it(
    'leaves the published site as it was; the next build removes its staging folder, lock and work folder',
    async () => {
      if (!outA) {
        // run on its own (-t): build the site the first test would have
        outA = join(tempDir('iso-'), 'site');
        const built = await start(A.data, outA).done;
        expect(built.status, built.stdout + built.stderr).toBe(0);
      }
      const out = outA;
      expectOnly(out, A, B);
      const before = treeHash(out);

      // Kill a build once its staging folder has content (Astro is writing pages).
      const victim = start(B.data, out);
      const staging = `${out}.next-${victim.child.pid}-`;
      const deadline = Date.now() + 30_000;
      const stagingDir = () => readdirSync(dirname(out)).find((n) => join(dirname(out), n).startsWith(staging));
      while (!stagingDir() || listFiles(join(dirname(out), stagingDir()!)).length === 0) {
        expect(Date.now(), 'the build never wrote its staging folder').toBeLessThan(deadline);
        await new Promise((r) => setTimeout(r, 50));
      }
      victim.child.kill('SIGKILL');
      await victim.done;
      expect(treeHash(out)).toBe(before);
      expect(readFileSync(`${out}.lock`, 'utf8').trim()).toBe(String(victim.child.pid));
      expect(leftovers(out)).toContain(stagingDir());
      expect(readdirSync(WORK).some((n) => n.startsWith(`${victim.child.pid}-`))).toBe(true);

      // More of what killed builds leave: a staging folder, a half-made link, an unlinked version, a work folder.
      const dead = deadPid();
      mkdirSync(`${out}.next-${dead}-12345678`);
      writeFileSync(`${out}.link-${dead}-12345678`, '');
      mkdirSync(join(dirname(out), '.site-versions', `${dead}-12345678`));
      mkdirSync(join(WORK, `${dead}-12345678`), { recursive: true });

      const next = await start(B.data, out).done;
      expect(next.status, next.stdout + next.stderr).toBe(0);
      expect(next.stdout).not.toContain('等待');
      expectOnly(out, B, A);
      expect(leftovers(out)).toEqual([]);
      expect(readdirSync(join(dirname(out), '.site-versions'))).toEqual([basename(readlinkSync(out))]);
      expect(readdirSync(WORK).filter((n) => n.startsWith(`${victim.child.pid}-`) || n.startsWith(`${dead}-`))).toEqual(
        [],
      );
    },
    BUILDS,
  );
});

describe('the output lock and the link', () => {
  it('a build waits for a live lock, then stops with a plain message', () => {
    const out = join(tempDir('iso-lock-'), 'site');
    writeFileSync(`${out}.lock`, `${process.pid}\n`); // held by a live process: this one
    const r = runScript('build.ts', [], { DATA_DIR: A.data, OUT_DIR: out, YGDZ_LOCK_WAIT_S: '1' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`另一个构建正在写入 ${out}，等待…`);
    expect(r.stderr).toContain(`另一个构建（进程 ${process.pid}）一直在写入 ${out}，已等待 1 秒`);
    expect(r.stderr).toContain(`删除 ${out}.lock 后重试`);
    expect(readFileSync(`${out}.lock`, 'utf8')).toBe(`${process.pid}\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('if the output folder went missing (killed while replacing a real folder), the next build relinks the site', () => {
    const out = join(tempDir('iso-relink-'), 'site');
    const version = join(dirname(out), '.site-versions', '1-00000000');
    mkdirSync(version, { recursive: true });
    writeFileSync(join(version, 'index.html'), '<p>the published site</p>');
    writeFileSync(`${out}.lock`, `${deadPid()}\n`);
    // Even a build that then stops on a data error restores the site first.
    const bad = tempDir('iso-bad-');
    writeFileSync(join(bad, 'site.json'), '{}');
    const r = runScript('build.ts', [], { DATA_DIR: bad, OUT_DIR: out });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`网站未更新（${out} 保持原样）`);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>the published site</p>');
    expect(existsSync(`${out}.lock`)).toBe(false);
    rmSync(dirname(out), { recursive: true, force: true });
  });
});
