import { describe, expect, it } from 'vitest';
import { Problems } from '../../src/lib/ingest/problems.ts';
import { report } from '../../scripts/ingestFolder.ts';

const lines = (problems: Problems) => {
  const out: string[] = [];
  report({ problems }, (l) => out.push(l));
  return out;
};

describe('validation report', () => {
  it('prints errors before warnings, grouped by file with a count, and the summary last', () => {
    const p = new Problems();
    p.warning('payouts.csv', 9, '发放方式', '现金');
    p.error('workers.csv', 4, '身份证号', '无效');
    p.warning('projects.csv', 2, '项目名称', '注意');
    p.error('projects.csv', 7, '年度', '不是年份');
    p.error('projects.csv', 3, '街道', '必填');
    expect(lines(p)).toEqual([
      '【projects.csv：2 个错误】',
      'projects.csv:3:街道: 必填',
      'projects.csv:7:年度: 不是年份',
      '【workers.csv：1 个错误】',
      'workers.csv:4:身份证号: 无效',
      '【projects.csv：1 个警告】',
      'projects.csv:2:项目名称: 警告：注意',
      '【payouts.csv：1 个警告】',
      'payouts.csv:9:发放方式: 警告：现金',
      '校验未通过：3 个错误，2 个警告。改正错误后才能发布。',
    ]);
  });

  it('a flood of warnings never crowds out an error, and counts include what is not listed', () => {
    const p = new Problems(2);
    for (let line = 2; line < 7; line++) p.warning('payouts.csv', line, '发放方式', '现金');
    p.error('payouts.csv', 8, '应发金额(元)', '不是金额');
    const out = lines(p);
    expect(out[0]).toBe('【payouts.csv：1 个错误】');
    expect(out[1]).toBe('payouts.csv:8:应发金额(元): 不是金额');
    expect(out).toContain('【payouts.csv：5 个警告】');
    expect(out).toContain('payouts.csv: 另有 3 个问题未列出，请先改正以上问题');
    expect(out.at(-1)).toBe('校验未通过：1 个错误，5 个警告。改正错误后才能发布。');
  });
});
