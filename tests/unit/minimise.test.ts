import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idToken, minimiseRoster } from '../../src/lib/minimise/minimise.ts';
import { KeyFileError, loadKey, type KeyFileEffects } from '../../src/lib/minimise/keyFile.ts';
import { parseIdCard } from '../../src/lib/ingest/idcard.ts';

const KEY = Buffer.from('00'.repeat(31) + '01', 'hex');
const OTHER_KEY = Buffer.from('00'.repeat(31) + '02', 'hex');

async function* chunksOf(text: string, size = 7) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function run(text: string, key = KEY) {
  let out = '';
  const result = await minimiseRoster(chunksOf(text), key, '2025-01-01', 'workers.csv', (t) => {
    out += t;
  });
  return { out, ...result };
}

const ROSTER = [
  '人员编号,姓名,身份证号,性别,街道,村(社区),人员类别,务工意愿,项目编号,联系电话',
  'A1,欧阳明华,11010519491231002X,,甲镇,一村,脱贫人口,是,P-1,13800000001',
  'A2,张三,110105198507060846,女,甲镇,"二村,东",农村劳动力,是,,0535-1234567',
].join('\r\n');

describe('idToken', () => {
  it('is HMAC-SHA-256 of the number under the key, base-32, 20 characters after K1-', () => {
    // Computed independently with Python's hmac and base64.b32encode.
    expect(idToken(KEY, '11010519491231002X')).toBe('K1-ZVLELSUQ6XCQ7KRUVS7B');
  });
  it('gives the same token for the same number and key, another for another key', () => {
    expect(idToken(KEY, '110105194912310029')).toBe(idToken(KEY, '110105194912310029'));
    expect(idToken(OTHER_KEY, '110105194912310029')).not.toBe(idToken(KEY, '110105194912310029'));
  });
  it('is accepted by the 身份证号 cell, and a cut or hand-edited token is not', () => {
    expect(parseIdCard('K1-ZVLELSUQ6XCQ7KRUVS7B', '2025-01-01')).toEqual({
      ok: true,
      value: { number: 'K1-ZVLELSUQ6XCQ7KRUVS7B' },
    });
    for (const bad of ['K1-ZVLELSUQ6XCQ7KRUVS7', 'K1-ZVLELSUQ6XCQ7KRUVS71']) {
      const r = parseIdCard(bad, '2025-01-01');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain('npm run minimise');
    }
  });
});

describe('minimiseRoster', () => {
  it('hashes numbers, keeps gender and birth year, masks names, drops phones, copies the rest', async () => {
    const { out, rows, problems } = await run(ROSTER);
    expect(problems).toEqual([]);
    expect(rows).toBe(2);
    expect(out.split('\r\n')).toEqual([
      '\uFEFF人员编号,姓名,身份证号,性别,街道,村(社区),人员类别,务工意愿,项目编号,出生年份',
      'A1,欧阳*华,K1-ZVLELSUQ6XCQ7KRUVS7B,女,甲镇,一村,脱贫人口,是,P-1,1949',
      `A2,张*,${idToken(KEY, '110105198507060846')},女,甲镇,"二村,东",农村劳动力,是,,1985`,
      '',
    ]);
  });

  it('leaves no number, no phone and no full name in its output', async () => {
    const { out } = await run(ROSTER);
    for (const secret of [
      '11010519491231002X',
      '110105194912310029',
      '13800000001',
      '0535-1234567',
      '欧阳明华',
      '张三',
    ])
      expect(out).not.toContain(secret);
  });

  it('reports each invalid number at its line and column, once', async () => {
    const text = [
      '人员编号,姓名,身份证号',
      'A1,张三,110105194912310028',
      'A2,李四,1.10105E+17',
      'A3,王五,11010519491231002X',
    ].join('\n');
    const { problems } = await run(text);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual([
      'workers.csv:2:身份证号',
      'workers.csv:3:身份证号',
    ]);
    expect(problems[0].message).toContain('校验位不对');
    expect(problems[1].message).toContain('科学计数法');
  });

  it('changes nothing when run on its own output', async () => {
    const once = (await run(ROSTER)).out;
    const twice = (await run(once.replace(/^\uFEFF/, ''))).out;
    expect(twice).toBe(once);
  });

  it('refuses a roster without a 身份证号 column', async () => {
    const { problems } = await run('人员编号,姓名\nA1,张三\n');
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain('身份证号');
  });
});

describe('loadKey', () => {
  const files = new Map<string, string>();
  const fx: KeyFileEffects = {
    exists: (p) => files.has(p),
    read: (p) => files.get(p)!,
    create: (p, t) => void files.set(p, t),
    random: (n) => Buffer.alloc(n, 7),
  };
  const spec = { envVar: 'K', defaultName: 'roster.key' };

  it('makes a key under ~/.config/ygdz the first time, then reads the same one', () => {
    const first = loadKey(spec, { HOME: '/home/clerk' }, '/work/repo', fx);
    expect(first.path).toBe(join('/home/clerk', '.config', 'ygdz', 'roster.key'));
    expect(first.created).toBe(true);
    const again = loadKey(spec, { HOME: '/home/clerk' }, '/work/repo', fx);
    expect(again.created).toBe(false);
    expect(again.key.equals(first.key)).toBe(true);
    expect(first.key.equals(Buffer.alloc(32, 7))).toBe(true);
  });

  it('refuses a key file inside the repository', () => {
    expect(() => loadKey(spec, { K: '/work/repo/data/roster.key' }, '/work/repo', fx)).toThrow(KeyFileError);
  });

  it('refuses a damaged key file instead of making codes that change', () => {
    files.set('/keys/bad.key', 'abc\n');
    expect(() => loadKey(spec, { K: '/keys/bad.key' }, '/work/repo', fx)).toThrow(/64 位十六进制/);
  });
});
