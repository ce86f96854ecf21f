import type { PayoutList } from '../../schemas/payoutList.ts';
import type { PayoutMonth } from '../../schemas/payoutMonth.ts';
import type { VillagePay } from '../../schemas/villagePay.ts';
import { bucketOf, PAY_DUE_DAYS } from '../indicators/payTiming.ts';
import type { WorkerRecord } from '../../ledgers/workers.ts';
import { maskName } from '../privacy/mask.ts';
import { receiptCode, receiptHash } from '../receipts/code.ts';
import { receiptSalt } from '../receipts/format.ts';
import { Interner, Spill } from './spill.ts';

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

/** A project-month's totals, as published (payoutMonths) but for the id and the count of workers. */
type MonthAcc = Omit<PayoutMonth, 'id' | 'workers'>;

/** What only the ingest keeps of a project-month. */
interface MonthSide {
  /** Distinct workers with a row, and with a paid row. */
  workers: number;
  paidWorkers: number;
  /** Line of the month's first row. */
  firstLine: number;
}

/** What `add` found among the earlier rows of the same worker, project and month. */
export interface AddResult {
  /** Line of an earlier row with the same cleaned cells: this row was not added. */
  identicalTo?: number;
  /** An earlier row for the same worker, project and month differs (maybe a second payment). */
  sameKey: boolean;
}
const FIRST: AddResult = Object.freeze({ sameKey: false });
const AGAIN: AddResult = Object.freeze({ sameKey: true });

/** Months a worker's window covers: 64 bits, centred on the month of the worker's first row. */
const WINDOW = 64;
const HALF = 31;

/** `YYYY-MM` → months since year 0, and back. */
export const ordinal = (month: string) => digits(month, 0, 4) * 12 + digits(month, 5, 7) - 1;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const monthOf = (ord: number) => `${Math.floor(ord / 12)}-${pad2((ord % 12) + 1)}`;
/** `YYYY-MM-DD` → the number YYYYMMDD, and back. */
export const dateNumber = (iso: string) => digits(iso, 0, 4) * 10000 + digits(iso, 5, 7) * 100 + digits(iso, 8, 10);
/** The number written by the digits s[from, to) of a canonical month or date (the cell parsers make them so). */
function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) v = v * 10 + s.charCodeAt(i) - 48;
  return v;
}
const dateOf = (n: number) => `${Math.floor(n / 10000)}-${pad2(Math.floor(n / 100) % 100)}-${pad2(n % 100)}`;

/**
 * Which (worker, project, month) keys have a row, and which a paid row, in memory that grows with the workers,
 * not with the rows: each worker has one project and a 64-month window of bits (a worker paid over several
 * projects or years has the rest in `overflow`, keyed exactly).
 */
class KeySeen {
  private project = new Int32Array(1024).fill(-1);
  private base = new Int32Array(1024);
  private bits = new Uint32Array(4096); // per worker: seen lo, seen hi, paid lo, paid hi
  private readonly overflow = new Map<string, number>();

  /** Bit 1: a row; bit 2: a paid row. */
  get(slot: number, project: number, ord: number): number {
    if (slot >= this.project.length) return 0;
    const p = this.project[slot];
    if (p === project) {
      const k = ord - this.base[slot];
      if (k >= 0 && k < WINDOW) {
        const w = k >>> 5;
        const bit = 1 << (k & 31);
        return ((this.bits[slot * 4 + w] & bit) !== 0 ? 1 : 0) | ((this.bits[slot * 4 + 2 + w] & bit) !== 0 ? 2 : 0);
      }
    }
    if (p === -1) return 0;
    return this.overflow.get(`${slot},${project},${ord}`) ?? 0;
  }

  /** Records a row (paid or not) of the key. */
  mark(slot: number, project: number, ord: number, paid: boolean): void {
    if (slot >= this.project.length) this.grow(slot);
    if (this.project[slot] === -1) {
      this.project[slot] = project;
      this.base[slot] = ord - HALF;
    }
    const k = ord - this.base[slot];
    if (this.project[slot] === project && k >= 0 && k < WINDOW) {
      const w = k >>> 5;
      const bit = 1 << (k & 31);
      this.bits[slot * 4 + w] |= bit;
      if (paid) this.bits[slot * 4 + 2 + w] |= bit;
      return;
    }
    const key = `${slot},${project},${ord}`;
    this.overflow.set(key, (this.overflow.get(key) ?? 0) | 1 | (paid ? 2 : 0));
  }

