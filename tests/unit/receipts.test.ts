/**
 * 核对码 functions against vectors computed independently: `openssl dgst -sha256 -mac HMAC` and Python's hmac and
 * hashlib (Crockford base32 of the first 75 bits written out by hand in Python), pasted here as literals.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { receiptCode, receiptHash } from '../../src/lib/receipts/code.ts';
import { CODE_LENGTH, groupCode, hashInput, hex, normalizeCode, receiptSalt } from '../../src/lib/receipts/format.ts';
import { buildKey } from '../../src/lib/receipts/key.ts';
import { sha256 } from '../../src/lib/receipts/sha256.ts';
import { runScript } from '../helpers/site.ts';

const KEY = Buffer.from('9f5fd64bf63664b5228ee56cc951d2c799d41581aec7a113bfba5737da7d7aa4', 'hex');

describe('receiptCode', () => {
  it('is base32 of the first 75 bits of HMAC-SHA-256(key, 人员编号)', () => {
    // openssl: HMAC(PW01) = 080db038cdd8d167100758d6cc1cdbb42e89480687318f1ec97936ffd82c8f9a
    expect(receiptCode(KEY, 'PW01')).toBe('106V0E6DV38PE40');
    expect(receiptCode(KEY, 'W-0001')).toBe('7DBJ23689SZH5QH');
    expect(receiptCode(KEY, '张三')).toBe('7P9D6444JE92829'); // UTF-8 bytes of the 人员编号
  });
  it('has 15 characters (75 bits) from an alphabet without I, L, O or U', () => {
    expect(CODE_LENGTH * 5).toBeGreaterThanOrEqual(50);
    for (const id of ['A', 'B', 'PW01', 'x'.repeat(200)])
      expect(receiptCode(KEY, id)).toMatch(/^[0-9A-HJKMNP-TV-Z]{15}$/);
  });
  it('changes with the key', () => {
    expect(receiptCode(Buffer.alloc(32, 1), 'PW01')).not.toBe('106V0E6DV38PE40');
  });
});

describe('receiptHash', () => {
  it('is the first 16 hex of SHA-256("ygdz-receipt-v1:<项目编号>\\n<code>")', () => {
    const salt = receiptSalt('PT2023-001');
    expect(salt).toBe('ygdz-receipt-v1:PT2023-001');
    expect(hashInput(salt, '106V0E6DV38PE40')).toBe('ygdz-receipt-v1:PT2023-001\n106V0E6DV38PE40');
    expect(receiptHash(salt, '106V0E6DV38PE40')).toBe('078c934ee18180bd');
    expect(receiptHash(salt, '7DBJ23689SZH5QH')).toBe('c716453ae234f08c');
    expect(receiptHash(salt, '7P9D6444JE92829')).toBe('4198c2e27f1afab8');
  });
  it('differs per project for the same code', () => {
    expect(receiptHash(receiptSalt('PT2024-001'), '106V0E6DV38PE40')).not.toBe('078c934ee18180bd');
  });
});

describe('the page’s own SHA-256 (for plain http)', () => {
  const e = new TextEncoder();
  it('matches sha256sum', () => {
    expect(hex(sha256(e.encode('')))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256(e.encode('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(e.encode('a'.repeat(1000))))).toBe(
      '41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3',
    );
    // 55, 56 and 64 bytes: where the length field moves to a second block
    expect(hex(sha256(e.encode('a'.repeat(55))))).toBe(
      '9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318',
    );
    expect(hex(sha256(e.encode('a'.repeat(56))))).toBe(
      'b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a',
    );
    expect(hex(sha256(e.encode('a'.repeat(64))))).toBe(
      'ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb',
    );
  });
  it('gives what the build publishes', () => {
    expect(hex(sha256(e.encode('ygdz-receipt-v1:PT2023-001\n106V0E6DV38PE40'))).slice(0, 16)).toBe('078c934ee18180bd');
  });
});

describe('reading a typed code', () => {
  it('ignores case, spaces and dashes, reads full-width, I/L as 1 and O as 0', () => {
    expect(normalizeCode('106v0-e6dv3-8pe40')).toBe('106V0E6DV38PE40');
    expect(normalizeCode(' 106V0 E6DV3 8PE40 ')).toBe('106V0E6DV38PE40');
    expect(normalizeCode('ＩＯ6V0－E6DV3－8PE4O')).toBe('106V0E6DV38PE40');
    expect(normalizeCode('l06V0E6DV38PE40')).toBe('106V0E6DV38PE40');
  });
  it('rejects a wrong length or a character outside the alphabet', () => {
    expect(normalizeCode('106V0E6DV38PE4')).toBeUndefined();
    expect(normalizeCode('106V0E6DV38PE400')).toBeUndefined();
    expect(normalizeCode('106V0E6DV38PE4U')).toBeUndefined();
  });
  it('groups by five for printing', () => {
    expect(groupCode('106V0E6DV38PE40')).toBe('106V0-E6DV3-8PE40');
  });
});

describe('the key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ygdz-receipt-'));
  it('is used by a build only when YGDZ_RECEIPT_KEY names it', () => {
    const path = join(dir, 'k');
    writeFileSync(path, `${KEY.toString('hex')}\n`);
    expect(buildKey({})).toBeUndefined();
    expect(buildKey({ YGDZ_RECEIPT_KEY: path })?.equals(KEY)).toBe(true);
  });
  it('refuses a key file that is not a key or is inside the project folder', () => {
    const bad = join(dir, 'bad');
    writeFileSync(bad, 'not a key\n');
    expect(() => buildKey({ YGDZ_RECEIPT_KEY: bad })).toThrow(/64 位十六进制/);
    expect(() => buildKey({ YGDZ_RECEIPT_KEY: join(import.meta.dirname, 'k.key') })).toThrow(/项目文件夹/);
    expect(() => buildKey({ YGDZ_RECEIPT_KEY: join(dir, 'missing') })).toThrow(/读不到/);
  });
});

describe('npm run receipts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ygdz-receipts-cli-'));
  const key = join(dir, 'keys', 'receipt.key');
  const out = join(dir, 'codes.csv');
  it('makes a key when there is none, says where to keep it, and writes 人员编号, 姓名 and 核对码', () => {
    const r = runScript('receipts.ts', ['tests/fixtures/paylist', out], { YGDZ_RECEIPT_KEY: key });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`已生成新的核对码密钥：${key}`);
    expect(readFileSync(key, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    const lines = readFileSync(out, 'utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFF人员编号,姓名,核对码');
    expect(lines.slice(1, 6).map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      'PLW01,张德明',
      'PLW02,张立明',
      'PLW03,李秀兰',
      'PLW04,王桂英',
      'PLW05,赵秀英',
    ]);
    for (const l of lines.slice(1, 6))
      expect(l.split(',')[2]).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){2}$/);
  });
  it('gives the same codes with the same key, and keeps the key', () => {
    const first = readFileSync(out, 'utf8');
    const keyText = readFileSync(key, 'utf8');
    const again = join(dir, 'again.csv');
    const r = runScript('receipts.ts', ['tests/fixtures/paylist', again], { YGDZ_RECEIPT_KEY: key });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('已生成新的');
    expect(readFileSync(again, 'utf8')).toBe(first);
    expect(readFileSync(key, 'utf8')).toBe(keyText);
  });
  it('refuses to write the list inside the project folder', () => {
    const r = runScript('receipts.ts', ['tests/fixtures/paylist', 'tests/fixtures/paylist/codes.csv'], {
      YGDZ_RECEIPT_KEY: key,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('可能被提交或发布');
  });
});
