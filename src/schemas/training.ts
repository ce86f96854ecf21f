import { z } from 'astro/zod';
import { count, field, isoDate } from './common.ts';

/** One skills-training class (班期) from trainings.csv; all fields are public. */
export const trainingSchema = z.object({
  /** 班期编号 */
  id: field(z.string().min(1), { label: '班期编号', description: '技能培训台账中的班期编号' }),
  /** 培训名称 */
  name: field(z.string().min(1), { label: '培训名称', description: '培训班名称' }),
  /** 培训工种, e.g. 砌筑工 */
  trade: field(z.string().optional(), { label: '培训工种', description: '培训的职业工种' }),
  /** 开始日期; the class counts in the year it starts. */
  start: field(isoDate, { label: '开始日期', description: '培训开始日期，按此日期计入年度' }),
  /** 结束日期 */
  end: field(isoDate, { label: '结束日期', description: '培训结束日期' }),
  /** 培训学时 */
  hours: field(count, { label: '培训学时', unit: '学时', description: '本期培训的学时数' }),
  /** 培训人数 (trainees; a class-level count, not per person). */
  trainees: field(count, { label: '培训人数', unit: '人', description: '本期参加培训的人数（人次）' }),
  /** 承办单位 */
  organizer: field(z.string().min(1), { label: '承办单位', description: '承办培训的单位' }),
  /** 培训地点 */
  place: field(z.string().optional(), { label: '培训地点', description: '培训地点' }),
  /** 关联项目编号 */
  projectId: field(z.string().optional(), { label: '关联项目编号', description: '与培训关联的以工代赈项目' }),
});
export type Training = z.infer<typeof trainingSchema>;
