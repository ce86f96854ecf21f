/**
 * Faults in the file system end in one plain Chinese message that names the file and what to do, exit code 1,
 * the same through `npm run validate` (and its --json), `npm run ingest` and `npm run build`; never an English
 * stack trace. Tests run as root, where chmod 000 blocks nothing: an unreadable file is a pipe (FIFO) or a link
 * to nothing instead, and a read-only output folder is one under a regular file (mkdir fails with ENOTDIR).
 * A full disk is injected (YGDZ_INJECT_FAULT, scripts/fault.ts) into the build's own writes.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Fault, ioFault, ioMessage } from '../../src/lib/ingest/ioErrors.ts';
import { ROOT, runScript, tempDir, treeHash } from '../helpers/site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/isolation-a');

/** A copy of the small fixture folder with `change` applied. */
function folder(change: (dir: string) => void): string {
  const dir = tempDir('fault-');
  cpSync(FIXTURE, dir, { recursive: true });
  change(dir);
  return dir;
}

/** The output of a script that failed on a fault: exit 1, one message, no stack trace, no English error. */
function expectFault(r: { status: number | null; stdout: string; stderr: string }, ...parts: string[]): string {
  const all = r.stdout + r.stderr;
  expect(r.status, all).toBe(1);
  expect(all).not.toMatch(/^\s+at /m);
  expect(all).not.toMatch(/Error:|ERR_|node:internal|Node\.js v/);
  const message = r.stderr.trim();
  expect(message.split('\n'), all).toHaveLength(1);
  for (const p of parts) expect(message).toContain(p);
  return message;
}

/** validate, validate --json and build all report the same fault for this data folder. */
function expectSameEverywhere(dir: string, file: string, ...parts: string[]): void {
  const text = expectFault(runScript('validate.ts', [dir]), file, ...parts);
  const json = runScript('validate.ts', [dir, '--json']);
  expect(json.status).toBe(1);
  expect(json.stderr).toBe('');
  const parsed = JSON.parse(json.stdout);
  expect(parsed).toMatchObject({ ok: false, errors: 1, problems: [{ severity: 'error', message: text }] });
  expect(parsed.problems[0].file).toBe(file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : file);
  const built = runScript('build.ts', [], { DATA_DIR: dir, OUT_DIR: site });
  expect(expectFault(built, ...parts)).toBe(`${text}网站未更新（${site} 保持原样）。`);
  expect(treeHash(site)).toBe(published);
}

let site: string;
let published: string;

beforeAll(() => {
  site = join(tempDir('fault-site-'), 'site');
  const r = runScript('build.ts', [], { DATA_DIR: FIXTURE, OUT_DIR: site });
  if (r.status !== 0) throw new Error(r.stdout + r.stderr);
  published = treeHash(site);
});

describe('a data folder that cannot be read', () => {
  it('a folder named payouts.csv', () => {
    const dir = folder((d) => mkdirSync(join(d, 'payouts.csv')));
    expectSameEverywhere(dir, join(dir, 'payouts.csv'), '是一个文件夹，不是文件', '请把这个文件夹移走或改名');
  });

  it('an unreadable workers.csv: a pipe, which would block a plain read forever', () => {
    const dir = folder((d) => {
      rmSync(join(d, 'workers.csv'));
      const made = spawnSync('mkfifo', [join(d, 'workers.csv')]);
      if (made.status !== 0) throw new Error('mkfifo (coreutils) is needed for this test');
    });
    expectSameEverywhere(dir, join(dir, 'workers.csv'), '不是普通文件', '请换成从 Excel 另存的 CSV 文件');
  });

  it('an unreadable projects.csv: a link to a file that does not exist', () => {
    const dir = folder((d) => {
      rmSync(join(d, 'projects.csv'));
      symlinkSync(join(d, 'gone.csv'), join(d, 'projects.csv'));
    });
    expectSameEverywhere(dir, join(dir, 'projects.csv'), '指向的文件不存在', '请换成真正的文件');
  });

  it.skipIf(process.getuid?.() === 0)(
    'an unreadable file (chmod 000; skipped as root, which may read anything)',
    () => {
      const dir = folder((d) => chmodSync(join(d, 'workers.csv'), 0));
      expectSameEverywhere(dir, join(dir, 'workers.csv'), '没有权限读取', '请检查这个文件（或文件夹）的权限');
    },
  );

  it('a data folder path that is a file', () => {
    const file = join(FIXTURE, 'site.json');
    expectSameEverywhere(file, file, '是一个文件，不是文件夹', '请指定存放台账（projects.csv 等）的文件夹');
  });

  it('a data folder that does not exist', () => {
    const missing = join(tempDir('fault-'), 'nope');
    expectSameEverywhere(missing, missing, '找不到数据文件夹', '请检查路径是否写对');
  });
});