  private grow(slot: number): void {
    let n = this.project.length;
    while (n <= slot) n *= 2;
    const project = new Int32Array(n).fill(-1);
    project.set(this.project);
    const base = new Int32Array(n);
    base.set(this.base);
    const bits = new Uint32Array(n * 4);
    bits.set(this.bits);
    Object.assign(this, { project, base, bits });
  }
}

/** Bytes seen as doubles and as 32-bit integers (native byte order: only this process reads them back). */
class Block {
  readonly bytes: Buffer;
  readonly f64: Float64Array;
  readonly i32: Int32Array;
  constructor(size: number) {
    const b = new ArrayBuffer(size);
    this.bytes = Buffer.from(b);
    this.f64 = new Float64Array(b);
    this.i32 = new Int32Array(b);
  }
}

/** A row as remembered for the identical-row check: fingerprint, line, project, month, previous row of the worker. */
const LOG_BYTES = 24;

/** A public payout-list row in a spill record: 10 numbers (strings interned), 4 bytes of padding. */
const LIST_BYTES = 56;
/** Rows of a project gathered before they go to the spill file together. */
const LIST_BLOCK = 32;

/**
 * A payout row as the totals take it: its text cells with what the totals derive from them worked out once per
 * distinct value by the caller (a ledger repeats few months and dates), so a row costs no string work here.
 */
export interface PayoutIn {
  projectId: string;
  /** The project's number in these totals (projectNo). */
  project: number;
  month: string;
  /** The month as an ordinal (ordinal()), and whether its pay was overdue by the data date (pastDue). */
  ord: number;
  overdue: boolean;
  /** Day number of the month's last day (dayNumber of monthEnd). */
  monthEndDay: number;
  paidOn: string | undefined;
  /** Day number of paidOn, and paidOn as YYYYMMDD (dateNumber); unused while unpaid. */
  paidOnDay: number;
  paidOnNumber: number;
  method: string | undefined;
  workDaysHundredths: number;
  wageFen: number;
  dueFen: number;
  /** 0 while unpaid. */
  paidFen: number;
  line: number;
}

/** One village's pay in one programme year, while rows stream past (published as villagePay). */
interface VillageAcc extends Omit<VillagePay, 'projectIds'> {
  projectIds: Set<string>;
  /** The project last added to projectIds (rows of a project come together). */
  lastProject?: string;
}

/**
 * Folds payout rows into per-project and per-project-month totals as they stream past, so the ledger is never
 * held in memory. What must be remembered per row, a fingerprint for the identical-row check and (only when the
 * site publishes them) the masked payout lists, is written to compact spill records (src/lib/ingest/spill.ts):
 * a few MB in memory, the rest in a temporary file. Memory grows with workers, projects and months, not rows.
 */
export class PayoutTotals {
  readonly months = new Map<string, MonthAcc>();
  readonly projects = new Map<string, RowCounts>();
  private readonly keepLists: boolean;
  private readonly seen = new KeySeen();
  /** Rows added, 24 bytes each in the spill; each worker's newest one (-1: none yet). */
  private readonly log = new Spill(LOG_BYTES);
  private heads = new Int32Array(1024).fill(-1);
  private slots = 0;
  private readonly projectIds = new Map<string, number>();
  private readonly sides = new Map<string, MonthSide>();
  /**
   * Per project (by number): its months by ordinal, so a row finds its month without building the key; the
   * month of the previous row (rows of a project-month usually come together) and the project's public list.
   */
  private readonly byProject: {
    months: Map<number, { m: MonthAcc; side: MonthSide }>;
    totals?: RowCounts;
    lastOrd: number;
    last?: { m: MonthAcc; side: MonthSide };
    list?: { blocks: number[]; pending: Block; count: number };
  }[] = [];
  /** Per project: the first row's line. */
  private readonly projectLines = new Map<string, number>();
  private readonly scratch = new Block(LIST_BYTES * LIST_BLOCK);
  // Public lists: per project the spill records of its full blocks and the rows not yet in one.
  private readonly lists = new Map<string, { blocks: number[]; pending: Block; count: number }>();
  private readonly listSpill = new Spill(LIST_BYTES * LIST_BLOCK);
  private readonly strings = new Interner();
  private readonly masks = new Map<string, string>();
  /** Per worker slot: interned masked name and village (-1: not yet). */
  private nameIds = new Int32Array(2048).fill(-1);
  /** Per worker slot: 人员编号 (for the order of namesakes and the 核对码), once the worker has a list row. */
  private readonly slotIds: string[] = [];
  private lastMethod: string | undefined;
  private lastMethodId = -1;
  /** Village pay per `<年度>_<街道>_<村>`: kept only with the lists (published only with them). */
  private readonly villages = new Map<string, VillageAcc>();
  /** Per worker slot: the first programme year the worker was counted in (0: none); other years in moreYears. */
  private firstYear = new Int32Array(1024);
  /** Per worker slot: the village total of the slot's latest row and its year (a worker lives in one village). */
  private villageYear = new Int32Array(1024);
  private villageOf: (VillageAcc | undefined)[] = [];
  private readonly moreYears = new Set<number>();
  /** The 核对码 key, read when the first list is read back (undefined: none, or not yet read). */
  private readonly receiptKey: () => Uint8Array | undefined;

