import { z } from 'astro/zod';
import { count, fen, field, isoDate } from './common.ts';

/** One job opening (招工信息, jobs.csv row); every field is public, the contact is an office, not a worker. */
export const jobSchema = z.object({
  /** `<项目编号>_<n>`, n counting the project's openings in ledger order. */
  id: z.string(),
  /** 项目编号 */
  projectId: field(z.string(), { label: '项目编号', description: '招工的项目编号' }),
  /** 岗位 */
  post: field(z.string().min(1), { label: '岗位', description: '招聘的岗位或工种' }),
  /** 需求人数 */
  wanted: field(count, { label: '需求人数', unit: '人', description: '这个岗位需要的人数' }),
  /** 日工资标准 in 分. */
  dailyWageFen: field(fen, { label: '日工资标准', unit: '分', description: '这个岗位每天的工资标准' }),
  /** 技能要求 */
  skills: field(z.string().optional(), { label: '技能要求', description: '对报名人员的技能要求，没有时为空' }),
  /** 报名开始日期 */
  start: field(isoDate, { label: '报名开始日期', description: '开始接受报名的日期' }),
  /** 报名截止日期 (inclusive) */
  end: field(isoDate, { label: '报名截止日期', description: '报名截止的日期（当天仍可报名）' }),
  /** 报名方式 */
  signUp: field(z.string().min(1), { label: '报名方式', description: '到哪里、怎样报名' }),
  /** 联系人 */
  contact: field(z.string().optional(), { label: '联系人', description: '负责报名的单位或工作人员' }),
  /** 联系电话 */
  phones: field(z.array(z.string()), { label: '联系电话', description: '报名咨询的办公电话' }),
});
export type Job = z.infer<typeof jobSchema>;
