import { z } from 'astro/zod';
import { vocabulariesSchema } from './vocabularies.ts';
import { fundingSettingsSchema } from './funding.ts';

/** Invisible characters a setting must not hold: controls (line breaks too), bidi marks, zero-width spaces. */
const INVISIBLE = /[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufffe\uffff]/;
/** One line of printable text. The ingest cleans site.json strings first; this keeps generated content honest too. */
const text = () =>
  z
    .string()
    .min(1)
    .refine((s) => !INVISIBLE.test(s), '不能包含不可见的控制字符或换行');

/** A published phone line. */
const hotline = z.object({
  /** What the line is for, e.g. 区发展改革局以工代赈监督电话 */
  label: text(),
  /** The number as dialled, e.g. 0535-6923456 */
  number: z.string().regex(/^[0-9()（）\- ]{3,20}$/, '电话号码只能包含数字、括号、空格和“-”'),
});

/** 公示期 in days when a notice gives only its start (no national rule; 7 days is common practice). */
export const DEFAULT_NOTICE_DAYS = 7;

/**
 * Site settings staff may edit: `data/site.json`, validated like the CSVs.
 * Every field has a default so a data folder without the file still builds; the defaults name no district
 * (a county fills in its own names, see README 为本县建站).
 */
export const siteConfigSchema = z.object({
  /** Short name of the district, e.g. 某某县 */
  district: text().default('本区县'),
  /** Full name used in titles, e.g. 某某市某某县 */
  districtFullName: text().default('本区县'),
  /** 主办单位 shown in the footer and on notices. */
  publisher: text().default('本区县以工代赈主管部门'),
  /** District hotlines printed on every notice, besides each project's own. */
  hotlines: z.array(hotline).default([]),
  /** 公示期 in days when a project gives 公示开始日期 but no 公示结束日期. */
  noticeDays: z.number().int().min(1).max(90).default(DEFAULT_NOTICE_DAYS),
  /**
   * Retired: the minimum labour-pay share now depends on the fund (see `funding`). Still read so that an old
   * site.json keeps building; the ingest warns and ignores it.
   */
  payShareThresholdPercent: z.number().min(0).max(100).optional(),
  /**
   * Minimum labour-pay shares by fund type, where the province or county sets them (衔接资金, 省级以工代赈资金) or
   * sets more than the national rule; keyed by the fund's name. See src/schemas/funding.ts.
   */
  funding: fundingSettingsSchema,
  /**
   * The year the home page leads with. Blank: the latest year with recorded workers or pay (a batch of projects
   * named after next year does not take over the home page before anything is done).
   */
  headlineYear: z.number().int().min(2000).max(2100).optional(),
  /** Public address of the site, used in QR codes, the sitemap and feeds. */
  siteUrl: z.url({ protocol: /^https?$/ }).default('https://ygdz.example.cn'),
  /** Date of the data (数据更新于). Blank: the date of the last git commit that changed the data folder. */
  dataUpdated: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期请写成 2024-03-01 的格式')
    .optional(),
  /** The district's values and synonyms for the closed lists (人员类别, 项目类型, …), besides the national defaults. */
  vocabularies: vocabulariesSchema,
  privacy: z
    .object({
      /** Publish each project's payout list with masked names and villages (no IDs, phones or 人员类别). */
      publishPayoutList: z.boolean().default(true),
    })
    .prefault({}),
});
export type SiteConfig = z.infer<typeof siteConfigSchema>;
