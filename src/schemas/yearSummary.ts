import { z } from 'astro/zod';
import { count, fen, field } from './common.ts';
import { categoryBreakdown } from './project.ts';

/** Headline figures of one programme year (id = "2023"), computed by src/lib/indicators. */
export const yearSummarySchema = z.object({
  /** The year as a string, used as entry id and URL segment. */
  id: z.string(),
  year: field(z.number().int(), { label: '年度', description: '汇总的年度' }),
  /** 项目数 */
  projects: field(count, { label: '项目数', unit: '个', description: '该年度的项目个数' }),
  /** 吸纳务工人数: distinct 人员编号 placed on the year's projects. */
  workersPlaced: field(count, { label: '吸纳务工人数', unit: '人', description: '安排到该年度项目的务工人数，按人员编号去重' }),
  /** workersPlaced by 人员类别, suppressed together with the projects' rows. */
  workersByCategory: field(categoryBreakdown, { label: '按人员类别的务工人数', unit: '人', description: '该年度务工人数按人员类别的分布，与各项目分类人数一起作防推算处理' }),
  /** 预计劳务报酬 summed over the year's projects. */
  plannedPayFen: field(fen, { label: '预计劳务报酬', unit: '分', description: '该年度各项目预计劳务报酬之和' }),
  /** 发放劳务报酬: sum of 实发金额 of paid rows on the year's projects. */
  paidFen: field(fen, { label: '发放劳务报酬', unit: '分', description: '该年度各项目已发放劳务报酬（实发金额）之和' }),
  /** 培训期数: classes starting in the year. */
  trainingClasses: field(count, { label: '培训期数', unit: '期', description: '开始日期在该年的培训期数' }),
  /** 培训学时 */
  trainingHours: field(count, { label: '培训学时', unit: '学时', description: '上述培训的学时之和' }),
  /** 培训人次 */
  trainees: field(count, { label: '培训人次', unit: '人', description: '上述培训的人数之和（人次）' }),
});
export type YearSummary = z.infer<typeof yearSummarySchema>;
