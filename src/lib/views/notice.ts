/**
 * What a project's notice page (公示) shows besides its facts: the first phone screen (lead and the at-a-glance
 * box), its rows from the per-project indexes, the monthly pay table, and links. Project-level money is in 万元
 * everywhere on a notice, per-person money in 元 (averages to the 元), dates as 2023年5月1日.
 */
import type { Inspection } from '../../schemas/inspection.ts';
import type { PayoutMonth } from '../../schemas/payoutMonth.ts';
import type { Project } from '../../schemas/project.ts';
import type { Training } from '../../schemas/training.ts';
import { chineseDate } from '../dates.ts';
import { int, wan } from '../format.ts';
import { divRound } from '../indicators/indicators.ts';
import { monthStatus, monthStatusText } from '../indicators/payoutStatus.ts';
import { paidOfPlanned } from '../indicators/projectShare.ts';
import { NATIONAL_HOTLINE, telHref } from '../links.ts';
import type { Lookup } from '../lookup.ts';
import { absoluteUrl, payoutsPath, printPath, projectPath } from '../routes.ts';
import { batchLine } from './payouts.ts';
import { noticePeriod, plannedPayText, plannedPeriod, plannedWorkersText, wanText } from './projectFacts.ts';

/** A work month as residents write it: 2023-07 → 2023年7月. */
export const monthText = (month: string): string => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;

export interface NoticePageView {
  /** 公示期 */
  period: string;
  months: readonly PayoutMonth[];
  /**
   * Where the project has no per-person rows, its batches, one line each: “2023年5月 31.50 万元，61 人（…发放）”.
   * Empty otherwise (the monthly table then shows the same pay).
   */
  batches: string[];
  classes: readonly Training[];
  visits: readonly Inspection[];
  /** 已发放 in 万元. */
  paid: string;
  /** 已发放 as a share of 预计, or "—". */
  paidShare: string;
  printHref: string;
  /** The masked payout list, where published. */
  payoutsHref: string | undefined;
  /** The notice's public address, printed on paper. */
  url: string;
}

export function noticePageView(
  p: Project,
  lookup: Lookup,
  site: { siteUrl: string; publishPayoutList: boolean },
): NoticePageView {
  const months = lookup.payoutMonthsOf(p.id);
  return {
    period: noticePeriod(p),
    months,
    batches: months.length > 0 ? [] : lookup.payoutBatchesOf(p.id).map(batchLine),
    classes: lookup.trainingsOf(p.id),
    visits: lookup.inspectionsOf(p.id),
    paid: wanText(p.paidFen),
    paidShare: paidOfPlanned(p) ?? '—',
    printHref: printPath(p.id),
    // The masked list exists for every project with per-person rows when the site publishes lists.
    payoutsHref: site.publishPayoutList && p.payoutRows > 0 ? payoutsPath(p.id) : undefined,
    url: absoluteUrl(projectPath(p.id), site.siteUrl),
  };
}

/** 建设内容 on the first phone screen: about three lines of a 360 px screen. */
export const LEAD_CONTENT_CHARS = 48;

export interface NoticeLead {
  /** The start of 建设内容 (its lines run together, cut at LEAD_CONTENT_CHARS characters). */
  content: string;
  /** More of 建设内容 follows below. */
  contentCut: boolean;
  /** 以工代赈环节 in one line. */
  tasks: string;
  /** 预计劳务报酬 as the plan states it, in 万元. */
  plannedPay: string;
  /** The number on the "对公示有异议，请拨打 …" line: the project's 监督电话, else the district's, else 12317. */
  phone: { number: string; href: string };
}

