import type { Project } from '../../../schemas/project.ts';
import { PROJECT_STATUSES, PROJECT_TYPES, SECTORS } from '../../../schemas/options.ts';
import { parseCode, parseCount, parseDate, parseMoney, parseOption, parsePhone } from '../cells.ts';
import { addDays } from '../../dates.ts';
import { col, type LedgerSpec, type Row } from '../table.ts';

export const projectsSpec = {
  file: 'projects.csv',
  title: '项目清单',
  columns: [
    col('项目编号', 'id', true),
    col('项目名称', 'name', true),
    col('年度', 'year', true),
    col('街道', 'subdistrict', true),
    col('建设地点', 'location', true),
    col('项目类型', 'type', true),
    col('行业领域', 'sector', true),
    col('建设单位', 'owner', true),
    col('施工单位', 'contractor'),
    col('监理单位', 'supervisor'),
    col('总投资(万元)', 'investment', true),
    col('以工代赈专项资金(万元)', 'reliefFund'),
    col('建设内容', 'content', true, true),
    col('以工代赈环节', 'tasks', true, true),
    col('计划用工人数', 'plannedWorkers', true),
    col('预计劳务报酬(万元)', 'plannedPay', true),
    col('计划开工日期', 'plannedStart'),
    col('计划完工日期', 'plannedEnd'),
    col('项目状态', 'status', true),
    col('公示开始日期', 'noticeStart'),
    col('公示结束日期', 'noticeEnd'),
    col('监督电话', 'supervisionPhone'),
    col('矛盾协调联系人', 'mediatorName'),
    col('矛盾协调电话', 'mediatorPhone'),
  ],
} as const satisfies LedgerSpec;

type Key = (typeof projectsSpec.columns)[number]['key'];

/** A project row as read: the public fields, before aggregates from the private ledgers are added. */
export type ProjectRecord = Omit<Project, 'workersPlaced' | 'workersByCategory' | 'dueFen' | 'paidFen' | 'payoutRows' | 'unpaidRows' | 'overdueRows' | 'latePaidRows'>;

const parseYear = (raw: string) => {
  const r = parseCount(raw.replace(/年度?$/, ''));
  if (r.ok && (r.value < 2000 || r.value > 2100)) return { ok: false as const, message: `“${raw}”不是有效年度，请填四位年份，例如 2023` };
  return r;
};

/** Reads one projects.csv row; reports every problem in it and returns undefined if any. */
export function parseProjectRow(row: Row<Key>, noticeDays: number): ProjectRecord | undefined {
  const id = row.req('id', (r) => parseCode(r, '项目编号'));
  const name = row.reqText('name');
  const year = row.req('year', parseYear);
  const subdistrict = row.reqText('subdistrict');
  const location = row.reqText('location');
  const type = row.req('type', (r) => parseOption(r, PROJECT_TYPES));
  const sector = row.req('sector', (r) => parseOption(r, SECTORS));
  const owner = row.reqText('owner');
  const investmentFen = row.req('investment', (r) => parseMoney(r, '万元'));
  const reliefFundFen = row.opt('reliefFund', (r) => parseMoney(r, '万元'));
  const content = row.reqText('content');
  const tasks = row
    .req('tasks', (r) => ({ ok: true, value: r }))
    ?.split(/[；;\n]/)
    .map((t) => t.trim())
    .filter(Boolean);
  const plannedWorkers = row.req('plannedWorkers', (r) => parseCount(r, '人'));
  const plannedPayFen = row.req('plannedPay', (r) => parseMoney(r, '万元'));
  const plannedStart = row.opt('plannedStart', parseDate);
  const plannedEnd = row.opt('plannedEnd', parseDate);
  const status = row.req('status', (r) => parseOption(r, PROJECT_STATUSES));
  const noticeStart = row.opt('noticeStart', parseDate);
  let noticeEnd = row.opt('noticeEnd', parseDate);
  const supervisionPhone = row.opt('supervisionPhone', parsePhone);
  const mediatorName = row.optText('mediatorName');
  const mediatorPhone = row.opt('mediatorPhone', parsePhone);

  for (const [k, v] of [['investment', investmentFen], ['plannedPay', plannedPayFen]] as const)
    if (v !== undefined && v <= 0) row.error(k, '金额必须大于 0');
  if (reliefFundFen !== undefined && reliefFundFen <= 0) row.error('reliefFund', '金额必须大于 0；没有以工代赈专项资金时请留空');
  if (plannedStart && plannedEnd && plannedEnd < plannedStart)
    row.error('plannedEnd', `计划完工日期 ${plannedEnd} 早于计划开工日期 ${plannedStart}，请核对`);
  if (noticeEnd && !noticeStart) row.error('noticeStart', '填了公示结束日期，也要填公示开始日期');
  if (noticeStart && noticeEnd && noticeEnd < noticeStart)
    row.error('noticeEnd', `公示结束日期 ${noticeEnd} 早于公示开始日期 ${noticeStart}，请核对`);
  if (noticeStart && !noticeEnd) noticeEnd = addDays(noticeStart, noticeDays - 1);
  if (investmentFen !== undefined && plannedPayFen !== undefined && plannedPayFen > investmentFen)
    row.error('plannedPay', '预计劳务报酬大于总投资，请核对单位（两列都以万元填写）');
  if (investmentFen !== undefined && reliefFundFen !== undefined && reliefFundFen > investmentFen)
    row.error('reliefFund', '以工代赈专项资金大于总投资，请核对单位（两列都以万元填写）');
  if (tasks && tasks.length === 0) row.error('tasks', '请至少填写一个以工代赈环节，多个环节用“；”隔开');

  if (row.failed) return undefined;
  return {
    id: id!,
    name: name!,
    year: year!,
    subdistrict: subdistrict!,
    location: location!,
    type: type!,
    sector: sector!,
    owner: owner!,
    contractor: row.optText('contractor'),
    supervisor: row.optText('supervisor'),
    investmentFen: investmentFen!,
    reliefFundFen,
    content: content!,
    tasks: tasks!,
    plannedWorkers: plannedWorkers!,
    plannedPayFen: plannedPayFen!,
    plannedStart,
    plannedEnd,
    status: status!,
    noticeStart,
    noticeEnd,
    supervisionPhone,
    mediatorName,
    mediatorPhone,
    sourceLine: row.line,
  };
}
