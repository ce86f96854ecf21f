/**
 * Closed vocabularies of the ledgers. The Chinese strings are the values staff type in Excel
 * and the values published; they are the single list both the ingest and the pages use.
 */
export const PROJECT_TYPES = ['重点工程项目', '农业农村基础设施项目', '以工代赈专项资金项目'] as const;
export const SECTORS = ['交通', '水利', '农业农村', '城镇建设', '生态环境', '能源', '其他'] as const;
export const PROJECT_STATUSES = ['谋划', '实施中', '已完工', '已验收'] as const;
export const GENDERS = ['男', '女'] as const;
/** 人员类别: sensitive per person (PIPL Art. 28); published only as suppressed counts. */
export const WORKER_CATEGORIES = [
  '脱贫人口',
  '防止返贫监测对象',
  '易地搬迁脱贫人口',
  '其他低收入人口',
  '一般农户',
] as const;
export const YES_NO = ['是', '否'] as const;
export const PAY_METHODS = ['银行代发', '一卡通', '现金', '其他'] as const;
export const INSPECTION_STAGES = ['筹备', '实施', '验收'] as const;
export const RECTIFICATION_STATES = ['无需整改', '整改中', '已整改'] as const;

export type ProjectType = (typeof PROJECT_TYPES)[number];
export type Sector = (typeof SECTORS)[number];
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export type WorkerCategory = (typeof WORKER_CATEGORIES)[number];
export type PayMethod = (typeof PAY_METHODS)[number];
