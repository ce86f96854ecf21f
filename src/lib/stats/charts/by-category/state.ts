import type { CategoryTotals } from '../../../../schemas/categoryTotals.ts';
import type { ProtectedCount } from '../../../../schemas/common.ts';
import type { Ratio } from '../../../indicators/ratio.ts';
import { scopeLabel } from '../../scope.ts';
import type { ChartInput, ChartState } from '../chart.ts';

export interface ByCategoryState extends ChartState {
  /** The scope's published category totals (suppressed), if any. */
  totals: CategoryTotals | undefined;
  /** One row per 人员类别, in the ledger's order; count undefined where the scope has no totals. */
  rows: Array<{ category: string; count: ProtectedCount | undefined }>;
  workersPlaced: number;
  povertyShare: Ratio | undefined;
}

export function byCategoryState({ indicators: i }: ChartInput): ByCategoryState {
  const totals = i.categories;
  return {
    scope: i.scope,
    label: scopeLabel(i.scope),
    totals,
    rows: Object.entries(totals?.byCategory ?? {}).map(([category, count]) => ({ category, count })),
    workersPlaced: i.workersPlaced,
    povertyShare: i.povertyShare,
  };
}
