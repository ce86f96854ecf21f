import { z } from 'astro/zod';
import { count, fen, field, isoDate, isoMonth } from './common.ts';

/**
 * One batch of pay (payout-batches.csv row) as published: a head count and a sum, never per person. Published in
 * full so anyone can recompute a project's paid total where it is counted from its batches.
 */
export const payoutBatchSchema = z.object({
  /** `<项目编号>_<n>`, n counting the project's batches in ledger order. */
  id: z.string(),
  /** 项目编号 */
  projectId: field(z.string(), { label: '项目编号', description: '所属项目编号' }),
  /** 所属月份: the work month the batch pays for. */
  month: field(isoMonth, { label: '所属月份', description: '这一批劳务报酬所属的务工月份' }),
  /** 发放日期 */
  paidOn: field(isoDate, { label: '发放日期', description: '这一批发放到务工人员账户的日期' }),
  /** 发放人数 */
  workers: field(count, { label: '发放人数', unit: '人', description: '这一批发放的人数' }),
  /** 发放金额 in 分. */
  paidFen: field(fen, { label: '发放金额', unit: '分', description: '这一批发放的金额合计' }),
  /** 发放方式 */
  method: field(z.string().min(1).optional(), {
    label: '发放方式',
    description: '这一批的发放方式',
    vocabulary: 'payMethods',
  }),
  /** 是 when the project has no per-person rows, so its paid total is the sum of its batches. */
  counted: field(z.enum(['是', '否']), {
    label: '计入已发放总额',
    description:
      '是：本项目没有逐人发放记录，已发放劳务报酬按批次合计；否：本项目有逐人发放记录，已发放按逐人记录计算，这一批只用于核对',
  }),
});
export type PayoutBatch = z.infer<typeof payoutBatchSchema>;
