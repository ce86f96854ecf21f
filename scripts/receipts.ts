/**
 * npm run receipts -- <data folder> <output.csv>
 * For staff only: each worker's 人员编号, 姓名 and 核对码 (src/lib/receipts), to print on the worker's pay slip. The
 * key is read from YGDZ_RECEIPT_KEY (a file path) or ~/.config/ygdz/receipt.key, made on first use; it never
 * enters the repository or the site. The site gets only salted hashes, and only when the build is given the key.
 */
import { createReadStream, existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { LEDGERS } from '../src/ledgers/registry.ts';
import { csvField } from '../src/lib/downloads/csv.ts';
import { formatProblem, Problems } from '../src/lib/ingest/problems.ts';
import { readLedger } from '../src/lib/ingest/table.ts';
import { KeyFileError, loadKey } from '../src/lib/minimise/keyFile.ts';
import { receiptCode } from '../src/lib/receipts/code.ts';
import { groupCode } from '../src/lib/receipts/format.ts';
import { RECEIPT_KEY } from '../src/lib/receipts/key.ts';
import { effects, runCli, type FaultContext } from './fault.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ctx: FaultContext = { writing: true };

runCli(async () => {
  const [folder, output] = process.argv.slice(2);
  if (!folder || !output) {
    console.error('用法：npm run receipts -- <数据文件夹> <输出的核对码.csv>');
    return 1;
  }
  const roster = join(resolve(folder), LEDGERS.workers.file);
  const dst = resolve(output);
  if (!existsSync(roster)) {
    console.error(`${folder} 中没有 ${LEDGERS.workers.file}（务工花名册），无法生成核对码`);
    return 1;
  }
  // The list pairs names with codes: it must not land where it could be committed or published.
  if (dst.startsWith(ROOT + sep) || dst.startsWith(resolve(folder) + sep)) {
    console.error(
      `核对码名单 ${dst} 在项目文件夹或数据文件夹里，可能被提交或发布。请写到这两个文件夹以外（例如单位内部的共享盘）。`,
    );
    return 1;
  }
  let key;
  try {
    key = loadKey(RECEIPT_KEY, process.env, ROOT);
  } catch (e) {
    if (e instanceof KeyFileError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }

  const problems = new Problems();
  const lines: string[] = ['\uFEFF人员编号,姓名,核对码'];
  let workers = 0;
  await readLedger(LEDGERS.workers, createReadStream(roster, { highWaterMark: 1 << 20 }), problems, (row) => {
    const id = row.text('id');
    if (!id) return; // a row without 人员编号 is reported by validate; it has no code
    lines.push([id, row.text('name') ?? '', groupCode(receiptCode(key.key, id))].map(csvField).join(','));
    workers++;
  });
  const errors = problems.list.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    for (const p of errors) console.error(formatProblem(p));
    console.error(`花名册有 ${errors.length} 处错误，没有写出核对码。请先用 npm run validate 改正。`);
    return 1;
  }

  const fx = effects();
  const tmp = `${dst}.part-${process.pid}`;
  const handle = await open(tmp, 'wx', 0o600);
  try {
    await handle.write(`${lines.join('\r\n')}\r\n`);
    await handle.close();
    await fx.rename(tmp, dst);
  } catch (e) {
    await handle.close().catch(() => {});
    await fx.rm(tmp, { force: true });
    throw e;
  }
  if (key.created)
    console.log(
      `已生成新的核对码密钥：${key.path}。请像保管公章一样保管并备份（例如放进单位的密码管理工具），` +
        '不要放进代码库或数据文件夹：以后每次都要用同一个密钥，换了密钥，已经印在工资条上的核对码就都对不上了。',
    );
  console.log(`已写出 ${workers} 人的核对码：${output}（只供工作人员打印在工资条上，不要公开）。`);
  console.log(
    `构建网站时设置 ${RECEIPT_KEY.envVar}=${key.path}，发放名单页才有“核对码”查询框；网站上只有核对码的散列，没有核对码和密钥。`,
  );
  return 0;
}, ctx);
