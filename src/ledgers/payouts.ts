/**
 * payouts.csv 劳务报酬发放台账: one row per worker, project and month. Streamed and folded into totals as it is
 * read (PayoutTotals): the rows themselves are never held, whatever the size of the file.
 */
import { daysBetween, monthEnd } from '../lib/dates.ts';
import { yuanPlain as yuan } from '../lib/format.ts';
import { isLate, PAY_DUE_DAYS } from '../lib/indicators/payTiming.ts';
import { daysInMonth } from '../lib/ingest/cells.ts';
import { dateNumber, ordinal, PayoutTotals, type PayoutIn } from '../lib/ingest/payoutTotals.ts';
import { buildKey } from '../lib/receipts/key.ts';
import type { Row } from '../lib/ingest/table.ts';
import { code, date, money, month, scaled } from './cellTypes.ts';
import { paymentProblems, payMethodColumn, projectIdColumn } from './columns.ts';
import { col, defineLedger, type Collector, type ReadContext } from './types.ts';
import type { ProjectRecord } from './projects.ts';
import type { WorkerRecord } from './workers.ts';

const columns = [
  projectIdColumn({ required: true, public: true, description: '项目清单中的项目编号' }),
  col({
    key: 'workerId',
    header: '人员编号',
    required: true,
    cell: code('人员编号'),
    public: false,
    example: 'W00001',
    description: '务工花名册中的人员编号',
  }),
  col({
    key: 'month',
    header: '务工月份',
    required: true,
    cell: month,
    public: true,
    example: '2024-04',
    description: '劳务报酬所属的务工月份',
  }),
  col({
    key: 'workDaysHundredths',
    header: '务工天数',
    required: true,
    cell: scaled(2, '天'),
    unit: '天',
    public: true,
    example: '20.5',
    description: '当月务工天数，可到 0.01 天，不能超过当月天数',
  }),
  col({
    key: 'wageFen',
    header: '日工资(元)',
    required: true,
    cell: money('元'),
    unit: '元',
    public: true,
    example: '150',
    description: '每天的工资（公开的发放名单中显示）',
  }),
  col({
    key: 'dueFen',
    header: '应发金额(元)',
    required: true,
    cell: money('元'),
    unit: '元',
    public: true,
    example: '3075',
    description: '应发金额 = 务工天数 × 日工资（允许 1 分误差）',
  }),
  col({
    key: 'paidFen',
    header: '实发金额(元)',
    required: true,
    cell: money('元'),
    unit: '元',
    public: true,
    example: '3075',
    description: '实际发放的金额，不能大于应发金额；尚未发放时可以留空',
  }),
  col({
    key: 'paidOn',
    header: '发放日期',
    required: false,
    cell: date,
    public: true,
    example: '2024-05-10',
    description: '发放到本人账户的日期；留空表示尚未发放',
  }),
  payMethodColumn(),
] as const;

type Col = (typeof columns)[number];

export interface PayoutRecord {
  projectId: string;
  workerId: string;
  month: string;
  /** 务工天数 in hundredths of a day. */
  workDaysHundredths: number;
  wageFen: number;
  dueFen: number;
  /** 0 while unpaid. */
  paidFen: number;
  paidOn?: string;
  method?: string;
  line: number;
}

/** Reads one payout row and checks it on its own; references to projects and workers are checked by the ingest. */
function parse(row: Row<Col>): PayoutRecord | undefined {
  const projectId = row.req('projectId');
  const workerId = row.req('workerId');
  const month = row.req('month');
  const days = row.req('workDaysHundredths');
  const wageFen = row.req('wageFen');
  const dueFen = row.req('dueFen');
  const paidOn = row.opt('paidOn');
  // An unpaid row may leave 实发金额 blank or 0; a paid one must state what was paid.
  const paidFen = paidOn ? row.req('paidFen') : (row.opt('paidFen') ?? 0);
  const method = row.opt('method');

  if (days !== undefined && days <= 0) row.error('workDaysHundredths', '务工天数必须大于 0');
  if (wageFen !== undefined && wageFen <= 0) row.error('wageFen', '日工资必须大于 0');
  if (dueFen !== undefined && dueFen <= 0) row.error('dueFen', '应发金额必须大于 0');
  if (paidFen !== undefined && paidFen < 0) row.error('paidFen', '实发金额不能是负数');
  if (paidOn && paidFen === 0) row.error('paidFen', '已填发放日期，实发金额必须大于 0；尚未发放请把发放日期留空');
  if (month && days !== undefined && days > 0) {
    const max = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    if (days > max * 100) row.error('workDaysHundredths', `务工天数 ${days / 100} 超过了 ${month} 这个月的 ${max} 天`);
  }
  if (days !== undefined && wageFen !== undefined && dueFen !== undefined && days > 0 && wageFen > 0) {
    // |days × wage − due| ≤ 1 分, in exact integers: days are in 0.01, so compare at 100×.
    const diff = Math.abs(days * wageFen - dueFen * 100);
    const product = yuan(Math.floor((days * wageFen + 50) / 100));
    if (diff > 100)
      row.error(
        'dueFen',
        `应发金额 ${yuan(dueFen)} 元不等于 务工天数 ${days / 100} × 日工资 ${yuan(wageFen)} 元 = ${product} 元，请核对`,
      );
  }
  if (dueFen !== undefined && paidFen !== undefined && paidFen > dueFen)
    row.error('paidFen', `实发金额 ${yuan(paidFen)} 元大于应发金额 ${yuan(dueFen)} 元，请核对`);
  for (const q of paymentProblems({ month, paidOn, method }, '务工月份')) row[q.severity](q.key, q.message);
  if (row.failed) return undefined;
  return {
    projectId: projectId!,
    workerId: workerId!,
    month: month!,
    workDaysHundredths: days!,
    wageFen: wageFen!,
    dueFen: dueFen!,
    paidFen: paidFen!,
    paidOn,
    method,
    line: row.line,
  };
}

