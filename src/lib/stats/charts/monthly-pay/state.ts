import { inScope, paidByMonth } from '../../../indicators/indicators.ts';
import type { Ratio } from '../../../indicators/ratio.ts';
import { scopeLabel } from '../../scope.ts';
import type { ChartInput, ChartState } from '../chart.ts';

export interface MonthlyPayState extends ChartState {
  /** Paid per work month with the running total. */
  months: Array<{ month: string; paidFen: number; cumulativeFen: number }>;
  /** The scope's planned pay (the reference line), paid pay and their ratio. */
  plannedPayFen: number;
  paidFen: number;
  completion: Ratio | undefined;
  /** Projects whose planned pay is a floor or an approximation (the reference line then is too). */
  plannedStated: number;
}

export function monthlyPayState({ data, indicators: i }: ChartInput): MonthlyPayState {
  return {
    scope: i.scope,
    label: scopeLabel(i.scope),
    months: paidByMonth(inScope(data.projects, i.scope), data.payoutMonths),
    plannedPayFen: i.plannedPayFen,
    paidFen: i.paidFen,
    completion: i.completion,
    plannedStated: i.plannedStated.pay,
  };
}