  /** `receiptKey` gives the key behind the 核对码 when the site has one; it is asked only when lists are read. */
  constructor(keepLists: boolean, receiptKey: () => Uint8Array | undefined = () => undefined) {
    this.keepLists = keepLists;
    let key: { k: Uint8Array | undefined } | undefined;
    this.receiptKey = () => (key ??= { k: receiptKey() }).k;
  }

  private slotOf(w: WorkerRecord): number {
    if (w.slot < 0) {
      w.slot = this.slots++;
      if (w.slot >= this.heads.length) {
        const h = new Int32Array(this.heads.length * 2).fill(-1);
        h.set(this.heads);
        this.heads = h;
      }
    }
    return w.slot;
  }

  /** Line of the newest earlier row of the worker, project and month whose fingerprint is `hash`, if any. */
  private findIdentical(slot: number, project: number, ord: number, hash: number): number | undefined {
    const { bytes, i32, f64 } = this.scratch;
    for (let e = this.heads[slot]; e >= 0;) {
      this.log.read(e, bytes);
      if (i32[3] === project && i32[4] === ord && f64[0] === hash) return i32[2] >>> 0;
      e = i32[5];
    }
    return undefined;
  }

  /** The project's number in these totals (any stable small integer per project id). */
  projectNo(projectId: string): number {
    let project = this.projectIds.get(projectId);
    if (project === undefined) {
      this.projectIds.set(projectId, (project = this.projectIds.size));
      this.byProject.push({ months: new Map(), lastOrd: -1 });
    }
    return project;
  }

  /**
   * Adds a row with the fingerprint of its cleaned cells. A row identical to an earlier one of the same worker,
   * project and month is not added (`identicalTo` gives the earlier line); only on such a key collision are
   * fingerprints compared.
   */
  add(p: PayoutIn, w: WorkerRecord, fingerprint: number, year?: number): AddResult {
    const slot = this.slotOf(w);
    const project = p.project;
    const ord = p.ord;
    const had = this.seen.get(slot, project, ord);
    if (had !== 0) {
      const identicalTo = this.findIdentical(slot, project, ord, fingerprint);
      if (identicalTo !== undefined) return { identicalTo, sameKey: true };
    }
    const here = this.byProject[project];
    let pm = here.lastOrd === ord ? here.last : here.months.get(ord);
    if (!pm) {
      const key = `${p.projectId}_${p.month}`;
      const daysToPay = [0, 0, 0, 0, 0, 0];
      const m: MonthAcc = { projectId: p.projectId, month: p.month, workDaysHundredths: 0, daysToPay, ...zero() };
      this.months.set(key, m);
      const side = { workers: 0, paidWorkers: 0, firstLine: p.line };
      this.sides.set(key, side);
      here.months.set(ord, (pm = { m, side }));
    }
    here.lastOrd = ord;
    here.last = pm;
    const { m, side } = pm;
    let t = here.totals;
    if (!t) {
      this.projects.set(p.projectId, (here.totals = t = zero()));
      this.projectLines.set(p.projectId, p.line);
    }

    const paidOn = p.paidOn;
    const paid = paidOn ? p.paidFen : 0;
    const days = paidOn ? p.paidOnDay - p.monthEndDay : undefined;
    const overdue = days === undefined && p.overdue;
    fold(m, p.dueFen, paid, days, overdue);
    fold(t, p.dueFen, paid, days, overdue);

    const offset = this.log.appendAt();
    const { f64, i32 } = this.log;
    f64[offset >>> 3] = fingerprint;
    const at = offset >>> 2;
    i32[at + 2] = p.line;
    i32[at + 3] = project;
    i32[at + 4] = ord;
    i32[at + 5] = this.heads[slot];
    this.heads[slot] = this.log.length - 1;
    if (had === 0) side.workers++;
    if (paidOn && (had & 2) === 0) side.paidWorkers++;
    this.seen.mark(slot, project, ord, !!paidOn);

    m.workDaysHundredths += p.workDaysHundredths;
    if (paidOn) {
      m.daysToPay[bucketOf(days!)]++;
      if (!m.firstPaidOn || paidOn < m.firstPaidOn) m.firstPaidOn = paidOn;
      if (!m.lastPaidOn || paidOn > m.lastPaidOn) m.lastPaidOn = paidOn;
    }

    if (this.keepLists) {
      this.keep(p, w, paid);
      if (year !== undefined) this.village(p, w, paid, year);
    }
    return had === 0 ? FIRST : AGAIN;
  }

