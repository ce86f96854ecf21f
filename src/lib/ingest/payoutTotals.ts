import type { PayoutList } from '../../schemas/payoutList.ts';
import type { PayoutMonth } from '../../schemas/payoutMonth.ts';
import { isLate } from '../indicators/payTiming.ts';
import { maskName } from '../privacy/mask.ts';
import type { PayoutRecord } from './ledgers/payouts.ts';
import type { WorkerRecord } from './ledgers/workers.ts';

export interface ProjectPayTotals {
  due: number;
  paid: number;
  unpaid: number;
  late: number;
}

type MonthAcc = Omit<PayoutMonth, 'id' | 'workers'> & { workerIds: Set<string> };

/**
 * Folds payout rows into per-project and per-project-month totals as they stream past, so the
 * ledger is never held in memory. Keeps per-row data only for the masked public list, and only
 * when the site publishes it.
 */
export class PayoutTotals {
  readonly months = new Map<string, MonthAcc>();
  readonly projects = new Map<string, ProjectPayTotals>();
  readonly lists = new Map<string, PayoutList['rows']>();
  private readonly asOf: string;
  private readonly keepLists: boolean;
  private readonly masked = new Map<string, string>();

  constructor(asOf: string, keepLists: boolean) {
    this.asOf = asOf;
    this.keepLists = keepLists;
  }

  add(p: PayoutRecord, w: WorkerRecord): void {
    const key = `${p.projectId}_${p.month}`;
    let m = this.months.get(key);
    if (!m) {
      m = { projectId: p.projectId, month: p.month, workerIds: new Set(), workDaysHundredths: 0, dueFen: 0, paidFen: 0, unpaidRows: 0, lateRows: 0 };
      this.months.set(key, m);
    }
    const late = isLate(p.month, p.paidOn, this.asOf);
    const paid = p.paidOn ? p.paidFen : 0;
    m.workerIds.add(p.workerId);
    m.workDaysHundredths += p.daysH;
    m.dueFen += p.dueFen;
    m.paidFen += paid;
    if (p.paidOn) {
      if (!m.firstPaidOn || p.paidOn < m.firstPaidOn) m.firstPaidOn = p.paidOn;
      if (!m.lastPaidOn || p.paidOn > m.lastPaidOn) m.lastPaidOn = p.paidOn;
    } else m.unpaidRows++;
    if (late) m.lateRows++;

    let t = this.projects.get(p.projectId);
    if (!t) this.projects.set(p.projectId, (t = { due: 0, paid: 0, unpaid: 0, late: 0 }));
    t.due += p.dueFen;
    t.paid += paid;
    if (!p.paidOn) t.unpaid++;
    if (late) t.late++;

    if (this.keepLists) {
      let rows = this.lists.get(p.projectId);
      if (!rows) this.lists.set(p.projectId, (rows = []));
      let name = this.masked.get(w.id);
      if (name === undefined) this.masked.set(w.id, (name = maskName(w.name)));
      rows.push({ maskedName: name, village: w.village, month: p.month, workDaysHundredths: p.daysH, dueFen: p.dueFen, paidFen: paid, paidOn: p.paidOn, method: p.method });
    }
  }

  project(id: string): ProjectPayTotals {
    return this.projects.get(id) ?? { due: 0, paid: 0, unpaid: 0, late: 0 };
  }
}
