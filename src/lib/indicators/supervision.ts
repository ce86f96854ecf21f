/**
 * Quarterly supervision measured: the district inspects every project's 筹备, 实施 and 验收 each quarter, so a
 * project owes an inspection in every calendar quarter of its supervised span. Defined here once; the stats
 * page, the methodology page and the notice read it. Computed from public collections only (projects.csv,
 * payout-months.csv, inspections.csv), so anyone can recompute it.
 *
 * A project's supervised span:
 * - starts (筹备) on the earliest of its 公示开始日期, 计划开工日期 and the first day of its first pay month;
 * - ends when it has been accepted (项目状态 已验收) on the latest of its 计划完工日期, the last day of its last
 *   pay month and its last inspection; a project not yet accepted stays under supervision up to the data date
 *   (a late or finished-but-unaccepted project still owes its 实施 or 验收 inspections);
 * - a project still 谋划 (not yet approved), or with no date at all, has no span.
 * A project is active in a quarter when its span overlaps it. Quarters after the data date are not measured;
 * the data date's own quarter counts up to the data date.
 */
import type { Inspection } from '../../schemas/inspection.ts';
import type { PayoutMonth } from '../../schemas/payoutMonth.ts';
import type { Project } from '../../schemas/project.ts';
import { ratio, type Ratio } from './ratio.ts';

export type SupervisedProject = Pick<Project, 'id' | 'status' | 'noticeStart' | 'plannedStart' | 'plannedEnd'>;
type Visit = Pick<Inspection, 'projectId' | 'date'>;
type PayMonth = Pick<PayoutMonth, 'projectId' | 'month'>;

/** "2023Q3" */
export type Quarter = string;
export const STAGES = ['筹备', '实施', '验收'] as const;
export type Stage = (typeof STAGES)[number];

export const quarterOf = (date: string): Quarter =>
  `${date.slice(0, 4)}Q${Math.floor((+date.slice(5, 7) - 1) / 3) + 1}`;
/** First and last day (ISO) of a quarter. */
export function quarterDays(q: Quarter): [string, string] {
  const y = q.slice(0, 4);
  const n = +q.slice(5);
  const first = `${y}-${String(n * 3 - 2).padStart(2, '0')}-01`;
  const last = `${y}-${String(n * 3).padStart(2, '0')}-${n === 1 || n === 4 ? '31' : '30'}`;
  return [first, last];
}
/** "2023年第三季度" */
export const quarterLabel = (q: Quarter): string => `${q.slice(0, 4)}年第${'一二三四'[+q.slice(5) - 1]}季度`;

const monthEnd = (month: string): string => {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};
const min = (xs: Array<string | undefined>) => xs.filter((x): x is string => !!x).sort()[0];
const max = (xs: Array<string | undefined>) =>
  xs
    .filter((x): x is string => !!x)
    .sort()
    .at(-1);

/** The supervised span [from, to] (ISO days, `to` capped at the data date), or undefined (see above). */
export function supervisedSpan(
  p: SupervisedProject,
  payMonths: readonly string[],
  visits: readonly string[],
  dataDate: string,
): [string, string] | undefined {
  if (p.status === '谋划') return undefined;
  const months = [...payMonths].sort();
  const from = min([p.noticeStart, p.plannedStart, months[0] && `${months[0]}-01`]);
  if (!from || from > dataDate) return undefined;
  const end =
    p.status === '已验收' ? max([p.plannedEnd, months.at(-1) && monthEnd(months.at(-1)!), ...visits]) : undefined;
  const to = end && end < dataDate ? end : dataDate;
  return [from, to < from ? from : to];
}

/** Which of 筹备 / 实施 / 验收 a project is in on a day, by its planned dates (筹备 before 计划开工, 验收 after 计划完工). */
export function stageOn(p: SupervisedProject, day: string): Stage {
  if (p.plannedStart && day < p.plannedStart) return '筹备';
  if (p.plannedEnd && day > p.plannedEnd) return '验收';
  return '实施';
}

