import { z } from 'astro/zod';
import { count, field } from './common.ts';

/** 类别 of a dispute (矛盾纠纷): a closed list, the same in every district (the five). */
export const DISPUTE_CATEGORIES = ['欠薪', '工资标准', '用工安排', '安全', '其他'] as const;
/** 来源: how the dispute reached the office. */
export const DISPUTE_SOURCES = ['电话', '来访', '12345热线', '12317', '其他'] as const;
/** The row of a group that counts every category. */
export const ALL_CATEGORIES = '全部';
/** A dispute open longer than this many days (as of the data date) is flagged. */
export const DISPUTE_OVERDUE_DAYS = 30;

/**
 * Dispute counts of one group: a year (by 受理日期) or a project (all years), one category or all of them.
 * Only counts and durations: no complainant, no dates of a single dispute.
 */
export const disputeTotalsSchema = z.object({
  /** `<年度>_<类别>` or `<项目编号>_<类别>`. */
  id: z.string(),
  scope: field(z.enum(['年度', '项目']), { label: '范围', description: '按受理年度汇总，或按项目汇总（全部年度）' }),
  year: field(z.number().int().nullable(), { label: '年度', description: '受理日期所在年度；按项目汇总时为空' }),
  projectId: field(z.string().nullable(), { label: '项目编号', description: '按项目汇总时的项目编号；按年度时为空' }),
  category: field(z.string(), { label: '类别', description: '矛盾纠纷类别；“全部”为各类别合计' }),
  received: field(count, { label: '受理', unit: '件', description: '受理的矛盾纠纷件数' }),
  settled: field(count, { label: '办结', unit: '件', description: '其中截至数据日期已办结的件数' }),
  open: field(count, { label: '未办结', unit: '件', description: '其中截至数据日期尚未办结的件数' }),
  openOverdue: field(count, {
    label: '超过30天未办结',
    unit: '件',
    description: '截至数据日期受理已超过 30 天仍未办结的件数',
  }),
  medianDays: field(z.number().nonnegative().nullable(), {
    label: '办结用时中位数',
    unit: '天',
    description: '已办结的从受理日期到办结日期的天数的中位数（件数为偶数时取中间两个的平均）；没有办结的为空',
  }),
  longestDays: field(count.nullable(), {
    label: '最长办结用时',
    unit: '天',
    description: '已办结的从受理日期到办结日期的最长天数；没有办结的为空',
  }),
});
export type DisputeTotals = z.infer<typeof disputeTotalsSchema>;
