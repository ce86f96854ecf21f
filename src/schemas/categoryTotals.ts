import { z } from 'astro/zod';
import { SUPPRESSION_NOTE } from '../lib/privacy/rule.ts';
import { count, field } from './common.ts';
import { categoryBreakdown } from './project.ts';

/**
 * Workers placed by 人员类别 for one year (id "2023") or all years (id "all"), suppressed together with
 * every project's breakdown so no hidden count can be recovered from any combination of published totals.
 */
export const categoryTotalsSchema = z.object({
  id: z.string(),
  /** The year, or null for all years together. */
  year: field(z.number().int().nullable(), { label: '年度', description: '汇总的年度；空表示全部年度' }),
  /** Workers placed (the row total, always published). */
  workers: field(count, { label: '吸纳务工人数', unit: '人', description: '安排到这些项目的务工人数，按人员编号去重' }),
  /** The breakdown, small cells suppressed. */
  byCategory: field(categoryBreakdown, {
    label: '按人员类别的务工人数',
    unit: '人',
    description: `按人员类别的人数。${SUPPRESSION_NOTE}`,
  }),
});
export type CategoryTotals = z.infer<typeof categoryTotalsSchema>;
