/**
 * The data dictionary, generated from the Zod schemas the site is built with, so the page that explains
 * the fields cannot drift from the fields. Uses Zod 4's public API only (classes, unwrap, options, the registry).
 */
import { z } from 'astro/zod';
import type { FieldMeta } from '../schemas/common.ts';
import { VOCABULARY_DEFAULTS } from './vocab/defaults.ts';

export interface FieldDoc {
  key: string;
  label: string;
  unit?: string;
  description?: string;
  type: string;
  optional: boolean;
  /** Text that is a calendar date (2023-05-01) or month (2023-05). */
  format?: 'date' | 'month';
}

/** The schema inside optional/default/prefault/nullable wrappers, and whether a value may be absent. */
function unwrap(s: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let optional = false;
  let cur = s;
  for (;;) {
    if (cur instanceof z.ZodOptional || cur instanceof z.ZodPrefault) {
      optional = true;
      cur = cur.unwrap() as z.ZodType;
    } else if (cur instanceof z.ZodDefault) {
      optional = true;
      cur = cur.removeDefault() as z.ZodType;
    } else if (cur instanceof z.ZodNullable) cur = cur.unwrap() as z.ZodType;
    else return { inner: cur, optional };
  }
}

/** A text schema that takes ISO dates or months only (probed through parse, so no Zod internals are read). */
function textFormat(inner: z.ZodType): FieldDoc['format'] {
  if (!(inner instanceof z.ZodString) || inner.safeParse('文本').success || inner.safeParse('AB').success) return;
  const day = inner.safeParse('2023-05-01').success;
  const month = inner.safeParse('2023-05').success;
  return day && !month ? 'date' : month && !day ? 'month' : undefined;
}

function describeType(s: z.ZodType, meta: FieldMeta): { type: string; optional: boolean; format?: FieldDoc['format'] } {
  const { inner, optional } = unwrap(s);
  const format = textFormat(inner);
  const vocab = meta.vocabulary && VOCABULARY_DEFAULTS[meta.vocabulary];
  const type = vocab
    ? `可选值：${vocab.values.map((v) => v.value).join('、')}${inner instanceof z.ZodArray ? '（可多个）' : ''}，及本区县在站点设置中添加的值`
    : inner instanceof z.ZodEnum
      ? `可选值：${inner.options.join('、')}`
      : inner instanceof z.ZodNumber
        ? '整数'
        : inner instanceof z.ZodArray
          ? '文本列表'
          : inner instanceof z.ZodObject || inner instanceof z.ZodUnion || inner instanceof z.ZodRecord
            ? '分类计数（小数值隐藏）'
            : '文本';
  return format ? { type, optional, format } : { type, optional };
}

/** One row per documented field of an object schema, in schema order; undocumented ids are skipped. */
export function fieldDocs(schema: z.ZodObject): FieldDoc[] {
  return Object.entries(schema.shape).flatMap(([key, s]) => {
    const meta = z.globalRegistry.get(s as z.ZodType) as FieldMeta | undefined;
    if (!meta?.label) return [];
    const { label, unit, description } = meta;
    return [{ key, label, unit, description, ...describeType(s as z.ZodType, meta) }];
  });
}

/**
 * How a field's values are written in the download files (not how they are stored): 分 become 元 with two
 * decimals, hundredths of a day become 天, lists are joined with “；”.
 */
export function readerType(d: FieldDoc): string {
  if (d.unit === '分') return '金额（元，两位小数）';
  if (d.unit === '0.01天') return '数值（最多两位小数）';
  if (d.format === 'date') return '日期（YYYY-MM-DD）';
  if (d.format === 'month') return '月份（YYYY-MM）';
  if (d.type === '文本列表') return '文本，多个用“；”隔开';
  if (d.type.includes('（可多个）')) return d.type.replace('（可多个）', '（多个用“；”隔开）');
  return d.type;
}
