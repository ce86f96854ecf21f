import { z } from 'astro/zod';
import { count, fen, field, isoDate, protectedCount } from './common.ts';
import { PROJECT_STATUSES, PROJECT_TYPES, SECTORS, WORKER_CATEGORIES } from './options.ts';

/** Workers placed on a project (or in a year) by 人员类别, after suppression. */
export const categoryBreakdown = z.object(
  Object.fromEntries(WORKER_CATEGORIES.map((c) => [c, protectedCount])) as Record<
    (typeof WORKER_CATEGORIES)[number],
    typeof protectedCount
  >,
);
export type CategoryBreakdown = z.infer<typeof categoryBreakdown>;

/** One 以工代赈 project as published: the ledger fields of projects.csv plus aggregates of the private ledgers. */
export const projectSchema = z.object({
  /** 项目编号: letters, digits and "-"; the URL of the notice. */
  id: field(z.string().regex(/^[A-Za-z0-9-]+$/), { label: '项目编号' }),
  /** 项目名称 */
  name: field(z.string().min(1), { label: '项目名称' }),
  /** 年度: the programme year the project belongs to. */
  year: field(z.number().int(), { label: '年度', unit: '年' }),
  /** 街道 (subdistrict) where the project is built. */
  subdistrict: field(z.string().min(1), { label: '街道' }),
  /** 建设地点: village or place. */
  location: field(z.string().min(1), { label: '建设地点' }),
  /** 项目类型 under 《国家以工代赈管理办法》. */
  type: field(z.enum(PROJECT_TYPES), { label: '项目类型' }),
  /** 行业领域 */
  sector: field(z.enum(SECTORS), { label: '行业领域' }),
  /** 建设单位 (project owner). */
  owner: field(z.string().min(1), { label: '建设单位' }),
  /** 施工单位 (contractor), if chosen. */
  contractor: field(z.string().optional(), { label: '施工单位' }),
  /** 监理单位 (supervising engineer), if any. */
  supervisor: field(z.string().optional(), { label: '监理单位' }),
  /** 总投资 in 分 (the CSV gives 万元). */
  investmentFen: field(fen, { label: '总投资', unit: '分', description: '项目总投资，台账以万元填报，平台以分存储' }),
  /** 以工代赈专项资金 in 分, where the project has such a fund. */
  reliefFundFen: field(fen.optional(), { label: '以工代赈专项资金', unit: '分' }),
  /** 建设内容, line breaks kept. */
  content: field(z.string().min(1), { label: '建设内容' }),
  /** 以工代赈环节: the tasks done by hired local workers. */
  tasks: field(z.array(z.string().min(1)).min(1), { label: '以工代赈环节' }),
  /** 计划用工人数 */
  plannedWorkers: field(count, { label: '计划用工人数', unit: '人' }),
  /** 预计劳务报酬 in 分 (the CSV gives 万元). */
  plannedPayFen: field(fen, { label: '预计劳务报酬', unit: '分' }),
  /** 计划开工日期 */
  plannedStart: field(isoDate.optional(), { label: '计划开工日期' }),
  /** 计划完工日期 */
  plannedEnd: field(isoDate.optional(), { label: '计划完工日期' }),
  /** 项目状态 */
  status: field(z.enum(PROJECT_STATUSES), { label: '项目状态' }),
  /** 公示开始日期 */
  noticeStart: field(isoDate.optional(), { label: '公示开始日期' }),
  /** 公示结束日期; when the CSV leaves it blank, start + the configured 公示期 days − 1. */
  noticeEnd: field(isoDate.optional(), { label: '公示结束日期' }),
  /** 监督电话 for this project. */
  supervisionPhone: field(z.string().optional(), { label: '监督电话' }),
  /** 矛盾协调联系人: an official whose name is published for dispute coordination. */
  mediatorName: field(z.string().optional(), { label: '矛盾协调联系人' }),
  /** 矛盾协调电话 */
  mediatorPhone: field(z.string().optional(), { label: '矛盾协调电话' }),

  /** Distinct workers on the project's roster (务工花名册). */
  workersPlaced: field(count, { label: '吸纳务工人数', unit: '人' }),
  /** workersPlaced by 人员类别, small cells suppressed. */
  workersByCategory: field(categoryBreakdown, { label: '按人员类别的务工人数', unit: '人' }),
  /** Sum of 应发金额 over the project's payout rows. */
  dueFen: field(fen, { label: '应发劳务报酬', unit: '分' }),
  /** Sum of 实发金额 over payout rows that have a 发放日期. */
  paidFen: field(fen, { label: '已发放劳务报酬', unit: '分' }),
  /** Payout rows with no 发放日期. */
  unpaidRows: field(count, { label: '未发放笔数', unit: '笔' }),
  /** Payout rows unpaid, or paid, more than 30 days after the end of their work month. */
  lateRows: field(count, { label: '逾期（超过30天）笔数', unit: '笔' }),
  /** Physical line of the project in projects.csv, so staff can trace a page back to the ledger. */
  sourceLine: field(z.number().int().positive(), { label: '台账行号' }),
});
export type Project = z.infer<typeof projectSchema>;
