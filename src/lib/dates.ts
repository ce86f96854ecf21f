/** Calendar arithmetic on ISO dates in the programme's own time zone, with no clock and no floating time. */

export const TIME_ZONE = 'Asia/Shanghai';

const utcOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
/** Days before each month of a common year, by month number (1–12). */
const DAYS_BEFORE = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
/**
 * Midnight UTC of an ISO date. A canonical `YYYY-MM-DD` (year 100 or later, month 1–12) is computed from its
 * digits, as Date.UTC would, without allocating: payout rows need two of these each. Anything else goes to Date.UTC.
 */
function toUtc(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return utcOf(iso);
  const y = digitsAt(iso, 0, 4);
  const m = digitsAt(iso, 5, 7);
  const d = digitsAt(iso, 8, 10);
  if (y < 100 || m < 1 || m > 12 || d < 0) return utcOf(iso);
  const leap = m > 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 1 : 0;
  const yp = y - 1;
  // Days from 1970-01-01 to 1 January of y, proleptic Gregorian as Date counts them.
  const days = 365 * (y - 1970) + (Math.floor(yp / 4) - 492) - (Math.floor(yp / 100) - 19) + (Math.floor(yp / 400) - 4);
  return (days + DAYS_BEFORE[m] + leap + d - 1) * 86_400_000;
}

/** The number written by the ASCII digits of s[from, to); -1 if any is not a digit. */
function digitsAt(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  return fromUtc(toUtc(iso) + days * 86_400_000);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

const monthEnds = new Map<string, string>();
/** Last day of a `YYYY-MM` month (memoised: called for every payout row). */
export function monthEnd(month: string): string {
  let end = monthEnds.get(month);
  if (end === undefined) {
    end = fromUtc(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
    monthEnds.set(month, end);
  }
  return end;
}

/** YYYY-MM-DD in Asia/Shanghai; made once, as every page's notice state asks for today. */
let shanghaiDay: Intl.DateTimeFormat | undefined;

/** Today's date in Asia/Shanghai for an instant (the caller passes the clock). */
export function isoDateInShanghai(instant: Date): string {
  shanghaiDay ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return shanghaiDay.format(instant);
}

/** 2023年5月1日 */
export function chineseDate(iso: string): string {
  return `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}
