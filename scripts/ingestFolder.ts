/** Shared by validate and build: ingest a data folder on disk with the real clock and git. */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isoDateInShanghai } from '../src/lib/dates.ts';
import { folderSource } from '../src/lib/ingest/fsSource.ts';
import { DATA_FILES, ingest, type IngestResult } from '../src/lib/ingest/ingest.ts';
import { ioFault, notAFolder } from '../src/lib/ingest/ioErrors.ts';
import { formatProblem } from '../src/lib/ingest/problems.ts';
import { exitWithFault } from './fault.ts';
import { previousVersion } from './previousVersion.ts';

/** Date (Asia/Shanghai) of the last commit that touched `dir`, or undefined if it is not committed or has local changes. */
export function committedOn(dir: string): string | undefined {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (git('status', '--porcelain', '--', '.') !== '') return undefined;
    const iso = git('log', '-1', '--format=%cI', '--', '.');
    return iso ? isoDateInShanghai(new Date(iso)) : undefined;
  } catch {
    return undefined;
  }
}

/** The data folder named by `arg`, else DATA_DIR, else data/; a Fault if it is missing or not a folder. */
export function resolveDataDir(arg: string | undefined): string {
  const dir = resolve(arg ?? process.env.DATA_DIR ?? 'data');
  let st;
  try {
    st = statSync(dir);
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') throw notAFolder(dir, false);
    throw ioFault(e, dir) ?? e;
  }
  if (!st.isDirectory()) throw notAFolder(dir, true);
  return dir;
}

/** resolveDataDir, or the fault printed and exit code 1. */
export function dataDirFrom(arg: string | undefined): string {
  try {
    return resolveDataDir(arg);
  } catch (e) {
    return exitWithFault(e);
  }
}

/**
 * Ingests the folder; changes since the last committed version (or since commit `since`) are checked for
 * corrections (src/lib/changes/corrections.ts).
 */
export async function ingestFolder(dir: string, since?: string): Promise<IngestResult> {
  const today = isoDateInShanghai(new Date());
  const previous = await previousVersion(dir, today, since);
  return ingest(folderSource(dir), { today, committedOn: committedOn(dir), previous });
}

/**
 * Prints the problems a clerk must act on first: errors, then warnings, each grouped by file under a line that
 * counts them; problems past the per-file limit are counted; the summary line comes last.
 */
export function report(result: IngestResult, out: (line: string) => void): void {
  const { problems } = result;
  let heading = '';
  for (const p of problems.sorted(DATA_FILES)) {
    const key = `${p.severity}:${p.file}`;
    if (key !== heading) {
      heading = key;
      const c = problems.countsOf(p.file);
      out(p.severity === 'error' ? `【${p.file}：${c.errors} 个错误】` : `【${p.file}：${c.warnings} 个警告】`);
    }
    out(formatProblem(p));
  }
  for (const [file, n] of problems.omitted) out(`${file}: 另有 ${n} 个问题未列出，请先改正以上问题`);
  out(
    problems.ok
      ? `校验通过：0 个错误，${problems.warningCount} 个警告。`
      : `校验未通过：${problems.errorCount} 个错误，${problems.warningCount} 个警告。改正错误后才能发布。`,
  );
}
