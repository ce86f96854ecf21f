/**
 * The data dictionary, generated from the Zod schemas the site is built with, so the page that explains
 * the fields cannot drift from the fields.
 */
import { z } from 'astro/zod';
import type { FieldMeta } from '../schemas/common.ts';

export interface FieldDoc {
  key: string;
  label: string;
  unit?: string;
  description?: string;
  type: string;
  optional: boolean;
}

type Def = { type: string; innerType?: z.ZodType; entries?: Record<string, string>; element?: z.ZodType; checks?: unknown[] };
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

function describeType(s: z.ZodType): { type: string; optional: boolean } {
  let optional = false;
  let cur = s;
  while (['optional', 'default', 'prefault', 'nullable'].includes(def(cur).type)) {
    optional = optional || def(cur).type !== 'nullable';
    cur = def(cur).innerType!;
  }
  const d = def(cur);
  const type =
    d.type === 'enum'
      ? `可选值：${Object.values(d.entries!).join('、')}`
      : d.type === 'number'
        ? '整数'
        : d.type === 'array'
          ? '文本列表'
          : d.type === 'object' || d.type === 'union'
            ? '分类计数（小数值隐藏）'
            : '文本';
  return { type, optional };
}

/** One row per documented field of an object schema, in schema order; undocumented ids are skipped. */
export function fieldDocs(schema: z.ZodObject): FieldDoc[] {
  return Object.entries(schema.shape).flatMap(([key, s]) => {
    const meta = z.globalRegistry.get(s as z.ZodType) as FieldMeta | undefined;
    if (!meta?.label) return [];
    return [{ key, label: meta.label, unit: meta.unit, description: meta.description, ...describeType(s as z.ZodType) }];
  });
}
