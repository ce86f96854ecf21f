/**
 * What each published figure means, in words, and which download reproduces it. The methodology page
 * renders these; every headline figure links to its entry (#key) and to its download.
 */
import { bucketsText, PAY_DUE_DAYS } from './payTiming.ts';

export interface IndicatorDef {
  key: string;
  label: string;
  unit: string;
  definition: string;
  /** The /data/ file the figure can be recomputed from. */
  download: string;
}

export const INDICATORS = {
  projects: {
    key: 'projects',
    label: '以工代赈项目',
    unit: '个',
    download: 'projects.csv',
    definition: '项目清单中“年度”为该年的项目个数，不论项目状态。',
  },
  workers: {
    key: 'workers',
    label: '吸纳务工',
    unit: '人',
    download: 'projects.csv',
    definition:
      '务工花名册中安排到这些项目的人数，按人员编号去重。花名册中每人只登记一个项目，所以等于各项目“吸纳务工人数”之和。已摸底但未安排项目的人员不计入。',
  },
  paid: {
    key: 'paid',
    label: '发放劳务报酬',
    unit: '万元',
    download: 'projects.csv',
    definition:
      '这些项目的劳务报酬发放台账中，已填发放日期的各笔“实发金额”之和，按项目所属年度归年（不按发放日期）。以分为单位精确累加，显示时四舍五入到 0.01 万元。',
  },
  perCapita: {
    key: 'perCapita',
    label: '人均劳务报酬',
    unit: '元',
    download: 'projects.csv',
    definition: '发放劳务报酬 ÷ 吸纳务工人数，四舍五入到分。尚未领到报酬的务工人员也计入分母。',
  },
  completion: {
    key: 'completion',
    label: '劳务报酬发放进度',
    unit: '%',
    download: 'projects.csv',
    definition: '发放劳务报酬 ÷ 预计劳务报酬（各项目实施方案中的预计数之和）。项目仍在实施时低于 100% 是正常的。',
  },
  payShare: {
    key: 'payShare',
    label: '劳务报酬占比达标率',
    unit: '%',
    download: 'projects.csv',
    definition:
      '适用劳务报酬占比要求的项目中，预计劳务报酬占比达到要求的项目所占比例（不能判断的项目不计入分母）。' +
      '每个项目的要求由资金类型和年度决定：以工代赈中央预算内投资 2022 年起不低于 30%（此前 15%），' +
      '衔接资金和省级以工代赈资金按站点设置的省级要求，项目实施方案另有规定的按项目；地方政府投资和重点工程不设要求。' +
      '占比 = 预计劳务报酬 ÷ 以工代赈资金，按分精确比较，显示两位小数时不越过要求的界线；' +
      '预计劳务报酬是约数时不作判断，是下限时只在下限已达到要求时判为达到。各项目的要求、占比和是否达到见 projects.csv。',
  },
  timely: {
    key: 'timely',
    label: '及时发放率',
    unit: '%',
    download: 'payout-months.csv',
    definition:
      `在务工月份结束后 ${PAY_DUE_DAYS} 天内（含第 ${PAY_DUE_DAYS} 天）发放的笔数 ÷ 结果已确定的笔数。` +
      '计算截止到“发放日期”（钱到本人账户的日期），不看审批等中间环节。' +
      `结果已确定 = 全部笔数 − 尚未发放且未满 ${PAY_DUE_DAYS} 天的笔数；尚未发放且已超过 ${PAY_DUE_DAYS} 天的计为未及时。`,
  },
  daysToPay: {
    key: 'daysToPay',
    label: '发放用时分布',
    unit: '笔',
    download: 'payout-months.csv',
    definition: `已发放各笔从务工月份最后一天到发放日期的天数，分为 ${bucketsText()}。`,
  },
  classes: {
    key: 'classes',
    label: '技能培训',
    unit: '期',
    download: 'trainings.csv',
    definition: '技能培训台账中开始日期在该年的培训班期数。',
  },
  hours: {
    key: 'hours',
    label: '培训时长',
    unit: '学时',
    download: 'trainings.csv',
    definition: '上述培训班“培训学时”之和。',
  },
  trainees: {
    key: 'trainees',
    label: '培训人次',
    unit: '人次',
    download: 'trainings.csv',
    definition: '上述培训班“培训人数”之和（同一人参加两期计两次）。',
  },
  povertyShare: {
    key: 'povertyShare',
    label: '脱贫人口占务工人员比例',
    unit: '%',
    download: 'category-totals.csv',
    definition: '人员类别为“脱贫人口”的务工人数 ÷ 吸纳务工人数。该人数少于 5 人或为防推算而隐藏时不计算比例。',
  },
  monitoredShare: {
    key: 'monitoredShare',
    label: '防止返贫监测对象占比',
    unit: '%',
    download: 'category-totals.csv',
    definition: '人员类别为“防止返贫监测对象”的务工人数 ÷ 吸纳务工人数。该人数少于 5 人或为防推算而隐藏时不计算比例。',
  },
  quarterlySupervision: {
    key: 'quarterlySupervision',
    label: '季度监管覆盖率',
    unit: '%',
    download: 'inspections.csv',
    definition:
      '每个季度（按日历季度，不按项目年度）有检查记录的在监管期项目 ÷ 在监管期的项目，' +
      '对应“每季度对项目的筹备、实施和验收进行监管”。项目的监管期从公示开始日期、计划开工日期和第一个务工月份中最早的一天开始（筹备），' +
      '到项目验收为止：项目状态为“已验收”的，到计划完工日期、最后一个务工月份的月末和最后一次检查中最晚的一天；' +
      '尚未验收的（包括已过计划完工日期、等待验收的），一直算到数据日期。项目状态为“谋划”或没有任何日期的项目不计入。' +
      '监管期与季度有重叠即为该季度在监管期；该季度内有任何一条检查记录（不论检查类型和检查阶段）即为已检查。' +
      '数据日期所在的季度只算到数据日期，之后的季度不计算。可用 projects.csv、payout-months.csv 和 inspections.csv 重算。',
  },
} as const satisfies Record<string, IndicatorDef>;

export type IndicatorKey = keyof typeof INDICATORS;
