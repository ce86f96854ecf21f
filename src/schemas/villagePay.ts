import { z } from 'astro/zod';
import { count, fen, field } from './common.ts';

/**
 * Labour pay to the workers of one village (村、社区, by the roster's 街道 and 村) in one programme year,
 * summed over every project. Written only when the site publishes the masked per-person payout lists: there a
 * village total reveals nothing the lists do not; without them, a small village's total would be one person's pay.
 */
export const villagePaySchema = z.object({
  /** `<年度>_<街道>_<村(社区)>` */
  id: z.string(),
  /** 年度 */
  year: field(z.number().int(), { label: '年度', unit: '年', description: '项目所属的以工代赈工作年度' }),
  /** 街道 of the workers (roster). */
  subdistrict: field(z.string(), { label: '街道', description: '务工人员所在街道（花名册）' }),
  /** 村(社区) of the workers (roster). */
  village: field(z.string(), { label: '村(社区)', description: '务工人员所在村（社区）（花名册）' }),
  /** Distinct workers of this village with a payout row this year. */
  workers: field(count, {
    label: '发放人数',
    unit: '人',
    description: '本年度有发放记录的本村务工人数，按人员编号去重',
  }),
  /** Projects these workers were paid by, sorted. */
  projectIds: field(z.array(z.string()), { label: '项目编号', description: '本村务工人员务工的项目' }),
  /** Sum of 务工天数, in hundredths of a day. */
  workDaysHundredths: field(count, { label: '务工天数', unit: '0.01天', description: '务工天数之和' }),
  /** Sum of 应发金额. */
  dueFen: field(fen, { label: '应发金额', unit: '分', description: '各笔应发金额之和' }),
  /** Sum of 实发金额 over rows already paid. */
  paidFen: field(fen, { label: '实发金额', unit: '分', description: '已发放各笔的实发金额之和' }),
  /** Payout rows (笔). */
  rows: field(count, { label: '笔数', unit: '笔', description: '发放台账的记录笔数' }),
});
export type VillagePay = z.infer<typeof villagePaySchema>;
