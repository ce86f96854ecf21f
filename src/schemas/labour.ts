import { z } from 'astro/zod';
import { HIDDEN_DEFINITION, HIDDEN_MARK, LT5_DEFINITION, LT5_MARK } from '../lib/privacy/rule.ts';
import { count, field } from './common.ts';

/** What the labour tables group people by. */
export const LABOUR_KINDS = ['全区', '街道', '村', '年龄段', '性别'] as const;
export type LabourKind = (typeof LABOUR_KINDS)[number];

/** Age bands at the data date's year (age = that year − 出生年份: a minimised roster keeps only the year). */
export const AGE_BANDS = [
  { label: '30 岁以下', below: 30 },
  { label: '30–44 岁', below: 45 },
  { label: '45–59 岁', below: 60 },
  { label: '60 岁及以上', below: Infinity },
] as const;
/** The group of people whose birth year or sex the roster does not give (a minimised roster without the column). */
export const UNKNOWN_GROUP = '未注明';
export const SEX_GROUPS = ['男', '女'] as const;

/** A count after small-cell suppression, as printed: the number, "<5" (0–4) or "—" (withheld, any value). */
export const labourCount = z.union([count, z.literal(LT5_MARK), z.literal(HIDDEN_MARK)]);
export type LabourCount = z.infer<typeof labourCount>;

const counted = (label: string, description: string) =>
  field(labourCount, { label, unit: '人', description: `${description}。${LT5_DEFINITION}；${HIDDEN_DEFINITION}` });

/**
 * 作对接: the labour survey (劳动力清单) and how many were placed on a project, for the whole district, each 街道,
 * each village, each age band and each sex. Every person surveyed is in exactly one of 无务工意愿, 有意愿未安排 and
 * 已安排 (a person placed counts as placed even if the survey said 否; validation warns about that row). All the
 * counts of all rows are suppressed as one linked system, so no withheld count can be worked out by subtraction.
 */
export const labourSchema = z.object({
  /** Sorts in table order: `2-村-<街道>-<村>`, `3-年龄段-<n>-<band>` (see src/lib/ingest/labour.ts). */
  id: z.string(),
  kind: field(z.enum(LABOUR_KINDS), {
    label: '分组方式',
    description: '这一行按什么汇总：全区、街道、村、年龄段或性别',
  }),
  subdistrict: field(z.string().nullable(), { label: '街道', description: '按街道或村汇总时的街道（花名册）' }),
  village: field(z.string().nullable(), { label: '村(社区)', description: '按村汇总时的村（社区）（花名册）' }),
  group: field(z.string().nullable(), {
    label: '年龄段或性别',
    description: '按年龄段或性别汇总时的分组；年龄按数据日期所在年份减出生年份计算',
  }),
  surveyed: counted('摸底人数', '劳动力清单（花名册）中登记的人数'),
  willing: counted('有务工意愿人数', '务工意愿为“是”或已安排到项目的人数'),
  placed: counted('已安排人数', '已安排到以工代赈项目（填写了项目编号）的人数'),
  waiting: counted('有意愿未安排人数', '有务工意愿、尚未安排到项目的人数'),
  unwilling: counted('无务工意愿人数', '务工意愿为“否”且未安排到项目的人数'),
  /** Placed ÷ willing in percent, one decimal; null when either is withheld or fewer than 5 are willing. */
  placedShare: field(z.number().nullable(), {
    label: '有意愿者安排比例',
    unit: '%',
    description: '已安排人数占有务工意愿人数的百分比（一位小数）；有意愿人数不足 5 人或任一人数不公布时为空',
  }),
});
export type Labour = z.infer<typeof labourSchema>;
