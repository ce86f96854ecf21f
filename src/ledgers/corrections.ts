/**
 * corrections.csv 更正记录: why a project's public facts changed after its 公示 began. Validation compares the
 * data with the last committed version (src/lib/changes/corrections.ts): a change to a public field of a project
 * whose 公示 had begun needs a new row here. Public (the reasons belong to the record of the notice).
 */
import type { Row } from '../lib/ingest/table.ts';
import { date, longText } from './cellTypes.ts';
import { projectIdColumn } from './columns.ts';
import { col, defineLedger, inList } from './types.ts';

const columns = [
  // Not a declared reference: a correction may explain why a published project was removed.
  projectIdColumn({ required: true, public: true, description: '更正的项目（项目清单中的编号；删除项目时写原编号）' }),
  col({
    key: 'date',
    header: '更正日期',
    required: true,
    cell: date,
    public: true,
    example: '2024-06-10',
    description: '作出更正的日期',
  }),
  col({
    key: 'reason',
    header: '更正原因',
    required: true,
    cell: longText,
    multiline: true,
    public: true,
    example: '设计变更：道路长度由 1.2 公里调整为 1.4 公里',
    description: '为什么更正，改了什么（公示开始后修改项目公开信息必须写明）',
  }),
] as const;

type Col = (typeof columns)[number];

export interface CorrectionRecord {
  projectId: string;
  date: string;
  reason: string;
  line: number;
}

function parse(row: Row<Col>, ctx: { today: string }): CorrectionRecord | undefined {
  const projectId = row.req('projectId');
  const when = row.req('date');
  const reason = row.req('reason');
  if (when && when > ctx.today) row.error('date', `更正日期 ${when} 晚于今天（${ctx.today}），请核对`);
  if (reason !== undefined && reason.replace(/\s/g, '').length < 4)
    row.error('reason', `更正原因“${reason}”太简单，请写明为什么更正、改了什么`);
  if (row.failed) return undefined;
  return { projectId: projectId!, date: when!, reason: reason!, line: row.line };
}

export const corrections = defineLedger({
  name: 'corrections',
  file: 'corrections.csv',
  title: '更正记录',
  required: false,
  quietWhenAbsent: true,
  columns,
  parse,
  identicalRows: true,
  collect: inList<CorrectionRecord>(),
  feeds: [],
});
