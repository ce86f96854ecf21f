import { z } from 'astro/zod';
import { PAY_DUE_DAYS } from '../lib/indicators/payTiming.ts';
import { SUPPRESSION_NOTE } from '../lib/privacy/rule.ts';
import { count, fen, field, isoDate, protectedCount } from './common.ts';

/**
 * Workers placed on a project (or in a year) by 人员类别, after suppression: one entry per category of the
 * district's vocabulary (meta.categories), in its order, whether or not anyone has it.
 */
export const categoryBreakdown = z.record(z.string().min(1), protectedCount);
export type CategoryBreakdown = z.infer<typeof categoryBreakdown>;

/** How a planned figure is stated: 下限 (不低于, 余, 多, 以上) or 约数 (约, 左右); absent: exact. Published as is. */
const qualifier = z.enum(['下限', '约数']);
export type Qualifier = z.infer<typeof qualifier>;

/** A rule's or share's exact fraction. */
const fraction = z.object({ num: z.number().int().nonnegative(), den: z.number().int().positive() });

/** One 以工代赈 project as published: the ledger fields of projects.csv plus aggregates of the private ledgers. */
export const projectSchema = z.object({
  /** 项目编号: letters, digits and "-"; the URL of the notice. */
  id: field(z.string().regex(/^[A-Za-z0-9-]+$/), {
    label: '项目编号',
    description: '台账中的项目编号，也是项目公示页的网址',
  }),
  /** 项目名称 */
  name: field(z.string().min(1), { label: '项目名称', description: '项目名称' }),
  /** 年度: the programme year the project belongs to. */
  year: field(z.number().int(), { label: '年度', unit: '年', description: '项目所属的以工代赈工作年度' }),
  /** 街道 (subdistrict) where the project is built. */
  subdistrict: field(z.string().min(1), { label: '街道', description: '项目所在街道' }),
  /** 建设地点: village or place. */
  location: field(z.string().min(1), { label: '建设地点', description: '项目建设的村（社区）或具体地点' }),
  /** 项目类型 under 《国家以工代赈管理办法》. */
  type: field(z.string().min(1), {
    label: '项目类型',
    description: '项目类型，按实施方案或公示的写法',
    vocabulary: 'projectTypes',
  }),
  /** 行业领域 */
  sectors: field(z.array(z.string().min(1)).min(1).max(2), {
    label: '行业领域',
    description: '项目所属行业领域（一个或两个；统计图按第一个统计）',
    vocabulary: 'sectors',
  }),
  /** 建设单位 (project owner). */
  owner: field(z.string().min(1), { label: '建设单位', description: '项目建设单位（项目法人）' }),
  /** 施工单位 (contractor), if chosen. */
  contractor: field(z.string().optional(), { label: '施工单位', description: '承担施工的单位，尚未确定时为空' }),
  /** 监理单位 (supervising engineer), if any. */
  supervisor: field(z.string().optional(), { label: '监理单位', description: '工程监理单位，没有时为空' }),
  /** 资金来源 as the notice writes it (a fund's name, or prose with amounts). */
  fundingSource: field(z.string().optional(), {
    label: '资金来源',
    description: '资金来源，按台账原文；资金类型由其中的资金名称认定',
  }),
  /** The fund type recognised (canonical name), from 资金来源 or, where that is blank, from 项目类型. */
  fundType: field(z.string().optional(), {
    label: '资金类型',
    description:
      '从资金来源（未填时从项目类型）认定的资金类型：以工代赈中央预算内投资、中央财政衔接推进乡村振兴补助资金（以工代赈任务）、省级以工代赈资金、地方政府投资或重点工程；认不出时为空',
  }),
  /** Where fundType was read from. */
  fundTypeFrom: field(z.enum(['资金来源', '项目类型']).optional(), {
    label: '资金类型依据',
    description: '资金类型是从“资金来源”还是“项目类型”认定的',
  }),
  /** 总投资 in 分 (the CSV gives 万元). */
  investmentFen: field(fen, { label: '总投资', unit: '分', description: '项目总投资，台账以万元填报，平台以分存储' }),
  /** 总投资 as written when it is a floor or an approximation (4000多万元). */
  investmentText: field(z.string().optional(), {
    label: '总投资原文',
    description: '总投资是下限或约数时（如“4000多万元”）的原文；精确数为空',
  }),
  investmentQualifier: field(qualifier.optional(), {
    label: '总投资性质',
    description: '下限：不低于、余、多、以上；约数：约、左右；空：精确数',
  }),
  /** 以工代赈专项资金 in 分, where the project has such a fund. */
  reliefFundFen: field(fen.optional(), {
    label: '以工代赈专项资金',
    unit: '分',
    description: '项目使用的以工代赈专项资金，没有时为空',
  }),
  /** 资金构成: central, provincial and city/county amounts, where the ledger gives them. */
  centralFundFen: field(fen.optional(), { label: '中央资金', unit: '分', description: '资金构成中的中央资金' }),
  provincialFundFen: field(fen.optional(), { label: '省级资金', unit: '分', description: '资金构成中的省级资金' }),
  localFundFen: field(fen.optional(), {
    label: '市县资金',
    unit: '分',
    description: '资金构成中的市、县（区）配套资金',
  }),
  /** 建设内容, line breaks kept. */
  content: field(z.string().min(1), { label: '建设内容', description: '项目的建设规模和内容，保留台账中的换行' }),
  /** 以工代赈环节: the tasks done by hired local workers. */
  tasks: field(z.array(z.string().min(1)).min(1), {
    label: '以工代赈环节',
    description: '优先吸纳当地群众务工的工作环节',
  }),
  /** 计划用工人数 */
  plannedWorkers: field(count, { label: '计划用工人数', unit: '人', description: '实施方案中计划吸纳的务工人数' }),
  plannedWorkersText: field(z.string().optional(), {
    label: '计划用工人数原文',
    description: '计划用工人数是下限或约数时（如“90余人”）的原文；精确数为空',
  }),
  plannedWorkersQualifier: field(qualifier.optional(), {
    label: '计划用工人数性质',
    description: '下限或约数；空：精确数',
  }),
  /** 计划吸纳重点群体: planned workers by group, as the plan writes it. */
  plannedGroups: field(z.string().optional(), {
    label: '计划吸纳重点群体',
    description: '实施方案中按人员类别的计划用工（如“脱贫人口、防止返贫监测对象55人”），按原文',
  }),
  /** 预计劳务报酬 in 分 (the CSV gives 万元). */
  plannedPayFen: field(fen, { label: '预计劳务报酬', unit: '分', description: '实施方案中预计发放的劳务报酬总额' }),
  plannedPayText: field(z.string().optional(), {
    label: '预计劳务报酬原文',
    description: '预计劳务报酬是下限或约数时（如“不低于157.50万元”）的原文；精确数为空',
  }),
  plannedPayQualifier: field(qualifier.optional(), {
    label: '预计劳务报酬性质',
    description: '下限或约数；空：精确数',
  }),
  /** 日工资标准 as the plan or notice writes it (150元/天, 不低于130元/天), so a villager knows the day's pay. */
  dailyWageText: field(z.string().optional(), {
    label: '日工资标准',
    description: '务工人员的日工资标准，按台账原文（如“150元/天”“不低于130元/天”）；没有填写时为空',
  }),
  /** 报名方式: where and how a villager signs up for the work (place, office, phone). */
  signUp: field(z.string().optional(), {
    label: '报名方式',
    description: '群众报名务工的地点和联系方式，按台账原文；没有填写时为空',
  }),
  /** The minimum labour-pay share that applies (fund type, year, site.json, the project's own requirement). */
  payRule: field(
    z
      .object({
        required: fraction,
        /** '30%', '33.08%' */
        text: z.string(),
        /** Where it comes from: 项目实施方案, a site.json source, or the national rule. */
        source: z.string(),
        /** The fund it is measured against. */
        fund: z.string(),
      })
      .optional(),
    {
      label: '劳务报酬占比要求',
      description: '适用于本项目的劳务报酬占比下限及其依据；不设下限的资金（地方政府投资、重点工程）为空',
    },
  ),
  /** 预计劳务报酬 ÷ the special fund: exact fraction and its text to two decimals (never rounded across the rule). */
  payShare: field(z.object({ ...fraction.shape, text: z.string(), met: z.boolean().optional() }).optional(), {
    label: '劳务报酬占比',
    description:
      '预计劳务报酬占以工代赈资金的比例，保留两位小数，四舍五入但不越过要求的界线（29.996% 记为 29.99%，未达到 30%）；met 为是否达到要求',
  }),
  /** 计划开工日期: the earliest day the ledger's wording can mean (2025年9月上旬 → 2025-09-01). */
  plannedStart: field(isoDate.optional(), {
    label: '计划开工日期',
    description: '计划开工日期；台账只写到月或旬时为其中最早的一天',
  }),
  plannedStartText: field(z.string().optional(), {
    label: '计划开工时间原文',
    description: '计划开工时间只写到月、旬或年时的原文（如“2025年9月上旬”）；写到日时为空',
  }),
  /** 计划完工日期: the latest day the wording can mean (2025年12月 → 2025-12-31). */
  plannedEnd: field(isoDate.optional(), {
    label: '计划完工日期',
    description: '计划完工日期；台账只写到月或旬时为其中最晚的一天',
  }),
  plannedEndText: field(z.string().optional(), {
    label: '计划完工时间原文',
    description: '计划完工时间只写到月、旬或年时的原文（如“2025年底”）；写到日时为空',
  }),
  /** 建设工期 as written (11个月, 2025年12月-2026年11月). */
  duration: field(z.string().optional(), { label: '建设工期', description: '建设工期，按台账原文' }),
  /** 项目状态 */
  status: field(z.string().min(1), {
    label: '项目状态',
    description: '数据日期时的项目状态',
    vocabulary: 'projectStatuses',
  }),
  /** 公示开始日期 */
  noticeStart: field(isoDate.optional(), { label: '公示开始日期', description: '项目公示的开始日期' }),
  /** 公示结束日期; when the CSV leaves it blank, start + the configured 公示期 days − 1. */
  noticeEnd: field(isoDate.optional(), {
    label: '公示结束日期',
    description: '项目公示的结束日期；台账未填时按站点设置的公示天数推算',
  }),
  /** 监督电话 for this project (one or more). */
  supervisionPhones: field(z.array(z.string()), {
    label: '监督电话',
    description: '接受群众监督的项目电话，可以有多个',
  }),
  /** 矛盾协调联系人: an official whose name is published for dispute coordination. */
  mediatorName: field(z.string().optional(), {
    label: '矛盾协调联系人',
    description: '负责协调用工和报酬纠纷的工作人员（公职联系人，非务工人员）',
  }),
  /** 矛盾协调电话 */
  mediatorPhones: field(z.array(z.string()), { label: '矛盾协调电话', description: '矛盾协调联系人的电话' }),
  /** 项目代码: the national investment project code. */
  projectCode: field(z.string().optional(), {
    label: '项目代码',
    description: '全国投资项目在线审批监管平台赋予的项目代码，如 2510-500156-04-05-923166',
  }),
  /** 批复文号 */
  approvalNo: field(z.string().optional(), { label: '批复文号', description: '项目批复文件的文号' }),
  /** 建设性质: 新建 / 改建 / 扩建 … */
  constructionKinds: field(z.array(z.string()).optional(), {
    label: '建设性质',
    description: '新建、改建、扩建等',
    vocabulary: 'constructionKinds',
  }),
  /** 实施方式: 村民自建 / 项目理事会 / 招标 … */
  implementation: field(z.string().optional(), {
    label: '实施方式',
    description: '村民自建、项目理事会、招标等',
    vocabulary: 'implementationMethods',
  }),
  /** 计划培训人数 */
  plannedTrainees: field(count.optional(), {
    label: '计划培训人数',
    unit: '人',
    description: '实施方案中计划培训的人数',
  }),
  /** 公益性岗位数 */
  welfarePosts: field(count.optional(), {
    label: '公益性岗位数',
    unit: '个',
    description: '项目建成后设置的公益性岗位数',
  }),
  /** 落款: the office that published the notice, and when. */
  noticePublisher: field(z.string().optional(), { label: '发布单位', description: '公示的发布单位（落款）' }),
  noticeDate: field(isoDate.optional(), { label: '发布日期', description: '公示的发布日期（落款）' }),

  /** Distinct workers on the project's roster (务工花名册). */
  workersPlaced: field(count, {
    label: '吸纳务工人数',
    unit: '人',
    description: '务工花名册中安排到本项目的人数，按人员编号去重',
  }),
  /** workersPlaced by 人员类别, small cells suppressed. */
  workersByCategory: field(categoryBreakdown, {
    label: '按人员类别的务工人数',
    unit: '人',
    description: `吸纳务工人数按人员类别的分布。${SUPPRESSION_NOTE}`,
  }),
  /** Sum of 应发金额 over the project's payout rows. */
  dueFen: field(fen, { label: '应发劳务报酬', unit: '分', description: '发放台账中本项目各笔应发金额之和' }),
  /** Sum of 实发金额 over payout rows that have a 发放日期; without any payout row, the sum of the batches. */
  paidFen: field(fen, {
    label: '已发放劳务报酬',
    unit: '分',
    description:
      '发放台账中本项目已填发放日期的各笔实发金额之和；本项目没有逐人发放记录时，为批次发放台账中本项目各批发放金额之和',
  }),
  /** Payout rows of the project. */
  payoutRows: field(count, { label: '发放笔数', unit: '笔', description: '发放台账中本项目的记录笔数' }),
  /** Payout rows with no 发放日期. */
  unpaidRows: field(count, { label: '未发放笔数', unit: '笔', description: '发放台账中尚未填写发放日期的笔数' }),
  /** Unpaid rows past their 30-day deadline on the data date. */
  overdueRows: field(count, {
    label: '逾期未发放笔数',
    unit: '笔',
    description: `到数据日期仍未发放且已超过务工月份结束 ${PAY_DUE_DAYS} 天的笔数`,
  }),
  /** Rows paid more than 30 days after the month ended. */
  latePaidRows: field(count, {
    label: '逾期发放笔数',
    unit: '笔',
    description: `务工月份结束 ${PAY_DUE_DAYS} 天后才发放的笔数`,
  }),
  /** Physical line of the project in projects.csv, so staff can trace a page back to the ledger. */
  sourceLine: field(z.number().int().positive(), {
    label: '台账行号',
    description: '项目在 projects.csv 中的行号，便于工作人员核对台账',
  }),
});
export type Project = z.infer<typeof projectSchema>;
