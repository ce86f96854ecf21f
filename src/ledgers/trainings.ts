/** trainings.csv 技能培训台账: one row per class (班期); all public. */
import type { Training } from '../schemas/training.ts';
import type { Row } from '../lib/ingest/table.ts';
import { code, count, date, text } from './cellTypes.ts';
import { projectIdColumn } from './columns.ts';
import { col, defineLedger, inList } from './types.ts';

const columns = [
  col({
    key: 'id',
    header: '班期编号',
    required: true,
    cell: code('班期编号'),
    public: true,
    example: 'PX2024-01',
    description: '每期培训一个编号，不能重复',
  }),
  col({
    key: 'name',
    header: '培训名称',
    required: true,
    cell: text,
    public: true,
    example: '2024年以工代赈砌筑工技能培训班',
    description: '培训班名称',
  }),
  col({
    key: 'trade',
    header: '培训工种',
    required: false,
    cell: text,
    public: true,
    example: '砌筑工',
    description: '培训的职业工种',
  }),
  col({
    key: 'start',
    header: '开始日期',
    required: true,
    cell: date,
    public: true,
    example: '2024-03-11',
    description: '培训开始日期，按此日期计入年度',
  }),
  col({
    key: 'end',
    header: '结束日期',
    required: true,
    cell: date,
    public: true,
    example: '2024-03-15',
    description: '培训结束日期，不能早于开始日期',
  }),
  col({
    key: 'hours',
    header: '培训学时',
    required: true,
    cell: count('学时'),
    unit: '学时',
    public: true,
    example: '40',
    description: '本期培训的学时数',
  }),
  col({
    key: 'trainees',
    header: '培训人数',
    required: true,
    cell: count('人'),
    unit: '人',
    public: true,
    example: '30',
    description: '本期参加培训的人数（人次）',
  }),
  col({
    key: 'organizer',
    header: '承办单位',
    required: true,
    cell: text,
    public: true,
    example: '某某县人力资源和社会保障局',
    description: '承办培训的单位',
  }),
  col({
    key: 'place',
    header: '培训地点',
    required: false,
    cell: text,
    public: true,
    example: '某某镇某某村',
    description: '培训地点',
  }),
  projectIdColumn({
    header: '关联项目编号',
    required: false,
    public: true,
    description: '与培训关联的项目（项目清单中的编号），没有时留空',
  }),
] as const;

type Col = (typeof columns)[number];

export type TrainingRecord = Training & { line: number };

function parse(row: Row<Col>): TrainingRecord | undefined {
  const id = row.req('id');
  const name = row.req('name');
  const start = row.req('start');
  const end = row.req('end');
  const hours = row.req('hours');
  const trainees = row.req('trainees');
  const organizer = row.req('organizer');
  const projectId = row.opt('projectId');
  if (hours === 0) row.error('hours', '培训学时必须大于 0');
  if (trainees === 0) row.error('trainees', '培训人数必须大于 0');
  if (start && end && end < start) row.error('end', `结束日期 ${end} 早于开始日期 ${start}，请核对`);
  if (row.failed) return undefined;
  return {
    id: id!,
    name: name!,
    trade: row.opt('trade'),
    start: start!,
    end: end!,
    hours: hours!,
    trainees: trainees!,
    organizer: organizer!,
    place: row.opt('place'),
    projectId,
    line: row.line,
  };
}

export const trainings = defineLedger({
  name: 'trainings',
  file: 'trainings.csv',
  title: '技能培训台账',
  required: false,
  columns,
  parse,
  key: {
    column: 'id',
    identicalRows: true,
    duplicate: (id, first) => `班期编号“${id}”与第 ${first.line} 行重复`,
    missingFix: '请核对编号',
    noun: '班期',
  },
  references: [{ column: 'projectId', to: 'projects' }],
  collect: inList<TrainingRecord>(),
  feeds: ['trainings'],
});
