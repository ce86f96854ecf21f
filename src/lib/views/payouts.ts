/** The payouts pages (/payouts/, /payouts/<年度>/), computed for the templates. */
import type { PayoutBatch } from '../../schemas/payoutBatch.ts';
import type { PayoutMonth } from '../../schemas/payoutMonth.ts';
import type { Project } from '../../schemas/project.ts';
import { chineseDate } from '../dates.ts';
import { int, wan } from '../format.ts';

import { PAY_DUE_DAYS } from '../indicators/payTiming.ts';
import { paidOfPlanned } from '../indicators/projectShare.ts';
import type { Lookup } from '../lookup.ts';
import { payoutsYearPath, projectAnchor, projectPath } from '../routes.ts';

const wanText = (fen: number) => `${wan(fen)} 万元`;

/** Most projects on one payouts page (about 100 KB gzipped): a large year is split into pages by 项目编号. */
export const PAYOUT_PAGE_PROJECTS = 800;

/** A year's projects by 项目编号, in pages of at most `size`. */
export function payoutsParts(year: number, lookup: Lookup, size = PAYOUT_PAGE_PROJECTS): Project[][] {
  const projects = [...lookup.projectsOfYear(year)].sort((a, b) => (a.id < b.id ? -1 : 1));
  const parts = Math.max(1, Math.ceil(projects.length / size));
  return Array.from({ length: parts }, (_, k) => projects.slice(k * size, (k + 1) * size));
}

export interface PayoutsPageView {
  title: string;
  /** One link per year; `current` (aria-current) marks this page's year. */
  nav: Array<{ text: string; href: string; current: 'page' | undefined }>;
  /** The year's pages when it has several ("第 1 页（XM-001—XM-800）"); empty otherwise. */
  parts: Array<{ text: string; href: string; current: 'page' | undefined }>;
  /** Projects of the year with unpaid rows, linked to their section on whichever page it is. */
  unpaid: Array<{ name: string; href: string; rows: number }>;
}

export function payoutsPageView(year: number, years: readonly number[], lookup: Lookup, part = 1): PayoutsPageView {
  const parts = payoutsParts(year, lookup);
  const pageOf = new Map(parts.flatMap((ps, k) => ps.map((p) => [p.id, k + 1] as const)));
  const here = (k: number) => (k === part ? '' : payoutsYearPath(year, years, k));
  return {
    title: `${year === years.at(-1) ? '' : `${year}年`}劳务报酬发放${parts.length > 1 ? `（第 ${part} 页）` : ''}`,
    nav: years.map((y) => ({
      text: `${y}年`,
      href: payoutsYearPath(y, years),
      current: y === year ? ('page' as const) : undefined,
    })),
    parts:
      parts.length > 1
        ? parts.map((ps, k) => ({
            text: `第 ${k + 1} 页（${ps[0].id}—${ps.at(-1)!.id}）`,
            href: payoutsYearPath(year, years, k + 1),
            current: k + 1 === part ? ('page' as const) : undefined,
          }))
        : [],
    unpaid: lookup
      .projectsOfYear(year)
      .filter((p) => p.unpaidRows > 0)
      .map((p) => ({ name: p.name, href: `${here(pageOf.get(p.id)!)}#${projectAnchor(p.id)}`, rows: p.unpaidRows })),
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

/** A year's projects by 项目编号 (those of page `part`), each with its months; totals are the whole year's. */
export function payoutsYearView(year: number, lookup: Lookup, part = 1): PayoutsYearView {
  const all = lookup.projectsOfYear(year);
  const projects = payoutsParts(year, lookup)[part - 1];
  return {
    // Project-level money: 万元, as on the notices.
    paid: wanText(all.reduce((a, p) => a + p.paidFen, 0)),
    planned: wanText(all.reduce((a, p) => a + p.plannedPayFen, 0)),
    projects: projects.map((p) => {
      const months = lookup.payoutMonthsOf(p.id);
      return {
        project: p,
        anchor: projectAnchor(p.id),
        href: projectPath(p.id),
        paid: wanText(p.paidFen),
        planned: wanText(p.plannedPayFen),
        share: paidOfPlanned(p) === undefined ? '' : `（${paidOfPlanned(p)}）`,
        months,
        batches: months.length > 0 ? [] : lookup.payoutBatchesOf(p.id).map(batchLine),
      };
    }),
  };
}

/** What 逾期 means, under the payout tables, with how unpaid rows are judged: built from PAY_DUE_DAYS. */
export const lateRule = (unpaid: string): string =>
  `“逾期”指务工月份结束 ${PAY_DUE_DAYS} 天后才发放或仍未发放（${unpaid}）。`;
