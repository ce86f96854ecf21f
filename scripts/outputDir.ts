/**
 * The output folder (dist/ or OUT_DIR) and how a build publishes into it.
 *
 * OUT_DIR is a symbolic link to a complete site in a versions folder beside it: dist -> .dist-versions/<id>.
 * A build writes its site into its own staging folder beside OUT_DIR (dist.next-<pid>-<hex>, so on the same
 * disk), moves it into the versions folder, makes a new link beside OUT_DIR and renames it over OUT_DIR.
 * Why a link: rename(2) replaces a link (or file) atomically but cannot replace a non-empty folder, so with
 * a real folder there is always an instant with no site, and a build killed in that instant leaves none.
 * With the link, readers always see the old or the new complete site, and everything that reads dist/
 * follows the link (`test -f dist/index.html` in .ci/run, the tests, npx serve, nginx, python -m http.server).
 * The first build into a real folder (from older builds, or an empty one a test made) moves it aside once;
 * if killed in that instant, the next build relinks the newest complete version before anything else.
 *
 * Builds into one OUT_DIR take turns through OUT_DIR.lock (created with O_EXCL, holding the pid); the lock
 * of a process that no longer exists is taken over. Staging folders and links of killed builds (dead pid in
 * the name) and versions no longer linked are removed by the next build.
 */
import { closeSync, linkSync, lstatSync, openSync, readFileSync, readlinkSync, renameSync } from 'node:fs';
import { rmSync, statSync, writeSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { uptime } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Fault, ioFault } from '../src/lib/ingest/ioErrors.ts';
import type { Effects } from './fault.ts';

/** `<pid>-<random hex>`: names a build's private folders, so a later build can tell whether it is still running. */
export const buildTag = (): string => `${process.pid}-${randomBytes(4).toString('hex')}`;