describe('an output folder that cannot be written', () => {
  it('under a regular file (as root, the way to make mkdir fail): ENOTDIR', () => {
    const file = join(tempDir('fault-out-'), 'not-a-folder');
    writeFileSync(file, '');
    const out = join(file, 'site');
    const r = runScript('build.ts', [], { DATA_DIR: FIXTURE, OUT_DIR: out });
    expectFault(r, `无法写入 ${out}：${file} 是一个文件，不是文件夹`, '请换一个输出位置（OUT_DIR）');
  });

  it('OUT_DIR itself is a regular file', () => {
    const out = join(tempDir('fault-out-'), 'site');
    writeFileSync(out, 'not a site');
    const r = runScript('build.ts', [], { DATA_DIR: FIXTURE, OUT_DIR: out });
    expectFault(r, `${out} 是一个文件，不是文件夹`, '用 OUT_DIR 指定另一个输出文件夹');
    expect(readdirSync(dirname(out))).toEqual(['site']);
  });
});

describe('a full disk (ENOSPC, injected into the scripts’ own writes)', () => {
  it('while writing the generated content: build stops, site unchanged', () => {
    const r = runScript('build.ts', [], { DATA_DIR: FIXTURE, OUT_DIR: site, YGDZ_INJECT_FAULT: 'ENOSPC:meta.json' });
    expectFault(r, '磁盘空间不足，无法写入', 'meta.json', '请清理这块磁盘', `网站未更新（${site} 保持原样）`);
    expect(treeHash(site)).toBe(published);
  });

  it('while publishing (the new link): build stops, site unchanged, nothing left beside it', () => {
    const r = runScript('build.ts', [], { DATA_DIR: FIXTURE, OUT_DIR: site, YGDZ_INJECT_FAULT: 'ENOSPC:site.link-' });
    expectFault(r, '磁盘空间不足，无法写入', `${site}.link-`, `网站未更新（${site} 保持原样）`);
    expect(treeHash(site)).toBe(published);
    expect(readdirSync(dirname(site)).sort()).toEqual(['.site-versions', 'site']);
    expect(readdirSync(join(dirname(site), '.site-versions'))).toHaveLength(1);
  }, 120_000);

  it('npm run ingest', () => {
    const out = join(tempDir('fault-content-'), 'generated');
    const r = runScript('ingest.ts', [FIXTURE], { YGDZ_CONTENT_DIR: out, YGDZ_INJECT_FAULT: 'ENOSPC:projects.json' });
    expectFault(r, '磁盘空间不足，无法写入', 'projects.json', '请清理这块磁盘');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dirname(out))).toEqual([]);
  });
});

describe('one table of messages (src/lib/ingest/ioErrors.ts)', () => {
  const codes = [
    'ENOENT',
    'EISDIR',
    'ENOTDIR',
    'EACCES',
    'EPERM',
    'ENOSPC',
    'EDQUOT',
    'EROFS',
    'EMFILE',
    'ENFILE',
    'EBUSY',
    'EIO',
    'ELOOP',
  ];

  it.each(codes)('%s, reading and writing: Chinese, names the file', (code) => {
    const path = '/数据/发放台账.csv';
    for (const action of ['read', 'write'] as const) {
      const m = ioMessage(code, path, action)!;
      expect(m).toContain(path);
      expect(m).toMatch(/请/); // says what to do
      expect(m.replace(path, '').replace(/Excel|ulimit -n/g, ''), m).not.toMatch(/[A-Za-z]{2,}/);
    }
  });

  it('finds the code inside wrapped errors (Astro wraps them in `cause`) and leaves bugs alone', () => {
    const inner = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', path: '/x/a.html' });
    const f = ioFault(new Error('wrapped', { cause: inner }), undefined, 'write');
    expect(f).toBeInstanceOf(Fault);
    expect(f!.message).toBe('磁盘空间不足，无法写入 /x/a.html。请清理这块磁盘（删除不需要的文件）后重试');
    expect(ioFault(new TypeError('x is undefined'))).toBeUndefined();
  });
});
