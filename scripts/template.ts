/**
 * npm run template -- <folder>
 * Writes a blank data folder for staff: each ledger's CSV (UTF-8 with BOM, header and one example row) and its
 * 填写说明.txt, generated from the ledger registry (src/ledgers/), and a site.json to fill in with its
 * site.json.填写说明.txt (src/ledgers/template.ts). Refuses to write anything when one of these files is already
 * there (a ledger, site.json or an instructions file), so it cannot clobber real data or settings.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { templateFiles } from '../src/ledgers/template.ts';
import { SITE_FILE } from '../src/lib/ingest/siteConfig.ts';
import { effects, runCli, shownDir, type FaultContext } from './fault.ts';

const ctx: FaultContext = { writing: true };

runCli(async () => {
  const arg = process.argv[2];
  if (!arg) {
    console.error('请指定要写入模板的文件夹，例如：npm run template -- 台账模板');
    return 1;
  }
  const dir = resolve(arg);
  const files = templateFiles();
  const there = files.filter((f) => existsSync(join(dir, f.name))).map((f) => f.name);
  if (there.length) {
    console.error(
      `${shownDir(dir)} 中已有 ${there.join('、')}，为避免覆盖台账和站点设置，没有写入任何文件。请换一个空文件夹`,
    );
    return 1;
  }
  const fx = effects();
  await fx.mkdir(dir, { recursive: true });
  for (const f of files) await fx.writeFile(join(dir, f.name), f.text);
  console.log(
    `已写入 ${files.length} 个文件到 ${shownDir(dir)}：每种台账一个 CSV 模板（表头和一行示例）和一个填写说明，` +
      `以及要填写的站点设置 ${SITE_FILE} 和它的填写说明`,
  );
  return 0;
}, ctx);
