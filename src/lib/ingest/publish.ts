import type { Inspection } from '../../schemas/inspection.ts';
import type { Meta } from '../../schemas/meta.ts';
import { WORKER_CATEGORIES, type WorkerCategory } from '../../schemas/options.ts';
import type { PayoutList } from '../../schemas/payoutList.ts';
import type { PayoutMonth } from '../../schemas/payoutMonth.ts';
import type { CategoryBreakdown, Project } from '../../schemas/project.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { Training } from '../../schemas/training.ts';
import type { YearSummary } from '../../schemas/yearSummary.ts';
import type { ProtectedCount } from '../../schemas/common.ts';
import { type Mark, suppressTable } from '../privacy/suppress.ts';
import type { Ledgers } from './ingest.ts';

/** Everything the site may show: the only thing that crosses from the ingest to `content/`. */
export interface PublicContent {
  meta: Meta;
  projects: Project[];
  payoutMonths: PayoutMonth[];
  payoutLists: PayoutList[];
  trainings: Training[];
  inspections: Inspection[];
  years: YearSummary[];
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function protect(value: number, mark: Mark): ProtectedCount {
  return mark === 'shown' ? { suppressed: false, value } : { suppressed: mark };
}

function breakdown(counts: number[], marks: Mark[]): CategoryBreakdown {
  return Object.fromEntries(WORKER_CATEGORIES.map((c, j) => [c, protect(counts[j], marks[j])])) as CategoryBreakdown;
}

/** Aggregates the private ledgers into public content. Output order is fixed so two builds are byte-identical. */
export function buildContent(led: Ledgers, site: SiteConfig, asOf: string, dataUpdatedSource: Meta['dataUpdatedSource']): PublicContent {
  const projects = [...led.projects].sort((a, b) => a.year - b.year || byCode(a.id, b.id));
  const catIndex = new Map<WorkerCategory, number>(WORKER_CATEGORIES.map((c, j) => [c, j]));

  // Roster: workers placed per project, by category (each roster row names at most one project).
  const placed = new Map<string, number[]>(projects.map((p) => [p.id, WORKER_CATEGORIES.map(() => 0)]));
  for (const w of led.workers.values()) if (w.projectId) placed.get(w.projectId)![catIndex.get(w.category)!]++;

  // Category counts are suppressed per year as one table: rows = the year's projects, columns = categories.
  const years = [...new Set(projects.map((p) => p.year))].sort((a, b) => a - b);
  const publicProjects: Project[] = [];
  const yearSummaries: YearSummary[] = [];
  for (const year of years) {
    const ps = projects.filter((p) => p.year === year);
    const table = ps.map((p) => placed.get(p.id)!);
    const marks = suppressTable(table);
    ps.forEach((p, i) => {
      const t = led.payouts.project(p.id);
      const { sourceLine, ...fields } = p;
      publicProjects.push({
        ...fields,
        workersPlaced: table[i].reduce((a, b) => a + b, 0),
        workersByCategory: breakdown(table[i], marks.cells[i]),
        dueFen: t.due,
        paidFen: t.paid,
        unpaidRows: t.unpaid,
        lateRows: t.late,
        sourceLine,
      });
    });
    const colTotals = WORKER_CATEGORIES.map((_, j) => table.reduce((a, r) => a + r[j], 0));
    const trainings = led.trainings.filter((t) => Number(t.start.slice(0, 4)) === year);
    yearSummaries.push({
      id: String(year),
      year,
      projects: ps.length,
      workersPlaced: colTotals.reduce((a, b) => a + b, 0),
      workersByCategory: breakdown(colTotals, marks.colTotals),
      plannedPayFen: ps.reduce((a, p) => a + p.plannedPayFen, 0),
      paidFen: ps.reduce((a, p) => a + led.payouts.project(p.id).paid, 0),
      trainingClasses: trainings.length,
      trainingHours: trainings.reduce((a, t) => a + t.hours, 0),
      trainees: trainings.reduce((a, t) => a + t.trainees, 0),
    });
  }

  const payoutMonths: PayoutMonth[] = [...led.payouts.months.entries()]
    .sort(([a], [b]) => byCode(a, b))
    .map(([id, { workerIds, ...m }]) => ({ id, ...m, workers: workerIds.size }));

  const visits = new Map<string, number>();
  const inspections: Inspection[] = [...led.inspections]
    .sort((a, b) => byCode(a.projectId, b.projectId) || byCode(a.date, b.date) || a.line - b.line)
    .map(({ line, ...r }) => {
      const n = (visits.get(r.projectId) ?? 0) + 1;
      visits.set(r.projectId, n);
      return { id: `${r.projectId}_${n}`, ...r };
    });

  return {
    meta: { id: 'site', dataUpdated: asOf, dataUpdatedSource, years, site },
    projects: publicProjects,
    payoutMonths,
    payoutLists: [...led.payouts.lists.entries()].sort(([a], [b]) => byCode(a, b)).map(([projectId, rows]) => ({ projectId, rows })),
    trainings: [...led.trainings].sort((a, b) => byCode(a.start, b.start) || byCode(a.id, b.id)).map(({ line, ...t }) => t),
    inspections,
    years: yearSummaries,
  };
}
