import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemo, DIST, ROOT, runScript, tempDir, treeHash } from '../helpers/site.ts';

/** A copy of the demo data with one broken payout amount on line 12. */
function brokenFolder(): string {
  const dir = tempDir('bad-');
  cpSync(join(ROOT, 'data'), dir, { recursive: true });
  const path = join(dir, 'payouts.csv');
  const lines = readFileSync(path, 'utf8').split('\r\n');
  const cells = lines[11].split(',');
  cells[5] = '3,3OO';
  lines[11] = cells.map((c: string) => (c.includes(',') ? `"${c}"` : c)).join(',');
  writeFileSync(path, lines.join('\r\n'));
  return dir;
}

beforeAll(() => buildDemo());

describe('npm run validate', () => {
  it('passes the shipped demo data (exit 0, warnings allowed)', () => {
    const r = runScript('validate.ts', [join(ROOT, 'data')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/校验通过：0 个错误/);
  });

  it('fails a broken folder with file:line:column: message (exit 1)', () => {
    const r = runScript('validate.ts', [brokenFolder()]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('payouts.csv:12:应发金额(元): “3,3OO” 不是有效金额，请只填数字（单位：元），例如 3300 或 3,300.50');
  });

  it('prints the same problems as JSON with --json', () => {
    const r = runScript('validate.ts', [brokenFolder(), '--json']);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.ok).toBe(false);
    expect(json.problems).toContainEqual({ severity: 'error', file: 'payouts.csv', line: 12, column: '应发金额(元)', message: '“3,3OO” 不是有效金额，请只填数字（单位：元），例如 3300 或 3,300.50' });
  });
});

describe('a failed build publishes nothing', () => {
  it('leaves an existing dist/ exactly as it was', () => {
    const before = treeHash(DIST);
    const r = runScript('build.ts', [], { DATA_DIR: brokenFolder(), OUT_DIR: DIST });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`网站未更新（${DIST} 保持原样）`);
    expect(treeHash(DIST)).toBe(before);
  });
});