  /** Counts the row into its worker's village and programme year. */
  private village(p: PayoutIn, w: WorkerRecord, paid: number, year: number): void {
    const slot = w.slot;
    if (slot >= this.firstYear.length) {
      const n = Math.max(this.firstYear.length * 2, slot + 1);
      const grown = new Int32Array(n);
      grown.set(this.firstYear);
      this.firstYear = grown;
      const years = new Int32Array(n);
      years.set(this.villageYear);
      this.villageYear = years;
    }
    let v = this.villageYear[slot] === year ? this.villageOf[slot] : undefined;
    if (!v) {
      const id = `${year}_${w.subdistrict}_${w.village}`;
      v = this.villages.get(id);
      if (!v) {
        const { subdistrict, village } = w;
        const zeros = { workers: 0, workDaysHundredths: 0, dueFen: 0, paidFen: 0, rows: 0 };
        this.villages.set(id, (v = { id, year, subdistrict, village, projectIds: new Set(), ...zeros }));
      }
      this.villageYear[slot] = year;
      this.villageOf[slot] = v;
    }
    // A worker lives in one village, so a worker counts once per year: the first year in an array, others in a set.
    const first = this.firstYear[slot];
    if (first === 0) {
      this.firstYear[slot] = year;
      v.workers++;
    } else if (first !== year && !this.moreYears.has(slot * 10000 + year)) {
      this.moreYears.add(slot * 10000 + year);
      v.workers++;
    }
    if (v.lastProject !== p.projectId) {
      v.projectIds.add(p.projectId);
      v.lastProject = p.projectId;
    }
    v.workDaysHundredths += p.workDaysHundredths;
    v.dueFen += p.dueFen;
    v.paidFen += paid;
    v.rows++;
  }

  /** Pay per village and programme year (only when the site publishes the lists), sorted by id. */
  villagePay(): VillagePay[] {
    return [...this.villages.values()]
      .sort((a, b) => a.year - b.year || byCode(a.subdistrict, b.subdistrict) || byCode(a.village, b.village))
      .map(({ lastProject: _last, ...v }) => ({ ...v, projectIds: [...v.projectIds].sort(byCode) }));
  }

  /** Appends the row's public form to its project's list. */
  private keep(p: PayoutIn, w: WorkerRecord, paid: number): void {
    const here = this.byProject[p.project];
    let list = here.list;
    if (!list) {
      here.list = list = { blocks: [], pending: new Block(LIST_BYTES * LIST_BLOCK), count: 0 };
      this.lists.set(p.projectId, list);
    }
    const s = this.strings;
    const { i32, f64 } = list.pending;
    const at = (list.count % LIST_BLOCK) * (LIST_BYTES >>> 2);
    // The worker's masked name and village, interned once per worker.
    if (w.slot * 2 + 1 >= this.nameIds.length) {
      const grown = new Int32Array(Math.max(this.nameIds.length * 2, (w.slot + 1) * 2)).fill(-1);
      grown.set(this.nameIds);
      this.nameIds = grown;
    }
    if (this.nameIds[w.slot * 2] === -1) {
      let name = this.masks.get(w.name);
      if (name === undefined) {
        if (this.masks.size >= 100_000) this.masks.clear(); // a cache, bounded whatever the roster
        this.masks.set(w.name, (name = maskName(w.name)));
      }
      this.nameIds[w.slot * 2] = s.id(name);
      this.nameIds[w.slot * 2 + 1] = s.id(w.village);
      this.slotIds[w.slot] = w.id;
    }
    i32[at] = this.nameIds[w.slot * 2];
    i32[at + 1] = this.nameIds[w.slot * 2 + 1];
    i32[at + 2] = p.ord; // months and dates are canonical (YYYY-MM, YYYY-MM-DD): kept as numbers
    i32[at + 3] = p.workDaysHundredths;
    f64[(at >>> 1) + 2] = p.dueFen;
    f64[(at >>> 1) + 3] = paid;
    i32[at + 8] = p.paidOn === undefined ? -1 : p.paidOnNumber;
    if (p.method !== this.lastMethod) {
      this.lastMethod = p.method;
      this.lastMethodId = p.method === undefined ? -1 : s.id(p.method);
    }
    i32[at + 9] = this.lastMethodId;
    i32[at + 10] = w.slot;
    f64[(at >>> 1) + 6] = p.wageFen;
    list.count++;
    if (list.count % LIST_BLOCK === 0) {
      const { view, offset, index } = this.listSpill.append();
      list.pending.bytes.copy(view, offset);
      list.blocks.push(index);
    }
  }

