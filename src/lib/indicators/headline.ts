import type { YearSummary } from '../../schemas/yearSummary.ts';
import { int, wan } from '../format.ts';

export interface Figure {
  /** Stable key, also the anchor of its definition on the methodology page. */
  key: string;
  label: string;
  value: string;
  unit: string;
}

/** The headline figures of a year, in the order the district reports them. */
export function headlineFigures(y: YearSummary): Figure[] {
  return [
    { key: 'projects', label: '以工代赈项目', value: int(y.projects), unit: '个' },
    { key: 'workers', label: '吸纳务工', value: int(y.workersPlaced), unit: '人' },
    { key: 'paid', label: '发放劳务报酬', value: wan(y.paidFen), unit: '万元' },
    { key: 'classes', label: '技能培训', value: int(y.trainingClasses), unit: '期' },
    { key: 'hours', label: '培训时长', value: int(y.trainingHours), unit: '学时' },
    { key: 'trainees', label: '培训人员', value: int(y.trainees), unit: '人' },
  ];
}
