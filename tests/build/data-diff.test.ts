/**
 * npm run diff: the review report of a data change, between two folders and against a git commit. Facts of
 * tests/fixtures/district-b (see its README.md); the edits below are made by hand in copies of it.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gitIn } from '../helpers/git.ts';
import { fixture, runScript, tempDir } from '../helpers/site.ts';

let before: string;
let after: string;

function edit(dir: string, file: string, f: (text: string) => string) {
  writeFileSync(join(dir, file), f(readFileSync(join(dir, file), 'utf8')));
}

/** The lines of the report's section `title`, up to the next blank line. */
function section(out: string, title: string): string[] {
  const lines = out.split('\n');
  const at = lines.findIndex((l) => l.startsWith(title));
  expect(at, `section ${title}`).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', at);
  return lines.slice(at, end < 0 ? undefined : end);
}

beforeAll(() => {
  before = tempDir('before-');
  cpSync(fixture('district-b'), before, { recursive: true });
  after = tempDir('after-');
  cpSync(fixture('district-b'), after, { recursive: true });
  edit(after, 'projects.csv', (t) => t.replace('杉树坪村产业路硬化工程', '杉树坪村产业路硬化工程（二期）'));
  // One more payout in 2024-03 for SL2024-001: SW05 is placed on no project, so put SW02 in April instead.
  edit(after, 'payouts.csv', (t) => `${t.trimEnd()}\nSL2024-001,SW02,2024-04,10,150,1500,1500,2024-05-10,银行代发\n`);
  edit(after, 'trainings.csv', (t) =>
    t
      .split('\n')
      .filter((l) => !l.startsWith('SX2024-01,'))
      .join('\n'),
  );
  edit(
    after,
    'inspections.csv',
    (t) => `${t.trimEnd()}\nSL2024-002,2024-07-01,实施,松岭县发展和改革局,现场抽查务工人员在岗情况,无需整改,\n`,
  );
});

describe('npm run diff between two folders', () => {
  let out: string;
  beforeAll(() => {
    const r = runScript('diff.ts', [before, after]);
    expect(r.status, r.stderr).toBe(0);
    out = r.stdout;
  });

  it('names the changed project field with its old and new value', () => {
    expect(section(out, '修改项目')).toEqual([
      '修改项目（1）',
      '  SL2024-001 杉树坪村产业路硬化工程（二期）',
      '    项目名称：杉树坪村产业路硬化工程 → 杉树坪村产业路硬化工程（二期）',
    ]);
  });

  it('reports pay by project and month as amounts and head counts', () => {
    expect(section(out, '劳务报酬')).toEqual([
      '劳务报酬（按项目和月份，只有金额和人数）（1）',
      '  SL2024-001 2024年4月',
      '    发放人数：0 人 → 1 人',
      '    笔数：0 笔 → 1 笔',
      '    应发金额：0.00 元 → 1,500.00 元',
      '    实发金额：0.00 元 → 1,500.00 元',
    ]);
  });

  it('lists the removed training and the added inspection', () => {
    expect(section(out, '删除培训')).toEqual(['删除培训（1）', '  SX2024-01 2024年以工代赈砌筑工技能培训班']);
    expect(section(out, '新增监管记录')).toEqual([
      '新增监管记录（1）',
      '  SL2024-002 2024年7月1日 实施 松岭县发展和改革局',
    ]);
    expect(section(out, '新增项目')).toEqual(['新增项目（0）', '  无']);
  });

  it('never prints a worker’s name, 身份证号 or phone', () => {
    const roster = readFileSync(join(before, 'workers.csv'), 'utf8');
    for (const secret of roster.match(/\d{17}[\dX]|1\d{10}|[罗蒲苟蹇冉][\p{Script=Han}]{1,2}(?=,)/gu)!)
      expect(out).not.toContain(secret);
  });
});

describe('npm run diff against a git commit', () => {
  it('compares the folder as committed with the working folder, and says when the commit is unknown', () => {
    const repo = tempDir('repo-');
    const data = join(repo, 'data');
    cpSync(before, data, { recursive: true });
    const git = gitIn(() => repo);
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'first');
    edit(data, 'trainings.csv', (t) => t.replace(',40,24,', ',40,26,'));
    const r = runScript('diff.ts', ['HEAD', data]);
    expect(r.status, r.stderr).toBe(0);
    expect(section(r.stdout, '修改培训')).toEqual([
      '修改培训（1）',
      '  SX2024-01 2024年以工代赈砌筑工技能培训班',
      '    培训人数：24人 → 26人',
    ]);
    const bad = runScript('diff.ts', ['no-such-commit', data]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('找不到版本“no-such-commit”');
  });
});
