/** inspections.csv 监管台账: one row per supervision visit; all public. No id: identical rows are duplicates. */
import { INSPECTION_TYPES, type Inspection } from '../schemas/inspection.ts';
import { RECTIFICATION_STATES } from '../schemas/options.ts';
import { term } from './vocabCells.ts';
import type { Row } from '../lib/ingest/table.ts';
import { date, longText, option, text } from './cellTypes.ts';
import { projectIdColumn } from './columns.ts';
import { col, defineLedger, inList } from './types.ts';

const columns = [
  projectIdColumn({ required: true, public: true, description: '被检查的项目（项目清单中的编号）' }),
  col({
    key: 'date',
    header: '检查日期',
    required: true,
    cell: date,
    public: true,
    example: '2024-05-20',
    description: '检查日期',
  }),
  col({
    key: 'stage',
    header: '检查阶段',
    required: true,
    cell: term('inspectionStages'),
    public: true,
    example: '实施',
    description: '检查时项目所处阶段',
  }),
  col({
    key: 'kind',
    header: '检查类型',
    required: false,
    cell: option(INSPECTION_TYPES),
    public: true,
    example: '季度监管',
    description: '季度监管（每季度对项目筹备、实施、验收的监管）、监理检查、专项督导或其他；可以不填，不填时不推定类型',
  }),
  col({
    key: 'inspector',
    header: '检查单位',
    required: true,
    cell: text,
    public: true,
    example: '某某县发展和改革局',
    description: '开展检查的单位',
  }),
  col({
    key: 'finding',
    header: '检查情况',
    required: true,
    cell: longText,
    multiline: true,
    public: true,
    example: '务工花名册、工资台账齐全，劳务报酬按月足额发放',
    description: '检查发现的情况',
  }),
  col({
    key: 'rectification',
    header: '整改状态',
    required: true,
    cell: option(RECTIFICATION_STATES),
    public: true,
    example: '无需整改',
    description: '发现问题的整改状态',
  }),
  col({
    key: 'rectifiedOn',
    header: '整改完成日期',
    required: false,
    cell: date,
    public: true,
    example: '',
    description: '整改完成的日期；填了则整改状态应为“已整改”',
  }),
] as const;

type Col = (typeof columns)[number];

export type InspectionRecord = Omit<Inspection, 'id'> & { line: number };

function parse(row: Row<Col>): InspectionRecord | undefined {
  const projectId = row.req('projectId');
  const date = row.req('date');
  const stage = row.req('stage');
  const kind = row.opt('kind');
  const inspector = row.req('inspector');
  const finding = row.req('finding');
  const rectification = row.req('rectification');
  const rectifiedOn = row.opt('rectifiedOn');
  if (date && rectifiedOn && rectifiedOn < date)
    row.error('rectifiedOn', `整改完成日期 ${rectifiedOn} 早于检查日期 ${date}，请核对`);
  if (rectification === '已整改' && !rectifiedOn)
    row.warning('rectifiedOn', '整改状态为“已整改”，建议填写整改完成日期');
  if (rectification !== '已整改' && rectifiedOn) row.error('rectification', '填了整改完成日期，整改状态应为“已整改”');
  if (row.failed) return undefined;
  return {
    projectId: projectId!,
    date: date!,
    stage: stage!,
    ...(kind && { kind }),
    inspector: inspector!,
    finding: finding!,
    rectification: rectification!,
    rectifiedOn,
    line: row.line,
  };
}

export const inspections = defineLedger({
  name: 'inspections',
  file: 'inspections.csv',
  title: '监管台账',
  required: false,
  columns,
  parse,
  identicalRows: true,
  references: [{ column: 'projectId', to: 'projects' }],
  collect: inList<InspectionRecord>(),
  feeds: ['inspections'],
});
