import type { CategoryTotals } from '../../../../schemas/categoryTotals.ts';
import type { ProtectedCount } from '../../../../schemas/common.ts';
import { WORKER_CATEGORIES, type WorkerCategory } from '../../../../schemas/options.ts';
import type { Ratio } from '../../../indicators/ratio.ts';
import { scopeLabel } from '../../scope.ts';
import type { ChartInput, ChartState } from '../chart.ts';

export interface ByCategoryState extends ChartState {
  /** The scope's published category totals (suppressed), if any. */
  totals: CategoryTotals | undefined;
  /** One row per 人员类别, in the ledger's order; count undefined where the scope has no totals. */
  rows: Array<{ category: WorkerCategory; count: ProtectedCount | undefined }>;
  workersPlaced: number;
  povertyShare: Ratio | undefined;
}

export function byCategoryState({ indicators: i }: ChartInput): ByCategoryState {
  const totals = i.categories;
  return {
    scope: i.scope,
    label: scopeLabel(i.scope),
    totals,
    rows: WORKER_CATEGORIES.map((category) => ({ category, count: totals?.byCategory[category] })),
    workersPlaced: i.workersPlaced,
    povertyShare: i.povertyShare,
  };
}