/** Whether a process with this id exists (EPERM: it does, under another user). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}

/** Removes entries of `dir` named `<prefix><pid>-<hex><rest>` whose process is gone. */
export async function removeDead(dir: string, prefix: string): Promise<string[]> {
  const re = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)-[0-9a-f]+(\\..*)?$`);
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = re.exec(name);
    if (!m || pidAlive(Number(m[1]))) continue;
    await rm(join(dir, name), { recursive: true, force: true });
    removed.push(join(dir, name));
  }
  return removed;
}

export interface Output {
  /** The folder readers use (a link once published). */
  out: string;
  parent: string;
  lock: string;
  /** Holds the complete sites; OUT_DIR links to one of them. */
  versions: string;
}

export function output(out: string): Output {
  const parent = dirname(out);
  return { out, parent, lock: `${out}.lock`, versions: join(parent, `.${basename(out)}-versions`) };
}

/** The staging folder of one build: beside OUT_DIR, named after the build. */
export const stagingOf = (o: Output, tag: string): string => `${o.out}.next-${tag}`;

const lstatOrNull = (path: string) => {
  try {
    return lstatSync(path);
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return null;
    throw e;
  }
};

/** The pid in a lock file; NaN if unreadable or empty (another build between creating and writing it). */
function lockHolder(lock: string): number {
  try {
    return Number(readFileSync(lock, 'utf8').trim() || NaN);
  } catch {
    return NaN;
  }
}

/**
 * Breaks a stale lock: moves it aside (atomic), and if what was moved is not the stale lock seen (another
 * build took it over meanwhile), puts that back unless yet another lock already exists.
 */
function breakLock(lock: string, stalePid: number): void {
  const aside = `${lock}.stale-${buildTag()}`;
  try {
    renameSync(lock, aside);
  } catch {
    return; // already gone
  }
  const moved = lockHolder(aside);
  if (moved !== stalePid && !(Number.isNaN(moved) && Number.isNaN(stalePid))) {
    try {
      linkSync(aside, lock);
    } catch {
      // another build holds a newer lock; the one moved aside is then lost, as it would be after a crash
    }
  }
  rmSync(aside, { force: true });
}

export interface LockOptions {
  /** How long to wait for another build, in ms. */
  waitMs: number;
  /** Called once when the lock is held by another build. */
  onWait: (message: string) => void;
}

/** Takes OUT_DIR's lock, waiting for another build into the same folder; returns the release function. */
export async function acquireLock(o: Output, { waitMs, onWait }: LockOptions): Promise<() => void> {
  const deadline = Date.now() + waitMs;
  let waited = false;
  for (;;) {
    try {
      const fd = openSync(o.lock, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => {
        if (lockHolder(o.lock) === process.pid) rmSync(o.lock, { force: true });
      };
    } catch (e) {
      if ((e as { code?: string }).code !== 'EEXIST') throw ioFault(e, o.out, 'write') ?? e;
    }
    const holder = lockHolder(o.lock);
    const age = (() => {
      try {
        return Date.now() - statSync(o.lock).mtimeMs;
      } catch {
        return 0;
      }
    })();
    // Stale: its process is gone; or it is older than the machine's last start (the pid may be reused since);
    // or it has had no pid for 10 s (a build killed between creating and writing it).
    const stale = age > uptime() * 1000 || (Number.isNaN(holder) ? age > 10_000 : !pidAlive(holder));
    if (stale) {
      breakLock(o.lock, holder);
      continue;
    }
    if (!waited) onWait(`另一个构建正在写入 ${o.out}，等待…`);
    waited = true;
    if (Date.now() > deadline)
      throw new Fault(
        o.lock,
        `另一个构建（进程 ${holder}）一直在写入 ${o.out}，已等待 ${Math.round(waitMs / 1000)} 秒。` +
          `请等它结束后再运行；如果确定没有别的构建在运行，删除 ${o.lock} 后重试`,
      );
    await sleep(250);
  }
}

/** The version OUT_DIR links to (its name in the versions folder), or undefined. */
function linkedVersion(o: Output): string | undefined {
  try {
    return basename(readlinkSync(o.out));
  } catch {
    return undefined;
  }
}

/** Points OUT_DIR at `target` (a folder in the versions folder) in one rename. */
async function link(o: Output, target: string, tag: string, fx: Effects): Promise<void> {
  const tmp = `${o.out}.link-${tag}`;
  await fx.symlink(relative(o.parent, target), tmp); // relative: OUT_DIR and its versions can move together
  await fx.rename(tmp, o.out);
}

/** Removes the versions OUT_DIR does not link to (left by a killed build, or replaced). Under the lock only. */
async function removeUnlinked(o: Output): Promise<void> {
  const current = linkedVersion(o);
  let names: string[];
  try {
    names = await readdir(o.versions);
  } catch {
    return;
  }
  for (const name of names) if (name !== current) await rm(join(o.versions, name), { recursive: true, force: true });
}

/**
 * Under the lock, before building: makes sure OUT_DIR can be published to, relinks the newest complete
 * version if OUT_DIR went missing, and removes what killed builds left behind.
 */
export async function prepare(o: Output, fx: Effects): Promise<void> {
  const st = lstatOrNull(o.out);
  if (st && !st.isDirectory() && !st.isSymbolicLink())
    throw new Fault(o.out, `${o.out} 是一个文件，不是文件夹。请删除它，或用 OUT_DIR 指定另一个输出文件夹`);
  const dangling = st?.isSymbolicLink() && !lstatOrNull(resolve(o.parent, readlinkSync(o.out)));
  if (!st || dangling) {
    const versions = await readdir(o.versions).catch(() => [] as string[]);
    const dated = await Promise.all(versions.map(async (v) => ({ v, t: (await stat(join(o.versions, v))).mtimeMs })));
    const newest = dated.sort((a, b) => b.t - a.t)[0];
    if (newest) await link(o, join(o.versions, newest.v), buildTag(), fx);
  }
  const base = basename(o.out);
  await removeDead(o.parent, `${base}.next-`);
  await removeDead(o.parent, `${base}.link-`);
  await removeDead(o.parent, `${base}.lock.stale-`);
  if (lstatOrNull(o.out)?.isSymbolicLink()) await removeUnlinked(o);
}

/** Publishes a complete site from its staging folder: OUT_DIR then links to it. Under the lock only. */
export async function publish(o: Output, staging: string, tag: string, fx: Effects): Promise<void> {
  await fx.mkdir(o.versions, { recursive: true });
  const target = join(o.versions, tag);
  await fx.rename(staging, target);
  const aside = join(o.versions, `${tag}.before`);
  let movedAside = false;
  try {
    if (lstatOrNull(o.out)?.isDirectory()) {
      // A real folder: rename cannot replace it, so it goes (if empty) or moves into the versions folder first.
      await rmdir(o.out).catch(async (e: { code?: string }) => {
        if (e.code !== 'ENOTEMPTY' && e.code !== 'EEXIST') throw e;
        await fx.rename(o.out, aside);
        movedAside = true;
      });
    }
    await link(o, target, tag, fx);
  } catch (e) {
    if (movedAside) await rename(aside, o.out).catch(() => undefined); // else the next build relinks a version
    await rm(target, { recursive: true, force: true });
    throw e;
  }
  await removeUnlinked(o);
}

/**
 * Creates OUT_DIR's parent folder; a Fault naming OUT_DIR if part of its path is a file (mkdir itself would
 * only say EEXIST or ENOTDIR about some other path).
 */
export async function ensureParent(o: Output): Promise<void> {
  for (let p = o.parent; ; p = dirname(p)) {
    let st;
    try {
      st = statSync(p, { throwIfNoEntry: false });
    } catch {
      st = undefined; // ENOTDIR: a file further up, found on the next step
    }
    if (st) {
      if (!st.isDirectory())
        throw new Fault(
          o.out,
          `无法写入 ${o.out}：${p} 是一个文件，不是文件夹。请换一个输出位置（OUT_DIR），或把这个文件移走`,
        );
      break;
    }
    if (p === dirname(p)) break;
  }
  try {
    await mkdir(o.parent, { recursive: true });
  } catch (e) {
    throw ioFault(e, o.out, 'write') ?? e;
  }
}
