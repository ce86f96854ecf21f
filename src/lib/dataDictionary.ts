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

function describeType(s: z.ZodType, meta: FieldMeta): { type: string; optional: boolean } {
  const { inner, optional } = unwrap(s);
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
  return { type, optional };
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
