import { z } from 'astro/zod';
import { field, isoDate } from './common.ts';
import { RECTIFICATION_STATES } from './options.ts';

/**
 * 检查类型: what kind of visit (季度监管 = the district's quarterly supervision, 监理检查 = the supervising
 * engineer's, 专项督导 = a special inspection). Optional: blank stays blank (not recorded), never guessed as 其他.
 * Every type counts toward quarterly supervision coverage (src/lib/indicators/supervision.ts).
 */
export const INSPECTION_TYPES = ['季度监管', '监理检查', '专项督导', '其他'] as const;

/** One supervision visit (监管台账 row); all fields are public. */
export const inspectionSchema = z.object({
  /** `<项目编号>_<n>`, n counting the project's visits in ledger order. */
  id: z.string(),
  /** 项目编号 */
  projectId: field(z.string(), { label: '项目编号', description: '被检查的项目编号' }),
  /** 检查日期 */
  date: field(isoDate, { label: '检查日期', description: '检查日期' }),
  /** 检查阶段 */
  stage: field(z.string().min(1), {
    label: '检查阶段',
    description: '检查时项目所处阶段',
    vocabulary: 'inspectionStages',
  }),
  /** 检查类型 */
  kind: field(z.enum(INSPECTION_TYPES).optional(), {
    label: '检查类型',
    description: '季度监管、监理检查、专项督导或其他；台账未填时为空',
  }),
  /** 检查单位 */
  inspector: field(z.string().min(1), { label: '检查单位', description: '开展检查的单位' }),
  /** 检查情况 */
  finding: field(z.string().min(1), { label: '检查情况', description: '检查发现的情况' }),
  /** 整改状态 */
  rectification: field(z.enum(RECTIFICATION_STATES), { label: '整改状态', description: '发现问题的整改状态' }),
  /** 整改完成日期 */
  rectifiedOn: field(isoDate.optional(), { label: '整改完成日期', description: '整改完成的日期' }),
});
export type Inspection = z.infer<typeof inspectionSchema>;
