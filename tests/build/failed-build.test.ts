/**
 * A folder with one mistyped amount (tests/fixtures/amount-typo: payouts.csv line 3 has "3,3OO") is refused
 * with its line and column, and a build of it leaves the published site as it was.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runScript, tempDir, treeHash } from '../helpers/site.ts';

const BROKEN = fixture('amount-typo');
const TYPO = '"3,3OO"';
const PROBLEM = {
  file: 'payouts.csv',
  line: 3,
  column: '应发金额(元)',
  message: '“3,3OO” 不是有效金额，请只填数字（单位：元），例如 3300 或 3,300.50',
};

/** The same folder with the one cell corrected. */
let fixed: string;
beforeAll(() => {
  fixed = tempDir('fixed-');
  cpSync(BROKEN, fixed, { recursive: true });
  const payouts = readFileSync(join(fixed, 'payouts.csv'), 'utf8');
  expect(payouts.split(TYPO)).toHaveLength(2); // the typo is there, once
  writeFileSync(join(fixed, 'payouts.csv'), payouts.replace(TYPO, '"3,300"'));
});

describe('npm run validate', () => {
  it('passes the corrected folder (exit 0, its warnings allowed)', () => {
    const r = runScript('validate.ts', [fixed]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('payouts.csv:2:发放方式: 警告：以现金发放劳务报酬');
    // …and, the copy being outside git, that corrections could not be checked.
    expect(r.stdout).toContain('corrections.csv:0:(整个文件): 警告：数据文件夹不在 git 中');
    expect(r.stdout).toMatch(/校验通过：0 个错误，2 个警告/);
  });

  it('fails the folder with the typo with file:line:column: message (exit 1)', () => {
    const r = runScript('validate.ts', [BROKEN]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${PROBLEM.file}:${PROBLEM.line}:${PROBLEM.column}: ${PROBLEM.message}`);
    expect(r.stdout).toMatch(/校验未通过：1 个错误，1 个警告/);
  });

  it('prints the same problems as JSON with --json', () => {
    const r = runScript('validate.ts', [BROKEN, '--json']);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.ok).toBe(false);
    expect(json.problems).toContainEqual({ severity: 'error', ...PROBLEM });
  });
});

describe('a failed build publishes nothing', () => {
  it('leaves the site built from the corrected folder exactly as it was', () => {
    const out = join(tempDir('site-'), 'site');
    const good = runScript('build.ts', [], { DATA_DIR: fixed, OUT_DIR: out, SITE_TODAY: '2024-06-30' });
    expect(good.status, good.stdout + good.stderr).toBe(0);
    const before = treeHash(out);
    expect(before).not.toBe(treeHash(join(out, 'no-such-folder')));

    const r = runScript('build.ts', [], { DATA_DIR: BROKEN, OUT_DIR: out, SITE_TODAY: '2024-06-30' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`网站未更新（${out} 保持原样）`);
    expect(treeHash(out)).toBe(before);
  }, 300_000);
});
