/**
 * The secret key behind the 核对码, kept like the roster key (src/lib/minimise/keyFile.ts): a file outside the
 * project folder, named by YGDZ_RECEIPT_KEY or ~/.config/ygdz/receipt.key. Lose it and every printed code stops
 * matching; leak it and anyone can make a worker's code, so it never goes into the site, the content or a log.
 */
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { KeyFileError, type KeySpec } from '../minimise/keyFile.ts';

export const RECEIPT_KEY: KeySpec = { envVar: 'YGDZ_RECEIPT_KEY', defaultName: 'receipt.key' };

/** The project folder: a key file inside it could be committed. */
const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/**
 * The key a build uses: only the file YGDZ_RECEIPT_KEY names (a build never looks in a default place, so a demo or
 * test build on a staff machine stays the same). Undefined: the pay lists have no 核对码 box.
 */
export function buildKey(env: NodeJS.ProcessEnv = process.env): Buffer | undefined {
  const named = env[RECEIPT_KEY.envVar];
  if (!named) return undefined;
  const path = resolve(named);
  if (path.startsWith(REPO_ROOT + sep))
    throw new KeyFileError(`核对码密钥文件 ${path} 在项目文件夹里，可能被提交到代码库。请把它放到项目文件夹以外。`);
  let hex: string;
  try {
    hex = readFileSync(path, 'utf8').trim();
  } catch {
    throw new KeyFileError(
      `读不到核对码密钥文件 ${path}（${RECEIPT_KEY.envVar} 指定）。请检查路径，或先运行 npm run receipts 生成密钥。`,
    );
  }
  if (!/^[0-9a-f]{64}$/i.test(hex))
    throw new KeyFileError(
      `核对码密钥文件 ${path} 的内容不对：应是一行 64 位十六进制字符。请从备份恢复原来的密钥文件。`,
    );
  return Buffer.from(hex, 'hex');
}
