import { z } from 'astro/zod';
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
  workDaysHundredths: field(count, { label: '务工天数', unit: '0.01天', description: '当月务工天数之和，以 0.01 天为单位' }),
  /** Sum of 应发金额. */
  dueFen: field(fen, { label: '应发金额', unit: '分', description: '当月各笔应发金额之和' }),
  /** Sum of 实发金额 over rows already paid. */
  paidFen: field(fen, { label: '实发金额', unit: '分', description: '当月已发放各笔的实发金额之和' }),
  /** Rows with no 发放日期 yet. */
  unpaidRows: field(count, { label: '未发放笔数', unit: '笔', description: '当月尚未发放的笔数' }),
  /** Rows paid, or still unpaid, more than 30 days after the month ended. */
  lateRows: field(count, { label: '逾期笔数', unit: '笔', description: '当月逾期（月末 30 天后发放或仍未发放）的笔数' }),
  /** Earliest and latest 发放日期 of the month's paid rows. */
  firstPaidOn: field(isoDate.optional(), { label: '最早发放日期', description: '当月各笔中最早的发放日期' }),
  lastPaidOn: field(isoDate.optional(), { label: '最晚发放日期', description: '当月各笔中最晚的发放日期' }),
});
export type PayoutMonth = z.infer<typeof payoutMonthSchema>;
