/** A data folder's history in git: the commits that changed it, and the folder as it was at one of them. */
import { execFileSync } from 'node:child_process';
import { join, relative, sep } from 'node:path';

export function git(cwd: string, args: string[]): string {
  return execFileSync('git', ['-C', cwd, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 1 << 30,
  });
}

/** The repository holding `dir` and the folder's path inside it ('.' at the top); undefined outside git. */
export function gitPlace(dir: string): { top: string; rel: string } | undefined {
  try {
    const top = git(dir, ['rev-parse', '--show-toplevel']).trim();
    return { top, rel: relative(top, dir).split(sep).join('/') || '.' };
  } catch {
    return undefined;
  }
}

/** The full hash of a commit, or undefined when `name` names none. */
export function commitOf(top: string, name: string): string | undefined {
  try {
    return git(top, ['rev-parse', '--verify', '--quiet', `${name}^{commit}`]).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The commits that changed the folder, oldest first, with their dates (ISO, with offset). */
export function commitsOf(top: string, rel: string): { commit: string; when: string }[] {
  let out: string;
  try {
    out = git(top, ['log', '--reverse', '--format=%H %cI', '--', rel]);
  } catch {
    return []; // no commit yet
  }
  return out
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [commit, when] = l.split(' ');
      return { commit, when };
    });
}

/** The git tree of the folder at a commit (undefined when it did not exist then). */
export function treeOf(top: string, commit: string, rel: string): string | undefined {
  try {
    return git(top, ['rev-parse', '--verify', '--quiet', `${commit}:${rel === '.' ? '' : rel}`]).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Writes the folder as it was at `commit` into `into` and returns its path there. */
export function extractAt(top: string, commit: string, rel: string, into: string): string {
  const tar = execFileSync('git', ['-C', top, 'archive', '--format=tar', commit, '--', rel], {
    maxBuffer: 4 * 1024 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', into], { input: tar });
  return join(into, rel);
}
