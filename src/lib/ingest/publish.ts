import type { PublicData } from '../../ledgers/collections.ts';
import { projectPaidFen } from '../../ledgers/payoutBatches.ts';
import type { Ledgers } from '../../ledgers/registry.ts';
import type { Inspection } from '../../schemas/inspection.ts';
import { publishJobs } from '../jobs.ts';
import type { Meta } from '../../schemas/meta.ts';
import { buildVocabularies } from '../vocab/vocabulary.ts';
import type { PayoutBatch } from '../../schemas/payoutBatch.ts';
import type { PayoutMonth } from '../../schemas/payoutMonth.ts';
import type { CategoryBreakdown, Project } from '../../schemas/project.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { CategoryTotals } from '../../schemas/categoryTotals.ts';
import type { ProtectedCount } from '../../schemas/common.ts';
import { suppressCategoryTables } from '../privacy/categoryTables.ts';
import { labourCounts, publishLabour } from './labour.ts';
import type { Mark } from '../privacy/system.ts';

/** The settings as published: funding is parsed into each project's payRule instead. */
function publicSettings(site: SiteConfig): Meta['site'] {
  const { funding: _funding, ...rest } = site;
  return rest;
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function protect(value: number, mark: Mark): ProtectedCount {
  return mark === 'shown' ? { suppressed: false, value } : { suppressed: mark };
}

function breakdown(categories: readonly string[], counts: number[], marks: Mark[]): CategoryBreakdown {
  return Object.fromEntries(categories.map((c, j) => [c, protect(counts[j], marks[j])]));
}

/**
 * Aggregates the private ledgers into the public collections (src/ledgers/collections.ts). Output order is fixed
 * so two builds are byte-identical.
 */
/** What the disclosure audit did, for the build log. */
export interface PrivacyAudit {
  /** Category counts withheld ("<5" or "—"). */
  withheld: number;
  /** Solver runs that proved each withheld count cannot be worked out. */
  solves: number;
}

export async function buildContent(
  led: Ledgers,
  site: SiteConfig,
  asOf: string,
  dataUpdatedSource: Meta['dataUpdatedSource'],
): Promise<{ content: PublicData; privacy: PrivacyAudit }> {
  const projects = [...led.projects.values()].sort((a, b) => a.year - b.year || byCode(a.id, b.id));
  // The district's categories (defaults plus site.json), published whether or not anyone has them: which
  // categories appear would itself say something about a few people.
  const categories = buildVocabularies(site.vocabularies).workerCategories.values;
  const catIndex = new Map(categories.map((c, j) => [c, j]));

  // Roster: workers placed per project, by category (each roster row names at most one project). A person may
  // belong to several categories; then the categories overlap and no longer add up to the workers.
  const placed = new Map<string, number[]>(projects.map((p) => [p.id, categories.map(() => 0)]));
  const size = new Map<string, number>(projects.map((p) => [p.id, 0]));
  let overlap = false;
  for (const w of led.workers.values()) {
    if (!w.projectId) continue;
    const row = placed.get(w.projectId)!;
    for (const c of w.categories) row[catIndex.get(c)!]++;
    if (w.categories.length > 1) overlap = true;
    size.set(w.projectId, size.get(w.projectId)! + 1);
  }

  // Category counts: every project's breakdown, each year's totals and the all-years totals, suppressed
  // as one linked system (see privacy/categoryTables.ts).
  const years = [...new Set(projects.map((p) => p.year))].sort((a, b) => a - b);
  const perYear = years.map((year) => {
    const ps = projects.filter((p) => p.year === year);
    const table = ps.map((p) => placed.get(p.id)!);
    const sizes = ps.map((p) => size.get(p.id)!);
    const totals = categories.map((_, j) => table.reduce((a, r) => a + r[j], 0));
    return { year, ps, table, sizes, totals };
  });
  const marks = await suppressCategoryTables(
    perYear.map((y) => ({ year: y.year, rows: y.table, sizes: y.sizes })),
    categories.length,
    overlap,
  );
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  const publicProjects: Project[] = [];
  const categoryTotals: CategoryTotals[] = [];
  perYear.forEach(({ year, ps, table, sizes, totals }, y) => {
    ps.forEach((p, i) => {
      const t = led.payouts.project(p.id);
      const { line, ...fields } = p;
      publicProjects.push({
        ...fields,
        workersPlaced: sizes[i],
        workersByCategory: breakdown(categories, table[i], marks.projects[y][i]),
        dueFen: t.dueFen,
        paidFen: projectPaidFen(p.id, led.payouts, led.payoutBatches),
        payoutRows: t.rows,
        unpaidRows: t.unpaidRows,
        overdueRows: t.overdueRows,
        latePaidRows: t.latePaidRows,
        sourceLine: line,
      });
    });
    const byCategory = breakdown(categories, totals, marks.years[y]);
    categoryTotals.push({ id: String(year), year, workers: sum(sizes), byCategory });
  });
  const allTotals = categories.map((_, j) => sum(perYear.map((y) => y.totals[j])));
  const allWorkers = sum(perYear.map((y) => sum(y.sizes)));
  const byCategory = breakdown(categories, allTotals, marks.all);
  categoryTotals.push({ id: 'all', year: null, workers: allWorkers, byCategory });

  const payoutMonths: PayoutMonth[] = [...led.payouts.months.entries()]
    .sort(([a], [b]) => byCode(a, b))
    .map(([id, m]) => ({ id, ...m, workers: led.payouts.workersIn(id) }));

  const batchNo = new Map<string, number>();
  const payoutBatches: PayoutBatch[] = [...led.payoutBatches.rows]
    .sort((a, b) => byCode(a.projectId, b.projectId) || byCode(a.month, b.month) || a.line - b.line)
    .map(({ line, ...b }) => {
      const n = (batchNo.get(b.projectId) ?? 0) + 1;
      batchNo.set(b.projectId, n);
      return { id: `${b.projectId}_${n}`, ...b, counted: led.payouts.hasRows(b.projectId) ? '否' : '是' };
    });

  const visits = new Map<string, number>();
  const inspections: Inspection[] = [...led.inspections]
    .sort((a, b) => byCode(a.projectId, b.projectId) || byCode(a.date, b.date) || a.line - b.line)
    .map(({ line, ...r }) => {
      const n = (visits.get(r.projectId) ?? 0) + 1;
      visits.set(r.projectId, n);
      return { id: `${r.projectId}_${n}`, ...r };
    });

  // 作对接: the labour survey by 街道, village, age band and sex, suppressed as its own linked system.
  const { labour } = await publishLabour(labourCounts(led.workers.values(), asOf));

  const withheld = [...marks.projects.flat(2), ...marks.years.flat(), ...marks.all].filter((m) => m !== 'shown').length;
  const content: PublicData = {
    meta: {
      id: 'site',
      dataUpdated: asOf,
      dataUpdatedSource,
      years,
      categories: [...categories],
      categoriesOverlap: overlap,
      site: publicSettings(site),
    },
    projects: publicProjects,
    payoutMonths,
    payoutBatches,
    // Each list is read back from the ingest's spill when it is used (written out, or looked at by a test), so the
    // lists of a large programme are never all in memory at once.
    payoutLists: led.payouts
      .listProjects()
      .sort(byCode)
      .map((projectId) => ({
        projectId,
        get rows() {
          return led.payouts.listRows(projectId);
        },
      })),
    // Village pay totals only beside the masked lists (see src/schemas/villagePay.ts).
    villagePay: site.privacy.publishPayoutList ? led.payouts.villagePay() : [],
    trainings: [...led.trainings]
      .sort((a, b) => byCode(a.start, b.start) || byCode(a.id, b.id))
      .map(({ line, ...t }) => t),
    inspections,
    disputeTotals: led.disputes,
    jobs: publishJobs(led.jobs),
    categoryTotals,
    labour,
  };
  return { content, privacy: { withheld, solves: marks.solves } };
}
