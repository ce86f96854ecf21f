import type { Training } from '../../../schemas/training.ts';
import { parseCode, parseCount, parseDate } from '../cells.ts';
import { col, type LedgerSpec, type Row } from '../table.ts';

export const trainingsSpec = {
  file: 'trainings.csv',
  title: '技能培训台账',
  columns: [
    col('班期编号', 'id', true),
    col('培训名称', 'name', true),
    col('培训工种', 'trade'),
    col('开始日期', 'start', true),
    col('结束日期', 'end', true),
    col('培训学时', 'hours', true),
    col('培训人数', 'trainees', true),
    col('承办单位', 'organizer', true),
    col('培训地点', 'place'),
    col('关联项目编号', 'projectId'),
  ],
} as const satisfies LedgerSpec;

type Key = (typeof trainingsSpec.columns)[number]['key'];

export type TrainingRecord = Training & { line: number };

export function parseTrainingRow(row: Row<Key>): TrainingRecord | undefined {
  const id = row.req('id', (r) => parseCode(r, '班期编号'));
  const name = row.reqText('name');
  const start = row.req('start', parseDate);
  const end = row.req('end', parseDate);
  const hours = row.req('hours', (r) => parseCount(r, '学时'));
  const trainees = row.req('trainees', (r) => parseCount(r, '人'));
  const organizer = row.reqText('organizer');
  const projectId = row.opt('projectId', (r) => parseCode(r, '项目编号'));
  if (hours === 0) row.error('hours', '培训学时必须大于 0');
  if (trainees === 0) row.error('trainees', '培训人数必须大于 0');
  if (start && end && end < start) row.error('end', `结束日期 ${end} 早于开始日期 ${start}，请核对`);
  if (row.failed) return undefined;
  return {
    id: id!,
    name: name!,
    trade: row.optText('trade'),
    start: start!,
    end: end!,
    hours: hours!,
    trainees: trainees!,
    organizer: organizer!,
    place: row.optText('place'),
    projectId,
    line: row.line,
  };
}
