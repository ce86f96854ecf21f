import type { ChartInput } from '../chart.ts';
import { payGroupsState, type PayGroupsState } from '../pay-groups/groups.ts';
import { inVocabularyOrder } from '../../../vocab/order.ts';

/** Projects by 行业领域 (the first, where a project names two, so no money is counted twice), in national order. */
export const bySectorState = (input: ChartInput): PayGroupsState =>
  payGroupsState(input, { by: (p) => p.sectors[0], order: (keys) => inVocabularyOrder('sectors', keys) });
