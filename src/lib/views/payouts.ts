/** The payouts pages (/payouts/, /payouts/<年度>/) and the monthly payout table, computed for the templates. */
import type { PayoutBatch } from '../../schemas/payoutBatch.ts';
import type { PayoutMonth } from '../../schemas/payoutMonth.ts';
import type { Project } from '../../schemas/project.ts';
import { chineseDate } from '../dates.ts';
import { int, wan, yuan, yuanText } from '../format.ts';
import { divRound } from '../indicators/indicators.ts';
import { MONTH_STATUS_LABEL, monthStatus } from '../indicators/payoutStatus.ts';
import { PAY_DUE_DAYS } from '../indicators/payTiming.ts';
import { paidOfPlanned } from '../indicators/projectShare.ts';
import type { Lookup } from '../lookup.ts';
import { payoutsYearPath, projectAnchor, projectPath } from '../routes.ts';

export interface PayoutsPageView {
  title: string;
  /** One link per year; `current` (aria-current) marks this page. */
  nav: Array<{ text: string; href: string; current: 'page' | undefined }>;
  /** Projects of the year with unpaid rows, linked to their section below. */
  unpaid: Array<{ name: string; href: string; rows: number }>;
}

export function payoutsPageView(year: number, years: readonly number[], lookup: Lookup): PayoutsPageView {
  return {
    title: year === years.at(-1) ? '劳务报酬发放' : `${year}年劳务报酬发放`,
    nav: years.map((y) => ({
      text: `${y}年`,
      href: payoutsYearPath(y, years),
      current: y === year ? ('page' as const) : undefined,
    })),
    unpaid: lookup
      .projectsOfYear(year)
      .filter((p) => p.unpaidRows > 0)
      .map((p) => ({ name: p.name, href: `#${projectAnchor(p.id)}`, rows: p.unpaidRows })),
  };
}

export interface PayoutsYearView {
  paid: string;
  planned: string;
  projects: Array<{
    project: Project;
    anchor: string;
    href: string;
    paid: string;
    planned: string;
    /** "（97.1%）" of the planned pay, or "" without a plan. */
    share: string;
    months: readonly PayoutMonth[];
    /** The project's batches, one line each, where it has no per-person rows (else empty). */
    batches: string[];
  }>;
}

/** One batch of pay as the pages state it: 2023年5月 31.50 万元，61 人（2023年6月10日发放）. */
export const batchLine = (b: PayoutBatch): string =>
  `${Number(b.month.slice(0, 4))}年${Number(b.month.slice(5, 7))}月 ${wan(b.paidFen)} 万元，${int(b.workers)} 人` +
  `（${chineseDate(b.paidOn)}发放）`;

/** A year's projects by 项目编号, each with its months from the index. */
export function payoutsYearView(year: number, lookup: Lookup): PayoutsYearView {
  const projects = [...lookup.projectsOfYear(year)].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    paid: yuanText(projects.reduce((a, p) => a + p.paidFen, 0)),
    planned: yuanText(projects.reduce((a, p) => a + p.plannedPayFen, 0)),
    projects: projects.map((p) => {
      const months = lookup.payoutMonthsOf(p.id);
      return {
        project: p,
        anchor: projectAnchor(p.id),
        href: projectPath(p.id),
        paid: yuanText(p.paidFen),
        planned: yuanText(p.plannedPayFen),
        share: paidOfPlanned(p) === undefined ? '' : `（${paidOfPlanned(p)}）`,
        months,
        batches: months.length > 0 ? [] : lookup.payoutBatchesOf(p.id).map(batchLine),
      };
    }),
  };
}

export interface MonthRow {
  month: string;
  workers: string;
  paid: string;
  /** 人均已发 (元), "—" without workers. */
  perHead: string;
  /** 按时发放 / 逾期发放 / … with the unpaid rows. */
  status: string;
  late: boolean;
  paidOn: string;
  due: string;
}

export interface MonthTable {
  rows: MonthRow[];
  /** The totals line, shown under more than one month. */
  total: { paid: string; due: string } | undefined;
}

const paidOnText = (m: PayoutMonth) => {
  if (!m.firstPaidOn) return '未发放';
  if (m.firstPaidOn === m.lastPaidOn) return chineseDate(m.firstPaidOn);
  return `${chineseDate(m.firstPaidOn)}–${chineseDate(m.lastPaidOn!)}`;
};

export function monthTable(months: readonly PayoutMonth[]): MonthTable {
  const rows = months.map((m) => {
    const status = monthStatus(m);
    const perHead = divRound(m.paidFen, m.workers); // 人均, in 分, rounded half up
    return {
      month: m.month,
      workers: int(m.workers),
      paid: wan(m.paidFen),
      perHead: perHead === undefined ? '—' : yuan(perHead),
      status: `${MONTH_STATUS_LABEL[status]}${m.unpaidRows > 0 ? `（${m.unpaidRows} 笔未发）` : ''}`,
      late: status !== 'onTime',
      paidOn: paidOnText(m),
      due: wan(m.dueFen),
    };
  });
  const sum = (f: (m: PayoutMonth) => number) => months.reduce((a, m) => a + f(m), 0);
  const total = months.length > 1 ? { paid: wan(sum((m) => m.paidFen)), due: wan(sum((m) => m.dueFen)) } : undefined;
  return { rows, total };
}

/** What 逾期 means, under the payout tables, with how unpaid rows are judged: built from PAY_DUE_DAYS. */
export const lateRule = (unpaid: string): string =>
  `“逾期”指务工月份结束 ${PAY_DUE_DAYS} 天后才发放或仍未发放（${unpaid}）。`;
