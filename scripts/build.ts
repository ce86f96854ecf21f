/**
 * npm run build: data/ (or DATA_DIR) → private content → astro build → Pagefind index → dist/ (or OUT_DIR).
 *
 * Every build works in folders of its own, so builds of different data folders, or into different output
 * folders, can run at the same time without seeing each other's data:
 *   - node_modules/.cache/ygdz/<pid>-<hex>/: Astro's root (its .astro/ types and prerender bundle), the generated
 *     collections (YGDZ_CONTENT_DIR, read by src/content.config.ts), Astro's cacheDir and Vite's cacheDir.
 *     Inside the project so the prerender bundle resolves node_modules; the build runs with it as the current
 *     folder, because Astro puts its prerender bundle under the current folder when outDir is outside it.
 *   - OUT_DIR.next-<pid>-<hex>/: the site being built, published by outputDir.ts (OUT_DIR becomes a link to it).
 * Builds into the same OUT_DIR take turns (OUT_DIR.lock). Validation errors stop before anything is written,
 * and any failure leaves the published site exactly as it was.
 */
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { writeContent } from '../src/lib/ingest/writeContent.ts';
import { indexSite } from '../src/lib/search/indexSite.ts';
import { effects, runCli, shownDir, type FaultContext } from './fault.ts';
import { changeLog } from './changeLog.ts';
import { writeVersionPages } from './versionPages.ts';
import { siteNameOf } from '../src/lib/share/card.ts';
import { ingestFolder, report, resolveDataDir } from './ingestFolder.ts';
import { CHANGES_FILE, HISTORY_FILE } from '../src/lib/site/documents.ts';
import { acquireLock, buildTag, ensureParent, output, prepare, publish, removeDead, stagingOf } from './outputDir.ts';
import { startShareImages } from './share-images.ts';
import { renderSite, shardCount } from './astroShards.ts';
import { writeSitemap } from './sitemap.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, 'node_modules', '.cache', 'ygdz');
/** How long a build waits for another build into the same OUT_DIR (seconds; a large site takes minutes). */
const LOCK_WAIT_S = Number(process.env.YGDZ_LOCK_WAIT_S || 1800);

const ctx: FaultContext = { writing: true };

runCli(async () => {
  const o = output(resolve(ROOT, process.env.OUT_DIR ?? 'dist'));
  ctx.suffix = `网站未更新（${shownDir(o.out)} 保持原样）。`;
  const dir = resolveDataDir(undefined);
  const fx = effects();

  await ensureParent(o);
  const release = await acquireLock(o, { waitMs: LOCK_WAIT_S * 1000, onWait: (m) => console.log(m) });
  const tag = buildTag();
  const work = join(WORK, tag);
  const staging = stagingOf(o, tag);
  const cleanUp = () => {
    release();
    // Synchronous: also runs on Ctrl-C, when no promise gets to finish.
    for (const d of [staging, work]) rmSync(d, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    console.error(`构建被中止（${signal}），${ctx.suffix}`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    await prepare(o, fx);
    await removeDead(WORK, '');

    console.log(`读取数据：${dir}`);
    const result = await ingestFolder(dir);
    report(result, (l) => console.log(l));
    if (result.privacy)
      console.log(
        `人员类别小数值保护：${result.privacy.withheld} 个人数不公布；` +
          `已用整数规划逐一核查，任何组合都推算不出（求解 ${result.privacy.solves} 次）。`,
      );
    if (!result.content) {
      console.error(`构建已停止：数据有错误，${ctx.suffix}`);
      return 1;
    }

    const content = join(work, 'content');
    await writeContent(content, result.content, fx);
    const log = await changeLog(dir);
    await fx.writeFile(join(content, CHANGES_FILE), JSON.stringify(log.entries));
    await fx.writeFile(join(content, HISTORY_FILE), JSON.stringify(Object.fromEntries(log.histories)));
    console.log(
      log.note ?? `更新记录：${log.entries.length} 条（其中 ${log.computed} 个版本本次重新读取，其余用缓存）`,
    );
    Object.assign(process.env, { YGDZ_CONTENT_DIR: content, YGDZ_PROJECT_ROOT: ROOT, DATA_DIR: dir });
    // Share images are drawn in a worker thread while Astro renders the pages, then copied into the site.
    const share = await startShareImages(result.content.projects, result.content.meta.site.districtFullName);
    if (share.warning) console.warn(share.warning);
    const shards = shardCount(result.content.projects.length);
    const rendered = performance.now();
    await renderSite(work, staging, shards);
    const urls = await writeSitemap(staging, result.content.meta.site.siteUrl);
    console.log(
      `页面：Astro ${shards > 1 ? `${shards} 个进程并行` : '1 个进程'}，用时 ${Math.round(performance.now() - rendered)} ms；` +
        `网站地图 ${urls} 个地址`,
    );
    console.log(await share.placeInto(staging));
    console.log(
      await writeVersionPages(
        staging,
        result.content.projects,
        log.histories,
        siteNameOf(result.content.meta.site.districtFullName),
      ),
    );
    const started = performance.now();
    const index = await indexSite(pagefind, staging);
    const ms = Math.round(performance.now() - started);
    const kb = Math.round(index.bytes / 1024);
    console.log(
      `搜索索引：${index.pages} 个页面（共读取 ${index.filesRead} 个），${index.files} 个文件，${kb} KB，用时 ${ms} ms`,
    );
    await publish(o, staging, tag, fx);
    console.log(`网站已生成：${o.out}`);
    return 0;
  } finally {
    process.chdir(ROOT);
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    cleanUp();
    await rm(work, { recursive: true, force: true });
  }
}, ctx);
