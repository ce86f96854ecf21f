/** disputes.csv 矛盾纠纷台账: file:line:column errors in plain Chinese, and what the ledger keeps. */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest/ingest.ts';
import { formatProblem } from '../../src/lib/ingest/problems.ts';
import { LEDGERS } from '../../src/ledgers/registry.ts';
import { csvHeader, csvLine } from '../../scripts/demo/csvWriter.ts';
import { memorySource, csv, withoutSkipped } from '../helpers/memory.ts';
import * as L from '../helpers/ledgers.ts';

type Key = (typeof LEDGERS.disputes.columns)[number]['key'];
const HEADER = csvHeader(LEDGERS.disputes);
const dispute = (id: string, over: Partial<Record<Key, string>> = {}) =>
  csvLine(LEDGERS.disputes, {
    id,
    projectId: 'P-1',
    receivedOn: '2023-06-01',
    category: '欠薪',
    source: '12345热线',
    settledOn: '2023-06-10',
    result: '已督促施工单位补发',
    office: '解甲庄街道矛盾协调小组',
    complainant: '王大力',
    phone: '13905351234',
    ...over,
  });

async function run(...rows: string[]) {
  const r = await ingest(memorySource({ ...L.validFolder(), 'disputes.csv': csv(HEADER, ...rows) }), {
    today: '2024-01-01',
  });
  return {
    ok: r.problems.ok,
    errors: r.problems.list.filter((p) => p.severity === 'error').map((p) => withoutSkipped(formatProblem(p))),
    warnings: r.problems.list.filter((p) => p.severity === 'warning').map(formatProblem),
  };
}

describe('disputes.csv', () => {
  it('a valid ledger passes without warnings; without the file nothing is said', async () => {
    expect(await run(dispute('JF-1'), dispute('JF-2', { settledOn: '', result: '', complainant: '' }))).toEqual({
      ok: true,
      errors: [],
      warnings: [],
    });
  });

  it.each([
    [
      '办结 before 受理',
      { settledOn: '2023-05-30' },
      'disputes.csv:2:办结日期: 办结日期 2023-05-30 早于受理日期 2023-06-01，请核对',
    ],
    [
      'an unknown 类别',
      { category: '拖欠工资' },
      'disputes.csv:2:类别: “拖欠工资” 不是可选的值，只能填：欠薪、工资标准、用工安排、安全、其他',
    ],
    [
      'an unknown project',
      { projectId: 'P-9' },
      'disputes.csv:2:项目编号: 项目编号“P-9”在项目清单（projects.csv）中不存在，请核对编号',
    ],
    [
      'the complainant named in the public 处理结果',
      { result: '已向王大力解释工资标准' },
      'disputes.csv:2:处理结果: 处理结果中写了反映人的姓名，处理结果是可以公开的内容，请删去姓名（可写“反映人”）',
    ],
    [
      "the complainant's phone in the public 处理结果",
      { result: '已电话回复 139-0535-1234' },
      'disputes.csv:2:处理结果: 处理结果中写了反映人的电话，处理结果是可以公开的内容，请删去电话',
    ],
    [
      'a 受理日期 in the future',
      { receivedOn: '2024-02-01', settledOn: '' },
      'disputes.csv:2:受理日期: 受理日期 2024-02-01 晚于今天，请核对',
    ],
  ])('rejects %s', async (_, over, message) => {
    const r = await run(dispute('JF-1', over));
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([message]);
  });

  it('rejects a duplicate 编号 and warns on a settled dispute without 处理结果', async () => {
    const r = await run(dispute('JF-1'), dispute('JF-1'), dispute('JF-3', { result: '' }));
    expect(r.errors).toEqual(['disputes.csv:3:编号: 编号“JF-1”与第 2 行重复，每件矛盾纠纷一个编号']);
    expect(r.warnings).toEqual(['disputes.csv:4:处理结果: 警告：已办结，请填写处理结果']);
  });
});
