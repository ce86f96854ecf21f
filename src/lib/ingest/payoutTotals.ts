import type { PayoutList } from '../../schemas/payoutList.ts';
import type { PayoutMonth } from '../../schemas/payoutMonth.ts';
import { bucketOf, daysToPay, PAY_DUE_DAYS, pastDue } from '../indicators/payTiming.ts';
import { maskName } from '../privacy/mask.ts';
import type { PayoutRecord } from './ledgers/payouts.ts';
import type { WorkerRecord } from './ledgers/workers.ts';

/** Counters shared by a project-month and a whole project. */
export interface RowCounts {
  dueFen: number;
  paidFen: number;
  rows: number;
  timelyRows: number;
  latePaidRows: number;
  unpaidRows: number;
  overdueRows: number;
}

const zero = (): RowCounts => ({ dueFen: 0, paidFen: 0, rows: 0, timelyRows: 0, latePaidRows: 0, unpaidRows: 0, overdueRows: 0 });

type MonthAcc = Omit<PayoutMonth, 'id' | 'workers'> & { workerIds: Set<string> };

/**
 * Folds payout rows into per-project and per-project-month totals as they stream past, so the
 * ledger is never held in memory. Keeps per-row data only for the masked public list, and only
 * when the site publishes it.
 */
export class PayoutTotals {
  readonly months = new Map<string, MonthAcc>();
  readonly projects = new Map<string, RowCounts>();
  readonly lists = new Map<string, PayoutList['rows']>();
  private readonly asOf: string;
  private readonly keepLists: boolean;
  private readonly masked = new Map<string, string>();

  constructor(asOf: string, keepLists: boolean) {
    this.asOf = asOf;
    this.keepLists = keepLists;
  }

  /** Adds a row; returns false when the same worker already has a row for this project and month. */
  add(p: PayoutRecord, w: WorkerRecord): boolean {
    const key = `${p.projectId}_${p.month}`;
    let m = this.months.get(key);
    if (!m) {
      m = { projectId: p.projectId, month: p.month, workerIds: new Set(), workDaysHundredths: 0, daysToPay: [0, 0, 0, 0, 0, 0], ...zero() };
      this.months.set(key, m);
    }
    let t = this.projects.get(p.projectId);
    if (!t) this.projects.set(p.projectId, (t = zero()));

    const paid = p.paidOn ? p.paidFen : 0;
    const days = p.paidOn ? daysToPay(p.month, p.paidOn) : undefined;
    for (const c of [m, t]) {
      c.dueFen += p.dueFen;
      c.paidFen += paid;
      c.rows++;
      if (days === undefined) {
        c.unpaidRows++;
        if (pastDue(p.month, this.asOf)) c.overdueRows++;
      } else if (days > PAY_DUE_DAYS) c.latePaidRows++;
      else c.timelyRows++;
    }
    const first = !m.workerIds.has(p.workerId);
    m.workerIds.add(p.workerId);
    m.workDaysHundredths += p.daysH;
    if (p.paidOn) {
      m.daysToPay[bucketOf(days!)]++;
      if (!m.firstPaidOn || p.paidOn < m.firstPaidOn) m.firstPaidOn = p.paidOn;
      if (!m.lastPaidOn || p.paidOn > m.lastPaidOn) m.lastPaidOn = p.paidOn;
    }

    if (this.keepLists) {
      let rows = this.lists.get(p.projectId);
      if (!rows) this.lists.set(p.projectId, (rows = []));
      let name = this.masked.get(w.id);
      if (name === undefined) this.masked.set(w.id, (name = maskName(w.name)));
      rows.push({ maskedName: name, village: w.village, month: p.month, workDaysHundredths: p.daysH, dueFen: p.dueFen, paidFen: paid, paidOn: p.paidOn, method: p.method });
    }
    return first;
  }

  project(id: string): RowCounts {
    return this.projects.get(id) ?? zero();
  }
}
