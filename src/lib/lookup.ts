/**
 * Indexes of the public collections by project, built once per build: a page asks for one project's
 * months, classes or visits by key instead of scanning every row (25,000 pages × millions of rows at
 * national scale). Rows keep their collection order.
 */
import type { Inspection } from '../schemas/inspection.ts';
import type { PayoutBatch } from '../schemas/payoutBatch.ts';
import type { PayoutMonth } from '../schemas/payoutMonth.ts';
import type { Project } from '../schemas/project.ts';
import type { Training } from '../schemas/training.ts';

/** Rows grouped by a key, in their original order; a key with no rows is absent. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K | undefined): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

export interface LookupInput {
  projects: readonly Project[];
  payoutMonths: readonly PayoutMonth[];
  trainings: readonly Training[];
  inspections: readonly Inspection[];
  /** Pay recorded per batch (payout-batches.csv). */
  payoutBatches?: readonly PayoutBatch[];
}

export interface Lookup {
  project(id: string): Project | undefined;
  /** 项目名称 by 项目编号. */
  projectName(id: string): string | undefined;
  /** Projects of a programme year, in collection order. */
  projectsOfYear(year: number): readonly Project[];
  payoutMonthsOf(projectId: string): readonly PayoutMonth[];
  payoutBatchesOf(projectId: string): readonly PayoutBatch[];
  trainingsOf(projectId: string): readonly Training[];
  inspectionsOf(projectId: string): readonly Inspection[];
}

const NONE: readonly never[] = [];

export function buildLookup(data: LookupInput): Lookup {
  const projects = new Map(data.projects.map((p) => [p.id, p]));
  const byYear = groupBy(data.projects, (p) => p.year);
  const months = groupBy(data.payoutMonths, (m) => m.projectId);
  const batches = groupBy(data.payoutBatches ?? [], (b) => b.projectId);
  const classes = groupBy(data.trainings, (t) => t.projectId);
  const visits = groupBy(data.inspections, (i) => i.projectId);
  return {
    project: (id) => projects.get(id),
    projectName: (id) => projects.get(id)?.name,
    projectsOfYear: (year) => byYear.get(year) ?? NONE,
    payoutMonthsOf: (id) => months.get(id) ?? NONE,
    payoutBatchesOf: (id) => batches.get(id) ?? NONE,
    trainingsOf: (id) => classes.get(id) ?? NONE,
    inspectionsOf: (id) => visits.get(id) ?? NONE,
  };
}
