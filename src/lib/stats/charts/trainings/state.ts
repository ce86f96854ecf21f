import { trainingsByPeriod, type TrainingTotals } from '../../../indicators/indicators.ts';
import { trainingsInScope } from '../../../indicators/trainings.ts';
import { scopeLabel } from '../../scope.ts';
import type { ChartInput, ChartState } from '../chart.ts';

export interface TrainingsState extends ChartState {
  /** Per month the classes count in (one year) or per year (all years); "2023-05" or "2023". */
  periods: Array<TrainingTotals & { period: string }>;
  /** The scope's totals. */
  totals: TrainingTotals;
}

export function trainingsState({ data, indicators: i }: ChartInput): TrainingsState {
  return {
    scope: i.scope,
    label: scopeLabel(i.scope),
    periods: trainingsByPeriod(trainingsInScope(data.trainings, i.scope), i.scope === null ? 'year' : 'month'),
    totals: i.trainings,
  };
}
