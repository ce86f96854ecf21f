import { daysBetween, monthEnd } from '../dates.ts';

/** A payout is due by this many days after the end of its work month (policy: pay at least monthly). */
export const PAY_DUE_DAYS = 30;

/** Days from the end of the work month to the pay date; 0 or less when paid before the month ended. */
export function daysToPay(month: string, paidOn: string): number {
  return daysBetween(monthEnd(month), paidOn);
}

/** Has the 30-day deadline of a work month passed by `asOf`? */
export function pastDue(month: string, asOf: string): boolean {
  return daysBetween(monthEnd(month), asOf) > PAY_DUE_DAYS;
}

/**
 * Late: paid more than PAY_DUE_DAYS after the month ended, or still unpaid on `asOf` when that is
 * more than PAY_DUE_DAYS after the month ended.
 */
export function isLate(month: string, paidOn: string | undefined, asOf: string): boolean {
  return paidOn ? daysToPay(month, paidOn) > PAY_DUE_DAYS : pastDue(month, asOf);
}

/** Buckets of days to pay, for the distribution: upper bounds inclusive; the last is open. */
export const DAYS_TO_PAY_BUCKETS = [
  { label: '10 天内', max: 10 },
  { label: '11–20 天', max: 20 },
  { label: '21–30 天', max: 30 },
  { label: '31–45 天', max: 45 },
  { label: '46–60 天', max: 60 },
  { label: '60 天以上', max: Number.POSITIVE_INFINITY },
] as const;

export function bucketOf(days: number): number {
  return DAYS_TO_PAY_BUCKETS.findIndex((b) => days <= b.max);
}
