/**
 * A DataDiff made into a publication-log entry's content: counts, and at most SAMPLE named items of each kind,
 * so an entry stays small when a commit adds 25,000 projects. Pay only as amounts per project and month.
 */
import type { ChangeEntry } from '../../schemas/changeEntry.ts';
import type { DataDiff, RecordChange } from './diff.ts';

/** Named items kept per kind in an entry (the count says how many there were). */
export const SAMPLE = 20;

type Named = ChangeEntry['projects']['added'];

const named = (rows: readonly { id: string; name: string }[]): Named => ({
  count: rows.length,
  items: rows.slice(0, SAMPLE).map((r) => ({ id: r.id, name: r.name })),
});
const changed = (rows: readonly RecordChange[]): Named => ({
  count: rows.length,
  items: rows.slice(0, SAMPLE).map((r) => ({ id: r.id, name: r.name, fields: r.fields.map((f) => f.field) })),
});

export type EntryContent = Pick<ChangeEntry, 'projects' | 'pay' | 'trainings' | 'inspections'>;

export function entryContent(d: DataDiff): EntryContent {
  // Only months whose 实发 or 笔数 moved: a change in 应发 alone is not a change of pay made.
  const payDelta = d.pay.filter((p) => p.paidFenDelta || p.rowsDelta);
  return {
    projects: {
      added: named(d.projects.added),
      removed: named(d.projects.removed),
      changed: changed(d.projects.changed),
    },
    pay: {
      months: payDelta.length,
      paidFenDelta: payDelta.reduce((a, p) => a + p.paidFenDelta, 0),
      rowsDelta: payDelta.reduce((a, p) => a + p.rowsDelta, 0),
      items: payDelta
        .slice(0, SAMPLE)
        .map(({ projectId, month, paidFenDelta }) => ({ projectId, month, paidFenDelta })),
    },
    trainings: {
      added: named(d.trainings.added),
      removed: named(d.trainings.removed),
      changed: changed(d.trainings.changed),
    },
    inspections: { added: d.inspections.added.length, removed: d.inspections.removed.length },
  };
}
