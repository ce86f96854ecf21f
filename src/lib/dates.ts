/** Calendar arithmetic on ISO dates in the programme's own time zone, with no clock and no floating time. */

export const TIME_ZONE = 'Asia/Shanghai';

const utcOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const utcs = new Map<string, number>();
/** Midnight UTC of an ISO date, memoised: payout rows repeat a few thousand dates millions of times. */
function toUtc(iso: string): number {
  let ms = utcs.get(iso);
  if (ms === undefined) {
    if (utcs.size >= 100_000) utcs.clear();
    utcs.set(iso, (ms = utcOf(iso)));
  }
  return ms;
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

/** Today's date in Asia/Shanghai for an instant (the caller passes the clock). */
export function isoDateInShanghai(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** 2023年5月1日 */
export function chineseDate(iso: string): string {
  return `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}
