/**
 * npm run minimise -- <roster.csv> <out.csv>
 * Writes a minimised roster a district may commit instead of its full workers.csv (src/lib/minimise/): 身份证号
 * replaced by a keyed hash, birth year and gender kept, phone numbers dropped, names masked. The key is read from
 * YGDZ_ROSTER_KEY (a file path) or ~/.config/ygdz/roster.key, made on first use; it never enters the repository.
 * Writes nothing when a 身份证号 is invalid (hashing it would hide the mistake from validation for good).
 */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { decodeStream } from '../src/lib/ingest/decode.ts';
import { formatProblem } from '../src/lib/ingest/problems.ts';
import { minimiseRoster } from '../src/lib/minimise/minimise.ts';
import { loadKey, KeyFileError } from '../src/lib/minimise/keyFile.ts';
import { buildDay } from '../src/lib/site/today.ts';
import { effects, runCli, type FaultContext } from './fault.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ROSTER_KEY = { envVar: 'YGDZ_ROSTER_KEY', defaultName: 'roster.key' } as const;
const ctx: FaultContext = { writing: true };

runCli(async () => {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error('用法：npm run minimise -- <花名册.csv> <输出的脱敏花名册.csv>');
    return 1;
  }
  const src = resolve(input);
  const dst = resolve(output);
  if (src === dst) {
    console.error('输出文件不能就是输入文件：请写到另一个文件，核对后再替换');
    return 1;
  }
  let key;
  try {
    key = loadKey(ROSTER_KEY, process.env, ROOT);
  } catch (e) {
    if (e instanceof KeyFileError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
  const parts: string[] = [];
  const fx = effects();
  const tmp = `${dst}.part-${process.pid}`;
  let size = 0;
  const { chunks } = await decodeStream(createReadStream(src, { highWaterMark: 1 << 20 }));
  const handle = await (await import('node:fs/promises')).open(tmp, 'w');
  try {
    const result = await minimiseRoster(chunks, key.key, buildDay(), input, async (text) => {
      parts.push(text);
      size += text.length;
      if (size > 1 << 20) {
        await handle.write(parts.join(''));
        parts.length = 0;
        size = 0;
      }
    });
    await handle.write(parts.join(''));
    await handle.close();
    if (result.problems.length > 0) {
      await fx.rm(tmp, { force: true });
      for (const p of result.problems) console.error(formatProblem(p));
      console.error(`有 ${result.problems.length} 处错误，没有写出脱敏花名册。改正后再运行一次。`);
      return 1;
    }
    await fx.rename(tmp, dst);
    if (key.created)
      console.log(
        `已生成新的花名册密钥：${key.path}。请妥善保管并备份（例如放进单位的密码管理工具），不要放进代码库：` +
          '以后每次生成脱敏花名册都要用同一个密钥，否则同一人的编码会变，重复登记就查不出来。',
      );
    console.log(`已写出脱敏花名册 ${output}：${result.rows} 人；身份证号已换成密钥散列，电话已删除，姓名已脱敏。`);
    return 0;
  } catch (e) {
    await handle.close().catch(() => {});
    await fx.rm(tmp, { force: true });
    throw e;
  }
}, ctx);
