/**
 * References declared in the ledger registry, checked by one generic function: a missing key is an error at the
 * referring cell; rows referring to a row that was itself rejected are not each an error but are counted in one
 * summary at that row.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest/ingest.ts';
import { formatProblem } from '../../src/lib/ingest/problems.ts';
import { csv, memorySource } from '../helpers/memory.ts';
import * as L from '../helpers/ledgers.ts';

async function run(files: Record<string, string>) {
  const r = await ingest(memorySource(files), { today: '2026-01-01' });
  return {
    ok: r.problems.ok,
    errors: r.problems.list.filter((p) => p.severity === 'error').map(formatProblem),
    warnings: r.problems.list.filter((p) => p.severity === 'warning').map(formatProblem),
  };
}
const withFiles = (files: Record<string, string>) => ({ ...L.validFolder(), ...files });
const SKIPPED = '引用这个项目，已跳过检查，改正后会一并检查）';

describe('a rejected row that other ledgers refer to', () => {
  it('a project with an error: its one error, which counts the rows that refer to it', async () => {
    const r = await run(withFiles({ 'projects.csv': csv(L.PROJECTS_HEADER, L.project('P-1', { year: '二〇二三' })) }));
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([
      `projects.csv:2:年度: “二〇二三” 不是有效的整数，请只填数字（workers.csv 有 2 行、payouts.csv 有 2 行、trainings.csv 有 1 行、inspections.csv 有 1 行${SKIPPED}`,
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('a required column missing: one error at the header, counting every row that refers to the file', async () => {
    const header = L.PROJECTS_HEADER.split(',').filter((h) => h !== '项目名称');
    const row = L.project('P-1').split(',');
    row.splice(L.PROJECTS_HEADER.split(',').indexOf('项目名称'), 1);
    const r = await run(withFiles({ 'projects.csv': csv(header.join(','), row.join(',')) }));
    expect(r.errors).toEqual([
      'projects.csv:1:项目名称: 缺少必填列“项目名称”。请在第一行表头中加上这一列（列名要与模板一致）（workers.csv 有 2 行、payouts.csv 有 2 行、trainings.csv 有 1 行、inspections.csv 有 1 行引用这个文件中的项目，已跳过检查，改正后会一并检查）',
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('a file missing that other files refer to: one error, counting the rows that refer to it', async () => {
    const files = withFiles({});
    delete (files as Record<string, string>)['workers.csv'];
    const r = await run(files);
    expect(r.errors).toEqual([
      'workers.csv:1:(整个文件): 没有 workers.csv，但payouts.csv 有 2 行引用其中的人员：请补上这个文件',
    ]);
  });

  it('a worker with an error: the payouts to that worker are counted at the worker', async () => {
    const workers = csv(L.WORKERS_HEADER, L.worker('W1', '110105194912310039'), L.worker('W2', L.IDS[1]));
    const r = await run(withFiles({ 'workers.csv': workers }));
    expect(r.errors).toEqual([
      'workers.csv:2:身份证号: “110105194912310039” 校验位不对，号码中有数字录错了，请对照身份证核对（payouts.csv 有 1 行引用这个人员，已跳过检查，改正后会一并检查）',
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('through a chain: a worker skipped for its rejected project leaves its payouts counted at the project', async () => {
    const projects = csv(L.PROJECTS_HEADER, L.project('P-1', { year: '二〇二三' }), L.project('P-2'));
    const payouts = csv(
      L.PAYOUTS_HEADER,
      L.payout({ project: 'P-2' }),
      L.payout({ project: 'P-2', worker: 'W2', days: '20.5', wage: '200', due: '4100', paid: '4100' }),
    );
    const r = await run(
      withFiles({
        'projects.csv': projects,
        'payouts.csv': payouts,
        'trainings.csv': csv(L.TRAININGS_HEADER),
        'inspections.csv': csv(L.INSPECTIONS_HEADER),
      }),
    );
    // Both workers are on P-1; the payouts go to P-2 but name those workers.
    expect(r.errors).toEqual([
      `projects.csv:2:年度: “二〇二三” 不是有效的整数，请只填数字（workers.csv 有 2 行、payouts.csv 有 2 行${SKIPPED}`,
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('a row whose key cannot be read is not a target: references to that key are errors as before', async () => {
    const r = await run(withFiles({ 'projects.csv': csv(L.PROJECTS_HEADER, L.project('P 1')) }));
    expect(r.errors[0]).toBe('projects.csv:2:项目编号: “P 1” 第 2 个字符是空格：项目编号中间不能有空格或换行，请删除');
    expect(r.errors).toContain('payouts.csv:2:项目编号: 项目编号“P-1”在项目清单（projects.csv）中不存在，请核对编号');
    expect(r.warnings).toEqual([]);
  });

  it('a duplicate key is not a rejected target: the first row stands and references resolve to it', async () => {
    const r = await run(withFiles({ 'projects.csv': csv(L.PROJECTS_HEADER, L.project('P-1'), L.project('p-1')) }));
    expect(r.errors).toEqual([
      'projects.csv:4:项目编号: 项目编号“p-1”与第 2 行的“P-1”重复（不区分大小写），每个项目的编号必须唯一（Excel 第 3 行）',
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('a rejected row whose key another accepted row holds (in another case) is not a target either', async () => {
    const projects = csv(L.PROJECTS_HEADER, L.project('P-1'), L.project('p-1', { year: '二〇二三' }));
    const r = await run(
      withFiles({
        'projects.csv': projects,
        'inspections.csv': csv(L.INSPECTIONS_HEADER, L.inspection({ project: 'p-1' })),
      }),
    );
    expect(r.errors).toEqual([
      'projects.csv:4:年度: “二〇二三” 不是有效的整数，请只填数字（Excel 第 3 行）',
      'inspections.csv:2:项目编号: 项目编号“p-1”在项目清单（projects.csv）中不存在，请核对编号（注意大小写）',
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('a row referring to an accepted key in the wrong case gets the case hint', async () => {
    const r = await run(withFiles({ 'inspections.csv': csv(L.INSPECTIONS_HEADER, L.inspection({ project: 'p-1' })) }));
    expect(r.errors).toEqual([
      'inspections.csv:2:项目编号: 项目编号“p-1”在项目清单（projects.csv）中不存在，请核对编号（注意大小写）',
    ]);
  });
});