export function noticeLead(p: Project, hotlines: ReadonlyArray<{ number: string }>): NoticeLead {
  // Its lines run on: after a line that ends in punctuation directly, otherwise with "；".
  const text = p.content
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .reduce((a, l) => (a === '' ? l : /[：；，。、:;,.]$/.test(a) ? a + l : `${a}；${l}`), '');
  const chars = Array.from(text);
  const contentCut = chars.length > LEAD_CONTENT_CHARS;
  const content = contentCut ? chars.slice(0, LEAD_CONTENT_CHARS).join('') : text;
  const number = p.supervisionPhones[0] ?? hotlines[0]?.number ?? NATIONAL_HOTLINE.number;
  return {
    content,
    contentCut,
    tasks: p.tasks.join('、'),
    plannedPay: plannedPayText(p),
    phone: { number, href: telHref(number) },
  };
}

export interface GlanceBar {
  /** What the bar shows, in words (its text equivalent, always printed beside it). */
  text: string;
  /** Filled share of the bar in tenths of a percent, 0–1000 (more than planned fills it). */
  filledTenths: number;
}

export interface NoticeGlance {
  /** 已发放 of 预计: "已发放 27.07 万元，为预计 27.88 万元的 97.1%". */
  paid: GlanceBar;
  /** 已吸纳务工 of 计划: "已吸纳 28 人，计划 31 人". */
  workers: GlanceBar;
  /** 工期: the plan's dates (and 建设工期 as written), with the project's status. */
  period: string;
  status: string;
}

const tenths = (part: number, whole: number): number =>
  whole > 0 ? Math.min(1000, divRound(part * 1000, whole) ?? 0) : 0;

export function noticeGlance(p: Project): NoticeGlance {
  const share = paidOfPlanned(p);
  const planned = plannedPayText(p);
  return {
    paid: {
      text: share
        ? `已发放 ${wanText(p.paidFen)}，为预计 ${planned} 的 ${share}`
        : `已发放 ${wanText(p.paidFen)}，预计 ${planned}`,
      filledTenths: tenths(p.paidFen, p.plannedPayFen),
    },
    workers: {
      text: `已吸纳 ${int(p.workersPlaced)} 人，计划 ${plannedWorkersText(p)}`,
      filledTenths: tenths(p.workersPlaced, p.plannedWorkers),
    },
    period: p.duration ? `${plannedPeriod(p)}（${p.duration}）` : plannedPeriod(p),
    status: p.status,
  };
}

export interface PayoutMonthRow {
  /** 2023年7月 */
  month: string;
  workers: string;
  /** 已发, 万元 (a project's month is project-level money). */
  paid: string;
  /** 人均已发 (paid ÷ the month’s workers), whole 元, "—" without workers. */
  perHead: string;
  /** 按时发放 / 未发放 / 部分未发放（3 笔未发）… */
  status: string;
  /** Not simply paid on time: the status is marked. */
  late: boolean;
  paidOn: string;
  /** 应发, 万元. */
  due: string;
}

export interface PayoutMonthsView {
  rows: PayoutMonthRow[];
  /** The totals line, shown under more than one month (万元, like the notice's 已发放). */
  total: { paid: string; due: string } | undefined;
}

const paidOnText = (m: PayoutMonth) => {
  if (!m.firstPaidOn) return '未发放';
  if (m.firstPaidOn === m.lastPaidOn) return chineseDate(m.firstPaidOn);
  return `${chineseDate(m.firstPaidOn)}–${chineseDate(m.lastPaidOn!)}`;
};

/** The monthly pay table of a project (its notice and the payouts pages). */
export function payoutMonthsView(months: readonly PayoutMonth[]): PayoutMonthsView {
  const rows = months.map((m) => {
    const perHead = divRound(m.paidFen, m.workers * 100); // 人均, whole 元, rounded half up
    return {
      month: monthText(m.month),
      workers: int(m.workers),
      paid: wan(m.paidFen),
      perHead: perHead === undefined ? '—' : int(perHead),
      status: monthStatusText(m),
      late: monthStatus(m) !== 'onTime',
      paidOn: paidOnText(m),
      due: wan(m.dueFen),
    };
  });
  const sum = (f: (m: PayoutMonth) => number) => months.reduce((a, m) => a + f(m), 0);
  const total = months.length > 1 ? { paid: wan(sum((m) => m.paidFen)), due: wan(sum((m) => m.dueFen)) } : undefined;
  return { rows, total };
}
