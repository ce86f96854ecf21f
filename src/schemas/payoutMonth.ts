import { z } from 'astro/zod';
import { bucketsText, DAYS_TO_PAY_BUCKETS, PAY_DUE_DAYS } from '../lib/indicators/payTiming.ts';
import { count, fen, field, isoDate, isoMonth } from './common.ts';

/** Payouts of one project for one work month, aggregated: never per person. */
export const payoutMonthSchema = z.object({
  /** `<项目编号>_<YYYY-MM>` */
  id: z.string(),
  /** 项目编号 */
  projectId: field(z.string(), { label: '项目编号', description: '所属项目编号' }),
  /** 务工月份 */
  month: field(isoMonth, { label: '务工月份', description: '务工所在月份' }),
  /** Distinct workers with a payout row this month. */
  workers: field(count, { label: '发放人数', unit: '人', description: '当月有发放记录的务工人数，按人员编号去重' }),
  /** Sum of 务工天数, in hundredths of a day (half days are common). */
  workDaysHundredths: field(count, {
    label: '务工天数',
    unit: '0.01天',
    description: '当月务工天数之和，以 0.01 天为单位',
  }),
  /** Sum of 应发金额. */
  dueFen: field(fen, { label: '应发金额', unit: '分', description: '当月各笔应发金额之和' }),
  /** Sum of 实发金额 over rows already paid. */
  paidFen: field(fen, { label: '实发金额', unit: '分', description: '当月已发放各笔的实发金额之和' }),
  /** Payout rows (笔). */
  rows: field(count, { label: '笔数', unit: '笔', description: '当月发放台账的记录笔数' }),
  /** Rows paid within 30 days of the month's end. */
  timelyRows: field(count, {
    label: '按时发放笔数',
    unit: '笔',
    description: `月末 ${PAY_DUE_DAYS} 天内（含）已发放的笔数`,
  }),
  /** Rows paid more than 30 days after the month's end. */
  latePaidRows: field(count, {
    label: '逾期发放笔数',
    unit: '笔',
    description: `月末 ${PAY_DUE_DAYS} 天后才发放的笔数`,
  }),
  /** Rows with no 发放日期 yet. */
  unpaidRows: field(count, { label: '未发放笔数', unit: '笔', description: '到数据日期尚未发放的笔数' }),
  /** Unpaid rows whose PAY_DUE_DAYS deadline had passed by the data date. */
  overdueRows: field(count, {
    label: '逾期未发放笔数',
    unit: '笔',
    description: `到数据日期仍未发放且已超过月末 ${PAY_DUE_DAYS} 天的笔数`,
  }),
  /** Paid rows by days from the month's end to the pay date, in the buckets of payTiming.ts. */
  daysToPay: field(z.array(count).length(DAYS_TO_PAY_BUCKETS.length), {
    label: '发放用时分布',
    unit: '笔',
    description: `已发放各笔从务工月份结束到发放日期的天数分布：${bucketsText()}`,
  }),
  /** Earliest and latest 发放日期 of the month's paid rows. */
  firstPaidOn: field(isoDate.optional(), { label: '最早发放日期', description: '当月各笔中最早的发放日期' }),
  lastPaidOn: field(isoDate.optional(), { label: '最晚发放日期', description: '当月各笔中最晚的发放日期' }),
});
export type PayoutMonth = z.infer<typeof payoutMonthSchema>;
