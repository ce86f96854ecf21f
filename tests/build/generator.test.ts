import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/ledgers/registry.ts';
import { instructionsName } from '../../src/ledgers/template.ts';
import { ROOT, runScript } from '../helpers/site.ts';

const LEDGERS = REGISTRY.ledgers.map((l) => l.file);
/** The ledgers the demo has (optional ledgers such as payout-batches.csv it does not use). */
const DEMO_LEDGERS = LEDGERS.filter((f) => existsSync(join(ROOT, 'data', f)));

describe('demo data generator', () => {
  it('regenerates the committed demo ledgers byte for byte (seeded, deterministic)', () => {
    const out = mkdtempSync(join(tmpdir(), 'ygdz-gen-'));
    const r = runScript('generate-demo.ts', ['--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(DEMO_LEDGERS.length).toBeGreaterThanOrEqual(5);
    for (const f of DEMO_LEDGERS)
      expect(readFileSync(join(out, f)).equals(readFileSync(join(ROOT, 'data', f))), f).toBe(true);
  });

  it('writes a scaled data set that validates', () => {
    const out = mkdtempSync(join(tmpdir(), 'ygdz-scale-'));
    expect(runScript('generate-demo.ts', ['--out', out, '--projects', '40', '--workers', '500']).status).toBe(0);
    const lines = (f: string) => readFileSync(join(out, f), 'utf8').split('\r\n').filter(Boolean).length - 1;
    expect(lines('projects.csv')).toBe(40);
    expect(lines('workers.csv')).toBe(500);
    expect(lines('payouts.csv')).toBe(1500);
    const v = runScript('validate.ts', [out]);
    expect(v.stdout).toContain('校验通过：0 个错误');
  });
});

describe('npm run template', () => {
  it('writes each ledger as a CSV (BOM, header, one example row) with its 填写说明, and site.json; it validates', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ygdz-tpl-')), '模板');
    const r = runScript('template.ts', [out]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      [...LEDGERS, ...LEDGERS.map(instructionsName), 'site.json', 'site.json.填写说明.txt'].sort(),
    );
    for (const l of REGISTRY.ledgers) {
      const text = readFileSync(join(out, l.file), 'utf8');
      expect(text.startsWith('\uFEFF'), l.file).toBe(true);
      expect(text.split('\r\n'), l.file).toHaveLength(3);
      expect(text.split('\r\n')[0], l.file).toBe(`\uFEFF${l.columns.map((c) => c.header).join(',')}`);
    }
    // The one warning: a fresh folder is not in git, so changes to published notices cannot be checked yet.
    const v = runScript('validate.ts', [out]).stdout;
    expect(v).toContain('校验通过：0 个错误，1 个警告。');
    expect(v).toContain('corrections.csv:0:(整个文件): 警告：数据文件夹不在 git 中');
  });

  it('does not overwrite ledgers that are already there', () => {
    const r = runScript('template.ts', [join(ROOT, 'data')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('为避免覆盖台账和站点设置，没有写入任何文件');
  });
});