/** Where the fold reports on a row: the row itself, or (for rows read in batches) a stand-in at its line. */
export type RowReport = Pick<Row<Col>, 'warning' | 'identicalTo'>;

/** What the fold derives once per distinct month and pay date (a ledger repeats few of them). */
export interface MonthFacts {
  ord: number;
  overdue: boolean;
  monthEndDay: number;
}
export interface DateFacts {
  day: number;
  number: number;
}

/** Whole days since 1970-01-01 (differences of these are daysBetween). */
const dayNumber = (iso: string) => daysBetween('1970-01-01', iso);

/**
 * Folds accepted rows into PayoutTotals and warns on what a clerk should look at twice. One fold serves both
 * ways a row arrives: a Row from the generic reader, or a batch of compact rows (src/lib/ingest/payoutStream.ts).
 */
export class PayoutFold {
  readonly totals: PayoutTotals;
  private readonly asOf: string;
  private readonly monthFacts = new Map<string, MonthFacts>();
  private readonly dateFacts = new Map<string, DateFacts>();

  constructor(ctx: ReadContext) {
    this.asOf = ctx.asOf;
    // The 核对码 key (RECEIPT_KEY_FILE) is read only when a build writes the lists, never by validate.
    this.totals = new PayoutTotals(ctx.publishPayoutList, buildKey);
  }

  month(month: string): MonthFacts {
    let f = this.monthFacts.get(month);
    if (!f) {
      const overdue = isLate(month, undefined, this.asOf);
      this.monthFacts.set(month, (f = { ord: ordinal(month), overdue, monthEndDay: dayNumber(monthEnd(month)) }));
    }
    return f;
  }

  date(iso: string): DateFacts {
    let f = this.dateFacts.get(iso);
    if (!f) this.dateFacts.set(iso, (f = { day: dayNumber(iso), number: dateNumber(iso) }));
    return f;
  }

  /** The totals' form of a parsed row (the generic reader's way; batches fill one PayoutIn in place). */
  input(p: PayoutRecord): PayoutIn {
    const m = this.month(p.month);
    const d = p.paidOn === undefined ? undefined : this.date(p.paidOn);
    return {
      projectId: p.projectId,
      project: this.totals.projectNo(p.projectId),
      month: p.month,
      ord: m.ord,
      overdue: m.overdue,
      monthEndDay: m.monthEndDay,
      paidOn: p.paidOn,
      paidOnDay: d?.day ?? 0,
      paidOnNumber: d?.number ?? 0,
      method: p.method,
      workDaysHundredths: p.workDaysHundredths,
      wageFen: p.wageFen,
      dueFen: p.dueFen,
      paidFen: p.paidFen,
      line: p.line,
    };
  }

  /** Folds a row whose project and worker resolved; `fingerprint` is the row's (Row.fingerprint). */
  add(p: PayoutIn, w: WorkerRecord, year: number, fingerprint: number, row: RowReport): void {
    const added = this.totals.add(p, w, fingerprint, year);
    if (added.identicalTo !== undefined) return row.identicalTo(added.identicalTo);
    if (w.projectId !== p.projectId) {
      const where = w.projectId ? `登记在项目“${w.projectId}”` : '没有安排项目';
      row.warning('workerId', `此人在花名册中${where}，这里却在项目“${p.projectId}”领取报酬，请核对`);
    }
    // Late while unpaid: the month's deadline has passed by the data date (isLate, worked out once per month).
    if (!p.paidOn && p.overdue)
      row.warning(
        'paidOn',
        `拖欠风险：${p.month} 的劳务报酬在月末（${monthEnd(p.month)}）之后 ${PAY_DUE_DAYS} 天仍未发放（截至 ${this.asOf}）`,
      );
    if (added.sameKey)
      row.warning(
        'workerId',
        `此人在项目“${p.projectId}”${p.month} 已有一条发放记录，请核对是否重复录入（分两次发放的可以忽略）`,
      );
  }
}

/** The collector of payouts: the fold, reachable by the batch reader, and its totals when done. */
export interface PayoutCollector extends Collector<PayoutRecord, PayoutTotals> {
  readonly fold: PayoutFold;
}

function fold(ctx: ReadContext): PayoutCollector {
  const f = new PayoutFold(ctx);
  return {
    fold: f,
    add(p, row, resolved) {
      const year = (resolved.projectId as ProjectRecord).year;
      f.add(f.input(p), resolved.workerId as WorkerRecord, year, row.fingerprint(), row);
    },
    done: () => f.totals,
  };
}

export const payouts = defineLedger({
  name: 'payouts',
  file: 'payouts.csv',
  title: '劳务报酬发放台账',
  required: false,
  columns,
  parse,
  references: [
    { column: 'projectId', to: 'projects' },
    { column: 'workerId', to: 'workers' },
  ],
  collect: fold,
  feeds: ['projects', 'payoutMonths', 'payoutLists', 'villagePay'],
});
