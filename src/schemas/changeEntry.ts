import { z } from 'astro/zod';

/** A few items of a change, named (at most SAMPLE of them; the count says how many there were). */
const named = z.object({
  /** How many there were. */
  count: z.number().int().nonnegative(),
  /** The first of them by id: id and name, and for changed records the labels of the fields that changed. */
  items: z.array(z.object({ id: z.string(), name: z.string(), fields: z.array(z.string()).optional() })),
});

/**
 * One entry of the publication log (更新记录, /changes/): a commit that changed the data folder, what it changed
 * in the public data, the SHA-256 of each download as that version publishes it, and the hash of the entry before
 * it, so an entry cannot be changed or dropped without changing every hash after it.
 */
export const changeEntrySchema = z.object({
  /** 1, 2, … in commit order. */
  seq: z.number().int().positive(),
  /** The git commit (40 hex digits). */
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  /** The git tree of the data folder at that commit: what the entry is about, independent of the commit message. */
  tree: z.string().regex(/^[0-9a-f]{40}$/),
  /** Commit date, Asia/Shanghai. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** False when that version of the data did not pass validation (nothing was published from it). */
  valid: z.boolean(),
  projects: z.object({ added: named, removed: named, changed: named }),
  /** Pay by project and month: how many project-months changed, and the change in 实发 (分) and in 笔数. */
  pay: z.object({
    months: z.number().int().nonnegative(),
    paidFenDelta: z.number().int(),
    rowsDelta: z.number().int(),
    items: z.array(z.object({ projectId: z.string(), month: z.string(), paidFenDelta: z.number().int() })),
  }),
  trainings: z.object({ added: named, removed: named, changed: named }),
  inspections: z.object({ added: z.number().int().nonnegative(), removed: z.number().int().nonnegative() }),
  /** SHA-256 (hex) of each download (/data/<file>) this version publishes, by file name. */
  downloads: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
  /** Hash of the previous entry; null for the first. */
  previous: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  /** SHA-256 of this entry's canonical JSON without `hash` (src/lib/changes/chain.ts). */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ChangeEntry = z.infer<typeof changeEntrySchema>;
