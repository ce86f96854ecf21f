import { z } from 'astro/zod';
import { fen, field, isoDate, isoMonth } from './common.ts';

/**
 * One payout as shown in a project's public payout list (公示 of 劳务报酬发放), published only when
 * the site config enables it. Masked name and village only: no ID, phone, birth date or 人员类别.
 */
export const payoutListRow = z.object({
  /** 姓名, masked: 张*明 / 张* / 欧阳*华. */
  maskedName: field(z.string(), { label: '姓名（脱敏）' }),
  /** 村(社区) */
  village: field(z.string(), { label: '村(社区)' }),
  /** 务工月份 */
  month: field(isoMonth, { label: '务工月份' }),
  /** 务工天数 in hundredths of a day. */
  workDaysHundredths: field(z.number().int(), { label: '务工天数', unit: '0.01天' }),
  /** 应发金额 */
  dueFen: field(fen, { label: '应发金额', unit: '分' }),
  /** 实发金额 (0 while unpaid) */
  paidFen: field(fen, { label: '实发金额', unit: '分' }),
  /** 发放日期; absent while unpaid. */
  paidOn: field(isoDate.optional(), { label: '发放日期' }),
  /** 发放方式 */
  method: field(z.string().min(1).optional(), { label: '发放方式', vocabulary: 'payMethods' }),
  /** 日工资 */
  wageFen: field(fen, { label: '日工资', unit: '分' }),
  /**
   * Among the project's workers with this masked name, this worker's number in 人员编号 order (张*明（2）); absent
   * when no other worker of the project has the same masked name. Tells namesakes apart, reveals no 人员编号.
   */
  nameNo: field(z.number().int().positive().optional(), { label: '同名序号' }),
  /**
   * First 64 bits (hex) of SHA-256 of the worker's 核对码 salted with the project (src/lib/receipts): present only
   * when the build has the key. Not the code; a different value for the same worker in another project.
   */
  receipt: field(
    z
      .string()
      .regex(/^[0-9a-f]{16}$/)
      .optional(),
    { label: '核对码散列' },
  ),
});

/** All public payout rows of one project; the entry id is the 项目编号. */
export const payoutListSchema = z.object({
  projectId: z.string(),
  rows: z.array(payoutListRow),
});
export type PayoutList = z.infer<typeof payoutListSchema>;
