import { daysBetween, monthEnd } from '../dates.ts';

/** A payout is due by this many days after the end of its work month (policy: pay at least monthly). */
export const PAY_DUE_DAYS = 30;

/** Days from the end of the work month to the pay date; 0 or less when paid before the month ended. */
export function daysToPay(month: string, paidOn: string): number {
  return daysBetween(monthEnd(month), paidOn);
}

/** Has the PAY_DUE_DAYS deadline of a work month passed by `asOf`? */
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

/**
 * Upper limits (days, inclusive) of the days-to-pay buckets; one more, open bucket takes the rest. The due
 * limit is one of them, so the distribution splits paid on time from paid late.
 */
const BUCKET_LIMITS = [10, 20, PAY_DUE_DAYS, 45, 60] as const;

export interface DaysToPayBucket {
  /** Upper limit, inclusive; Infinity for the last bucket. */
  max: number;
  /** "10 天内", "11–20 天", "60 天以上" */
  label: string;
  /** Without the unit, for axis labels: "10内", "11–20", "60以上" */
  short: string;
}

const LIMITS_AND_OPEN_END = [...BUCKET_LIMITS, Number.POSITIVE_INFINITY];
/** Buckets of days to pay, for the distribution; every label is written from the limits. */
export const DAYS_TO_PAY_BUCKETS: readonly DaysToPayBucket[] = LIMITS_AND_OPEN_END.map((max, k) => {
  if (k === 0) return { max, label: `${max} 天内`, short: `${max}内` };
  const prev = BUCKET_LIMITS[k - 1];
  if (max === Number.POSITIVE_INFINITY) return { max, label: `${prev} 天以上`, short: `${prev}以上` };
  return { max, label: `${prev + 1}–${max} 天`, short: `${prev + 1}–${max}` };
});

const CHINESE_COUNT = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The buckets in a sentence: "10 天内、11–20、21–30、31–45、46–60、60 天以上六档". */
export function bucketsText(): string {
  const last = DAYS_TO_PAY_BUCKETS.length - 1;
  const ranges = DAYS_TO_PAY_BUCKETS.map((b, k) => (k === 0 || k === last ? b.label : b.short));
  return `${ranges.join('、')}${CHINESE_COUNT[DAYS_TO_PAY_BUCKETS.length]}档`;
}

export function bucketOf(days: number): number {
  for (let k = 0; k < DAYS_TO_PAY_BUCKETS.length; k++) if (days <= DAYS_TO_PAY_BUCKETS[k].max) return k;
  return -1;
}
