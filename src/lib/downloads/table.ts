/**
 * Download tables built from the schemas: a column per documented field, its header the field's Chinese
 * label with the unit the download uses. Stored units become reader units: 分 → 元 (two decimals),
 * 0.01天 → 天; lists are joined with “；”; suppressed counts are written "<5" or "—", never 0.
 */
import type { z } from 'astro/zod';
import { fieldDocs } from '../dataDictionary.ts';
import { showCount } from '../privacy/display.ts';
import { WORKER_CATEGORIES } from '../../schemas/options.ts';
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
  /** What each column means (for the README in the zip). */
  notes: Array<{ column: string; description: string }>;
}

/** 分 → "1234.56" (元, exact, no separators: a number for spreadsheets). */
export function yuanPlain(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(fen);
  return `${sign}${Math.trunc(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** Hundredths → "12.5" */
export function hundredthsPlain(n: number): string {
  return n % 100 === 0 ? String(n / 100) : `${Math.trunc(n / 100)}.${String(n % 100).padStart(2, '0').replace(/0$/, '')}`;
}

const protectedCell = (c: ProtectedCount): CellValue => (c.suppressed === false ? c.value : showCount(c));

type Expand = { header: (label: string) => string[]; cells: (v: unknown) => CellValue[] };

/** Fields that become several columns. */
export const expandCategories: Expand = {
  header: (label) => WORKER_CATEGORIES.map((c) => `${label.replace('按人员类别的', '')}：${c}(人)`),
  cells: (v) => WORKER_CATEGORIES.map((c) => protectedCell((v as Record<string, ProtectedCount>)[c])),
};

export function schemaTable<T extends Record<string, unknown>>(
  meta: { name: string; title: string; description: string },
  schema: z.ZodObject,
  records: readonly T[],
  expand: Partial<Record<keyof T & string, Expand>> = {},
): Table {
  const docs = fieldDocs(schema).filter((d) => d.key !== 'sourceLine');
  const header: string[] = [];
  const notes: Table['notes'] = [];
  const getters: Array<(r: T) => CellValue[]> = [];
  for (const d of docs) {
    const ex = expand[d.key as keyof T & string];
    if (ex) {
      const hs = ex.header(d.label);
      header.push(...hs);
      hs.forEach((h) => notes.push({ column: h, description: d.description ?? '' }));
      getters.push((r) => ex.cells(r[d.key]));
      continue;
    }
    const unit = d.unit === '分' ? '元' : d.unit === '0.01天' ? '天' : d.unit;
    const column = unit && unit !== '年' ? `${d.label}(${unit})` : d.label;
    header.push(column);
    notes.push({ column, description: d.description ?? '' });
    getters.push((r) => {
      const v = r[d.key];
      if (v === undefined || v === null) return [null];
      if (d.unit === '分') return [yuanPlain(v as number)];
      if (d.unit === '0.01天') return [hundredthsPlain(v as number)];
      if (Array.isArray(v)) return [v.join('；')];
      return [v as CellValue];
    });
  }
  return { ...meta, header, notes, rows: records.map((r) => getters.flatMap((g) => g(r))) };
}