  /** Projects with a public payout list (only when the site publishes them), in the order of their first row. */
  listProjects(): string[] {
    return [...this.lists.keys()];
  }

  /**
   * A project's public payout list, in file order, read back from the spill. Workers who share a masked name are
   * numbered in the order of their 人员编号; with a 核对码 key each row carries the hash of its worker's code,
   * salted with the project (receiptSalt).
   */
  listRows(projectId: string): PayoutList['rows'] {
    const list = this.lists.get(projectId);
    if (!list) return [];
    const rows: PayoutList['rows'] = [];
    const slots: number[] = [];
    const v = this.strings.values;
    const decode = ({ i32, f64 }: Block, n: number) => {
      for (let k = 0; k < n; k++) {
        const at = k * (LIST_BYTES >>> 2);
        const paidOnId = i32[at + 8];
        const methodId = i32[at + 9];
        rows.push({
          maskedName: v[i32[at]],
          village: v[i32[at + 1]],
          month: monthOf(i32[at + 2]),
          workDaysHundredths: i32[at + 3],
          dueFen: f64[(at >>> 1) + 2],
          paidFen: f64[(at >>> 1) + 3],
          paidOn: paidOnId === -1 ? undefined : dateOf(paidOnId),
          method: methodId === -1 ? undefined : v[methodId],
          wageFen: f64[(at >>> 1) + 6],
        });
        slots.push(i32[at + 10]);
      }
    };
    const block = new Block(LIST_BYTES * LIST_BLOCK);
    for (const i of list.blocks) {
      this.listSpill.read(i, block.bytes);
      decode(block, LIST_BLOCK);
    }
    decode(list.pending, list.count % LIST_BLOCK);

    // Namesakes: the masked name's workers in 人员编号 order; a number only where two or more share it.
    const byName = new Map<string, Set<number>>();
    rows.forEach((r, i) => {
      let set = byName.get(r.maskedName);
      if (!set) byName.set(r.maskedName, (set = new Set()));
      set.add(slots[i]);
    });
    const nameNo = new Map<number, number>();
    for (const set of byName.values())
      if (set.size > 1)
        [...set].sort((a, b) => byCode(this.slotIds[a], this.slotIds[b])).forEach((slot, k) => nameNo.set(slot, k + 1));

    const key = this.receiptKey();
    const salt = key && receiptSalt(projectId);
    const hashes = new Map<number, string>();
    const hashOf = (slot: number) => {
      let h = hashes.get(slot);
      if (h === undefined) hashes.set(slot, (h = receiptHash(salt!, receiptCode(key!, this.slotIds[slot]))));
      return h;
    };
    rows.forEach((r, i) => {
      const no = nameNo.get(slots[i]);
      if (no !== undefined) r.nameNo = no;
      if (key) r.receipt = hashOf(slots[i]);
    });
    return rows;
  }

  project(id: string): RowCounts {
    return this.projects.get(id) ?? zero();
  }

  /** Whether the project has any per-person row (paid or not): then its paid total is counted from these rows. */
  hasRows(projectId: string): boolean {
    return this.projects.has(projectId);
  }

  /** Distinct workers with a row in the project-month `id` (projectId_month). */
  workersIn(id: string): number {
    return this.sides.get(id)?.workers ?? 0;
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
    const side = this.sides.get(key);
    return {
      paidFen: this.months.get(key)?.paidFen ?? 0,
      workers: side?.paidWorkers ?? 0,
      line: side?.firstLine,
      projectLine: this.projectLines.get(projectId),
    };
  }
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Counts one row into a month's or a project's counters. */
function fold(c: RowCounts, dueFen: number, paid: number, days: number | undefined, overdue: boolean): void {
  c.dueFen += dueFen;
  c.paidFen += paid;
  c.rows++;
  if (days === undefined) {
    c.unpaidRows++;
    if (overdue) c.overdueRows++;
  } else if (days > PAY_DUE_DAYS) c.latePaidRows++;
  else c.timelyRows++;
}
