import type { Inspection } from '../../../schemas/inspection.ts';
import { INSPECTION_STAGES, RECTIFICATION_STATES } from '../../../schemas/options.ts';
import { parseCode, parseDate, parseOption } from '../cells.ts';
import { col, type LedgerSpec, type Row } from '../table.ts';

export const inspectionsSpec = {
  file: 'inspections.csv',
  title: '监管台账',
  columns: [
    col('项目编号', 'projectId', true),
    col('检查日期', 'date', true),
    col('检查阶段', 'stage', true),
    col('检查单位', 'inspector', true),
    col('检查情况', 'finding', true, true),
    col('整改状态', 'rectification', true),
    col('整改完成日期', 'rectifiedOn'),
  ],
} as const satisfies LedgerSpec;

type Key = (typeof inspectionsSpec.columns)[number]['key'];

export type InspectionRecord = Omit<Inspection, 'id'> & { line: number };

export function parseInspectionRow(row: Row<Key>): InspectionRecord | undefined {
  const projectId = row.req('projectId', (r) => parseCode(r, '项目编号'));
  const date = row.req('date', parseDate);
  const stage = row.req('stage', (r) => parseOption(r, INSPECTION_STAGES));
  const inspector = row.reqText('inspector');
  const finding = row.reqText('finding');
  const rectification = row.req('rectification', (r) => parseOption(r, RECTIFICATION_STATES));
  const rectifiedOn = row.opt('rectifiedOn', parseDate);
  if (date && rectifiedOn && rectifiedOn < date) row.error('rectifiedOn', `整改完成日期 ${rectifiedOn} 早于检查日期 ${date}，请核对`);
  if (rectification === '已整改' && !rectifiedOn) row.warning('rectifiedOn', '整改状态为“已整改”，建议填写整改完成日期');
  if (rectification !== '已整改' && rectifiedOn) row.error('rectification', '填了整改完成日期，整改状态应为“已整改”');
  if (row.failed) return undefined;
  return {
    projectId: projectId!,
    date: date!,
    stage: stage!,
    inspector: inspector!,
    finding: finding!,
    rectification: rectification!,
    rectifiedOn,
    line: row.line,
  };
}
