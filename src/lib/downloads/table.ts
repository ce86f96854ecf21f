/**
 * Download tables built from the schemas: a column per documented field, its header the field's Chinese
 * label with the unit the download uses. Stored units become reader units: 分 → 元 (two decimals),
 * 0.01天 → 天; lists are joined with “；”; suppressed counts are written "<5" or "—", never 0. Each column
 * carries its own documentation (unit, type, meaning) as the file has it: the data dictionary at /about/data/
 * and the README in the zip print these, so they describe the files as they are.
 */
import type { z } from 'astro/zod';
import type { Expansion } from '../../ledgers/collections.ts';
import { fieldDocs, readerType, type FieldDoc } from '../dataDictionary.ts';
import { DAYS_TO_PAY_BUCKETS } from '../indicators/payTiming.ts';
import { hundredths, yuanPlain } from '../format.ts';
import { COUNT_CELL_TYPE, showCount } from '../privacy/display.ts';
import type { ProtectedCount } from '../../schemas/common.ts';
import type { CellValue } from './csv.ts';

export interface Table {
  /** File name without extension, e.g. projects */
  name: string;
  /** Chinese title for the /data/ page and the README. */
  title: string;
  description: string;
  header: string[];
  rows: CellValue[][];
  /** What each column means, one per header in order (the data dictionary and the README in the zip). */
  notes: ColumnNote[];
}

export interface ColumnNote {
  /** The header exactly as in the CSV (and the key in the JSON). */
  column: string;
  description: string;
  /** The unit of the values as written in the file (元, 天, 人 …), if any. */
  unit?: string;
  /** How values are written: 整数, 金额（两位小数）, 日期（YYYY-MM-DD）, 文本 … */
  type?: string;
}

const protectedCell = (c: ProtectedCount): CellValue => (c.suppressed === false ? c.value : showCount(c));

/**
 * `header` gets the first record's value (every record of a table has the same expansion), if any; `notes`
 * documents each of those columns.
 */
type Expand = {
  header: (label: string, first: unknown) => string[];
  cells: (v: unknown) => CellValue[];
  notes: (headers: string[], d: FieldDoc) => Array<Omit<ColumnNote, 'column'>>;
};

/** Fields that become several columns, by the name the public collections use for them. */
export const EXPANSIONS: Record<Expansion, Expand> = {
  /** A category breakdown: one column per 人员类别, suppressed counts written "<5" or "—". */
  categories: {
    header: (label, first) =>
      Object.keys((first ?? {}) as Record<string, ProtectedCount>).map(
        (c) => `${label.replace('按人员类别的', '')}：${c}(人)`,
      ),
    cells: (v) => Object.values(v as Record<string, ProtectedCount>).map(protectedCell),
    notes: (headers, d) =>
      headers.map((h) => ({
        unit: '人',
        type: COUNT_CELL_TYPE,
        description: `人员类别为“${h.replace(/^.*：|\(人\)$/g, '')}”的务工人数。${d.description ?? ''}`,
      })),
  },
  /** The pay-share rule that applies: the minimum as written, its source and the fund it is measured against. */
  payRule: {
    header: () => ['劳务报酬占比要求', '占比要求依据', '占比计算资金'],
    cells: (v) => {
      const r = v as { text: string; source: string; fund: string } | undefined;
      return r ? [r.text, r.source, r.fund] : [null, null, null];
    },
    notes: () => [
      {
        type: '文本（百分数）',
        description: '适用于本项目的劳务报酬占比下限（如“30%”）；不设下限的资金（地方政府投资、重点工程）为空',
      },
      { type: '文本', description: '这一下限的依据：国家规定、站点设置中的文件，或项目实施方案' },
      { type: '文本', description: '劳务报酬占比的分母：以工代赈专项资金的类型' },
    ],
  },
  /** The planned share: its text (two decimals, never across the rule's line) and whether the rule is met. */
  payShare: {
    header: () => ['劳务报酬占比', '是否达到占比要求'],
    cells: (v) => {
      const s = v as { text: string; met?: boolean } | undefined;
      return s ? [s.text, s.met === undefined ? null : s.met ? '是' : '否'] : [null, null];
    },
    notes: () => [
      {
        type: '文本（百分数，两位小数）',
        description:
          '预计劳务报酬占以工代赈专项资金的比例，四舍五入到两位小数，但不越过要求的界线（29.996% 记为 29.99%，未达到 30%）',
      },
      {
        type: '可选值：是、否',
        description: '是否达到劳务报酬占比要求；没有要求、或预计劳务报酬是约数无法判断时为空',
      },
    ],
  },
  /** Paid rows by days to pay: one column per bucket. */
  daysToPay: {
    header: () => DAYS_TO_PAY_BUCKETS.map((b) => `发放用时${b.label}(笔)`),
    cells: (v) => v as number[],
    notes: () =>
      DAYS_TO_PAY_BUCKETS.map((b) => ({
        unit: '笔',
        type: '整数',
        description: `已发放的各笔中，从务工月份结束到发放日期用时${b.label}的笔数`,
      })),
  },
};

export function schemaTable<T extends Record<string, unknown>>(
  meta: { name: string; title: string; description: string },
  schema: z.ZodObject,
  records: readonly T[],
  expand: Readonly<Partial<Record<string, Expansion>>> = {},
): Table {
  const docs = fieldDocs(schema).filter((d) => d.key !== 'sourceLine');
  const header: string[] = [];
  const notes: Table['notes'] = [];
  const getters: Array<(r: T) => CellValue[]> = [];
  for (const d of docs) {
    const how = expand[d.key];
    const ex = how && EXPANSIONS[how];
    if (ex) {
      const hs = ex.header(d.label, records[0]?.[d.key]);
      header.push(...hs);
      const docs = ex.notes(hs, d);
      hs.forEach((h, i) => notes.push({ column: h, ...docs[i] }));
      getters.push((r) => ex.cells(r[d.key]));
      continue;
    }
    const unit = d.unit === '分' ? '元' : d.unit === '0.01天' ? '天' : d.unit;
    const column = unit && unit !== '年' ? `${d.label}(${unit})` : d.label;
    header.push(column);
    notes.push({
      column,
      // The file writes days, not the hundredths they are stored in: the stored unit would mislead here.
      description: (d.description ?? '').replace(/[，,]?以 ?0\.01 ?天为单位/, ''),
      unit: unit === '年' ? undefined : unit,
      type: readerType(d),
    });
    getters.push((r) => {
      const v = r[d.key];
      if (v === undefined || v === null) return [null];
      if (d.unit === '分') return [yuanPlain(v as number)];
      if (d.unit === '0.01天') return [hundredths(v as number)];
      if (Array.isArray(v)) return [v.join('；')];
      return [v as CellValue];
    });
  }
  const { name, title, description } = meta;
  return { name, title, description, header, notes, rows: records.map((r) => getters.flatMap((g) => g(r))) };
}
