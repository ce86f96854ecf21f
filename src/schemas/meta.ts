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
  /** The site settings from site.json (all public). */
  site: siteConfigSchema,
});
export type Meta = z.infer<typeof metaSchema>;
