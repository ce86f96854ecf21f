/**
 * Dispute totals (矛盾协调): what the disputes ledger publishes. Counts per year of receipt and per project, each
 * per category and for all categories, with the days to settle. Pure, so the numbers can be checked by hand.
 */
import {
  ALL_CATEGORIES,
  DISPUTE_CATEGORIES,
  DISPUTE_OVERDUE_DAYS,
  type DisputeTotals,
} from '../../schemas/disputeTotals.ts';

/** What the totals need of a dispute: no complainant, no free text. */
export interface DisputeFacts {
  projectId: string;
  category: string;
  /** 受理日期 and 办结日期 (blank while open), ISO. */
  receivedOn: string;
  settledOn?: string;
}

const dayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
/** Calendar days from one ISO date to another. */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** Median of whole numbers: the middle one, or the mean of the middle two (so possibly x.5). */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** A dispute received more than 30 days before `asOf` and not settled by then. */
export const isOverdue = (d: DisputeFacts, asOf: string): boolean =>
  !settledBy(d, asOf) && daysBetween(d.receivedOn, asOf) > DISPUTE_OVERDUE_DAYS;

/** Settled on or before the data date (a settlement dated later is not yet known to have happened). */
const settledBy = (d: DisputeFacts, asOf: string) => d.settledOn !== undefined && d.settledOn <= asOf;

function group(
  rows: readonly DisputeFacts[],
  asOf: string,
  head: Pick<DisputeTotals, 'scope' | 'year' | 'projectId'>,
  key: string,
): DisputeTotals[] {
  const out: DisputeTotals[] = [];
  const present = new Set(rows.map((r) => r.category));
  const categories = [ALL_CATEGORIES, ...DISPUTE_CATEGORIES.filter((c) => present.has(c))];
  for (const category of categories) {
    const rs = category === ALL_CATEGORIES ? rows : rows.filter((r) => r.category === category);
    const days = rs.filter((r) => settledBy(r, asOf)).map((r) => daysBetween(r.receivedOn, r.settledOn!));
    out.push({
      id: `${key}_${category}`,
      ...head,
      category,
      received: rs.length,
      settled: days.length,
      open: rs.length - days.length,
      openOverdue: rs.filter((r) => isOverdue(r, asOf)).length,
      medianDays: median(days),
      longestDays: days.length ? Math.max(...days) : null,
    });
  }
  return out;
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Year rows (by year of 受理日期; a dispute settled next year still counts in the year it came in) first, then
 * project rows (all years), each group's 全部 row before its categories. Only categories that occur are listed.
 */
export function disputeTotals(rows: readonly DisputeFacts[], asOf: string): DisputeTotals[] {
  const years = [...new Set(rows.map((r) => Number(r.receivedOn.slice(0, 4))))].sort((a, b) => a - b);
  const projects = [...new Set(rows.map((r) => r.projectId))].sort(byCode);
  return [
    ...years.flatMap((year) =>
      group(
        rows.filter((r) => Number(r.receivedOn.slice(0, 4)) === year),
        asOf,
        { scope: '年度', year, projectId: null },
        String(year),
      ),
    ),
    ...projects.flatMap((projectId) =>
      group(
        rows.filter((r) => r.projectId === projectId),
        asOf,
        { scope: '项目', year: null, projectId },
        projectId,
      ),
    ),
  ];
}
