/**
 * Corrections need a reason: validate compares the data with the last committed version and rejects a change to
 * a published notice without a new corrections.csv row. A git repository of our own in a temporary folder, with a
 * copy of tests/fixtures/district-b (公示 of SL2024-001 began 2024-02-15, of SL2024-002 on 2024-04-10).
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { editIn, gitIn } from '../helpers/git.ts';
import { fixture, runScript, tempDir } from '../helpers/site.ts';

let repo: string;
let data: string;

const git = gitIn(() => repo);
const edit = editIn(() => data);
const validate = (...args: string[]) => {
  const r = runScript('validate.ts', [data, ...args]);
  return { status: r.status, out: r.stdout + r.stderr };
};
const errorsOf = (out: string) => out.split('\n').filter((l) => /^projects\.csv:\d+:/.test(l) && !l.includes('警告'));

const CONTENT = '硬化产业路约 2.4 公里';
const CORRECTIONS = '项目编号,更正日期,更正原因\n';

beforeEach(() => {
  repo = tempDir('repo-');
  data = join(repo, 'data');
  cpSync(fixture('district-b'), data, { recursive: true });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'published');
});

describe('a change to a published notice', () => {
  it('is one error per changed field, at the project row, with old and new values', () => {
    edit('projects.csv', (t) =>
      t.replace(CONTENT, '硬化产业路约 3.1 公里').replace('杉树坪村产业路硬化工程', '杉树坪村产业路拓宽工程'),
    );
    const { status, out } = validate();
    expect(status).toBe(1);
    const errors = errorsOf(out);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(
      /^projects\.csv:2:项目名称: 项目 SL2024-001（杉树坪村产业路硬化工程）的公示已于2024年2月15日开始/,
    );
    expect(errors[0]).toContain('“项目名称”由“杉树坪村产业路硬化工程”改为“杉树坪村产业路拓宽工程”');
    expect(errors[1]).toMatch(/^projects\.csv:2:建设内容: /);
    expect(errors[1]).toContain('3.1 公里');
    expect(errors[1]).toContain('corrections.csv');
  });

  it('passes with a new corrections.csv row for that project, and needs another for the next change', () => {
    edit('projects.csv', (t) => t.replace(CONTENT, '硬化产业路约 3.1 公里'));
    writeFileSync(join(data, 'corrections.csv'), `${CORRECTIONS}SL2024-001,2024-03-01,设计变更：路线延长至 3.1 公里\n`);
    expect(validate().status).toBe(0);
    git('add', '.');
    git('commit', '-qm', 'corrected');
    edit('projects.csv', (t) => t.replace('硬化产业路约 3.1 公里', '硬化产业路约 3.3 公里'));
    const again = validate();
    expect(again.status).toBe(1);
    expect(errorsOf(again.out)).toHaveLength(1);
  });

  it('is not an error for a project whose 公示 has not begun, nor for a reason given to another project', () => {
    edit('projects.csv', (t) => t.replace('2024-10-25', '2099-10-25').replace('2024-10-31', '2099-10-31'));
    git('commit', '-qam', 'notice of SL2024-004 postponed');
    edit('projects.csv', (t) => t.replace('修建生态护岸约 1.2 公里', '修建生态护岸约 1.5 公里'));
    expect(validate().status).toBe(0);
    edit('projects.csv', (t) => t.replace(CONTENT, '硬化产业路约 3.1 公里'));
    writeFileSync(join(data, 'corrections.csv'), `${CORRECTIONS}SL2024-002,2024-03-01,更正山坪塘数量\n`);
    expect(errorsOf(validate().out)).toHaveLength(1);
  });

  it('removing a published project needs a reason too', () => {
    edit('projects.csv', (t) =>
      t
        .split('\n')
        .filter((l) => !l.startsWith('SL2024-002,'))
        .join('\n'),
    );
    for (const f of ['workers.csv', 'payouts.csv', 'inspections.csv', 'trainings.csv'])
      edit(f, (t) =>
        t
          .split('\n')
          .filter((l) => !l.includes('SL2024-002'))
          .join('\n'),
      );
    const { status, out } = validate();
    expect(status).toBe(1);
    expect(out).toMatch(/projects\.csv:0:\(整个文件\): 项目 SL2024-002（.*）的公示已于2024年4月10日开始，.*被删除了/);
  });

  it('with --since, checks a change that is already committed (as CI does)', () => {
    edit('projects.csv', (t) => t.replace(CONTENT, '硬化产业路约 3.1 公里'));
    git('commit', '-qam', 'changed without a reason');
    expect(validate().status).toBe(0);
    const r = validate('--since', 'HEAD~1');
    expect(r.status).toBe(1);
    expect(errorsOf(r.out)).toHaveLength(1);
  });
});

describe('without a committed version', () => {
  it('warns and goes on outside git, and before the first commit', () => {
    const outside = tempDir('plain-');
    cpSync(fixture('district-b'), outside, { recursive: true });
    const r = runScript('validate.ts', [outside]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('corrections.csv:0:(整个文件): 警告：数据文件夹不在 git 中');

    rmSync(join(repo, '.git'), { recursive: true, force: true });
    git('init', '-q');
    const first = validate();
    expect(first.status).toBe(0);
    expect(first.out).toContain('还没有提交过任何版本');
  });
});
