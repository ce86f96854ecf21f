import type { PayoutList } from '../../schemas/payoutList.ts';
import type { PayoutMonth } from '../../schemas/payoutMonth.ts';
import { bucketOf, daysToPay, PAY_DUE_DAYS, pastDue } from '../indicators/payTiming.ts';
import { maskName } from '../privacy/mask.ts';
import type { PayoutRecord } from '../../ledgers/payouts.ts';
import type { WorkerRecord } from '../../ledgers/workers.ts';

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

const zero = (): RowCounts => ({
  dueFen: 0,
  paidFen: 0,
  rows: 0,
  timelyRows: 0,
  latePaidRows: 0,
  unpaidRows: 0,
  overdueRows: 0,
});

/** `workerIds` maps each worker to the newest entry of its rows in the month's RowLog chain. */
type MonthAcc = Omit<PayoutMonth, 'id' | 'workers'> & { workerIds: Map<string, number> };

/** What `add` found among the earlier rows of the same worker, project and month. */
export interface AddResult {
  /** Line of an earlier row with the same cleaned cells: this row was not added. */
  identicalTo?: number;
  /** An earlier row for the same worker, project and month differs (maybe a second payment). */
  sameKey: boolean;
}
const FIRST: AddResult = Object.freeze({ sameKey: false });
const AGAIN: AddResult = Object.freeze({ sameKey: true });

/**
 * Line and fingerprint of every distinct payout row, 16 bytes each in typed arrays (no row text is kept).
 * Rows of one (worker, project, month) are chained newest first through `next`.
 */
class RowLog {
  private lines = new Uint32Array(1024);
  private hashes = new Float64Array(1024);
  private nexts = new Int32Array(1024);
  private size = 0;

  push(line: number, hash: number, next: number): number {
    if (this.size === this.lines.length) {
      const grow = <T extends Float64Array | Int32Array | Uint32Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.lines = grow(this.lines);
      this.hashes = grow(this.hashes);
      this.nexts = grow(this.nexts);
    }
    this.lines[this.size] = line;
    this.hashes[this.size] = hash;
    this.nexts[this.size] = next;
    return this.size++;
  }

  /** Line of the entry in the chain from `head` whose fingerprint is `hash`, if any. */
  find(head: number, hash: number): number | undefined {
    for (let e = head; e >= 0; e = this.nexts[e]) if (this.hashes[e] === hash) return this.lines[e];
    return undefined;
  }
}

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
  private readonly log = new RowLog();
  /** Per project-month: the first row's line and the workers with a paid row (for the batch cross-check). */
  private readonly firstLines = new Map<string, number>();
  private readonly paidWorkers = new Map<string, Set<string>>();
  /** Per project: the first row's line. */
  private readonly projectLines = new Map<string, number>();

  constructor(asOf: string, keepLists: boolean) {
    this.asOf = asOf;
    this.keepLists = keepLists;
  }

  /**
   * Adds a row with the fingerprint of its cleaned cells. A row identical to an earlier one of the same worker,
   * project and month is not added (`identicalTo` gives the earlier line); only on such a key collision are
   * fingerprints compared.
   */
  add(p: PayoutRecord, w: WorkerRecord, fingerprint: number): AddResult {
    const key = `${p.projectId}_${p.month}`;
    let m = this.months.get(key);
    const head = m?.workerIds.get(p.workerId);
    if (head !== undefined) {
      const identicalTo = this.log.find(head, fingerprint);
      if (identicalTo !== undefined) return { identicalTo, sameKey: true };
    }
    if (!m) {
      const daysToPay = [0, 0, 0, 0, 0, 0];
      m = { projectId: p.projectId, month: p.month, workerIds: new Map(), workDaysHundredths: 0, daysToPay, ...zero() };
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
    m.workerIds.set(p.workerId, this.log.push(p.line, fingerprint, head ?? -1));
    if (!this.firstLines.has(key)) this.firstLines.set(key, p.line);
    if (!this.projectLines.has(p.projectId)) this.projectLines.set(p.projectId, p.line);
    if (p.paidOn) {
      let paid = this.paidWorkers.get(key);
      if (!paid) this.paidWorkers.set(key, (paid = new Set()));
      paid.add(p.workerId);
    }
    m.workDaysHundredths += p.workDaysHundredths;
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
      const { month, workDaysHundredths, dueFen, paidOn, method } = p;
      const { village } = w;
      rows.push({ maskedName: name, village, month, workDaysHundredths, dueFen, paidFen: paid, paidOn, method });
    }
    return head === undefined ? FIRST : AGAIN;
  }

  project(id: string): RowCounts {
    return this.projects.get(id) ?? zero();
  }

  /** Whether the project has any per-person row (paid or not): then its paid total is counted from these rows. */
  hasRows(projectId: string): boolean {
    return this.projects.has(projectId);
  }

  /**
   * What the batches of a project and work month are checked against: 实发 of the month's paid rows, the distinct
   * workers paid, the line of the month's first row (undefined: none) and of the project's first row.
   */
  paidInMonth(
    projectId: string,
    month: string,
  ): { paidFen: number; workers: number; line: number | undefined; projectLine: number | undefined } {
    const key = `${projectId}_${month}`;
    return {
      paidFen: this.months.get(key)?.paidFen ?? 0,
      workers: this.paidWorkers.get(key)?.size ?? 0,
      line: this.firstLines.get(key),
      projectLine: this.projectLines.get(projectId),
    };
  }
}
