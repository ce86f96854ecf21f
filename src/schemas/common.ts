import { z } from 'astro/zod';
import type { VocabularyId } from '../lib/vocab/defaults.ts';

/** Metadata every published field carries, so the data dictionary is generated, never written twice. */
export interface FieldMeta {
  /** Chinese label shown to readers and used as the CSV column name in downloads. */
  label: string;
  /** Unit of the stored value, e.g. 分, 人, 学时. */
  unit?: string;
  /** One sentence on what the field means. */
  description?: string;
  /** The district vocabulary (src/lib/vocab) its values come from, e.g. sectors. */
  vocabulary?: VocabularyId;
}

export const field = <T extends z.ZodType>(schema: T, meta: FieldMeta): T => schema.meta({ ...meta });

/** ISO calendar date (Asia/Shanghai), e.g. 2023-05-01. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Calendar month, e.g. 2023-05. */
export const isoMonth = z.string().regex(/^\d{4}-\d{2}$/);
/** Money in integer 分 (1 元 = 100 分): never floating point, so every total is exact. */
export const fen = z.number().int();
/** A non-negative whole count. */
export const count = z.number().int().nonnegative();

/**
 * A count published only after small-cell suppression (see src/lib/privacy/suppress.ts).
 * `lt5`: the true value is 0–4 and is shown as "<5". `hidden`: withheld, any value, shown "—".
 * The rule (src/lib/privacy/rule.ts) and the audit guarantee no withheld value can be worked out.
 * The true value of a suppressed cell never leaves the ingest.
 */
export const protectedCount = z.discriminatedUnion('suppressed', [
  z.object({ suppressed: z.literal(false), value: count }),
  z.object({ suppressed: z.literal('lt5') }),
  z.object({ suppressed: z.literal('hidden') }),
]);
export type ProtectedCount = z.infer<typeof protectedCount>;
