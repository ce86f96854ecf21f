import { z } from 'astro/zod';

/** A field that changed: its label and its values as people read them (money in 元, dates in Chinese). */
const fieldChange = z.object({ field: z.string(), before: z.string(), after: z.string() });

/** One thing that happened to a project's notice, from the publication log. */
export const historyEventSchema = z.object({
  /** The publication log entry (seq) and its date. */
  seq: z.number().int().positive(),
  date: z.string(),
  kind: z.enum(['added', 'changed', 'removed']),
  /** For `changed`: each public field, old → new. */
  fields: z.array(fieldChange),
  /** The 更正原因 of corrections.csv rows added for this project in that commit. */
  reasons: z.array(z.string()),
  /** The notice's fingerprint after the event (before it, for `removed`). */
  fingerprint: z.string(),
});

/** An earlier version of a notice, kept so its page (and a paper notice showing its fingerprint) can be checked. */
export const supersededSchema = z.object({
  fingerprint: z.string(),
  /** When it was published and when it was replaced (log dates). */
  from: z.string(),
  until: z.string(),
  /** The publication log entry that replaced it. */
  untilSeq: z.number().int().positive(),
  /** The notice's public content then (noticeRecord of the project). */
  record: z.record(z.string(), z.unknown()),
});

/** A project's history, oldest first. */
export const projectHistorySchema = z.object({
  events: z.array(historyEventSchema),
  superseded: z.array(supersededSchema),
});
export type HistoryEvent = z.infer<typeof historyEventSchema>;
export type ProjectHistory = z.infer<typeof projectHistorySchema>;
