/**
 * Every file under /data/: the public tables and each chart's table as CSV and JSON, a README, a zip of
 * everything, and SHA-256 checksums. Built from the public collections only (never from the ledgers) and
 * dated with the data date, so two builds of the same data give the same bytes.
 */
import { createHash } from 'node:crypto';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { categoryTotalsSchema } from '../../schemas/categoryTotals.ts';
import { inspectionSchema, type Inspection } from '../../schemas/inspection.ts';
import type { Meta } from '../../schemas/meta.ts';
import { payoutMonthSchema } from '../../schemas/payoutMonth.ts';
import { projectSchema } from '../../schemas/project.ts';
import { trainingSchema } from '../../schemas/training.ts';
import { computeIndicators, type PublicData, type Scope } from '../indicators/indicators.ts';
import { DAYS_TO_PAY_BUCKETS } from '../indicators/payTiming.ts';
import { chartTables } from '../stats/tables.ts';
import { toCsv, toJson } from './csv.ts';
import { SUPPRESSION_NOTE } from '../privacy/rule.ts';
import { expandCategories, schemaTable, type Table } from './table.ts';

export interface DownloadFile {
  /** Path under /data/, e.g. projects.csv or charts/2023/by-sector.csv */
  path: string;
  body: Uint8Array;
  type: string;
}

export type CatalogInput = PublicData & { inspections: readonly Inspection[] };

export const ZIP_NAME = 'ygdz-open-data.zip';
export const LICENCE = '本数据可免费复制、转载和用于研究报道，请注明来源；数据按原样提供。';

/** The public tables, one per collection. */
export function dataTables(data: CatalogInput): Table[] {
  return [
    schemaTable({ name: 'projects', title: '项目', description: '全部以工代赈项目的公示信息和汇总数（吸纳务工、发放劳务报酬等）。' }, projectSchema, data.projects, {
      workersByCategory: expandCategories,
    }),
    schemaTable(
      { name: 'payout-months', title: '劳务报酬按项目按月汇总', description: '每个项目每个务工月份的发放人数、金额、笔数和发放用时分布，不含个人信息。' },
      payoutMonthSchema,
      data.payoutMonths,
      { daysToPay: { header: () => DAYS_TO_PAY_BUCKETS.map((b) => `发放用时${b.label}(笔)`), cells: (v) => v as number[] } },
    ),
    schemaTable({ name: 'trainings', title: '技能培训', description: '每期技能培训的工种、日期、学时、人数和承办单位。' }, trainingSchema, data.trainings),
    schemaTable({ name: 'inspections', title: '监管记录', description: '对项目的检查及整改情况。' }, inspectionSchema, data.inspections),
    schemaTable(
      { name: 'category-totals', title: '务工人员类别汇总', description: '各年度及全部年度吸纳务工人员按人员类别的人数（小数值隐藏）。' },
      categoryTotalsSchema,
      data.categoryTotals,
      { byCategory: expandCategories },
    ),
  ];
}

/** Every chart's table, for each year and for all years. */
export function allChartTables(data: PublicData, years: readonly number[]): Table[] {
  const scopes: Scope[] = [...years, null];
  return scopes.flatMap((s) => Object.values(chartTables(data, computeIndicators(data, s))));
}

function readme(meta: Meta, tables: Table[]): string {
  const s = meta.site;
  const lines = [
    `${s.districtFullName}以工代赈开放数据`,
    '',
    `发布单位：${s.publisher}`,
    `网站：${s.siteUrl}`,
    `数据版本：${meta.dataUpdated}（数据日期，即“数据更新于”；本压缩包按该日期生成，同一数据版本的文件逐字节相同）`,
    `来源：${s.districtFullName}以工代赈项目清单、务工花名册、劳务报酬发放台账、技能培训台账和监管台账，经校验、汇总和去标识化处理。`,
    `许可：${LICENCE}`,
    '',
    '格式：CSV 为 UTF-8（带 BOM，Excel 可直接打开），JSON 与 CSV 内容相同；金额单位为元（两位小数，由以分为单位的精确数换算），日期为 YYYY-MM-DD。',
    '以 = + - @ 开头的文本前加了单引号，防止电子表格把它当作公式执行。',
    `个人信息：不含姓名、身份证号、电话和个人的人员类别。${SUPPRESSION_NOTE}`,
    '计算口径：见网站“统计口径”页面 /stats/methodology/。',
    '',
    '文件和字段：',
  ];
  for (const t of tables) {
    lines.push('', `${t.name}.csv / ${t.name}.json：${t.title}。${t.description}`);
    for (const n of t.notes) lines.push(`  - ${n.column}：${n.description}`);
    if (t.notes.length === 0) lines.push(`  - 字段：${t.header.join('、')}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT = 'text/plain; charset=utf-8';

export function buildCatalog(data: CatalogInput, meta: Meta): DownloadFile[] {
  const tables = [...dataTables(data), ...allChartTables(data, meta.years)];
  const files: DownloadFile[] = [];
  for (const t of tables) {
    files.push({ path: `${t.name}.csv`, body: strToU8(toCsv(t.header, t.rows)), type: CSV });
    files.push({ path: `${t.name}.json`, body: strToU8(toJson(t.header, t.rows)), type: JSON_TYPE });
  }
  files.push({ path: 'README.txt', body: strToU8(readme(meta, tables)), type: TEXT });

  // Zip entries dated with the data date (noon, so no time zone moves it to another day).
  const mtime = new Date(`${meta.dataUpdated}T12:00:00Z`);
  const entries: Zippable = {};
  for (const f of files) entries[f.path] = [f.body, { mtime }];
  files.push({ path: ZIP_NAME, body: zipSync(entries, { level: 9, mtime }), type: 'application/zip' });

  const sums = files.map((f) => ({ path: f.path, hash: sha256(f.body) }));
  for (const s of sums) files.push({ path: `${s.path}.sha256`, body: strToU8(`${s.hash}  ${s.path.split('/').pop()}\n`), type: TEXT });
  files.push({ path: 'SHA256SUMS.txt', body: strToU8(sums.map((s) => `${s.hash}  ${s.path}\n`).join('')), type: TEXT });
  return files;
}
