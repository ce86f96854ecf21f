/**
 * npm run ingest: data/ (or DATA_DIR, or the folder given) → content/generated (or YGDZ_CONTENT_DIR), without
 * building the site. `npm run dev` runs it first so the preview shows the current ledgers. `npm run build`
 * does not use content/generated: each build writes its own private copy (see build.ts).
 */
import { resolve } from 'node:path';
import { writeContent } from '../src/lib/ingest/writeContent.ts';
import { effects, runCli, shownDir, type FaultContext } from './fault.ts';
import { ingestFolder, report, resolveDataDir } from './ingestFolder.ts';

const ctx: FaultContext = {};

runCli(async () => {
  const dir = resolveDataDir(process.argv[2]);
  const result = await ingestFolder(dir);
  report(result, (l) => console.log(l));
  if (!result.content) return 1;
  const out = resolve(import.meta.dirname, '..', process.env.YGDZ_CONTENT_DIR || 'content/generated');
  ctx.writing = true;
  await writeContent(out, result.content, effects());
  console.log(`已写入 ${shownDir(out)}`);
  return 0;
}, ctx);
