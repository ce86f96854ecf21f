/**
 * The last committed version of a data folder, read from git, for the corrections check
 * (src/lib/changes/corrections.ts). Only site.json, projects.csv and corrections.csv are read from it: the check
 * compares projects' public fields, and a national folder's roster and payouts are not read twice.
 */
import { execFileSync } from 'node:child_process';
import { countCorrections, type NoPreviousVersion, type PreviousVersion } from '../src/lib/changes/corrections.ts';
import { ingest, type DataSource } from '../src/lib/ingest/ingest.ts';
import { Fault } from '../src/lib/ingest/ioErrors.ts';
import { commitOf, git, gitPlace } from './gitData.ts';

const FILES = ['site.json', 'projects.csv', 'corrections.csv'] as const;
const RULE = '公示开始后修改项目公开信息须在 corrections.csv 写明更正原因';

/** A file's bytes at a commit (undefined when absent then). */
function fileAt(top: string, commit: string, path: string): Buffer | undefined {
  try {
    return execFileSync('git', ['-C', top, 'show', `${commit}:${path}`], {
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 30,
    });
  } catch {
    return undefined;
  }
}

/** A data source holding files in memory. */
function memorySource(files: ReadonlyMap<string, Buffer>): DataSource {
  return {
    list: async () => [...files.keys()].sort(),
    open: (name) => {
      const b = files.get(name);
      if (!b) return null;
      return (async function* () {
        yield new Uint8Array(b);
      })();
    },
    readText: async (name) => files.get(name)?.toString('utf8') ?? null,
  };
}

/**
 * `since` (a commit) or, by default, HEAD when the folder has uncommitted changes. Undefined when there is
 * nothing to compare (the folder is as committed). Throws when `since` names no commit.
 */
export async function previousVersion(
  dir: string,
  today: string,
  since?: string,
): Promise<PreviousVersion | NoPreviousVersion | undefined> {
  const place = gitPlace(dir);
  if (!place) return { unavailable: `数据文件夹不在 git 中，无法与上次提交的版本比较，没有核对更正原因（${RULE}）` };
  const { top, rel } = place;
  if (!since && git(top, ['status', '--porcelain', '--', rel]).length === 0) return undefined;
  const sha = commitOf(top, since ?? 'HEAD');
  if (!sha) {
    if (since) throw new Fault('', `找不到提交“${since}”：--since 后面要写 git 中的一个提交，例如 HEAD~1`);
    return { unavailable: `还没有提交过任何版本，没有可比较的已提交版本，没有核对更正原因（${RULE}）` };
  }
  const files = new Map<string, Buffer>();
  for (const f of FILES) {
    const bytes = fileAt(top, sha, rel === '.' ? f : `${rel}/${f}`);
    if (bytes) files.set(f, bytes);
  }
  const short = sha.slice(0, 7);
  if (!files.has('projects.csv'))
    return { unavailable: `提交 ${short} 中还没有这个数据文件夹（第一个版本），没有核对更正原因（${RULE}）` };
  const old = await ingest(memorySource(files), { today });
  if (!old.content) return { unavailable: `提交 ${short} 中的数据有错误，无法比较，没有核对更正原因（${RULE}）` };
  return {
    label: `提交 ${short} 中的版本`,
    projects: old.content.projects,
    corrections: countCorrections(old.corrections ?? []),
  };
}
