import { z } from 'astro/zod';
import { isoDate } from './common.ts';
import { siteConfigSchema } from './site.ts';

/** Facts about the published data set as a whole (a single entry, id "site"). */
export const metaSchema = z.object({
  id: z.literal('site'),
  /** 数据更新于: the date of the data, never the build time. */
  dataUpdated: isoDate,
  /**
   * Where that date comes from: site.json, the last git commit that changed the data,
   * or the day of the build (data not committed).
   */
  dataUpdatedSource: z.enum(['config', 'git', 'today']),
  /** Years present in projects.csv, ascending. */
  years: z.array(z.number().int()),
  /** 人员类别 the counts are published for: the national defaults and site.json's additions, in display order. */
  categories: z.array(z.string().min(1)),
  /**
   * Some worker belongs to more than one category: the categories overlap and their counts add up to more than
   * the workers (pages and downloads say so; suppression assumes only that each person has at least one).
   */
  categoriesOverlap: z.boolean(),
  /**
   * The site settings from site.json (all public). `funding` is left out: it is parsed into rules, and each
   * project carries the rule that applies to it (payRule, with its source).
   */
  site: siteConfigSchema.omit({ funding: true }),
});
export type Meta = z.infer<typeof metaSchema>;
