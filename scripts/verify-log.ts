/**
 * npm run verify-log -- [<site folder>] [<data folder>]
 * Checks a built site's publication log (<site>/changes/log.json): that its hash chain holds, and that git history
 * gives the same entries (scripts/changeLog.ts, run with this checkout's code on the data folder's history).
 * Exit 0 when both hold; 1 with the first entries that differ.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chainProblems } from '../src/lib/changes/chain.ts';
import { changeEntrySchema } from '../src/schemas/changeEntry.ts';
import { changeLog } from './changeLog.ts';
import { runCli, shownDir } from './fault.ts';
import { resolveDataDir } from './ingestFolder.ts';

runCli(async () => {
  const [siteArg, dataArg] = process.argv.slice(2);
  const site = resolve(siteArg ?? process.env.OUT_DIR ?? 'dist');
  const file = join(site, 'changes', 'log.json');
  if (!existsSync(file)) {
    console.error(`${shownDir(site)} 中没有 changes/log.json：请指定一个生成好的网站文件夹`);
    return 1;
  }
  const parsed = changeEntrySchema.array().safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    console.error(`changes/log.json 的格式不对（${parsed.error.issues[0]?.message ?? ''}），不是本程序生成的更新记录`);
    return 1;
  }
  const published = parsed.data;
  const problems = chainProblems(published);
  const dir = resolveDataDir(dataArg);
  const fresh = await changeLog(dir, null);
  const n = Math.max(published.length, fresh.entries.length);
  for (let i = 0; i < n && problems.length < 20; i++) {
    const p = published[i];
    const g = fresh.entries[i];
    if (!p) problems.push(`git 历史中有第 ${i + 1} 条记录（提交 ${g.commit.slice(0, 10)}），网站上没有：网站比数据旧`);
    else if (!g)
      problems.push(`网站上的第 ${p.seq} 条记录（提交 ${p.commit.slice(0, 10)}）在 git 历史中没有：历史被改写过`);
    else if (p.commit !== g.commit || p.tree !== g.tree)
      problems.push(
        `第 ${p.seq} 条记录的提交与 git 历史不符（网站 ${p.commit.slice(0, 10)}，git ${g.commit.slice(0, 10)}）：历史被改写过`,
      );
    else if (p.hash !== g.hash)
      problems.push(
        `第 ${p.seq} 条记录（提交 ${p.commit.slice(0, 10)}）的内容与按 git 历史重算的不符：记录被改动过，或网站由另一版本的程序生成`,
      );
  }
  if (problems.length) {
    for (const l of problems) console.log(l);
    console.log(`核对未通过：${shownDir(site)} 的更新记录有 ${problems.length} 处与散列链或 git 历史不符。`);
    return 1;
  }
  console.log(`核对通过：${published.length} 条更新记录，散列链完整，与 ${shownDir(dir)} 的 git 历史一致。`);
  return 0;
});
