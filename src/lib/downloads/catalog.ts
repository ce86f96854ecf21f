/**
 * Every file under /data/: the public tables and each chart's table as CSV and JSON, a README, a zip of
 * everything, and SHA-256 checksums. Built from the public collections only (never from the ledgers) and
 * dated with the data date, so two builds of the same data give the same bytes.
 */
import { createHash } from 'node:crypto';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { downloadCollections, type DownloadCollectionName, type PublicData } from '../../ledgers/collections.ts';
import type { Meta } from '../../schemas/meta.ts';
import { computeIndicators, type Scope } from '../indicators/indicators.ts';
import { chartTables } from '../stats/tables.ts';
import { toCsv, toJson, type CellValue } from './csv.ts';
import { COUNT_CELL_TYPE, HIDDEN_MARK, LT5_MARK, OVERLAP_NOTE, SUPPRESSION_NOTE } from '../privacy/display.ts';
import type { CategoryTotals } from '../../schemas/categoryTotals.ts';
import { categoryTotalsTable } from './categoryTotals.ts';
import { schemaTable, type ColumnNote, type Table } from './table.ts';

export interface DownloadFile {
  /** Path under /data/, e.g. projects.csv or charts/2023/by-sector.csv */
  path: string;
  body: Uint8Array;
  type: string;
}

export const ZIP_NAME = 'ygdz-open-data.zip';
export const LICENCE = '本数据可免费复制、转载和用于研究报道，请注明来源；数据按原样提供。';

/** The public tables: one per collection that the registry publishes as a download. */
export function dataTables(data: Pick<PublicData, DownloadCollectionName>): Table[] {
  return downloadCollections().map(({ name, schema, download }) =>
    name === 'categoryTotals'
      ? categoryTotalsTable(download, data[name] as readonly CategoryTotals[])
      : schemaTable(download, schema, data[name] as readonly Record<string, unknown>[], download.expand),
  );
}

/**
 * A chart column's unit and type, read from its header ("预计劳务报酬(元)") and its values: chart tables are
 * made for the page, not from documented fields.
 */
function inferredNote(column: string, values: readonly CellValue[]): ColumnNote {
  const unit = /\(([^()]+)\)$/.exec(column)?.[1];
  const texts = values.filter((v): v is string => typeof v === 'string');
  const type = values.some((v) => v === LT5_MARK || v === HIDDEN_MARK)
    ? COUNT_CELL_TYPE
    : unit === '元'
      ? '金额（元，两位小数）'
      : unit
        ? '整数'
        : texts.length > 0 && texts.every((v) => /^\d{4}-\d{2}$/.test(v))
          ? '月份（YYYY-MM）'
          : '文本';
  return { column, description: '', unit, type };
}

/** One entry of the data dictionary: files that share a layout (a table's CSV and JSON, a chart's every year). */
export interface DictionaryEntry {
  /** Anchor on /about/data/, e.g. projects or charts-by-sector. */
  id: string;
  title: string;
  description: string;
  /** The files under /data/ this entry describes, CSV first. */
  files: string[];
  /** The CSV header row (and the JSON keys), in order. */
  header: string[];
  notes: ColumnNote[];
}

/**
 * The data dictionary: every table and chart download, described from the very tables the files are written
 * from, so the column names, units and types on /about/data/ are those of the files. A chart whose table has the
 * same columns in every year gets one entry for all its files.
 */
export function dictionary(
  data: Pick<PublicData, DownloadCollectionName>,
  years: readonly number[],
): DictionaryEntry[] {
  const entries: DictionaryEntry[] = dataTables(data).map((t) => ({
    id: t.name,
    title: t.title,
    description: t.description,
    files: [`${t.name}.csv`, `${t.name}.json`],
    header: t.header,
    notes: t.notes,
  }));
  const charts = new Map<string, DictionaryEntry>();
  for (const t of allChartTables(data, years)) {
    const chart = t.name.split('/').pop()!;
    const key = `${chart}\u0000${t.header.join('\u0000')}`;
    const entry = charts.get(key);
    if (entry) entry.files.push(`${t.name}.csv`, `${t.name}.json`);
    else
      charts.set(key, {
        id: `charts-${chart}-${charts.size}`,
        title: `统计图数据：${t.title.replace(/^(\d{4}年|全部年度)/, '')}`,
        description: t.description,
        files: [`${t.name}.csv`, `${t.name}.json`],
        header: t.header,
        notes: t.header.map((column, i) => ({
          ...inferredNote(
            column,
            t.rows.map((r) => r[i]),
          ),
          ...t.notes.find((n) => n.column === column),
        })),
      });
  }
  return [...entries, ...charts.values()];
}

/** Every chart's table, for each year and for all years. */
export function allChartTables(data: Pick<PublicData, DownloadCollectionName>, years: readonly number[]): Table[] {
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
    `个人信息：不含姓名、身份证号、电话和个人的人员类别。${SUPPRESSION_NOTE}${meta.categoriesOverlap ? OVERLAP_NOTE : ''}`,
    '计算口径：见网站“统计口径”页面 /stats/methodology/。',
    '',
    '文件和字段：',
  ];
  for (const t of tables) {
    lines.push('', `${t.name}.csv / ${t.name}.json：${t.title}。${t.description}`);
    for (const n of t.notes)
      lines.push(`  - ${n.column}${n.type ? `（${n.type}）` : ''}${n.description ? `：${n.description}` : ''}`);
    if (t.notes.length === 0) lines.push(`  - 字段：${t.header.join('、')}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT = 'text/plain; charset=utf-8';

export function buildCatalog(data: Pick<PublicData, DownloadCollectionName>, meta: Meta): DownloadFile[] {
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
  for (const s of sums)
    files.push({ path: `${s.path}.sha256`, body: strToU8(`${s.hash}  ${s.path.split('/').pop()}\n`), type: TEXT });
  files.push({ path: 'SHA256SUMS.txt', body: strToU8(sums.map((s) => `${s.hash}  ${s.path}\n`).join('')), type: TEXT });
  return files;
}
