/**
 * What each published figure means, in words. The methodology section of 数据说明 renders these,
 * and every headline figure links to its entry by key.
 */
export interface IndicatorDef {
  key: string;
  label: string;
  unit: string;
  definition: string;
}

export const INDICATORS = {
  projects: { key: 'projects', label: '以工代赈项目', unit: '个', definition: '项目清单中“年度”为该年的项目个数，不论项目状态。' },
  workers: {
    key: 'workers',
    label: '吸纳务工',
    unit: '人',
    definition: '务工花名册中安排到该年度项目的人员数，按人员编号去重（一人只登记一个项目）。已摸底但未安排项目的人员不计入。',
  },
  paid: {
    key: 'paid',
    label: '发放劳务报酬',
    unit: '万元',
    definition: '该年度项目的劳务报酬发放台账中，已填发放日期的各笔“实发金额”之和。以分为单位精确累加，显示时四舍五入到 0.01 万元。',
  },
  classes: { key: 'classes', label: '技能培训', unit: '期', definition: '技能培训台账中开始日期在该年的培训班期数。' },
  hours: { key: 'hours', label: '培训时长', unit: '学时', definition: '上述培训班“培训学时”之和。' },
  trainees: { key: 'trainees', label: '培训人员', unit: '人', definition: '上述培训班“培训人数”之和（人次，同一人参加两期计两次）。' },
} as const satisfies Record<string, IndicatorDef>;
