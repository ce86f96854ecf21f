import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * git in a test repository, as a fixed author; `date` fixes the commit dates (the publication log dates entries
 * by them).
 */
export const gitIn =
  (repo: () => string, date?: string) =>
  (...args: string[]): string =>
    execFileSync('git', ['-C', repo(), '-c', 'user.name=t', '-c', 'user.email=t@example.cn', ...args], {
      encoding: 'utf8',
      env: date ? { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } : process.env,
    });

/** Rewrites a file of a data folder in place. */
export const editIn =
  (dir: () => string) =>
  (file: string, f: (text: string) => string): void =>
    writeFileSync(join(dir(), file), f(readFileSync(join(dir(), file), 'utf8')));
