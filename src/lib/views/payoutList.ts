/**
 * A project's masked payout list as the page shows it (姓名 already masked by the ingest): grouped by month so it
 * can be read and jumped through without JavaScript, with what the page's script needs to filter, total and find
 * one worker's rows on the row itself.
 */
import type { PayoutList } from '../../schemas/payoutList.ts';
import { chineseDate } from '../dates.ts';
import { escapeMarkup as esc } from '../escape.ts';
import { hundredths, yuan } from '../format.ts';

export interface PayoutListRow {
  month: string;
  /** 张*明, or 张*明（2） when another worker of the project has the same masked name. */
  maskedName: string;
  village: string;
  days: string;
  /** 日工资 in 元. */
  wage: string;
  due: string;
  /** 实发, "—" while unpaid. */
  paid: string;
  /** 发放日期 (2023年5月1日), "未发放" while unpaid. */
  paidOn: string;
  unpaid: boolean;
  /** Raw numbers for the script's totals: hundredths of a day, 分. */
  daysHundredths: number;
  dueFen: number;
  /** 0 while unpaid. */
  paidFen: number;
  /** Salted hash of the worker's 核对码, when the build had the key. */
  receipt?: string;
}

export interface Totals {
  rows: number;
  days: string;
  due: string;
  paid: string;
}

export interface PayoutMonthGroup {
  month: string;
  /** 2023年5月 */
  label: string;
  /** In-page anchor: m-2023-05. */
  anchor: string;
  rows: PayoutListRow[];
  totals: Totals;
}

export interface PayoutListView {
  months: PayoutMonthGroup[];
  /** Villages of the list, for the filter. */
  villages: string[];
  totals: Totals;
  /** Whether rows carry 核对码 hashes (the page then offers the 核对码 box). */
  receipts: boolean;
}

/** 2023-05 → 2023年5月 */
export const monthLabel = (month: string): string => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function payoutListRows(rows: PayoutList['rows']): PayoutListRow[] {
  return rows.map((r) => ({
    month: r.month,
    maskedName: r.nameNo === undefined ? r.maskedName : `${r.maskedName}（${r.nameNo}）`,
    village: r.village,
    days: hundredths(r.workDaysHundredths),
    wage: yuan(r.wageFen),
    due: yuan(r.dueFen),
    paid: r.paidOn ? yuan(r.paidFen) : '—',
    paidOn: r.paidOn ? chineseDate(r.paidOn) : '未发放',
    unpaid: !r.paidOn,
    daysHundredths: r.workDaysHundredths,
    dueFen: r.dueFen,
    paidFen: r.paidOn ? r.paidFen : 0,
    receipt: r.receipt,
  }));
}

function totals(rows: readonly PayoutListRow[]): Totals {
  let days = 0;
  let due = 0;
  let paid = 0;
  for (const r of rows) {
    days += r.daysHundredths;
    due += r.dueFen;
    paid += r.paidFen;
  }
  return { rows: rows.length, days: hundredths(days), due: yuan(due), paid: yuan(paid) };
}

/**
 * The list by month (oldest first); within a month by village, then name (in code point order, the same in every
 * build), then file order.
 */
export function payoutListView(rows: PayoutList['rows']): PayoutListView {
  const shown = payoutListRows(rows);
  const byMonth = new Map<string, PayoutListRow[]>();
  for (const r of shown) {
    let list = byMonth.get(r.month);
    if (!list) byMonth.set(r.month, (list = []));
    list.push(r);
  }
  const months = [...byMonth.keys()].sort(byText).map((month) => {
    const list = byMonth
      .get(month)!
      .map((r, i) => ({ r, i }))
      .sort((a, b) => byText(a.r.village, b.r.village) || byText(a.r.maskedName, b.r.maskedName) || a.i - b.i)
      .map(({ r }) => r);
    return { month, label: monthLabel(month), anchor: `m-${month}`, rows: list, totals: totals(list) };
  });
  return {
    months,
    villages: [...new Set(shown.map((r) => r.village))].sort(byText),
    totals: totals(shown),
    receipts: shown.length > 0 && shown.every((r) => r.receipt !== undefined),
  };
}

/**
 * A month's rows as markup, the same the page's JSX would give. A national list has hundreds of rows per project
 * and 25,000 projects: through Astro's renderer each cell is an async render step, and the rows were about a third
 * of the whole site's render time; one string template per row is several times cheaper. Every text from the data
 * goes through esc().
 */
export function payRowsHtml(rows: readonly PayoutListRow[]): string {
  let html = '';
  for (const r of rows) {
    const k = r.receipt === undefined ? '' : ` data-k="${esc(r.receipt)}"`;
    html +=
      `<tr data-village="${esc(r.village)}" data-days="${r.daysHundredths}" data-due="${r.dueFen}" ` +
      `data-paid="${r.paidFen}"${k}><td data-label="姓名">${esc(r.maskedName)}</td>` +
      `<td data-label="村(社区)">${esc(r.village)}</td>` +
      `<td data-label="务工天数" class="num">${esc(r.days)}</td>` +
      `<td data-label="日工资（元）" class="num">${esc(r.wage)}</td>` +
      `<td data-label="应发（元）" class="num">${esc(r.due)}</td>` +
      `<td data-label="实发（元）" class="num">${esc(r.paid)}</td>` +
      `<td data-label="发放日期"${r.unpaid ? ' class="late"' : ''}>${esc(r.paidOn)}</td></tr>`;
  }
  return html;
}
