/**
 * npm run diff -- [<old folder or commit>] [<new folder>]
 * A report a reviewer can read of what a data change does to the public site (src/lib/changes/): projects
 * added, removed, changed (field: old → new), pay by project and month (amounts and head counts, never names),
 * trainings, inspections, warnings introduced. Defaults: the last commit (HEAD) against the working data folder.
 * An old version given as a commit is taken from git (the same folder path at that commit).
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffData, EMPTY_DATA } from '../src/lib/changes/diff.ts';
import { diffReport } from '../src/lib/changes/report.ts';
import type { IngestResult } from '../src/lib/ingest/ingest.ts';
import { commitOf, extractAt, gitPlace, treeOf } from './gitData.ts';
import { ingestFolder, report, resolveDataDir } from './ingestFolder.ts';
import { runCli, shownDir } from './fault.ts';

/** The data folder as it was at `commit`, extracted into a temporary folder; undefined when it did not exist. */
function checkoutAt(dataDir: string, commit: string, into: string): string | undefined {
  const place = gitPlace(dataDir);
  if (!place) throw new Error('not in git');
  const sha = commitOf(place.top, commit);
  if (!sha) throw new Error(`no commit ${commit}`);
  return treeOf(place.top, sha, place.rel) ? extractAt(place.top, sha, place.rel, into) : undefined;
}

runCli(async () => {
  const [oldArg, newArg] = process.argv.slice(2);
  const now = resolveDataDir(newArg);
  const old = oldArg ?? 'HEAD';
  const tmp = mkdtempSync(join(tmpdir(), 'ygdz-diff-'));
  try {
    let oldDir: string | undefined;
    let oldName: string;
    if (existsSync(old) && statSync(old).isDirectory()) {
      oldDir = resolveDataDir(old);
      oldName = shownDir(oldDir);
    } else {
      try {
        oldDir = checkoutAt(now, old, tmp);
      } catch {
        console.error(`找不到版本“${old}”：请写一个文件夹，或 git 中的提交（如 HEAD、HEAD~1、提交号）`);
        return 1;
      }
      oldName = `${old} 中的 ${shownDir(now)}`;
    }
    const before: IngestResult | undefined = oldDir ? await ingestFolder(oldDir) : undefined;
    const after = await ingestFolder(now);
    if (!after.content) {
      report(after, (l) => console.error(l));
      console.error(`${shownDir(now)} 有 ${after.problems.errorCount} 处错误，请先用 npm run validate 查看并改正`);
      return 1;
    }
    if (before && !before.content)
      console.log(`注意：旧版本有 ${before.problems.errorCount} 处错误、没有发布过，下面按“全部新增”列出。`);
    const warnings = (r: IngestResult) => r.problems.list.filter((p) => p.severity === 'warning');
    const d = diffData(
      before?.content ?? EMPTY_DATA,
      after.content,
      before?.content ? warnings(before) : [],
      warnings(after),
    );
    for (const line of diffReport(d, oldDir ? oldName : `${old}（当时没有数据文件夹）`, shownDir(now)))
      console.log(line);
    return 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