/** The quarters (ascending) a span overlaps. */
export function quartersOf([from, to]: [string, string]): Quarter[] {
  const out: Quarter[] = [];
  for (let q = quarterOf(from); q <= quarterOf(to);) {
    out.push(q);
    const [y, n] = [+q.slice(0, 4), +q.slice(5)];
    q = n === 4 ? `${y + 1}Q1` : `${y}Q${n + 1}`;
  }
  return out;
}

export interface QuarterSupervision {
  quarter: Quarter;
  /** Projects active in the quarter. */
  active: number;
  /** Of those, projects with at least one inspection dated in the quarter. */
  inspected: number;
  share: Ratio | undefined;
  /** True for the data date's quarter, measured up to the data date only. */
  partial: boolean;
}

/** Per project: its span's quarters and the quarters it was inspected in. */
export interface ProjectSupervision {
  id: string;
  quarters: Quarter[];
  inspectedIn: Set<Quarter>;
}

function byProject<T extends { projectId: string }, V>(rows: readonly T[], f: (r: T) => V): Map<string, V[]> {
  const m = new Map<string, V[]>();
  for (const r of rows) {
    let l = m.get(r.projectId);
    if (!l) m.set(r.projectId, (l = []));
    l.push(f(r));
  }
  return m;
}

export function projectSupervision(
  projects: readonly SupervisedProject[],
  payoutMonths: readonly PayMonth[],
  inspections: readonly Visit[],
  dataDate: string,
): ProjectSupervision[] {
  const months = byProject(payoutMonths, (m) => m.month);
  const visits = byProject(
    inspections.filter((i) => i.date <= dataDate),
    (i) => i.date,
  );
  return projects.map((p) => {
    const v = visits.get(p.id) ?? [];
    const span = supervisedSpan(p, months.get(p.id) ?? [], v, dataDate);
    return { id: p.id, quarters: span ? quartersOf(span) : [], inspectedIn: new Set(v.map(quarterOf)) };
  });
}

/** Share of active projects inspected, per quarter of `year` (null: every quarter), up to the data date's quarter. */
export function supervisionByQuarter(
  supervised: readonly ProjectSupervision[],
  year: number | null,
  dataDate: string,
): QuarterSupervision[] {
  const rows = new Map<Quarter, { active: number; inspected: number }>();
  for (const s of supervised)
    for (const q of s.quarters) {
      if (year !== null && !q.startsWith(`${year}Q`)) continue;
      let r = rows.get(q);
      if (!r) rows.set(q, (r = { active: 0, inspected: 0 }));
      r.active++;
      if (s.inspectedIn.has(q)) r.inspected++;
    }
  const current = quarterOf(dataDate);
  return [...rows.keys()].sort().map((quarter) => {
    const r = rows.get(quarter)!;
    return { quarter, ...r, share: ratio(r.inspected, r.active), partial: quarter === current };
  });
}

/** The notice's line: is the project active in the data date's quarter, and was it inspected in it yet? */
export interface CurrentQuarterCheck {
  quarter: Quarter;
  stage: Stage;
  /** Inspections dated in the quarter up to the data date. */
  visits: number;
}

export function currentQuarterCheck(
  p: SupervisedProject,
  payoutMonths: readonly PayMonth[],
  inspections: readonly Visit[],
  dataDate: string,
): CurrentQuarterCheck | undefined {
  const [s] = projectSupervision(
    [p],
    payoutMonths.filter((m) => m.projectId === p.id),
    inspections.filter((i) => i.projectId === p.id),
    dataDate,
  );
  const quarter = quarterOf(dataDate);
  if (!s.quarters.includes(quarter)) return undefined;
  const visits = inspections.filter(
    (i) => i.projectId === p.id && i.date <= dataDate && quarterOf(i.date) === quarter,
  ).length;
  return { quarter, stage: stageOn(p, dataDate), visits };
}
