import { PAY_METHODS, type PayMethod } from '../../../schemas/options.ts';
import { yuanPlain as yuan } from '../../format.ts';
import { daysInMonth, parseCode, parseDate, parseMoney, parseMonth, parseOption, parseScaled } from '../cells.ts';
import { col, type LedgerSpec, type Row } from '../table.ts';

export const payoutsSpec = {
  file: 'payouts.csv',
  title: '劳务报酬发放台账',
  columns: [
    col('项目编号', 'projectId', true),
    col('人员编号', 'workerId', true),
    col('务工月份', 'month', true),
    col('务工天数', 'days', true),
    col('日工资(元)', 'wage', true),
    col('应发金额(元)', 'due', true),
    col('实发金额(元)', 'paid', true),
    col('发放日期', 'paidOn'),
    col('发放方式', 'method'),
  ],
} as const satisfies LedgerSpec;

type Key = (typeof payoutsSpec.columns)[number]['key'];

export interface PayoutRecord {
  projectId: string;
  workerId: string;
  month: string;
  /** 务工天数 in hundredths of a day. */
  daysH: number;
  wageFen: number;
  dueFen: number;
  /** 0 while unpaid. */
  paidFen: number;
  paidOn?: string;
  method?: PayMethod;
  line: number;
}

/** Reads one payout row and checks it on its own; references to projects and workers are checked by the caller. */
export function parsePayoutRow(row: Row<Key>): PayoutRecord | undefined {
  const projectId = row.req('projectId', (r) => parseCode(r, '项目编号'));
  const workerId = row.req('workerId', (r) => parseCode(r, '人员编号'));
  const month = row.req('month', parseMonth);
  const daysH = row.req('days', (r) => parseScaled(r, 2, '天'));
  const wageFen = row.req('wage', (r) => parseMoney(r, '元'));
  const dueFen = row.req('due', (r) => parseMoney(r, '元'));
  const paidOn = row.opt('paidOn', parseDate);
  // An unpaid row may leave 实发金额 blank or 0; a paid one must state what was paid.
  const paidFen = paidOn ? row.req('paid', (r) => parseMoney(r, '元')) : (row.opt('paid', (r) => parseMoney(r, '元')) ?? 0);
  const method = row.opt('method', (r) => parseOption(r, PAY_METHODS));

  if (daysH !== undefined && daysH <= 0) row.error('days', '务工天数必须大于 0');
  if (wageFen !== undefined && wageFen <= 0) row.error('wage', '日工资必须大于 0');
  if (dueFen !== undefined && dueFen <= 0) row.error('due', '应发金额必须大于 0');
  if (paidFen !== undefined && paidFen < 0) row.error('paid', '实发金额不能是负数');
  if (paidOn && paidFen === 0) row.error('paid', '已填发放日期，实发金额必须大于 0；尚未发放请把发放日期留空');
  if (month && daysH !== undefined && daysH > 0) {
    const max = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    if (daysH > max * 100) row.error('days', `务工天数 ${daysH / 100} 超过了 ${month} 这个月的 ${max} 天`);
  }
  if (daysH !== undefined && wageFen !== undefined && dueFen !== undefined && daysH > 0 && wageFen > 0) {
    // |days × wage − due| ≤ 1 分, in exact integers: days are in 0.01, so compare at 100×.
    const diff = Math.abs(daysH * wageFen - dueFen * 100);
    if (diff > 100)
      row.error('due', `应发金额 ${yuan(dueFen)} 元不等于 务工天数 ${daysH / 100} × 日工资 ${yuan(wageFen)} 元 = ${yuan(Math.floor((daysH * wageFen + 50) / 100))} 元，请核对`);
  }
  if (dueFen !== undefined && paidFen !== undefined && paidFen > dueFen)
    row.error('paid', `实发金额 ${yuan(paidFen)} 元大于应发金额 ${yuan(dueFen)} 元，请核对`);
  if (month && paidOn && paidOn < `${month}-01`) row.error('paidOn', `发放日期 ${paidOn} 早于务工月份 ${month}，请核对`);
  if (method === '现金') row.warning('method', '以现金发放劳务报酬，请留存签收凭证；政策要求原则上通过银行代发或“一卡通”发放到本人账户');
  if (row.failed) return undefined;
  return {
    projectId: projectId!,
    workerId: workerId!,
    month: month!,
    daysH: daysH!,
    wageFen: wageFen!,
    dueFen: dueFen!,
    paidFen: paidFen!,
    paidOn,
    method,
    line: row.line,
  };
}
