/**
 * A district may commit a minimised roster (npm run minimise) instead of its full workers.csv: the public site
 * must come out byte for byte the same, duplicates must still be caught, and the file must hold no 身份证号,
 * phone or full name.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runScript, tempDir, treeHash } from '../helpers/site.ts';

const TODAY = { SITE_TODAY: '2024-09-01' };
let plain: string;
let minimised: string;
let keyFile: string;

function build(data: string): string {
  const out = join(tempDir('site-'), 'site');
  const r = runScript('build.ts', [], { DATA_DIR: data, OUT_DIR: out, ...TODAY });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}

beforeAll(() => {
  plain = tempDir('plain-');
  cpSync(fixture('district-b'), plain, { recursive: true });
  minimised = tempDir('minimised-');
  cpSync(fixture('district-b'), minimised, { recursive: true });
  keyFile = join(tempDir('keys-'), 'roster.key');
  const r = runScript('minimise.ts', [join(plain, 'workers.csv'), join(minimised, 'workers.csv')], {
    YGDZ_ROSTER_KEY: keyFile,
    ...TODAY,
  });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain('已生成新的花名册密钥');
});

describe('a minimised roster', () => {
  it('holds no 身份证号, phone number or full name of the roster', () => {
    const original = readFileSync(join(plain, 'workers.csv'), 'utf8');
    const text = readFileSync(join(minimised, 'workers.csv'), 'utf8');
    const secrets = original.match(/\d{17}[\dX]|1\d{10}|罗建国|蒲春兰|苟德全|蹇玉梅|冉志强/g)!;
    expect(secrets.length).toBe(15);
    for (const s of secrets) expect(text).not.toContain(s);
    expect(text).not.toContain('联系电话');
  });

  it('gives the same key file and codes on a second run', () => {
    const again = join(tempDir('again-'), 'workers.csv');
    const r = runScript('minimise.ts', [join(plain, 'workers.csv'), again], { YGDZ_ROSTER_KEY: keyFile, ...TODAY });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('已生成新的花名册密钥');
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(join(minimised, 'workers.csv'), 'utf8'));
  });

  it('refuses a key file inside the repository, writing nothing', () => {
    const out = join(tempDir('refused-'), 'workers.csv');
    const r = runScript('minimise.ts', [join(plain, 'workers.csv'), out], { YGDZ_ROSTER_KEY: 'data/roster.key' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('项目文件夹以外');
  });

  it('builds the same public site as the full roster, byte for byte', () => {
    expect(treeHash(build(minimised))).toBe(treeHash(build(plain)));
  }, 240_000);

  it('still catches one person registered twice', () => {
    const dup = tempDir('dup-');
    cpSync(fixture('district-b'), dup, { recursive: true });
    const lines = readFileSync(join(plain, 'workers.csv'), 'utf8').trimEnd().split('\n');
    // SW06: the same person as SW02 (same number) under a new 人员编号.
    lines.push(lines[2].replace('SW02', 'SW06'));
    writeFileSync(join(plain, 'dup.csv'), lines.join('\n') + '\n');
    const r = runScript('minimise.ts', [join(plain, 'dup.csv'), join(dup, 'workers.csv')], {
      YGDZ_ROSTER_KEY: keyFile,
      ...TODAY,
    });
    expect(r.status, r.stderr).toBe(0);
    const v = runScript('validate.ts', [dup], TODAY);
    expect(v.status).toBe(1);
    expect(v.stdout + v.stderr).toMatch(/workers\.csv:7:身份证号: 这个身份证号已在第 3 行登记过/);
  });
});
