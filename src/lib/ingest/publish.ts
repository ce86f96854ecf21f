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
import { isLate } from '../indicators/payTiming.ts';
import { maskName } from '../privacy/mask.ts';
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

  // Payouts: per project and per project-month.
  type Acc = Omit<PayoutMonth, 'id' | 'workers'> & { workerIds: Set<string> };
  const months = new Map<string, Acc>();
  const perProject = new Map<string, { due: number; paid: number; unpaid: number; late: number }>();
  const lists = new Map<string, PayoutList['rows']>();
  for (const p of led.payouts) {
    const key = `${p.projectId}_${p.month}`;
    let m = months.get(key);
    if (!m) {
      m = { projectId: p.projectId, month: p.month, workerIds: new Set(), workDaysHundredths: 0, dueFen: 0, paidFen: 0, unpaidRows: 0, lateRows: 0 };
      months.set(key, m);
    }
    const late = isLate(p.month, p.paidOn, asOf);
    m.workerIds.add(p.workerId);
    m.workDaysHundredths += p.daysH;
    m.dueFen += p.dueFen;
    if (p.paidOn) {
      m.paidFen += p.paidFen;
      if (!m.firstPaidOn || p.paidOn < m.firstPaidOn) m.firstPaidOn = p.paidOn;
      if (!m.lastPaidOn || p.paidOn > m.lastPaidOn) m.lastPaidOn = p.paidOn;
    } else m.unpaidRows++;
    if (late) m.lateRows++;
    const t = perProject.get(p.projectId) ?? { due: 0, paid: 0, unpaid: 0, late: 0 };
    t.due += p.dueFen;
    t.paid += p.paidOn ? p.paidFen : 0;
    t.unpaid += p.paidOn ? 0 : 1;
    t.late += late ? 1 : 0;
    perProject.set(p.projectId, t);
    if (site.privacy.publishPayoutList) {
      const w = led.workers.get(p.workerId)!;
      const rows = lists.get(p.projectId) ?? [];
      rows.push({
        maskedName: maskName(w.name),
        village: w.village,
        month: p.month,
        workDaysHundredths: p.daysH,
        dueFen: p.dueFen,
        paidFen: p.paidOn ? p.paidFen : 0,
        paidOn: p.paidOn,
        method: p.method,
      });
      lists.set(p.projectId, rows);
    }
  }

  // Category counts are suppressed per year as one table: rows = the year's projects, columns = categories.
  const years = [...new Set(projects.map((p) => p.year))].sort((a, b) => a - b);
  const publicProjects: Project[] = [];
  const yearSummaries: YearSummary[] = [];
  for (const year of years) {
    const ps = projects.filter((p) => p.year === year);
    const table = ps.map((p) => placed.get(p.id)!);
    const marks = suppressTable(table);
    ps.forEach((p, i) => {
      const t = perProject.get(p.id) ?? { due: 0, paid: 0, unpaid: 0, late: 0 };
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
      paidFen: ps.reduce((a, p) => a + (perProject.get(p.id)?.paid ?? 0), 0),
      trainingClasses: trainings.length,
      trainingHours: trainings.reduce((a, t) => a + t.hours, 0),
      trainees: trainings.reduce((a, t) => a + t.trainees, 0),
    });
  }

  const payoutMonths: PayoutMonth[] = [...months.entries()]
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
    payoutLists: [...lists.entries()].sort(([a], [b]) => byCode(a, b)).map(([projectId, rows]) => ({ projectId, rows })),
    trainings: [...led.trainings].sort((a, b) => byCode(a.start, b.start) || byCode(a.id, b.id)).map(({ line, ...t }) => t),
    inspections,
    years: yearSummaries,
  };
}
