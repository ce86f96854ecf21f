/**
 * disputes.csv 矛盾纠纷台账 (矛盾协调): one row per dispute a 街道's 矛盾协调 group received. The complainant's
 * name and phone are PRIVATE (checks only; the privacy scan looks for them); the site publishes counts per year
 * and per project (src/lib/disputes/totals.ts).
 *
 * Small counts are published as they are: a dispute count says how a project and the office handled complaints,
 * not anything about a person (no category, village or date of a complainant is published), and hiding "1 件欠薪"
 * would hide exactly what residents should be able to see.
 */
import { DISPUTE_CATEGORIES, DISPUTE_SOURCES } from '../schemas/disputeTotals.ts';
import { disputeTotals, type DisputeFacts } from '../lib/disputes/totals.ts';
import type { Row } from '../lib/ingest/table.ts';
import { code, date, longText, option, personName, phone, text } from './cellTypes.ts';
import { projectIdColumn } from './columns.ts';
import { col, defineLedger, type Collector, type ReadContext } from './types.ts';

const columns = [
  col({
    key: 'id',
    header: '编号',
    aliases: ['纠纷编号'],
    required: true,
    cell: code('编号'),
    public: false,
    example: 'JF2024-001',
    description: '每件矛盾纠纷一个编号，不能重复（不公开，只用于核对）',
  }),
  projectIdColumn({ required: true, public: true, description: '纠纷所在的项目（项目清单中的编号）' }),
  col({
    key: 'receivedOn',
    header: '受理日期',
    required: true,
    cell: date,
    public: false,
    example: '2024-05-06',
    description: '受理的日期；按受理日期所在年度统计（单件的日期不公开，只公开汇总）',
  }),
  col({
    key: 'category',
    header: '类别',
    required: true,
    cell: option(DISPUTE_CATEGORIES),
    public: false,
    example: '欠薪',
    description: '矛盾纠纷的类别（只公开各类别的件数）',
  }),
  col({
    key: 'source',
    header: '来源',
    required: true,
    cell: option(DISPUTE_SOURCES),
    public: false,
    example: '12345热线',
    description: '怎样反映上来的',
  }),
  col({
    key: 'settledOn',
    header: '办结日期',
    required: false,
    cell: date,
    public: false,
    example: '2024-05-20',
    description: '办结的日期；尚未办结的留空（只公开办结用时的中位数和最长天数）',
  }),
  col({
    key: 'result',
    header: '处理结果',
    required: false,
    cell: longText,
    multiline: true,
    public: true,
    example: '已督促施工单位补发劳务报酬',
    description: '处理结果，按可以公开的内容填写（网站目前只公布汇总）：不要写反映人的姓名和电话',
  }),
  col({
    key: 'office',
    header: '办理单位',
    required: true,
    cell: text,
    public: true,
    example: '某某镇矛盾协调小组',
    description: '负责办理的单位（如街道矛盾协调小组）',
  }),
  col({
    key: 'complainant',
    header: '姓名',
    aliases: ['投诉人姓名', '反映人姓名'],
    required: false,
    cell: personName,
    public: false,
    personal: 'name',
    example: '李四',
    description: '反映问题的人的姓名（不公开）',
  }),
  col({
    key: 'phone',
    header: '联系电话',
    aliases: ['投诉人电话', '反映人电话', '手机号码'],
    required: false,
    cell: phone,
    public: false,
    personal: 'phone',
    example: '13800000000',
    description: '反映问题的人的电话（不公开）',
  }),
] as const;

type Col = (typeof columns)[number];

/** `id` is the key the ingest checks for duplicates; the totals never see it. */
export type DisputeRecord = DisputeFacts & { id: string; line: number };

const digits = (s: string) => s.replace(/\D/g, '');

function parse(row: Row<Col>, ctx: ReadContext): DisputeRecord | undefined {
  const projectId = row.req('projectId');
  const receivedOn = row.req('receivedOn');
  const category = row.req('category');
  row.req('source');
  row.req('office');
  const id = row.req('id');
  const settledOn = row.opt('settledOn');
  const result = row.opt('result');
  const name = row.opt('complainant');
  const tel = row.opt('phone');
  if (receivedOn && receivedOn > ctx.today) row.error('receivedOn', `受理日期 ${receivedOn} 晚于今天，请核对`);
  if (receivedOn && settledOn && settledOn < receivedOn)
    row.error('settledOn', `办结日期 ${settledOn} 早于受理日期 ${receivedOn}，请核对`);
  if (settledOn && !result) row.warning('result', '已办结，请填写处理结果');
  // 处理结果 is public text: the complainant's own name or phone in it would publish them.
  if (result && name && result.replace(/\s+/g, '').includes(name))
    row.error('result', '处理结果中写了反映人的姓名，处理结果是可以公开的内容，请删去姓名（可写“反映人”）');
  if (result && tel && digits(tel).length >= 7 && digits(result).includes(digits(tel)))
    row.error('result', '处理结果中写了反映人的电话，处理结果是可以公开的内容，请删去电话');
  if (row.failed) return undefined;
  return { id: id!, projectId: projectId!, category: category!, receivedOn: receivedOn!, settledOn, line: row.line };
}

/** Keeps only what the totals need, and folds it into the public totals as of the data date. */
const totals = (ctx: ReadContext): Collector<DisputeRecord, ReturnType<typeof disputeTotals>> => {
  const rows: DisputeFacts[] = [];
  return {
    add: ({ projectId, category, receivedOn, settledOn }) =>
      void rows.push({ projectId, category, receivedOn, settledOn }),
    done: () => disputeTotals(rows, ctx.asOf),
  };
};

export const disputes = defineLedger({
  name: 'disputes',
  file: 'disputes.csv',
  title: '矛盾纠纷台账',
  required: false,
  // Most districts keep no such ledger yet: a missing file is silent.
  quietWhenAbsent: true,
  columns,
  parse,
  key: {
    column: 'id',
    duplicate: (id, first) => `编号“${id}”与第 ${first.line} 行重复，每件矛盾纠纷一个编号`,
    missingFix: '请核对编号',
    noun: '矛盾纠纷',
  },
  references: [{ column: 'projectId', to: 'projects' }],
  collect: totals,
  feeds: ['disputeTotals'],
});
