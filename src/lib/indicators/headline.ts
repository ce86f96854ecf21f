import type { YearSummary } from '../../schemas/yearSummary.ts';
import { int, wan } from '../format.ts';
import { INDICATORS } from './definitions.ts';

export interface Figure {
  /** Stable key, also the anchor of its definition on the 数据说明 page. */
  key: keyof typeof INDICATORS;
  label: string;
  value: string;
  unit: string;
}

const figure = (key: keyof typeof INDICATORS, value: string): Figure => ({ key, label: INDICATORS[key].label, unit: INDICATORS[key].unit, value });

/** The headline figures of a year, in the order the district reports them. */
export function headlineFigures(y: YearSummary): Figure[] {
  return [
    figure('projects', int(y.projects)),
    figure('workers', int(y.workersPlaced)),
    figure('paid', wan(y.paidFen)),
    figure('classes', int(y.trainingClasses)),
    figure('hours', int(y.trainingHours)),
    figure('trainees', int(y.trainees)),
  ];
}
