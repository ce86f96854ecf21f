import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runScript } from '../helpers/site.ts';

const LEDGERS = ['projects.csv', 'workers.csv', 'payouts.csv', 'trainings.csv', 'inspections.csv'];

describe('demo data generator', () => {
  it('regenerates the committed demo ledgers byte for byte (seeded, deterministic)', () => {
    const out = mkdtempSync(join(tmpdir(), 'ygdz-gen-'));
    const r = runScript('generate-demo.ts', ['--out', out]);
    expect(r.status, r.stderr).toBe(0);
    for (const f of LEDGERS) expect(readFileSync(join(out, f)).equals(readFileSync(join(ROOT, 'data', f))), f).toBe(true);
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
