/**
 * Every figure the site states about a year (or all years), defined once, computed from the public
 * collections only: the same rows that /data/ publishes, so anyone can reproduce each number.
 * Money stays in integer 分 and shares stay as pairs of integers (rounded once, when shown).
 */
import type { PublicData } from '../../ledgers/collections.ts';
import type { CategoryTotals } from '../../schemas/categoryTotals.ts';
import type { ProtectedCount } from '../../schemas/common.ts';
import type { PayoutMonth } from '../../schemas/payoutMonth.ts';
import type { Project } from '../../schemas/project.ts';
import type { Training } from '../../schemas/training.ts';
import { SMALL } from '../privacy/suppress.ts';
import { DAYS_TO_PAY_BUCKETS } from './payTiming.ts';
import { ratio, type Ratio } from './ratio.ts';
import { trainingMonth, trainingsInScope, trainingYear } from './trainings.ts';

/** The one public data type, defined with the public collections; re-exported for the chart and table code. */
export type { PublicData };

/** The collections the figures are computed from: part of PublicData, so a test can give just these. */
export type IndicatorData = Pick<PublicData, 'projects' | 'payoutMonths' | 'trainings' | 'categoryTotals'>;

/** A year, or null for all years. */
export type Scope = number | null;

/** a / b rounded half up to a whole number (分 per person). */
export function divRound(a: number, b: number): number | undefined {
  if (b <= 0) return undefined;
  return Number((2n * BigInt(a) + BigInt(b)) / (2n * BigInt(b)));
}

const sum = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((a, x) => a + f(x), 0);

/** Share of a protected count in a total, only when the count is published and at least 5 people. */
export function protectedShare(c: ProtectedCount, total: number): Ratio | undefined {
  return c.suppressed === false && c.value >= SMALL ? ratio(c.value, total) : undefined;
}

export interface Indicators {
  scope: Scope;
  /** 项目数 */
  projects: number;
  /** 计划用工人数 (sum over projects) */
  plannedWorkers: number;
  /** 吸纳务工人数: distinct workers on the projects' rosters (each roster row names one project). */
  workersPlaced: number;
  /** 预计劳务报酬 */
  plannedPayFen: number;
  /**
   * Projects whose plan states 预计劳务报酬 or 计划用工人数 as a floor or an approximation (不低于, 约, 余):
   * totals that include them say so.
   */
  plannedStated: { pay: number; workers: number };
  /** 发放劳务报酬: 实发 of paid rows. */
  paidFen: number;
  /** 人均劳务报酬 = 发放劳务报酬 ÷ 吸纳务工人数. */
  perCapitaFen: number | undefined;
  /** 劳务报酬发放进度 = 发放 ÷ 预计. */
  completion: Ratio | undefined;
  /**
   * 劳务报酬占比达标: over the projects a minimum share applies to (payRule), how many plan to meet it. Each
   * project has its own rule (fund, year, settings), so shares are judged per project, never pooled.
   */
  payShare: { projects: number; met: number; notMet: number; undetermined: number; share: Ratio | undefined };
  /** Payout rows by outcome. pending = unpaid, its PAY_DUE_DAYS not yet over (outcome unknown). */
  payouts: { rows: number; timely: number; latePaid: number; unpaid: number; overdue: number; pending: number };
  /** 及时发放率 = timely ÷ (rows − pending). */
  timely: Ratio | undefined;
  /** Paid rows by days from the month's end to the pay date (buckets of payTiming.ts). */
  daysToPay: number[];
  /** 培训期数 / 学时 / 人次, classes counted in the year they start. */
  trainings: TrainingTotals;
  /** Workers by 人员类别 (suppressed), and the shares of 脱贫人口 and 防止返贫监测对象 where publishable. */
  categories: CategoryTotals | undefined;
  povertyShare: Ratio | undefined;
  monitoredShare: Ratio | undefined;
}

export function inScope<T extends { year: number }>(rows: readonly T[], scope: Scope): T[] {
  return scope === null ? [...rows] : rows.filter((r) => r.year === scope);
}

