/**
 * The public collections: everything the ingest may write for the site (name → JSON file + Zod schema), and
 * the download each one becomes. The content writer, src/content.config.ts, the downloads under /data/ and
 * the data dictionary at /about/data/ all read this list; the ledgers say which of these they feed.
 */
import type { z } from 'astro/zod';
import { categoryTotalsSchema } from '../schemas/categoryTotals.ts';
import { disputeTotalsSchema } from '../schemas/disputeTotals.ts';
import { inspectionSchema } from '../schemas/inspection.ts';
import { jobSchema } from '../schemas/job.ts';
import { labourSchema } from '../schemas/labour.ts';
import { metaSchema } from '../schemas/meta.ts';
import { payoutBatchSchema } from '../schemas/payoutBatch.ts';
import { payoutListSchema } from '../schemas/payoutList.ts';
import { payoutMonthSchema } from '../schemas/payoutMonth.ts';
import { projectSchema } from '../schemas/project.ts';
import { trainingSchema } from '../schemas/training.ts';
import { villagePaySchema } from '../schemas/villagePay.ts';

/** Fields of a download that become several columns (see src/lib/downloads/table.ts). */
export type Expansion = 'categories' | 'daysToPay' | 'payRule' | 'payShare';

/** A collection published as a table under /data/: `<name>.csv` and `<name>.json`. */
export interface DownloadDef {
  name: string;
  /** The one title used for this table everywhere: /data/, the zip's README, /about/data/. */
  title: string;
  description: string;
  expand?: Readonly<Record<string, Expansion>>;
}

export interface CollectionDef {
  schema: z.ZodObject;
  /**
   * Where it is written in the generated content folder: `<file>` holds a JSON array of all documents;
   * with `idField`, `<file>/` holds one `<id>.json` per document (large per-project lists).
   */
  file: string;
  idField?: string;
  /** One document rather than a list (meta). */
  single?: true;
  /**
   * Written one file per document (with `idField`) and read only by the page that shows it, never loaded whole
   * into the site's memory: a national site's payout lists hold millions of rows (src/lib/site/documents.ts).
   */
  external?: true;
  download?: DownloadDef;
}

export const COLLECTIONS = {
  meta: { file: 'meta.json', schema: metaSchema, single: true },
  projects: {
    file: 'projects.json',
    schema: projectSchema,
    download: {
      name: 'projects',
      title: '项目',
      description: '全部以工代赈项目的公示信息和汇总数（吸纳务工、发放劳务报酬等）。',
      expand: { workersByCategory: 'categories', payRule: 'payRule', payShare: 'payShare' },
    },
  },
  payoutMonths: {
    file: 'payout-months.json',
    schema: payoutMonthSchema,
    download: {
      name: 'payout-months',
      title: '劳务报酬按项目按月汇总',
      description: '每个项目每个务工月份的发放人数、金额、笔数和发放用时分布，不含个人信息。',
      expand: { daysToPay: 'daysToPay' },
    },
  },
  payoutBatches: {
    file: 'payout-batches.json',
    schema: payoutBatchSchema,
    download: {
      name: 'payout-batches',
      title: '劳务报酬按批次发放',
      description:
        '按批次记录发放的劳务报酬：每批的所属月份、发放日期、人数和金额，不含个人信息。' +
        '项目的已发放劳务报酬：有逐人发放记录的按劳务报酬按项目按月汇总计算，没有的按本表“计入已发放总额”为“是”的各批之和。',
    },
  },
  payoutLists: { file: 'payout-lists', idField: 'projectId', schema: payoutListSchema, external: true },
  villagePay: {
    file: 'village-pay.json',
    schema: villagePaySchema,
    download: {
      name: 'village-pay',
      title: '劳务报酬按村汇总',
      description:
        '每个年度各村（社区）务工人员领取的劳务报酬：按花名册中务工人员所在的街道和村汇总全部项目的发放记录，' +
        '含发放人数（按人员编号去重）、务工天数、应发和实发金额、笔数和涉及的项目，不含个人信息。' +
        '只在公开逐笔发放名单时发布。',
    },
  },
  trainings: {
    file: 'trainings.json',
    schema: trainingSchema,
    download: { name: 'trainings', title: '技能培训', description: '每期技能培训的工种、日期、学时、人数和承办单位。' },
  },
  disputeTotals: {
    file: 'dispute-totals.json',
    schema: disputeTotalsSchema,
    download: {
      name: 'dispute-totals',
      title: '矛盾纠纷办理汇总',
      description:
        '按受理年度和按项目汇总的矛盾纠纷件数：受理、办结、未办结、超过30天未办结，以及办结用时的中位数和最长天数，' +
        '各类别一行，“全部”为合计。不含反映人的任何信息。',
    },
  },
  inspections: {
    file: 'inspections.json',
    schema: inspectionSchema,
    download: { name: 'inspections', title: '监管记录', description: '对项目的检查及整改情况。' },
  },
  jobs: {
    file: 'jobs.json',
    schema: jobSchema,
    download: {
      name: 'jobs',
      title: '招工信息',
      description: '项目的招工岗位：需求人数、日工资标准、技能要求、报名起止日期、报名方式和办公联系电话。',
    },
  },
  categoryTotals: {
    file: 'category-totals.json',
    schema: categoryTotalsSchema,
    download: {
      name: 'category-totals',
      title: '务工人员类别汇总',
      description: '各年度及全部年度吸纳务工人员按人员类别的人数（小数值隐藏）。',
      expand: { byCategory: 'categories' },
    },
  },
  labour: {
    file: 'labour.json',
    schema: labourSchema,
    download: {
      name: 'labour',
      title: '劳动力摸底与安排',
      description:
        '劳动力清单（花名册）中的摸底人数、有务工意愿人数、已安排到项目的人数和有意愿者安排比例：全区、' +
        '各街道、各村（社区）、各年龄段和男女各一行，不含个人信息（小数值隐藏）。',
    },
  },
} as const satisfies Record<string, CollectionDef>;

export type CollectionName = keyof typeof COLLECTIONS;
type Collections = typeof COLLECTIONS;
/** The collections published as download tables. */
export type DownloadCollectionName = {
  [N in CollectionName]: Collections[N] extends { download: DownloadDef } ? N : never;
}[CollectionName];
/** The documents of one collection as published. */
export type DocOf<N extends CollectionName> = z.infer<Collections[N]['schema']>;

/**
 * Everything the site may show: what the ingest writes, what the pages load, what indicators and downloads are
 * computed from. The only data that crosses from the ingest to the site.
 */
export type PublicData = {
  readonly [N in CollectionName]: Collections[N] extends { single: true } ? DocOf<N> : readonly DocOf<N>[];
};

/** The collections in declaration order, with their names. */
export const collectionList = (): Array<CollectionDef & { name: CollectionName }> =>
  (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => ({ name, ...COLLECTIONS[name] }));

/** The collections published as download tables, in the order /data/ and /about/data/ list them. */
export const downloadCollections = (): Array<CollectionDef & { name: DownloadCollectionName; download: DownloadDef }> =>
  collectionList().flatMap(({ name, download, ...c }) =>
    download ? [{ ...c, name: name as DownloadCollectionName, download }] : [],
  );
