import { DAYS_TO_PAY_BUCKETS, type DaysToPayBucket } from '../../../indicators/payTiming.ts';
import type { Ratio } from '../../../indicators/ratio.ts';
import { scopeLabel } from '../../scope.ts';
import type { ChartInput, ChartState } from '../chart.ts';

export interface DaysToPayState extends ChartState {
  /** Paid rows per bucket of days from the month's end to the pay date (payTiming.ts). */
  buckets: Array<{ bucket: DaysToPayBucket; rows: number }>;
  /** 及时发放率 */
  timely: Ratio | undefined;
}

export function daysToPayState({ indicators: i }: ChartInput): DaysToPayState {
  return {
    scope: i.scope,
    label: scopeLabel(i.scope),
    buckets: DAYS_TO_PAY_BUCKETS.map((bucket, k) => ({ bucket, rows: i.daysToPay[k] })),
    timely: i.timely,
  };
}