export function computeIndicators(data: IndicatorData, scope: Scope): Indicators {
  const projects = inScope(data.projects, scope);
  const ids = new Set(projects.map((p) => p.id));
  const months = data.payoutMonths.filter((m) => ids.has(m.projectId));
  const classes = trainingsInScope(data.trainings, scope);
  const ruled = projects.filter((p) => p.payRule !== undefined);
  const met = ruled.filter((p) => p.payShare?.met === true).length;
  const notMet = ruled.filter((p) => p.payShare?.met === false).length;

  const workersPlaced = sum(projects, (p) => p.workersPlaced);
  const paidFen = sum(projects, (p) => p.paidFen);
  const plannedPayFen = sum(projects, (p) => p.plannedPayFen);
  const payouts = {
    rows: sum(months, (m) => m.rows),
    timely: sum(months, (m) => m.timelyRows),
    latePaid: sum(months, (m) => m.latePaidRows),
    unpaid: sum(months, (m) => m.unpaidRows),
    overdue: sum(months, (m) => m.overdueRows),
    pending: sum(months, (m) => m.unpaidRows - m.overdueRows),
  };
  const categories = data.categoryTotals.find((c) => c.year === scope);

  return {
    scope,
    projects: projects.length,
    plannedWorkers: sum(projects, (p) => p.plannedWorkers),
    workersPlaced,
    plannedPayFen,
    plannedStated: {
      pay: projects.filter((p) => p.plannedPayQualifier !== undefined).length,
      workers: projects.filter((p) => p.plannedWorkersQualifier !== undefined).length,
    },
    paidFen,
    perCapitaFen: divRound(paidFen, workersPlaced),
    completion: ratio(paidFen, plannedPayFen),
    payShare: {
      projects: ruled.length,
      met,
      notMet,
      undetermined: ruled.length - met - notMet,
      share: ratio(met, met + notMet),
    },
    payouts,
    timely: ratio(payouts.timely, payouts.rows - payouts.pending),
    daysToPay: DAYS_TO_PAY_BUCKETS.map((_, b) => sum(months, (m) => m.daysToPay[b])),
    trainings: trainingTotals(classes),
    categories,
    povertyShare: categories && protectedShare(categories.byCategory.脱贫人口, categories.workers),
    monitoredShare: categories && protectedShare(categories.byCategory.防止返贫监测对象, categories.workers),
  };
}

/** Rows of a breakdown by one project field (街道, 行业领域, 项目类型). */
export interface GroupRow {
  key: string;
  projects: number;
  plannedPayFen: number;
  paidFen: number;
  workersPlaced: number;
}

export function groupProjects(
  projects: readonly Project[],
  by: (p: Project) => string,
  order: (keys: string[]) => string[],
): GroupRow[] {
  // One pass over the projects, however many groups.
  const groups = new Map<string, GroupRow>();
  for (const p of projects) {
    const key = by(p);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, projects: 0, plannedPayFen: 0, paidFen: 0, workersPlaced: 0 }));
    g.projects++;
    g.plannedPayFen += p.plannedPayFen;
    g.paidFen += p.paidFen;
    g.workersPlaced += p.workersPlaced;
  }
  return order([...groups.keys()]).map((key) => groups.get(key)!);
}

/** Paid per work month with the running total, against the planned pay of the same projects. */
export interface MonthPaid {
  month: string;
  paidFen: number;
  cumulativeFen: number;
}

export function paidByMonth(projects: readonly Project[], months: readonly PayoutMonth[]): MonthPaid[] {
  const ids = new Set(projects.map((p) => p.id));
  const byMonth = new Map<string, number>();
  for (const m of months) if (ids.has(m.projectId)) byMonth.set(m.month, (byMonth.get(m.month) ?? 0) + m.paidFen);
  let running = 0;
  return [...byMonth.keys()].sort().map((month) => {
    running += byMonth.get(month)!;
    return { month, paidFen: byMonth.get(month)!, cumulativeFen: running };
  });
}

/** Classes, hours and trainees (人次) of some classes. */
export interface TrainingTotals {
  classes: number;
  hours: number;
  trainees: number;
}

export function trainingTotals(classes: readonly Training[]): TrainingTotals {
  return { classes: classes.length, hours: sum(classes, (t) => t.hours), trainees: sum(classes, (t) => t.trainees) };
}

/** Trainings per month (one year) or year (all years) they count in (trainings.ts): classes, hours, trainees. */
export function trainingsByPeriod(
  trainings: readonly Training[],
  period: 'month' | 'year',
): Array<TrainingTotals & { period: string }> {
  const key = (t: Training) => (period === 'month' ? trainingMonth(t) : String(trainingYear(t)));
  const rows = new Map<string, TrainingTotals & { period: string }>();
  for (const t of trainings) {
    const k = key(t);
    let r = rows.get(k);
    if (!r) rows.set(k, (r = { period: k, classes: 0, hours: 0, trainees: 0 }));
    r.classes++;
    r.hours += t.hours;
    r.trainees += t.trainees;
  }
  return [...rows.keys()].sort().map((k) => rows.get(k)!);
}
