/**
 * payout-batches.csv 劳务报酬批次发放台账: one row per batch of pay (“已发放31.5万元，61人”), for counties that record
 * pay per batch rather than per person. Optional, and silent when absent: most counties never have this file.
 *
 * A project's paid total comes from its per-person rows (payouts.csv) when it has any, else from its batches.
 * Where a project has both, they must agree, per project and 所属月份 (= 务工月份): the month's batches add up to
 * the 实发 of the month's paid per-person rows, and their 发放人数 add up to the distinct workers paid that month.
 *
 * Batch counts are published as they are, small ones included: a batch names no one and carries no 人员类别, so
 * “3 人” tells no more than the per-month head counts (payout-months) and the masked payout list already publish;
 * the small-cell rule protects categories, which a batch does not have.
 */
import type { PayoutBatch } from '../schemas/payoutBatch.ts';
import { yuanPlain as yuan } from '../lib/format.ts';
import type { PayoutTotals } from '../lib/ingest/payoutTotals.ts';
import type { Problems } from '../lib/ingest/problems.ts';
import type { Row } from '../lib/ingest/table.ts';
import { count, date, money, month } from './cellTypes.ts';
import { paymentProblems, payMethodColumn, projectIdColumn } from './columns.ts';
import { payouts } from './payouts.ts';
import { col, defineLedger, type Collector } from './types.ts';

const AGREE =
  '同一项目同一所属月份既有批次又有逐人发放记录（payouts.csv）时，各批发放金额之和必须等于该月已发放各笔实发金额之和';

const columns = [
  projectIdColumn({ required: true, public: true, description: '项目清单中的项目编号' }),
  col({
    key: 'paidOn',
    header: '发放日期',
    required: true,
    cell: date,
    public: true,
    example: '2024-05-10',
    description: '这一批发放到务工人员账户的日期，不能早于所属月份',
  }),
  col({
    key: 'month',
    header: '所属月份',
    required: true,
    cell: month,
    public: true,
    example: '2024-04',
    description: '这一批劳务报酬所属的务工月份（与发放台账的“务工月份”同义）',
  }),
  col({
    key: 'workers',
    header: '发放人数',
    required: true,
    cell: count('人'),
    unit: '人',
    public: true,
    example: '1',
    description:
      '这一批发放的人数；项目也有逐人发放记录时，同一所属月份各批人数之和必须等于该月已发放的人数（按人员编号去重）',
  }),
  col({
    key: 'paidFen',
    header: '发放金额(元)',
    required: true,
    cell: money('元'),
    unit: '元',
    public: true,
    example: '3075',
    description: `这一批发放的金额合计；${AGREE}；没有逐人记录的项目，已发放劳务报酬按各批之和计算`,
  }),
  payMethodColumn(),
] as const;

type Col = (typeof columns)[number];

export type PayoutBatchRecord = Omit<PayoutBatch, 'id' | 'counted'> & { method?: string; line: number };

/** The accepted batches in file order, and by project. */
export interface PayoutBatches {
  readonly rows: readonly PayoutBatchRecord[];
  readonly byProject: ReadonlyMap<string, readonly PayoutBatchRecord[]>;
}

function parse(row: Row<Col>): PayoutBatchRecord | undefined {
  const projectId = row.req('projectId');
  const paidOn = row.req('paidOn');
  const month = row.req('month');
  const workers = row.req('workers');
  const paidFen = row.req('paidFen');
  const method = row.opt('method');
  if (workers !== undefined && workers <= 0) row.error('workers', '发放人数必须大于 0');
  if (paidFen !== undefined && paidFen <= 0) row.error('paidFen', '发放金额必须大于 0');
  for (const q of paymentProblems({ month, paidOn, method }, '所属月份')) row[q.severity](q.key, q.message);
  if (row.failed) return undefined;
  return {
    projectId: projectId!,
    month: month!,
    paidOn: paidOn!,
    workers: workers!,
    paidFen: paidFen!,
    method,
    line: row.line,
  };
}

function collect(): Collector<PayoutBatchRecord, PayoutBatches> {
  const rows: PayoutBatchRecord[] = [];
  const byProject = new Map<string, PayoutBatchRecord[]>();
  return {
    add(b) {
      rows.push(b);
      const list = byProject.get(b.projectId);
      if (list) list.push(b);
      else byProject.set(b.projectId, [b]);
    },
    done: () => ({ rows, byProject }),
  };
}

export const payoutBatches = defineLedger({
  name: 'payoutBatches',
  file: 'payout-batches.csv',
  title: '劳务报酬批次发放台账',
  required: false,
  quietWhenAbsent: true,
  columns,
  parse,
  identicalRows: true,
  references: [{ column: 'projectId', to: 'projects' }],
  collect,
  feeds: ['projects', 'payoutBatches'],
});

const header = (key: Col['key']) => columns.find((c) => c.key === key)!.header;
const payoutHeader = (key: (typeof payouts.columns)[number]['key']) =>
  payouts.columns.find((c) => c.key === key)!.header;

/** THE paid-total rule: per-person rows when the project has any, otherwise the sum of its batches. */
export function projectPaidFen(projectId: string, rows: PayoutTotals, batches: PayoutBatches): number {
  if (rows.hasRows(projectId)) return rows.project(projectId).paidFen;
  return (batches.byProject.get(projectId) ?? []).reduce((a, b) => a + b.paidFen, 0);
}

/**
 * For every project with both per-person rows and batches, and every 所属月份 with batches: the batches' 发放金额
 * must add up to the month's paid 实发, and their 发放人数 to the distinct workers paid. A disagreement is one error
 * at the month's first batch line naming the month's first per-person line.
 */
export function checkBatchAgreement(rows: PayoutTotals, batches: PayoutBatches, problems: Problems): void {
  const { file } = payoutBatches;
  for (const [projectId, list] of batches.byProject) {
    if (!rows.hasRows(projectId)) continue;
    const byMonth = new Map<string, PayoutBatchRecord[]>();
    for (const b of list) byMonth.set(b.month, [...(byMonth.get(b.month) ?? []), b]);
    for (const [m, bs] of byMonth) {
      const paidFen = bs.reduce((a, b) => a + b.paidFen, 0);
      const workers = bs.reduce((a, b) => a + b.workers, 0);
      const per = rows.paidInMonth(projectId, m);
      const amountOff = paidFen !== per.paidFen;
      const countOff = workers !== per.workers;
      if (!amountOff && !countOff) continue;
      const which = bs.length > 1 ? `${bs.length} 个批次（第 ${bs.map((b) => b.line).join('、')} 行）` : '批次';
      const column = payoutHeader(amountOff ? 'paidFen' : 'workerId');
      const there =
        per.line === undefined
          ? `该项目在 ${payouts.file} 中没有 ${m} 的记录，逐人记录从 ${payouts.file}:${per.projectLine}:${column} 起`
          : `${payouts.file}:${per.line}:${column} 起`;
      const diffs = [
        amountOff && `发放金额合计 ${yuan(paidFen)} 元，逐人记录已发放 ${yuan(per.paidFen)} 元`,
        countOff && `发放人数合计 ${workers} 人，逐人记录已发放 ${per.workers} 人`,
      ].filter(Boolean);
      problems.error(
        file,
        bs[0].line,
        header(amountOff ? 'paidFen' : 'workers'),
        `项目“${projectId}”${m} 的${which}与逐人发放记录（${there}）不一致：${diffs.join('；')}。` +
          `${AGREE}，人数之和必须等于该月已发放的人数，请核对`,
      );
    }
  }
}
