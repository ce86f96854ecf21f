import { z } from 'astro/zod';

/** A published phone line. */
const hotline = z.object({
  /** What the line is for, e.g. 区发展改革局以工代赈监督电话 */
  label: z.string().min(1),
  /** The number as dialled, e.g. 0535-6923456 */
  number: z.string().regex(/^[0-9()（）\- ]{3,20}$/, '电话号码只能包含数字、括号、空格和“-”'),
});

/**
 * Site settings staff may edit: `data/site.json`, validated like the CSVs.
 * Every field has a default so a data folder without the file still builds.
 */
export const siteConfigSchema = z.object({
  /** Short name of the district, e.g. 莱山区 */
  district: z.string().min(1).default('莱山区'),
  /** Full name used in titles, e.g. 烟台市莱山区 */
  districtFullName: z.string().min(1).default('烟台市莱山区'),
  /** 主办单位 shown in the footer and on notices. */
  publisher: z.string().min(1).default('烟台市莱山区发展和改革局'),
  /** District hotlines printed on every notice, besides each project's own. */
  hotlines: z.array(hotline).default([]),
  /** 公示期 in days when a project gives 公示开始日期 but no 公示结束日期. */
  noticeDays: z.number().int().min(1).max(90).default(7),
  /** Minimum share of labour pay in the 以工代赈专项资金, in percent (30 since 2022). */
  payShareThresholdPercent: z.number().min(0).max(100).default(30),
  /** Public address of the site, used in QR codes, the sitemap and feeds. */
  siteUrl: z.url({ protocol: /^https?$/ }).default('https://ygdz.example.cn'),
  /** Date of the data (数据更新于). Blank: the date of the last git commit that changed the data folder. */
  dataUpdated: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期请写成 2024-03-01 的格式')
    .optional(),
  privacy: z
    .object({
      /** Publish each project's payout list with masked names and villages (no IDs, phones or 人员类别). */
      publishPayoutList: z.boolean().default(true),
    })
    .prefault({}),
});
export type SiteConfig = z.infer<typeof siteConfigSchema>;
