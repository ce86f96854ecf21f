import { daysBetween, monthEnd } from '../dates.ts';

/** A payout is due by this many days after the end of its work month (policy: pay at least monthly). */
export const PAY_DUE_DAYS = 30;

/** Days from the end of the work month to the pay date; negative when paid before the month ended. */
export function daysToPay(month: string, paidOn: string): number {
  return daysBetween(monthEnd(month), paidOn);
}

/**
 * Late: paid more than PAY_DUE_DAYS after the month ended, or still unpaid on `asOf` when that is
 * more than PAY_DUE_DAYS after the month ended.
 */
export function isLate(month: string, paidOn: string | undefined, asOf: string): boolean {
  if (paidOn) return daysToPay(month, paidOn) > PAY_DUE_DAYS;
  return daysBetween(monthEnd(month), asOf) > PAY_DUE_DAYS;
}
