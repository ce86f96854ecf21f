/**
 * Secret keys that must never enter the repository or the site (the roster key of `npm run minimise`): read
 * from a file named by an environment variable, or from a default file in the user's home folder, created with
 * fresh random bytes the first time. I/O is passed in so tests never touch the home folder.
 */
import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

export interface KeyFileEffects {
  exists(path: string): boolean;
  read(path: string): string;
  /** Writes a new file readable by its owner only. */
  create(path: string, text: string): void;
  random(bytes: number): Buffer;
}

export const nodeKeyEffects: KeyFileEffects = {
  exists: existsSync,
  read: (p) => readFileSync(p, 'utf8'),
  create: (p, text) => {
    mkdirSync(dirname(p), { recursive: true, mode: 0o700 });
    writeFileSync(p, text, { mode: 0o600, flag: 'wx' });
    chmodSync(p, 0o600);
  },
  random: randomBytes,
};

export interface KeySpec {
  /** Environment variable that may name the key file. */
  envVar: string;
  /** File name under ~/.config/ygdz/ when the variable is not set. */
  defaultName: string;
}

export interface LoadedKey {
  key: Buffer;
  path: string;
  /** True when this call made the file (the caller tells the user to keep it safe). */
  created: boolean;
}

/** 32 random bytes, written as 64 hex digits (one line, easy to copy into a password manager). */
const KEY_BYTES = 32;

export class KeyFileError extends Error {}

/**
 * The key at $envVar, or ~/.config/ygdz/<defaultName>; made when absent. Refuses a key file inside `repoRoot`,
 * where a `git add` would publish it.
 */
export function loadKey(
  spec: KeySpec,
  env: NodeJS.ProcessEnv,
  repoRoot: string,
  fx: KeyFileEffects = nodeKeyEffects,
): LoadedKey {
  const path = resolve(env[spec.envVar] || join(env.HOME || homedir(), '.config', 'ygdz', spec.defaultName));
  const root = resolve(repoRoot);
  if (path === root || path.startsWith(root + sep))
    throw new KeyFileError(
      `密钥文件 ${path} 在项目文件夹里，可能被提交到代码库。请把它放到项目文件夹以外（用环境变量 ${spec.envVar} 指定位置）。`,
    );
  if (!fx.exists(path)) {
    fx.create(path, `${fx.random(KEY_BYTES).toString('hex')}\n`);
    return { key: readKey(path, fx), path, created: true };
  }
  return { key: readKey(path, fx), path, created: false };
}

function readKey(path: string, fx: KeyFileEffects): Buffer {
  const hex = fx.read(path).trim();
  if (!/^[0-9a-f]{64}$/i.test(hex))
    throw new KeyFileError(`密钥文件 ${path} 的内容不对：应是一行 64 位十六进制字符。请从备份恢复原来的密钥文件。`);
  return Buffer.from(hex, 'hex');
}
